// Public shapes returned by the miner. Kept apart from the implementation so consumers
// (detectors, storage, CLI) can import types without pulling in the tree.

/** What `TemplateMiner.add` reports for one line. */
export interface AddResult {
  /** Stable for the cluster's lifetime, even when its template generalises. */
  clusterId: number;
  /** Hash of the current template text; changes when the template generalises. */
  signature: string;
  template: string;
  /** The line created a new cluster. */
  isNew: boolean;
  /** The line turned a constant token of an existing template into `<*>`. */
  generalised: boolean;
  /** This line pushed the template's current bucket above its own baseline (reported once per bucket). */
  surge: boolean;
  /** Occurrences of the cluster including this line. */
  count: number;
}

export interface TemplateInfo {
  clusterId: number;
  signature: string;
  template: string;
  count: number;
  firstSeen: number;
  lastSeen: number;
  /** The first line seen for the cluster, truncated. */
  sample: string;
}

export interface RateInfo {
  clusterId: number;
  signature: string;
  template: string;
  /** Lines in the bucket containing `nowMs` (0 if the template has not been seen in it). */
  current: number;
  /** EWMA of lines per completed bucket. */
  baseline: number;
  /** Completed buckets of history behind the baseline. */
  buckets: number;
  surging: boolean;
}

export type PatternEvent =
  | { kind: 'new'; cluster: TemplateInfo }
  | { kind: 'generalised'; cluster: TemplateInfo; previousSignature: string }
  | { kind: 'surge'; cluster: TemplateInfo; current: number; baseline: number }
  | { kind: 'evicted'; cluster: TemplateInfo };
