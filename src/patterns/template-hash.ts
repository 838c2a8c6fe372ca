// Hashes of a template's tokens before and after any position, so the joins over final
// templates (spans.ts, recurring-values.ts) find templates equal around a position in O(1)
// per position instead of comparing every pair of templates.

/** FNV-1a of one token, as an unsigned 32-bit integer. */
function tokenHash(t: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < t.length; i++) h = Math.imul(h ^ t.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Hashes of xs[0, i) at pre[i] and of xs[i, n) at suf[i]. */
export interface Surroundings {
  pre: Uint32Array;
  suf: Uint32Array;
}

export function surroundings(xs: readonly string[]): Surroundings {
  const n = xs.length;
  const pre = new Uint32Array(n + 1);
  const suf = new Uint32Array(n + 1);
  const hs = xs.map(tokenHash);
  for (let i = 0; i < n; i++) pre[i + 1] = (Math.imul(pre[i], 0x9e3779b1) + hs[i] + 1) >>> 0;
  for (let i = n - 1; i >= 0; i--) suf[i] = (Math.imul(suf[i + 1], 0x85ebca77) + hs[i] + 1) >>> 0;
  return { pre, suf };
}

/**
 * One number for a position's surroundings: the hashes of what comes before and after it (and
 * how many tokens), mixed into 53 bits. Numbers are far cheaper map keys than strings; two
 * surroundings that share one cost a missed join at worst, as every candidate is compared token
 * by token (sameAround).
 */
export function slotKey(before: number, beforeCount: number, after: number, afterCount: number): number {
  const b = (after ^ Math.imul(afterCount + 1, 0x85ebca77)) >>> 0;
  // The high part mixes both sides in, so templates of one prefix still differ in 53 bits.
  const a = (before ^ Math.imul(beforeCount + 1, 0x9e3779b1) ^ Math.imul(b, 0x27d4eb2d)) >>> 0;
  return a * 0x200000 + (b & 0x1fffff);
}

/** xs equals ys outside ys[s, s + d], which stands in for xs[s] (d = 0: the two differ at s only). */
export function sameAround(xs: readonly string[], ys: readonly string[], s: number, d: number): boolean {
  if (ys.length !== xs.length + d) return false;
  for (let k = 0; k < s; k++) if (xs[k] !== ys[k]) return false;
  for (let k = s + 1; k < xs.length; k++) if (xs[k] !== ys[k + d]) return false;
  return true;
}

/** Union-find over template indexes whose root is always the group's first (lowest) index. */
export class Joins {
  readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = Int32Array.from({ length: n }, (_, i) => i);
  }
  root(x: number): number {
    const p = this.parent;
    while (p[x] !== x) x = p[x] = p[p[x]];
    return x;
  }
  join(a: number, b: number): void {
    const ra = this.root(a);
    const rb = this.root(b);
    if (ra < rb) this.parent[rb] = ra;
    else if (rb < ra) this.parent[ra] = rb;
  }
  /** Every index's root. */
  roots(): Int32Array {
    for (let i = 0; i < this.parent.length; i++) this.parent[i] = this.root(i);
    return this.parent;
  }
}
