import { stringify } from 'yaml';
import { loadConfig, redact } from '../config/index.ts';
import { ConfigError } from '../errors.ts';

/** `homeostat config check [FILE]`: every error with its path; the effective config, redacted; settings with no effect yet. */
export function configCheck(file?: string): number {
  try {
    const { config, file: used, warnings } = loadConfig({ file });
    process.stdout.write(`# ${used ?? 'no file: defaults'} is valid\n${stringify(redact(config))}`);
    for (const w of warnings) process.stderr.write(`warning: ${w}\n`);
    return 0;
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${file ?? 'configuration'}: ${err.issues.length} problem(s)\n${err.issues.map((i) => `  ${i}`).join('\n')}\n`);
      return 1;
    }
    throw err;
  }
}

