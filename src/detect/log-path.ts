// The log path of detection, fed per record as soon as it is stored (not per step): a
// CRITICAL/FATAL record opens an incident at once; error records feed the frequency detector,
// whose novel signatures (after a warm-up) and bursts open incidents for that signature.
import { attr, recordIdentity, type LogRecordItem, type RecordIdentity } from '../records.ts';
import { FrequencyDetector, signatureOf, type FrequencyEvent } from './frequency.ts';
import type { IncidentManager } from './incidents.ts';
import { guessCategory } from './metric-roles.ts';
import { isSelf, nsToMs, SEVERITY_ERROR, SEVERITY_FATAL } from './series-keys.ts';

// Separates service from exception type inside the frequency detector's signature.
const SEP = '\u001f';

export interface LogPathOptions {
  bucketMs: number;
  /** Novel signatures seen this soon after the first data (or stored error record) are learned, not reported. */
  novelWarmupMs: number;
  capacity: number;
}

export interface PatternFinding {
  kind: 'new' | 'surge';
  service: string;
  component: string;
  template: string;
  patternSignature: string;
  t: number;
  /** Lines of the template in its current rate bucket, and its baseline per bucket (0 for a new one). */
  count: number;
  baseline: number;
  traceId: string;
}

export class LogPath {
  readonly frequency: FrequencyDetector;
  private firstT = NaN;
  skipped = 0;
  /**
   * Novel-signature incidents opened by the latest batch, by record (service, time, trace id).
   * The template miner sees the same records right after; a brand-new error is news to both,
   * and must page once: its new-template finding joins the incident its signature opened.
   */
  private readonly novelByRecord = new Map<string, { kind: 'signature' | 'fatal'; identity: string }>();

  constructor(private readonly opts: LogPathOptions, private readonly incidents: IncidentManager) {
    this.frequency = new FrequencyDetector({ bucketMs: opts.bucketMs, capacity: opts.capacity });
  }

  observe(logs: LogRecordItem[]): void {
    this.novelByRecord.clear();
    for (const l of logs) {
      if (l.severityNumber < SEVERITY_ERROR || isSelf(l.resource)) continue;
      const t = nsToMs(l.timeNs > 0n ? l.timeNs : l.observedTimeNs);
      if (!(t > 0)) {
        this.skipped++;
        continue;
      }
      const svc = l.resource.serviceName;
      const type = attr(l.attributes, 'exception.type') ?? '';
      const msg = attr(l.attributes, 'exception.message') ?? l.body;
      const component = l.scope.name || svc;
      const fatal = l.severityNumber >= SEVERITY_FATAL;
      // Stack trace and user/session/request of the record, for the event it may open.
      const identity = recordIdentity(l.attributes, l.resource.attributes);
      if (fatal) {
        const sig = signatureOf(type, msg);
        const key = `${svc}|${sig}`;
        this.incidents.signal({
          kind: 'fatal', identity: key, service: svc, component, category: guessCategory(`${type} ${msg}`), message: `${l.severityText || 'FATAL'} log in ${svc}: ${sig}`.slice(0, 1000), t, score: 1,
          extra: { signature: sig, exceptionType: type, exceptionMessage: msg.slice(0, 2000), severityNumber: l.severityNumber, ...identity }, traceId: l.traceId,
        });
        this.novelByRecord.set(recordKey(svc, t, l.traceId), { kind: 'fatal', identity: key });
      }
      if (Number.isNaN(this.firstT)) this.firstT = t;
      // Every record of a signature that has its incident keeps it current (a finding is only
      // its onset): the incident stays open while the errors go on, and settles when they stop.
      // One normalisation per record: the detector's signature is the service, a separator and the
      // signature the incident is keyed by.
      const sig = signatureOf(frequencyKey(svc, type), msg);
      if (this.incidents.holdsLogs) this.incidents.touch(`signature|${svc}|${splitSig(sig)[1]}`, t, l.traceId);
      const events = this.frequency.observeSignature(t, sig);
      // A FATAL record already has its incident: its signature is learned, not reported again as new.
      const opened = this.handle(fatal ? events.filter((e) => e.kind !== 'novel') : events, component, l.traceId, identity);
      if (opened && !fatal) this.novelByRecord.set(recordKey(svc, t, l.traceId), { kind: 'signature', identity: opened });
    }
  }

  /**
   * Telemetry of any kind was seen at t. The novelty warm-up counts from the earliest data, not
   * from the first error: on a system that ran clean, the first errors are an incident, and a
   * second, different failure minutes later must still be news.
   */
  seen(t: number): void {
    if (t > 0 && !(this.firstT <= t)) this.firstT = t;
  }

  /**
   * Warm-up from stored error logs (oldest first): signatures become known and the novelty
   * warm-up counts from the oldest one, so a restart does not report every signature as new.
   */
  learn(service: string, exceptionType: string, message: string, t: number): void {
    if (!(t > 0)) return;
    if (!(this.firstT <= t)) this.firstT = t;
    this.frequency.observe(t, frequencyKey(service, exceptionType), message);
  }

  /**
   * A finding of the template miner (src/detect/patterns-feed.ts): a new template after its
   * warm-up, or a template surging above its own baseline. It opens or updates a signature
   * incident like a novel or bursting frequency signature, keyed by the template so every
   * message variant of one template is one incident.
   */
  pattern(f: PatternFinding): void {
    const novel = f.kind === 'new' ? this.novelByRecord.get(recordKey(f.service, f.t, f.traceId)) : undefined;
    if (novel !== undefined) {
      this.incidents.annotate(novel.kind, novel.identity, { template: f.template, patternSignature: f.patternSignature });
      return;
    }
    const what = f.kind === 'new' ? 'new error template' : `error template surge (${f.count} vs ≈${f.baseline.toFixed(1)} per bucket)`;
    this.incidents.signal({
      kind: 'signature', identity: `${f.service}|template:${f.template}`, service: f.service, component: f.component || f.service, category: guessCategory(f.template),
      message: `${what} in ${f.service}: ${f.template}`.slice(0, 1000), t: f.t, score: f.kind === 'new' ? 0.75 : 0.8,
      extra: { signature: f.template, patternSignature: f.patternSignature, finding: `template_${f.kind}`, count: f.count, baseline: f.baseline }, traceId: f.traceId,
    });
  }

  /** Close frequency buckets as event time passes (called per closed step). */
  advance(t: number): void {
    this.handle(this.frequency.advance(t), '', '');
  }

  /** Signals the events; returns the identity of a novel signature's incident, if one was signalled. */
  private handle(events: FrequencyEvent[], component: string, traceId: string, record: RecordIdentity = {}): string | undefined {
    let novel: string | undefined;
    for (const e of events) {
      if (e.kind === 'novel' && !(e.t - this.firstT >= this.opts.novelWarmupMs)) continue;
      const [svc, rest] = splitSig(e.signature);
      const score = e.kind === 'novel' ? 0.75 : Math.max(0.7, e.score);
      const what = e.kind === 'novel' ? 'new error signature' : `error burst (${e.count} vs ≈${e.baseline.toFixed(1)} per bucket)`;
      const identity = `${svc}|${rest}`;
      this.incidents.signal({
        kind: 'signature', identity, service: svc, component: component || svc, category: guessCategory(rest), message: `${what} in ${svc}: ${rest}`.slice(0, 1000), t: e.t, score,
        extra: { signature: rest, finding: e.kind, count: e.count, baseline: e.baseline, scores: { frequency: e.score }, ...record }, traceId,
      });
      if (e.kind === 'novel') novel = identity;
    }
    return novel;
  }
}

/** The frequency detector's key: service and exception type ('Error' when the record has none). */
function frequencyKey(service: string, exceptionType: string): string {
  return service + SEP + (exceptionType || 'Error');
}

function recordKey(service: string, t: number, traceId: string): string {
  return `${service}${SEP}${t}${SEP}${traceId}`;
}

function splitSig(sig: string): [string, string] {
  const i = sig.indexOf(SEP);
  return i < 0 ? ['', sig] : [sig.slice(0, i), sig.slice(i + 1)];
}
