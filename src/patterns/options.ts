// Miner options and their defaults. Defaults follow the values Drain-style parsers use on
// Loghub (depth 2 token levels, similarity 0.5, 100 children) so an untuned miner is sane.

import type { PatternEvent } from './types.ts';

export interface MaskingOptions {
  /** Numbers, hex ids, UUIDs, IPs, timestamps and the digit-bearing parts of identifiers. */
  digits: boolean;
  /** Absolute or multi-segment paths and URLs (`/var/log/x`, `a/b/c`, `https://…`). */
  paths: boolean;
  /** `user@host` shapes. */
  emails: boolean;
  /** Quoted strings, which may contain spaces, become a single `"<*>"` token. */
  quoted: boolean;
  /**
   * Keys whose quoted value is kept and tokenised instead of masked: in logfmt the
   * human message lives in `msg="…"`, and masking it would collapse every event into one.
   */
  quotedExemptKeys: readonly string[];
  /** Extra rules applied to the raw line before tokenising; every match becomes `<*>`. */
  extra: readonly RegExp[];
}

export interface RateOptions {
  /** Width of the counting bucket used for the surge baseline. */
  bucketMs: number;
  /** EWMA weight of the newest bucket in the per-template baseline. */
  alpha: number;
  /** A bucket surges when its count exceeds factor × baseline. */
  surgeFactor: number;
  /** …and at least this many lines, so a template going from 1 to 4 lines is not a surge. */
  minSurgeCount: number;
  /** Buckets of history a template needs before it can surge; a brand-new one is reported as new instead. */
  warmupBuckets: number;
}

export interface MinerOptions {
  /** Fraction of positions that must hold equal constant tokens for a line to join a cluster. */
  similarityThreshold: number;
  /** Leading tokens used to route a line in the tree below the token-count level (Drain's depth − 2). */
  depth: number;
  /** Children per tree node before further distinct tokens share the wildcard child. */
  maxChildren: number;
  /**
   * Distinct plain words a position must show before it becomes a variable. Fewer recurring
   * words name different events (`VM Started` / `VM Paused`, `Cache hit` / `Cache miss`);
   * user, unit and table names soon exceed it. 2 generalises at the first difference, as Drain.
   */
  variableWords: number;
  /** Clusters kept; the least recently seen is evicted beyond this. */
  maxClusters: number;
  /** Tokens considered per line; the rest of a longer line is ignored. */
  maxTokens: number;
  /** Characters of a line considered; bounds the work a 1 MB line can cause. */
  maxLineChars: number;
  /** A longer token is treated as a variable (blobs, base64, minified payloads). */
  maxTokenChars: number;
  /** Characters of the first line kept as the cluster's sample. */
  sampleChars: number;
  masking: MaskingOptions;
  rate: RateOptions;
  /** Called synchronously for new templates, surges, generalisations and evictions. */
  onEvent?: (event: PatternEvent) => void;
}

export type MinerOptionsInput = Partial<Omit<MinerOptions, 'masking' | 'rate'>> & {
  masking?: Partial<MaskingOptions>;
  rate?: Partial<RateOptions>;
};

export const DEFAULT_MASKING: MaskingOptions = {
  digits: true,
  paths: true,
  emails: true,
  quoted: true,
  quotedExemptKeys: ['msg', 'message'],
  extra: [],
};

export const DEFAULT_RATE: RateOptions = {
  bucketMs: 60_000,
  alpha: 0.3,
  surgeFactor: 3,
  minSurgeCount: 20,
  warmupBuckets: 3,
};

export const DEFAULT_OPTIONS: Omit<MinerOptions, 'masking' | 'rate' | 'onEvent'> = {
  similarityThreshold: 0.5,
  depth: 2,
  maxChildren: 100,
  variableWords: 5,
  maxClusters: 50_000,
  maxTokens: 256,
  maxLineChars: 16_384,
  maxTokenChars: 256,
  sampleChars: 512,
};

export function resolveOptions(input: MinerOptionsInput = {}): MinerOptions {
  const o: MinerOptions = {
    ...DEFAULT_OPTIONS,
    ...stripUndefined(input),
    masking: { ...DEFAULT_MASKING, ...stripUndefined(input.masking ?? {}) },
    rate: { ...DEFAULT_RATE, ...stripUndefined(input.rate ?? {}) },
  };
  check(o.similarityThreshold >= 0 && o.similarityThreshold <= 1, 'similarityThreshold must be within [0, 1]');
  check(Number.isInteger(o.depth) && o.depth >= 0, 'depth must be a non-negative integer');
  check(Number.isInteger(o.maxChildren) && o.maxChildren >= 1, 'maxChildren must be a positive integer');
  check(Number.isInteger(o.variableWords) && o.variableWords >= 2, 'variableWords must be an integer of at least 2');
  check(o.maxClusters >= 1, 'maxClusters must be at least 1');
  check(Number.isInteger(o.maxTokens) && o.maxTokens >= 1, 'maxTokens must be a positive integer');
  check(o.maxLineChars >= 1 && o.maxTokenChars >= 1, 'maxLineChars and maxTokenChars must be positive');
  check(o.rate.bucketMs > 0 && o.rate.alpha > 0 && o.rate.alpha <= 1, 'rate.bucketMs must be > 0 and rate.alpha within (0, 1]');
  return o;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

function check(ok: boolean, message: string): void {
  if (!ok) throw new RangeError(message);
}
