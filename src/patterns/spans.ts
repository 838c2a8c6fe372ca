// Names of several words. A variable that usually holds one token (`nakedbob[<id>]`, a VPN
// user's kind, a ClientId) now and then holds a run of several (`Bob the Builder[<id>]`,
// `IKEv2 VPN`, `Windows Defender,`). Each run length is a line of another token count, so the
// streaming miner keeps it as a template of its own, one per name, the order of arrival
// deciding which. Once a file is mined, the final templates show it plainly: one template has
// `<*>` where another, otherwise identical, has a run of names and values. Such templates are
// one event; this pass finds them, order-independently, by the hashes of each template's tokens
// before and after the variable.

import { isDigit } from './char-class.ts';
import { WILDCARD } from './mask.ts';
import { type Joins, type Surroundings, sameAround, slotKey } from './template-hash.ts';

/** Tokens one variable may hold beyond its own: `Freya the Bold`, a ClientId of four words. */
export const MAX_EXTRA = 4;

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

/**
 * ys[s, s + d] may stand for a line-opening variable: a variable opening the line is often a
 * whole masked header, and a capitalised word after it opens the message (`<*> Restore Ban <*>`
 * is not `<*> Ban <*>`), so there the run must close on a value of its own (`Big Oof[<id>]`).
 */
function closesRun(ys: readonly string[], s: number, d: number): boolean {
  return s > 0 || ys[d].includes(WILDCARD);
}

/**
 * Join each template with the one whose lone `<*>` it fills with a run of up to MAX_EXTRA + 1
 * name tokens, everything else equal token for token.
 */
export function joinSpans(toks: readonly (readonly string[])[], hashes: readonly Surroundings[], joins: Joins): void {
  // Each template's lone variables, by what surrounds them.
  const slots = new Map<number, number[]>();
  toks.forEach((xs, a) => {
    // A template of variables alone has nothing to be identical in.
    if (xs.every((t) => t === WILDCARD)) return;
    const { pre, suf } = hashes[a];
    for (let s = 0; s < xs.length; s++) {
      if (xs[s] !== WILDCARD) continue;
      const key = slotKey(pre[s], s, suf[s + 1], xs.length - s - 1);
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
        if (!closesRun(ys, s, d)) continue;
        const list = slots.get(slotKey(pre[s], s, suf[s + d + 1], ys.length - s - d - 1));
        if (!list) continue;
        for (const a of list) if (sameAround(toks[a], ys, s, d)) joins.join(a, b);
      }
    }
  });
}

/**
 * ys fills one lone `<*>` of xs with a run of name tokens, everything else equal: the pairwise
 * form of joinSpans, for a template as it appears (see TemplateMiner.spanOf).
 */
export function fillsSpan(xs: readonly string[], ys: readonly string[]): boolean {
  const d = ys.length - xs.length;
  if (d < 1 || d > MAX_EXTRA || xs.every((t) => t === WILDCARD)) return false;
  // Tokens before the first difference agree, so the variable is at or before it.
  let i = 0;
  while (i < xs.length && xs[i] === ys[i]) i++;
  for (let s = Math.min(i, xs.length - 1); s >= 0; s--) {
    if (xs[s] !== WILDCARD || !sameAround(xs, ys, s, d)) continue;
    let run = closesRun(ys, s, d);
    for (let k = s; k <= s + d && run; k++) run = nameToken(ys[k]);
    if (run) return true;
  }
  return false;
}
