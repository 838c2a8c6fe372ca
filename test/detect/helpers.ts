// Deterministic synthetic series for detector tests (no Math.random, no wall clock).
export function rng(seed = 42): () => number {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

/** Roughly normal noise via the sum of uniforms. */
export function noise(r: () => number): number {
  return r() + r() + r() + r() - 2;
}

export const MIN = 60_000;
