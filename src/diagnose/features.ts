// Turns one diagnosis-in-progress into the fixed-length numeric vector the random forest
// reads. Text (exception types, error types, the mined log template, the service) enters by
// feature hashing, so the vector's length never depends on what was seen in training.
// Bump FEATURE_VERSION whenever the layout changes: stored labels and models carry it, and
// vectors of another version are not mixed.

import type { DetectedEvent } from '../records.ts';
import { CATEGORIES } from './rules/index.ts';
import type { DiagnosisInput, RuleDiagnosis } from './rules/index.ts';
import type { RootCandidate } from './graph-types.ts';
import { httpStatus, type Signal } from './graph.ts';
import type { Impact } from './impact.ts';

export const FEATURE_VERSION = 1;

const LABELS = [...CATEGORIES, 'UNKNOWN'] as const;
const ROOT_KINDS = ['service', 'database', 'messaging', 'external'] as const;
const TEXT_BUCKETS = 64;
const SERVICE_BUCKETS = 8;

export interface FeatureSource {
  event: DetectedEvent;
  signal: Signal;
  rule: RuleDiagnosis;
  input: DiagnosisInput;
  root: RootCandidate | null;
  impact: Impact | null;
  /** The miner's template for the diagnosis message (variables masked), if any. */
  template?: string;
}

export function extractFeatures(src: FeatureSource): number[] {
  const v: number[] = [];
  oneHot(v, LABELS, src.rule.category);
  v.push(num(src.rule.confidence));
  oneHot(v, LABELS, src.event.category);
  v.push(src.signal === 'latency' ? 1 : 0, src.event.seriesKey.startsWith('log|') ? 1 : 0);

  oneHot(v, ROOT_KINDS, src.root?.node.kind ?? '');
  const ev = src.root?.evidence;
  v.push(
    num(src.root?.score),
    num(ev?.originRate),
    num(ev?.errorRatio),
    squash(ev?.latencyRatio),
    src.root && src.root.node.id !== src.event.serviceName ? 1 : 0,
  );

  const m = src.input.metrics;
  v.push(num(m.error_rate), squash(m.latency_ratio), num(m.system_impact), squash(m.response_time));
  v.push(num(src.impact?.systemImpact), src.impact?.userFacing ? 1 : 0, squash(src.impact?.affectedServices.length));

  const scores = src.event.context?.scores ?? {};
  const scoreValues = Object.values(scores).filter((x): x is number => typeof x === 'number');
  v.push(num(scores.combined ?? Math.max(0, ...scoreValues)));
  v.push(num(isolationScore(scores)));

  const a = src.input.attributes;
  const status = Number(httpStatus(a));
  const grpc = a['rpc.grpc.status_code'];
  v.push(
    has(a, 'db.system') || has(a, 'db.system.name') ? 1 : 0,
    has(a, 'peer.service') ? 1 : 0,
    has(a, 'server.address') ? 1 : 0,
    has(a, 'messaging.system') ? 1 : 0,
    status >= 400 && status < 500 ? 1 : 0,
    status >= 500 && status < 600 ? 1 : 0,
    status === 401 || status === 403 ? 1 : 0,
    status === 429 ? 1 : 0,
    grpc !== undefined && grpc !== '' && grpc !== '0' ? Math.min(1, Number(grpc) / 16 || 0) : 0,
    src.input.exceptionType || has(a, 'exception.type') ? 1 : 0,
    has(a, 'error.type') ? 1 : 0,
    src.input.message.length > 0 ? 1 : 0,
  );

  const text = new Array<number>(TEXT_BUCKETS).fill(0);
  const words = [
    src.input.exceptionType ?? a['exception.type'] ?? '',
    a['error.type'] ?? '',
    src.template ?? src.input.message,
  ].join(' ');
  for (const w of tokens(words)) text[hash(w) % TEXT_BUCKETS] = 1;
  v.push(...text);

  const svc = new Array<number>(SERVICE_BUCKETS).fill(0);
  svc[hash(src.root?.node.id ?? src.event.serviceName) % SERVICE_BUCKETS] = 1;
  v.push(...svc);
  return v;
}

/** Length of every vector of the current version (tests and model checks use it). */
export const FEATURE_LENGTH = LABELS.length * 2 + 1 + 2 + ROOT_KINDS.length + 5 + 4 + 3 + 2 + 12 + TEXT_BUCKETS + SERVICE_BUCKETS;

function isolationScore(scores: Record<string, number>): number {
  for (const [k, s] of Object.entries(scores)) if (/isolation|multivariate|iforest/i.test(k) && typeof s === 'number') return s;
  return 0;
}

/** Lower-case words of 3+ letters; numbers and the miner's `<*>` carry no category. */
export function tokens(text: string): Set<string> {
  const out = new Set<string>();
  // Only the head of a long text: a 1 MB message must not cost a 1 MB scan per diagnosis.
  for (const m of text.slice(0, 4096).toLowerCase().matchAll(/[a-z][a-z_]{2,40}/g)) out.add(m[0]);
  return out;
}

/** FNV-1a, 32-bit: stable across processes, unlike anything keyed on object identity. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function oneHot(v: number[], labels: readonly string[], value: string): void {
  for (const l of labels) v.push(l === value ? 1 : 0);
}

function num(x: unknown): number {
  return typeof x === 'number' && Number.isFinite(x) ? x : 0;
}

/** Maps a ratio or count in [0, ∞) to [0, 1) so trees see comparable scales. */
function squash(x: unknown): number {
  const n = num(x);
  return n > 0 ? n / (1 + n) : 0;
}

function has(a: Record<string, string>, k: string): boolean {
  return typeof a[k] === 'string' && a[k] !== '';
}
