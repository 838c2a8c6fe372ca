// Some packages list optional, platform-specific dependencies that the npm registry reachable
// here does not serve (chdb's macOS/arm64 builds, one of vite's Windows helpers). `npm install`
// then leaves them out of package-lock.json and `npm ci` refuses the lock ("Missing: … from
// lock file"). This adds a stub entry for each such dependency, marked optional and limited to
// its platform, so `npm ci` skips it on this one. Run after every `npm install`.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const pkgs = lock.packages;
const platform = (name) => ({
  os: [/darwin/.test(name) ? 'darwin' : /win(32|dows)/.test(name) ? 'win32' : 'linux'],
  ...(/arm64/.test(name) ? { cpu: ['arm64'] } : /x64/.test(name) ? { cpu: ['x64'] } : {}),
});
let added = 0;
for (const [path, meta] of Object.entries(pkgs)) {
  for (const [name, range] of Object.entries(meta.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (pkgs[key] || pkgs[`${path}/${key}`]) continue;
    const version = String(range).replace(/^[~^]/, '');
    pkgs[key] = { version, ...(meta.dev ? { dev: true } : {}), optional: true, ...platform(name) };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(pkgs).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)));
writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
console.log(`lock-optional: ${added} stub entr${added === 1 ? 'y' : 'ies'} added`);
