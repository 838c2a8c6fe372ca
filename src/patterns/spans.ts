// Names of several words. A variable that usually holds one token (`nakedbob[<id>]`, a VPN
// user's kind, a ClientId) now and then holds a run of several (`Bob the Builder[<id>]`,
// `IKEv2 VPN`, `Windows Defender,`). Each run length is a line of another token count, so the
// streaming miner keeps it as a template of its own, one per name, the order of arrival
// deciding which. Once a file is mined, the final templates show it plainly: one template has
// `<*>` where another, otherwise identical, has a run of names and values. Such templates are
// one event; this pass finds them, order-independently, by hashing each template's tokens
// before and after the variable.

import { isDigit } from './char-class.ts';
import { WILDCARD } from './mask.ts';

/** Tokens one variable may hold beyond its own: `Freya the Bold`, a ClientId of four words. */
const MAX_EXTRA = 4;

/**
 * Lower-case words inside personal and place names (`Bob the Builder`, `Freya the Bold`).
 * Other lower-case words are wording (`<*> successfully logged in` is not `<*> logged in`).
 */
const PARTICLES = new Set(['the', 'of', 'de', 'der', 'van', 'von', 'la', 'le', 'du']);

/**
 * A token a name or a value of several words is made of: a masked value, a capitalised word or
 * a number, or a name particle. Not a key (`elapsed=<*>`) or a label (`Reason:`): those name a
 * field, and a field present on one side only is another kind of record.
 */
function nameToken(t: string): boolean {
  if (t.includes('=') || t.charCodeAt(t.length - 1) === 58) return false;
  if (t.includes(WILDCARD)) return true;
  const c = t.charCodeAt(0);
  return (c >= 65 && c <= 90) || isDigit(c) || PARTICLES.has(t);
}

/** FNV-1a of one token, as an unsigned 32-bit integer. */
function tokenHash(t: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < t.length; i++) h = Math.imul(h ^ t.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Hashes of xs[0, i) at pre[i] and of xs[i, n) at suf[i]: any stretch's surroundings in O(1). */
function rolling(xs: readonly string[]): { pre: Uint32Array; suf: Uint32Array } {
  const n = xs.length;
  const pre = new Uint32Array(n + 1);
  const suf = new Uint32Array(n + 1);
  const hs = xs.map(tokenHash);
  for (let i = 0; i < n; i++) pre[i + 1] = (Math.imul(pre[i], 0x9e3779b1) + hs[i] + 1) >>> 0;
  for (let i = n - 1; i >= 0; i--) suf[i] = (Math.imul(suf[i + 1], 0x85ebca77) + hs[i] + 1) >>> 0;
  return { pre, suf };
}

/**
 * For templates in order of first appearance, the index of the template each one is an event
 * with: itself, or the template whose lone `<*>` it fills with a run of up to MAX_EXTRA + 1
 * name tokens, everything else equal token for token. Chains resolve to their first template.
 */
export function joinSpans(templates: readonly string[]): Int32Array {
  const toks = templates.map((t) => t.split(' '));
  const parent = Int32Array.from(templates, (_, i) => i);
  const root = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  const hashes = toks.map(rolling);
  // Each template's lone variables, by what surrounds them.
  const slots = new Map<string, number[]>();
  toks.forEach((xs, a) => {
    // A template of variables alone has nothing to be identical in.
    if (xs.every((t) => t === WILDCARD)) return;
    const { pre, suf } = hashes[a];
    for (let s = 0; s < xs.length; s++) {
      if (xs[s] !== WILDCARD) continue;
      const key = `${s},${xs.length - s - 1},${pre[s]},${suf[s + 1]}`;
      const list = slots.get(key);
      if (list) list.push(a);
      else slots.set(key, [a]);
    }
  });
  toks.forEach((ys, b) => {
    const { pre, suf } = hashes[b];
    for (let s = 0; s < ys.length; s++) {
      if (!nameToken(ys[s])) continue;
      for (let d = 1; d <= MAX_EXTRA && s + d < ys.length; d++) {
        if (!nameToken(ys[s + d])) break;
        // A variable opening the line is often a whole masked header, and a capitalised word
        // after it opens the message (`<*> Restore Ban <*>` is not `<*> Ban <*>`): there the
        // run must close on a value of its own (`Big Oof[<id>]`).
        if (s === 0 && !ys[d].includes(WILDCARD)) continue;
        const list = slots.get(`${s},${ys.length - s - d - 1},${pre[s]},${suf[s + d + 1]}`);
        if (!list) continue;
        for (const a of list) if (sameAround(toks[a], ys, s, d)) union(a, b);
      }
    }
  });
  for (let i = 0; i < parent.length; i++) parent[i] = root(i);
  return parent;

  function union(a: number, b: number): void {
    const ra = root(a);
    const rb = root(b);
    if (ra < rb) parent[rb] = ra;
    else if (rb < ra) parent[ra] = rb;
  }
}

/** xs equals ys outside ys[s, s + d], which stands in for xs[s]. */
function sameAround(xs: readonly string[], ys: readonly string[], s: number, d: number): boolean {
  for (let k = 0; k < s; k++) if (xs[k] !== ys[k]) return false;
  for (let k = s + 1; k < xs.length; k++) if (xs[k] !== ys[k + d]) return false;
  return true;
}
