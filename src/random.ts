// A seedable uniform generator for the places that must be reproducible from a seed: the
// isolation forests' subsamples and splits (detect), and Thompson sampling's draws (recover).

/** mulberry32: a small, fast, seedable uniform generator on [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
