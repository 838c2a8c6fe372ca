// Turns per-series open/update/close decisions and log findings into incidents: one event per
// problem, not per point, series or message variant. Something new joins an open incident when it
// is plausibly the same problem: its service is the incident's or depends on it (or the other way
// round, through the calls seen in traces) and its onset is close to the incident's. Anything
// later or unrelated opens its own incident, so a long-open incident never absorbs a different
// problem. An incident closes when its last paging series recovers and its log findings go quiet.
import { createHash, randomUUID } from 'node:crypto';
import type { Category, DetectedEvent, EventContext, OpenIncident, Severity } from '../records.ts';
import { severityOf } from './combiner.ts';
import type { IncidentCorrelator } from './correlation.ts';
import type { SeriesModel } from './series-model.ts';
import type { ServiceGraph } from './service-graph.ts';

export type IncidentKind = 'series' | 'signature' | 'fatal';

/** Correlated series an event's context lists (the rest are counted in correlatedTotal). */
const MAX_CORRELATED = 32;
/** Log findings an event's context lists by signature (later ones are counted). */
const MAX_SIGNATURES = 10;

export type ResumeRow = OpenIncident;

/** One log-driven finding: a FATAL record, or a new, bursting or surging error signature or template. */
export interface LogSignal {
  kind: 'signature' | 'fatal';
  /** What makes two findings the same incident (service plus signature or template). */
  identity: string;
  service: string;
  component: string;
  category: Category;
  message: string;
  /** Event time, epoch ms. */
  t: number;
  score: number;
  /** Merged into the incident's context. */
  extra: Record<string, unknown>;
  /** The record's trace, kept as an exemplar ('' when none). */
  traceId: string;
}

export interface Incident {
  id: string;
  fingerprint: string;
  kind: IncidentKind;
  service: string;
  seriesKey: string;
  component: string;
  category: Category;
  message: string;
  severity: Severity;
  openedAt: number;
  updatedAt: number;
  /** Event time of the latest anomalous evidence (stale incidents close from it). */
  lastActive: number;
  /**
   * Event time of the latest symptom: a record of one of its log findings, or a member's step
   * its hysteresis would not count as normal. Unlike lastActive, a normal step does not move it.
   */
  lastSymptom: number;
  peak: number;
  /** An operator limit was crossed: severity is not capped while the incident is young. */
  thresholdHit: boolean;
  /** Requests are failing (an error rate rose, or a service stopped answering). */
  failing: boolean;
  steps: number;
  members: Map<string, SeriesModel>;
  /** Members allowed to page (symptoms); the others are evidence and do not keep it open. */
  pagers: Set<string>;
  /**
   * A paging series was ever a member. Such an incident, once its series have recovered, closes
   * after the short quiet window for its log findings too: the series say the errors stopped.
   * A log-only incident keeps the long window, since a finding marks an onset, not a level.
   */
  hadPagers: boolean;
  /** A person labelled it not an incident: closed, its members and findings go on quietly until they recover. */
  dismissed?: boolean;
  /** Log findings whose every record is counted (touch): their latest time is a level, not an onset. */
  levelled: Set<string>;
  /** When each log finding's first record was logged: a record of the same instant is not its error coming back. */
  onsets: Map<string, number>;
  /** Its log findings' records, for how improbable a silence after them is (see settle). */
  records: RecordRun;
  /** Services below where its log findings were logged, in their records' traces: where those errors came from. */
  blamed: Set<string>;
  /**
   * Its findings' records whose traces had not arrived when they were logged (the usual case:
   * a record is exported before the spans of its request). Blamed once they have: otherwise an
   * incident opened by a caller's "session rejected by auth" never learns it came from auth,
   * and checkout's "payments answered 401: jwt expired" a second later reads as another problem.
   */
  unplaced: LogSignal[];
  /** Series that were ever members: one that flaps back while the incident is open rejoins it. */
  seen: Set<string>;
  /** Services of the members and log findings. */
  services: Set<string>;
  /**
   * The deepest service the incident has reached in the call graph: where the problem most
   * likely is. Something joins when its service is the origin, calls it (a symptom upstream), or
   * is called by it (the origin was itself a symptom; the origin moves down). A sibling of the
   * origin (another dependency of the same caller) is a different problem.
   */
  origin: string;
  /** Log findings that joined (kind|identity → latest record time, NaN until the first step after a restart). */
  logs: Map<string, number>;
  exemplars: string[];
  context: EventContext;
  emittedSeverity: Severity;
  emittedPeak: number;
  emittedMembers: number;
  /** The head series' value when the incident was last published (see worsened). */
  emittedHead: number;
  /**
   * The head series' values since the incident opened ([step time, value]). The series' own
   * window leaves anomalous steps out while an incident is open (its baselines hold still), so
   * without these the event's values would stop where the incident began.
   */
  trail: Array<[number, number]>;
}

const MAX_EXEMPLARS = 10;
/** Head-series values an incident keeps from its own steps (see Incident.trail). */
const MAX_TRAIL = 30;
/**
 * Records of a log finding closer than this to its first are one instant: requests in flight when
 * one thing happened end within milliseconds of each other; a cause that persists shows again
 * later. Well under a detection step, so a fault that goes on is not made to wait for a step.
 */
const SAME_INSTANT_MS = 1000;
/** Steps between two updates that only say the incident's series got worse (see worsened). */
const WORSENED_EVERY = 3;

/**
 * The records of an incident's log findings: when the first and the latest came, how many
 * requests they were logged for (records of one trace are one failed request, logged at each
 * service it went through), and for how many steps since the latest its services served
 * requests without another one.
 */
interface RecordRun {
  first: number;
  last: number;
  requests: number;
  traces: Set<string>;
  quietServed: number;
}
const MAX_RUN_TRACES = 64;
/**
 * How unlikely, at the rate the records came, a silence must be before it says they stopped:
 * one chance in twenty that errors still going on at that rate leave a gap this long.
 */
const SILENCE_ALPHA = 0.05;

function newRun(): RecordRun {
  return { first: NaN, last: NaN, requests: 0, traces: new Set(), quietServed: 0 };
}

/** One more record of the incident's findings. */
function countRecord(run: RecordRun, t: number, traceId?: string): void {
  if (!(run.first <= t)) run.first = t;
  if (!(run.last >= t)) run.last = t;
  // Any record ends the silence, one that arrived late for steps already counted too.
  run.quietServed = 0;
  if (traceId) {
    if (run.traces.has(traceId)) return;
    if (run.traces.size < MAX_RUN_TRACES) run.traces.add(traceId);
  }
  run.requests++;
}

/**
 * The chance that errors going on at the rate this run's records came would leave a silence
 * of quietMs. The rate is uncertain after a few records: with k requests failed over d, its
 * posterior is Gamma(k, d), and the chance of no failure in a further T is (d / (d + T))^k.
 * d is at least one step (records of one burst land in one step).
 */
export function silenceChance(requests: number, overMs: number, quietMs: number, stepMs: number): number {
  const d = Math.max(overMs, stepMs);
  return requests > 0 ? Math.pow(d / (d + Math.max(0, quietMs)), requests) : 1;
}
const SEV_RANK: Record<Severity, number> = { LOW: 0, MEDIUM: 1, HIGH: 2, CRITICAL: 3 };

export function fingerprintOf(identity: string): string {
  return 'det:' + createHash('sha256').update(identity).digest('hex').slice(0, 40);
}

export interface IncidentOptions {
  stepMs: number;
  /** Steps a statistical-only incident must last before it may be HIGH or CRITICAL. */
  sustainSteps: number;
  /** Something new joins a related open incident whose onset was at most this long before. */
  onsetWindowMs: number;
  /**
   * A traffic drop in a service that has callers waits this long for the problem upstream that
   * explains it (its errors take a few steps to open) before it opens an incident of its own.
   */
  dropWaitMs: number;
  /**
   * Consecutive normal steps of every paging series (and no new log finding meanwhile) after
   * which an open incident says it has settled. The incident stays open until its series close
   * (hysteresis), but a recovery action is verified on this signal: waiting for the close would
   * add its full hysteresis to every recovery's time. 0 turns the signal off.
   */
  settleSteps: number;
}

export class IncidentManager {
  readonly open = new Map<string, Incident>();
  /** Open incidents by the log findings they hold (kind|identity). */
  private readonly byLog = new Map<string, Incident>();
  /** Incidents opened inside heldOpens(), whose open event waits for the end of it; the value is when one closed meanwhile (NaN while open). */
  private held: Map<Incident, number> | null = null;
  /** Traffic drops waiting for their cause to show up (see IncidentOptions.dropWaitMs). */
  private readonly waitingDrops = new Map<string, { m: SeriesModel; openedAt: number; peak: number }>();
  /**
   * Log findings that would join an incident of another origin, waiting for their record's
   * trace to show which services it went through (spans and logs are exported separately, so
   * the trace often arrives after the record). Decided at the first tick after their step
   * closes; the latest finding of the same key meanwhile is replayed after the decision.
   */
  private readonly pendingJoins = new Map<string, { first: LogSignal; latest: LogSignal | null }>();
  /** Incidents a person dismissed whose series or findings have not yet recovered (see dismiss). */
  private readonly dismissed = new Set<Incident>();
  /** Quiet windows of log findings, as the engine's latest tick gave them. */
  private quiet = { fatal: Infinity, signature: Infinity };

  constructor(
    private readonly opts: IncidentOptions,
    private readonly emit: (ev: DetectedEvent) => void,
    private readonly correlator: IncidentCorrelator,
    private readonly graph: ServiceGraph,
  ) {}

  get size(): number {
    return this.open.size;
  }

  /**
   * A series' hysteresis opened. A symptom (`pages`) joins the open incident it belongs to or
   * opens one; evidence (a runtime gauge, a resource without a limit) only joins one.
   */
  seriesOpened(m: SeriesModel, t: number, openedAt: number, peak: number, pages = true): void {
    // Less traffic reaching a service is caused upstream: it belongs with a problem in any caller.
    // Evidence (a runtime gauge) explains an incident of its own service only.
    const join = this.target(m.service, t, m.key, m.paging === 'drop', !pages, (inc, rank) => this.explains(inc, m, rank));
    if (join) {
      this.attach(join, m, pages);
      this.absorb(join, m, t, peak, pages);
      this.maybeUpdate(join, t, true);
      return;
    }
    if (!pages) return;
    if (m.paging === 'drop' && this.graph.hasCallers(m.service, t)) {
      const w = this.waitingDrops.get(m.key);
      this.waitingDrops.set(m.key, { m, openedAt: w?.openedAt ?? openedAt, peak: Math.max(peak, w?.peak ?? 0) });
      return;
    }
    this.openSeries(m, t, openedAt, peak);
  }

  private openSeries(m: SeriesModel, t: number, openedAt: number, peak: number): void {
    const inc = this.create('series', m.key, m.service, m.component, m.role.category, openedAt, t);
    this.attach(inc, m, true);
    this.absorb(inc, m, t, peak, true);
    inc.message = seriesMessage(m);
    this.publish(inc, 'open', t);
  }

  seriesUpdated(m: SeriesModel, t: number, peak: number, pages = true): void {
    const inc = m.incident as Incident | null;
    // Open but unattached (evidence, or a symptom whose incident closed): an incident may have opened since.
    if (!inc) return this.seriesOpened(m, t, t, peak, pages);
    if (inc.dismissed) {
      inc.lastActive = Math.max(inc.lastActive, t);
      return;
    }
    m.quietRun = pages ? 0 : m.quietRun + 1;
    if (pages && !inc.pagers.has(m.key)) inc.pagers.add(m.key);
    this.absorb(inc, m, t, peak, pages);
    // A step that scored nothing has no evidence to state: the headline keeps the last one that did.
    if (m.key === inc.seriesKey && m.lastScore > 0) inc.message = seriesMessage(m);
    this.maybeUpdate(inc, t, false);
  }

  seriesClosed(m: SeriesModel, t: number): void {
    this.waitingDrops.delete(m.key);
    const inc = m.incident as Incident | null;
    m.incident = null;
    if (!inc) return;
    inc.members.delete(m.key);
    inc.pagers.delete(m.key);
    if (inc.dismissed) return;
    if (inc.pagers.size === 0 && this.logsQuiet(inc, t)) return this.close(inc, t, 'recovered');
    // The series that opened the incident is back to normal while others are not yet: say so.
    // Recovery verifies an action against the signal that fired, and hears only what is published.
    if (m.key === inc.seriesKey) {
      inc.context.values = headValues(inc, m);
      inc.context.baselines = { ...inc.context.baselines, value: m.lastV };
      inc.context.headlineRecovered = true;
      this.publish(inc, 'update', t);
    }
  }

  /** Log-driven incidents: opened (or refreshed) at once by a FATAL record or an error-signature finding. */
  signal(sig: LogSignal, final = false): void {
    const { kind, identity, service, component, category, message, t, score, extra, traceId } = sig;
    const key = `${kind}|${identity}`;
    let inc = this.byLog.get(key);
    if (!inc) {
      const waiting = this.pendingJoins.get(key);
      if (waiting && !final) {
        waiting.latest = sig;
        return;
      }
      // The closest related incident whose trace evidence does not say otherwise.
      // One its trace says it belongs with wins over one the trace cannot tell yet.
      const join =
        this.target(service, t, '', false, false, (c) => this.traceVerdict(c, sig) === 'join', false) ??
        this.target(service, t, '', false, false, (c) => this.traceVerdict(c, sig) !== 'apart', false);
      if (join && this.traceVerdict(join, sig) === 'unknown' && !final) {
        this.pendingJoins.set(key, { first: sig, latest: null });
        return;
      }
      if (join) {
        // Called by the incident's origin: the origin was itself a symptom, and moves down.
        if (service !== join.origin && !this.graph.reaches(service, join.origin, t) && this.graph.reaches(join.origin, service, t)) join.origin = service;
        this.joinLog(join, key, sig);
        this.blame(join, sig);
        this.maybeUpdate(join, t, true);
        return;
      }
      inc = this.create(kind, identity, service, component, category, t, t, fingerprintOf(key));
      inc.message = message;
      inc.peak = score;
      inc.thresholdHit = kind === 'fatal';
      Object.assign(inc.context, extra);
      this.joinLog(inc, key, sig);
      this.blame(inc, sig);
      inc.lastActive = t;
      this.publish(inc, 'open', t);
      return;
    }
    inc.logs.set(key, Math.max(inc.logs.get(key) || 0, t));
    inc.lastActive = Math.max(inc.lastActive, t);
    symptom(inc, t);
    if (inc.dismissed) return;
    inc.peak = Math.max(inc.peak, score);
    inc.context.occurrences = ((inc.context.occurrences as number) ?? 1) + 1;
    if (traceId && inc.exemplars.length < MAX_EXEMPLARS && !inc.exemplars.includes(traceId)) {
      inc.exemplars.push(traceId);
      this.blame(inc, sig);
    }
    this.maybeUpdate(inc, t, false);
  }

  /**
   * Whether a log finding's record belongs with an open incident of a related service, by where
   * its trace went below the service that logged it: into the incident's origin, a service
   * below it, or where its other findings' traces went: the same problem; elsewhere, a
   * different one (the caller of a failing database also failing its calls to auth). Unknown
   * until a span of the trace has been seen.
   */
  private traceVerdict(inc: Incident, sig: LogSignal): 'join' | 'apart' | 'unknown' {
    if (!sig.traceId) return 'join';
    this.placeBlame(inc);
    if (sig.service === inc.origin) {
      // The origin's own records belong with it, unless the incident's records were traced to
      // a failure somewhere and this one's trace failed elsewhere: the frontend's sessions
      // refused at auth, then its checkouts failing at inventory, are two problems.
      if (inc.blamed.size === 0) return 'join';
      const mine = this.below(sig);
      if (mine === undefined) return 'unknown';
      if (mine.length === 0 || mine.some((s) => inc.blamed.has(s))) return 'join';
      return this.graph.awaitsAnswer(sig.traceId, [sig.service, ...mine]) ? 'unknown' : 'apart';
    }
    const below = this.below(sig);
    if (!below) return 'unknown';
    // A failed call whose answer has not arrived may yet say where the error came from: until
    // it does, the trace can confirm an incident but not rule one out.
    const waiting = this.graph.awaitsAnswer(sig.traceId, [sig.service, ...below]);
    // An error raised in the finding's own service says nothing about where it belongs.
    if (below.length === 0) return waiting ? 'unknown' : 'join';
    // The incident's origin, where its findings' traces led, or one of its services below the
    // origin. Not any of its services: a caller's traffic drop makes the caller a member, and
    // that service's own, different failure must not read as the same problem.
    if (below.some((s) => s === inc.origin || inc.blamed.has(s) || (inc.services.has(s) && this.graph.reaches(inc.origin, s, sig.t)))) return 'join';
    return waiting ? 'unknown' : 'apart';
  }

  /**
   * The services a finding's record went through below the service that logged it, in its own
   * trace: where a caller's error came from (its callers in the trace explain nothing, and
   * neither do services it calls in other requests). When some of them failed in that trace,
   * only the deepest of those: a failed checkout that checked its session with auth on the way
   * did not fail at auth, and auth's own expired sessions are another problem. Undefined until
   * the logging service's own part of the trace is here (its entry span ends after the record
   * was written).
   */
  private below(sig: LogSignal): string[] | undefined {
    if (!this.graph.hasEntered(sig.traceId, sig.service)) return undefined;
    const below = this.graph.calledIn(sig.traceId, sig.service);
    const failing = this.graph.failingOf(sig.traceId);
    const failed = failing ? below.filter((s) => failing.includes(s)) : [];
    if (failed.length === 0) return below;
    // Where the failure began: a failed service whose own calls in the trace did not fail.
    // Checkout failing because inventory did is inventory's outage, and blaming checkout too
    // would draw checkout's next, different failure (a payment refused) into it.
    const deepest = failed.filter((s) => !this.graph.calledIn(sig.traceId, s).some((d) => failed.includes(d)));
    return deepest.length > 0 ? deepest : failed;
  }

  private blame(inc: Incident, sig: LogSignal): void {
    if (!sig.traceId || inc.blamed.size >= MAX_CORRELATED) return;
    const below = this.below(sig);
    if (!below) {
      if (inc.unplaced.length < MAX_EXEMPLARS) inc.unplaced.push(sig);
      return;
    }
    for (const s of below) if (inc.blamed.size < MAX_CORRELATED) inc.blamed.add(s);
  }

  /** Blames where the records that were not placed yet went, for those whose traces are here now (the others wait on). */
  private placeBlame(inc: Incident): void {
    if (inc.unplaced.length === 0) return;
    const waiting = inc.unplaced;
    inc.unplaced = [];
    for (const sig of waiting) this.blame(inc, sig);
  }

  /**
   * A person labelled the event not an incident. It closes now (recovery and escalation stand
   * down; the stored row is already closed). Its series and log findings stay attached, quietly,
   * until they recover: the same anomaly going on must not open a fresh incident a step later.
   * Something new after that is judged afresh.
   */
  dismiss(eventId: string): boolean {
    let inc: Incident | undefined;
    for (const x of this.open.values()) if (x.id === eventId) inc = x;
    if (!inc) return false;
    this.open.delete(inc.fingerprint);
    inc.dismissed = true;
    inc.context.closeReason = 'not_an_incident';
    this.dismissed.add(inc);
    this.publish(inc, 'close', inc.updatedAt);
    return true;
  }

  /** Some open incident holds log findings (touch is worth a signature). */
  get holdsLogs(): boolean {
    return this.byLog.size > 0;
  }

  /** One more record of a log finding's signature: the incident holding it has errors until now. */
  touch(key: string, t: number, traceId?: string): void {
    const inc = this.byLog.get(key);
    if (!inc) return;
    countRecord(inc.records, t, traceId);
    symptom(inc, t);
    const last = inc.logs.get(key);
    if (last === undefined || !(last >= t)) inc.logs.set(key, t);
    inc.levelled.add(key);
    // The first time one of its errors comes back, the incident says so once: a single error
    // record (a connection reset) is news but no outage, and recovery waits for this before an
    // action that restarts or moves anything (see recover's policy). Records of one instant are
    // one event seen by the requests in flight (two keep-alive connections reset together),
    // not the error coming back.
    // An incident resumed after a restart has no onset for its findings: its first record since is one.
    let onset = inc.onsets.get(key);
    if (onset === undefined) inc.onsets.set(key, (onset = t));
    if (!inc.context.recurring && !inc.dismissed && Math.abs(t - onset) >= SAME_INSTANT_MS) {
      inc.context.recurring = true;
      this.publish(inc, 'update', t);
    }
  }

  /** Adds context to an open log incident without counting an occurrence (another view of the same record). */
  annotate(kind: 'signature' | 'fatal', identity: string, extra: Record<string, unknown>): void {
    const key = `${kind}|${identity}`;
    const inc = this.byLog.get(key);
    if (!inc) return;
    // The incident's own context describes what opened it; a finding that joined is described in its entry.
    if (inc.seriesKey === identity) Object.assign(inc.context, extra);
    else {
      const entry = (inc.context.signatures as Array<Record<string, unknown>> | undefined)?.find((e) => e.key === key);
      if (entry) Object.assign(entry, extra);
    }
  }

  /**
   * Per closed step: series incidents whose series stopped reporting for `staleMs` close (their
   * hysteresis can no longer recover), and log incidents quiet for their window close.
   */
  tick(stepEnd: number, staleMs: number, fatalQuietMs: number, signatureQuietMs: number, serving?: ReadonlySet<string>): void {
    this.quiet = { fatal: fatalQuietMs, signature: signatureQuietMs };
    for (const inc of this.dismissed) {
      // Recovered, or its series stopped reporting: what it held may page again.
      const stale = stepEnd - inc.lastActive >= staleMs;
      if (!(inc.pagers.size === 0 || stale) || !this.logsQuiet(inc, stepEnd)) continue;
      this.dismissed.delete(inc);
      for (const k of inc.logs.keys()) if (this.byLog.get(k) === inc) this.byLog.delete(k);
      this.detach(inc);
    }
    for (const [key, p] of this.pendingJoins) {
      if (!(p.first.t < stepEnd)) continue;
      this.pendingJoins.delete(key);
      this.signal(p.first, true);
      if (p.latest) this.signal(p.latest);
    }
    for (const [key, w] of this.waitingDrops) {
      if (w.m.incident || !w.m.hyst.isOpen) {
        this.waitingDrops.delete(key);
        continue;
      }
      const join = this.target(w.m.service, stepEnd, key, true);
      if (join) {
        this.waitingDrops.delete(key);
        this.attach(join, w.m, true);
        this.absorb(join, w.m, stepEnd, w.peak, true);
        this.maybeUpdate(join, stepEnd, true);
      } else if (stepEnd - w.openedAt >= this.opts.dropWaitMs) {
        this.waitingDrops.delete(key);
        this.openSeries(w.m, stepEnd, w.openedAt, w.peak);
      }
    }
    for (const inc of [...this.open.values()]) {
      if (Number.isNaN(inc.lastActive)) inc.lastActive = stepEnd;
      for (const [k, last] of inc.logs) if (Number.isNaN(last)) inc.logs.set(k, stepEnd);
      // A silence counts only while the services that logged the errors go on serving requests:
      // a service with no traffic has no chance to fail.
      const run = inc.records;
      if (run.requests > 0 && run.last <= stepEnd - this.opts.stepMs && (!serving || [...inc.services].some((s) => serving.has(s)))) run.quietServed++;
      if (inc.pagers.size > 0 || inc.logs.size === 0) {
        if (stepEnd - inc.lastActive < staleMs) {
          this.settle(inc, stepEnd);
          continue;
        }
        for (const m of inc.members.values()) m.hyst.restore({ open: false, above: 0, below: 0, peak: 0, openedAt: NaN, firstAbove: NaN });
        this.detach(inc);
        if (this.logsQuiet(inc, stepEnd)) this.close(inc, stepEnd, 'no_data');
      } else if (this.logsQuiet(inc, stepEnd)) this.close(inc, stepEnd, inc.kind === 'series' ? 'recovered' : 'quiet');
      else this.settle(inc, stepEnd);
    }
  }

  /**
   * Publishes once, when every paging series of the incident has been normal (or, for a
   * resource paged by its limit, back under it) for settleSteps steps and none of its log
   * findings had a record meanwhile; the flag goes (quietly) as soon as
   * one is anomalous again, so a later settling publishes again. An incident held open by log
   * findings alone settles only if some of them are levelled (every record counted, see touch):
   * a template finding marks an onset, and its absence for a few steps says nothing.
   */
  private settle(inc: Incident, stepEnd: number): void {
    const n = this.opts.settleSteps;
    if (!(n > 0)) return;
    // Without paging series, findings whose every record is counted say the errors stopped after
    // n quiet steps. Findings that each came once (a fix faster than their second record) say so
    // once the silence is improbable at the rate their records came.
    const bySilence = inc.pagers.size === 0 && inc.levelled.size === 0;
    const run = inc.records;
    if (bySilence && run.requests === 0) return;
    let settled = true;
    for (const k of inc.pagers) {
      const m = inc.members.get(k);
      // A resource that paged for its limit has recovered once back under it (capacity added, a
      // cleared cache): it may stay above its old level, which alone would not have paged.
      const underLimit = m !== undefined && (m.paging === 'limit' || m.paging === 'crossing') && m.quietRun >= n;
      if (!m || (m.hyst.normalRun < n && !underLimit)) {
        settled = false;
        break;
      }
    }
    let since = stepEnd - n * this.opts.stepMs;
    if (settled) for (const last of inc.logs.values()) if (!(last <= since)) settled = false;
    let silence: Record<string, number> | undefined;
    if (settled && bySilence) {
      const quietMs = run.quietServed * this.opts.stepMs;
      const chance = silenceChance(run.requests, run.last - run.first, quietMs, this.opts.stepMs);
      if (run.quietServed >= n && chance <= SILENCE_ALPHA) {
        since = run.last;
        silence = { requests: run.requests, overMs: run.last - run.first, quietMs, chance: Number(chance.toPrecision(3)) };
      } else settled = false;
    }
    if (!settled) {
      delete inc.context.settled;
      return;
    }
    if (inc.context.settled) return;
    inc.context.settled = { steps: n, stepMs: this.opts.stepMs, since: new Date(since).toISOString(), ...(silence ? { silence } : {}) };
    const head = inc.members.get(inc.seriesKey);
    if (head) {
      inc.context.values = headValues(inc, head);
      inc.context.baselines = { ...inc.context.baselines, value: head.lastV };
    }
    this.publish(inc, 'update', stepEnd);
  }

  /**
   * Re-adopt an event that was open in Postgres when the previous process stopped, so the same
   * row is updated and closed instead of a second one being opened. Its activity clock starts
   * at the first step after the restart (NaN until then).
   */
  resume(row: ResumeRow): Incident {
    const kind = (row.context.detectKind as IncidentKind | undefined) ?? 'series';
    const peak = { LOW: 0.5, MEDIUM: 0.7, HIGH: 0.85, CRITICAL: 0.95 }[row.severity];
    const inc: Incident = {
      id: row.id,
      fingerprint: row.fingerprint,
      kind,
      service: row.serviceName,
      seriesKey: row.seriesKey,
      component: row.sourceComponent,
      category: row.category,
      message: row.message,
      severity: row.severity,
      openedAt: row.openedAt,
      updatedAt: row.updatedAt,
      lastActive: NaN,
      lastSymptom: NaN,
      peak,
      thresholdHit: Number((row.context.scores as Record<string, number> | undefined)?.threshold ?? 0) > 0,
      failing: SEV_RANK[row.severity] >= SEV_RANK.HIGH,
      steps: this.opts.sustainSteps,
      members: new Map(),
      pagers: new Set(),
      hadPagers: kind === 'series',
      levelled: new Set(),
      onsets: new Map(),
      records: newRun(),
      blamed: new Set(),
      unplaced: [],
      // Members it had before the restart (the event lists them) rejoin it when they reappear.
      seen: new Set([...(kind === 'series' ? [row.seriesKey] : []), ...((row.context.correlated ?? []) as Array<{ series: string }>).map((c) => c.series)]),
      services: new Set([row.serviceName]),
      origin: row.serviceName,
      logs: new Map(kind === 'series' ? [] : [[`${kind}|${row.seriesKey}`, NaN]]),
      exemplars: [...(row.context.exemplarTraceIds ?? [])].slice(0, MAX_EXEMPLARS),
      context: { ...row.context, detectKind: kind },
      emittedSeverity: row.severity,
      emittedPeak: peak,
      emittedMembers: 1,
      emittedHead: NaN,
      trail: [],
    };
    this.index(inc);
    return inc;
  }

  /** Attach a resumed series incident to its (possibly new) series model. */
  adopt(m: SeriesModel, inc: Incident): void {
    this.attach(inc, m, true);
    m.hyst.restore({ open: true, above: 0, below: 0, peak: inc.peak, openedAt: inc.openedAt, firstAbove: inc.openedAt });
  }

  private create(kind: IncidentKind, identity: string, service: string, component: string, category: Category, openedAt: number, t: number, fp = fingerprintOf(`${kind === 'series' ? 'series' : kind}|${identity}`)): Incident {
    const inc: Incident = {
      id: randomUUID(),
      fingerprint: fp,
      kind,
      service,
      seriesKey: identity,
      component,
      category,
      message: '',
      severity: 'LOW',
      openedAt,
      updatedAt: t,
      lastActive: t,
      lastSymptom: NaN,
      peak: 0,
      thresholdHit: false,
      failing: false,
      steps: 0,
      members: new Map(),
      pagers: new Set(),
      hadPagers: false,
      levelled: new Set(),
      onsets: new Map(),
      records: newRun(),
      blamed: new Set(),
      unplaced: [],
      seen: new Set(),
      services: new Set([service]),
      origin: service,
      logs: new Map(),
      exemplars: [],
      context: { series: identity, values: [], baselines: {}, scores: {}, exemplarTraceIds: [], detectKind: kind },
      emittedSeverity: 'LOW',
      emittedPeak: 0,
      emittedMembers: 0,
      emittedHead: NaN,
      trail: [],
    };
    this.index(inc);
    return inc;
  }

  private index(inc: Incident): void {
    this.open.set(inc.fingerprint, inc);
    for (const k of inc.logs.keys()) this.byLog.set(k, inc);
  }

  /**
   * The open incident something new in `service` at `t` belongs to: a series that was already
   * a member, else one whose onset is close and whose origin is this service, is called by it,
   * or calls it (see Incident.origin). A traffic drop (`fromCaller`) also belongs with an
   * incident in any service that calls this one. Closer relations win, then the latest onset.
   */
  private target(service: string, t: number, seriesKey: string, fromCaller: boolean, sameService = false, accept?: (inc: Incident, rank: number) => boolean, moveOrigin = true): Incident | undefined {
    let best: Incident | undefined;
    let bestRank = Infinity;
    for (const inc of this.open.values()) {
      if (seriesKey && inc.seen.has(seriesKey)) return inc;
      if (!(t - inc.openedAt <= this.opts.onsetWindowMs)) continue;
      if (sameService) {
        if (!inc.services.has(service)) continue;
        if (!best || inc.openedAt > best.openedAt) best = inc;
        bestRank = 0;
        continue;
      }
      let rank = service === inc.origin ? 0 : this.graph.reaches(service, inc.origin, t) ? 1 : this.graph.reaches(inc.origin, service, t) ? 2 : -1;
      // The nearest caller wins: checkout's incident, not frontend's, explains payments going quiet.
      if (rank < 0 && fromCaller) {
        let hops = Infinity;
        for (const s of inc.services) hops = Math.min(hops, this.graph.hops(s, service, t));
        if (hops < Infinity) rank = 2 + hops;
      }
      if (rank < 0 || (accept && !accept(inc, rank))) continue;
      if (rank < bestRank || (rank === bestRank && best && inc.openedAt > best.openedAt)) {
        best = inc;
        bestRank = rank;
      }
    }
    if (best && bestRank === 2 && moveOrigin) best.origin = service;
    return best;
  }

  /**
   * Whether an incident whose records were traced to where they failed (sessions refused at
   * auth) can explain series m of its origin's service, of a caller of it or of one below it
   * (ranks 0 to 2). Not another dependency of the same callers slowing meanwhile (inventory),
   * nor the callers' requests slowing because of that: those are a problem of their own, and in
   * the incident they would hold it open after its own fix. A latency series is explained when
   * its slowest requests spent their time in a service the records were traced to; below the
   * origin, a series of a service the incident has not met at all is not. (A log finding brings
   * its own trace, judged in signal().)
   */
  private explains(inc: Incident, m: SeriesModel, rank: number): boolean {
    // A resource running out in a caller of the incident's origin (memory towards its limit, a
    // process busy far over its usual level) is no symptom of it: a failing callee neither fills
    // its callers' memory nor keeps their CPU busy. Its own service's incident explains it, or
    // one above it that pages (whose cause it may be); not a caller's error record alone (one
    // reset connection), which says nothing of the service below.
    if (rank > 0 && ownResource(m) && (rank === 1 || inc.pagers.size === 0)) return false;
    // Nor, in its own service, by records that were traced to failures elsewhere (a provider
    // timing out, logged by the caller that waited for it): those say where the incident's
    // failure is, and it is not this service's memory or CPU.
    if (rank === 0 && ownResource(m) && inc.blamed.size > 0 && !inc.blamed.has(m.service)) return false;
    if (rank > 2 || inc.blamed.size === 0 || inc.blamed.has(m.service)) return true;
    if (rank === 2 && !inc.services.has(m.service)) return false;
    // Failing requests are explained when they failed where the records were traced to
    // (sessions refused at auth); requests failing elsewhere at the same time (timing out on a
    // slow database) are another problem's.
    if (m.role.name === 'error_rate') return this.tracedThere(inc, m, (id) => this.graph.failingOf(id));
    if (m.role.name !== 'latency' && m.role.name !== 'hist_p95') return true;
    return this.tracedThere(inc, m, (id) => this.graph.timeWentTo(id, m.service));
  }

  /**
   * Whether m's exemplar traces went where inc's records were traced to, by `where` (the services
   * a trace failed at, or spent its time in): one that did says so; when none of them is known
   * yet, nothing says otherwise.
   */
  private tracedThere(inc: Incident, m: SeriesModel, where: (traceId: string) => readonly string[] | undefined): boolean {
    let known = 0;
    for (const traceId of m.exemplars) {
      const went = where(traceId);
      if (went === undefined) continue;
      if (went.some((s) => inc.blamed.has(s))) return true;
      known++;
    }
    return known === 0;
  }

  private attach(inc: Incident, m: SeriesModel, pages: boolean): void {
    inc.members.set(m.key, m);
    m.quietRun = 0;
    if (pages) {
      inc.pagers.add(m.key);
      inc.hadPagers = true;
    }
    if (inc.seen.size < 4 * MAX_CORRELATED) inc.seen.add(m.key);
    inc.services.add(m.service);
    m.incident = inc;
  }

  /** Evidence and stale members leave the incident; their hysteresis goes on by itself. */
  private detach(inc: Incident): void {
    for (const m of inc.members.values()) if (m.incident === inc) m.incident = null;
    inc.members.clear();
    inc.pagers.clear();
  }

  private joinLog(inc: Incident, key: string, sig: LogSignal): void {
    inc.logs.set(key, sig.t);
    inc.onsets.set(key, sig.t);
    countRecord(inc.records, sig.t, sig.traceId);
    this.byLog.set(key, inc);
    inc.services.add(sig.service);
    inc.lastActive = Number.isNaN(inc.lastActive) ? sig.t : Math.max(inc.lastActive, sig.t);
    symptom(inc, sig.t);
    inc.peak = Math.max(inc.peak, sig.score);
    if (sig.kind === 'fatal') inc.thresholdHit = true;
    if (sig.traceId && inc.exemplars.length < MAX_EXEMPLARS && !inc.exemplars.includes(sig.traceId)) inc.exemplars.push(sig.traceId);
    if (inc.seriesKey === sig.identity) return;
    // Every message variant of the outage is listed under the one incident, not paged apart.
    const list = ((inc.context.signatures as Array<Record<string, unknown>> | undefined) ??= []);
    if (list.length < MAX_SIGNATURES) list.push({ key, service: sig.service, message: sig.message, category: sig.category, at: new Date(sig.t).toISOString(), ...sig.extra });
    else inc.context.signaturesTotal = ((inc.context.signaturesTotal as number | undefined) ?? MAX_SIGNATURES) + 1;
  }

  private logsQuiet(inc: Incident, t: number): boolean {
    for (const [k, last] of inc.logs) {
      const quiet = k.startsWith('fatal|') || inc.hadPagers ? this.quiet.fatal : this.quiet.signature;
      if (!(t - last >= quiet)) return false;
    }
    return true;
  }

  private absorb(inc: Incident, m: SeriesModel, t: number, peak: number, pages: boolean): void {
    inc.steps++;
    // Any step of a member (normal or not) proves the series still reports; see tick().
    inc.lastActive = Number.isNaN(inc.lastActive) ? t : Math.max(inc.lastActive, t);
    // A paging series anomalous for a second step is a symptom; a normal step only reports, and
    // evidence (a gauge that explains, a resource back under its limit) says nothing is wrong.
    if (pages && m.symptomatic) symptom(inc, t);
    inc.peak = Math.max(inc.peak, peak);
    const ev = m.evidence;
    if (ev && (ev.scores.threshold ?? 0) > 0) inc.thresholdHit = true;
    if (ev && (m.role.name === 'error_rate' || (ev.scores.silence ?? 0) > 0)) inc.failing = true;
    if (m.key === inc.seriesKey && ev) {
      inc.context.scores = ev.scores;
      inc.context.baselines = ev.baselines;
    }
    if (m.key === inc.seriesKey) {
      inc.context.values = headValues(inc, m);
      // Which way is worse for the values above, so recovery can tell an action made no difference.
      if (m.role.upOnly) inc.context.worse = 'higher';
      if (ev) delete inc.context.headlineRecovered;
    }
    if (ev) for (const id of m.exemplars) if (inc.exemplars.length < MAX_EXEMPLARS && !inc.exemplars.includes(id)) inc.exemplars.push(id);
  }

  private severityFor(inc: Incident): Severity {
    const s = severityOf(inc.peak);
    if (inc.thresholdHit || SEV_RANK[s] <= SEV_RANK.MEDIUM) return s;
    // HIGH and CRITICAL mean requests are failing or an operator limit is crossed. Slower than
    // usual but within the limit (a traffic surge), or a resource heading for its limit, is a
    // warning: MEDIUM. Failing requests page once sustained; a limit crossed pages at once.
    if (!inc.failing || inc.steps < this.opts.sustainSteps) return 'MEDIUM';
    return s;
  }

  private maybeUpdate(inc: Incident, t: number, force: boolean): void {
    const sev = this.severityFor(inc);
    if (force || sev !== inc.emittedSeverity || inc.members.size !== inc.emittedMembers || inc.peak >= inc.emittedPeak + 0.05 || this.worsened(inc, t)) this.publish(inc, 'update', t);
  }

  /**
   * The paging head series, one where higher is worse, is a tenth worse than when the incident
   * was last published, at least WORSENED_EVERY steps ago. Its score saturates long before its
   * value stops climbing (a leak, a creeping latency), so without this the incident falls silent
   * while it worsens, and recovery cannot see that an action it is verifying did not stop the
   * climb. Every update is diagnosed and audited: a latency climbing 15 % a step would otherwise
   * publish at almost every step.
   */
  private worsened(inc: Incident, t: number): boolean {
    if (t < inc.updatedAt + WORSENED_EVERY * this.opts.stepMs) return false;
    const m = inc.members.get(inc.seriesKey);
    if (!m || !m.role.upOnly || !inc.pagers.has(m.key)) return false;
    const was = inc.emittedHead;
    return Number.isFinite(was) && m.lastV > was + 0.1 * Math.abs(was);
  }

  private close(inc: Incident, t: number, reason: string): void {
    this.open.delete(inc.fingerprint);
    for (const k of inc.logs.keys()) if (this.byLog.get(k) === inc) this.byLog.delete(k);
    this.detach(inc);
    inc.context.closeReason = reason;
    this.publish(inc, 'close', t);
  }

  /**
   * Runs fn with open events held back until it returns. Several detectors read the same batch
   * of records one after another (the frequency detector, then the template miner); what a later
   * one adds to an incident an earlier one opened (annotate) must be in the open event that goes
   * to diagnosis, storage and notification, not only in a later update. An update or close of a
   * held incident inside fn is folded into its open event.
   */
  heldOpens<T>(fn: () => T): T {
    if (this.held) return fn();
    const held = new Map<Incident, number>();
    this.held = held;
    try {
      return fn();
    } finally {
      this.held = null;
      for (const [inc, closedAt] of held) {
        this.publish(inc, 'open', inc.updatedAt);
        if (!Number.isNaN(closedAt)) this.publish(inc, 'close', closedAt);
      }
    }
  }

  private publish(inc: Incident, action: DetectedEvent['action'], t: number): void {
    if (this.held && (action === 'open' || this.held.has(inc))) {
      inc.updatedAt = Math.max(inc.updatedAt, t);
      this.held.set(inc, action === 'close' ? t : NaN);
      return;
    }
    inc.severity = this.severityFor(inc);
    inc.updatedAt = Math.max(inc.updatedAt, t);
    inc.emittedSeverity = inc.severity;
    inc.emittedPeak = inc.peak;
    inc.emittedMembers = inc.members.size;
    const head = inc.members.get(inc.seriesKey);
    inc.emittedHead = head ? head.lastV : NaN;
    const correlated: Array<{ series: string; score: number }> = [];
    for (const k of inc.members.keys()) {
      // The event names a bounded sample of its members; the count says how many there are.
      if (correlated.length >= MAX_CORRELATED) break;
      if (k !== inc.seriesKey) correlated.push({ series: k, score: round(this.correlator.jaccard(inc.seriesKey, k)) });
    }
    const context: EventContext = { ...inc.context, exemplarTraceIds: [...inc.exemplars] };
    // Recovery tells a symptom seen after an action from a re-read of what came before it (see
    // the recover stage's quietSince).
    if (Number.isFinite(inc.lastSymptom)) context.lastSymptom = inc.lastSymptom;
    if (correlated.length) context.correlated = correlated;
    if (inc.members.size > MAX_CORRELATED + 1) context.correlatedTotal = inc.members.size - 1;
    this.emit({
      id: inc.id,
      action,
      fingerprint: inc.fingerprint,
      severity: inc.severity,
      category: inc.category,
      message: inc.message,
      sourceComponent: inc.component,
      serviceName: inc.service,
      seriesKey: inc.seriesKey,
      openedAt: inc.openedAt,
      updatedAt: inc.updatedAt,
      ...(action === 'close' ? { closedAt: t } : {}),
      context,
    });
  }
}

function symptom(inc: Incident, t: number): void {
  if (!(t <= inc.lastSymptom)) inc.lastSymptom = t;
}

/** The head series' recent values for the event: its own window up to the incident, then the incident's trail. */
function headValues(inc: Incident, m: SeriesModel): Array<[number, number]> {
  const tr = inc.trail;
  if (Number.isFinite(m.lastV) && !(tr.length > 0 && tr[tr.length - 1][0] >= m.lastT)) {
    tr.push([m.lastT, round(m.lastV)]);
    if (tr.length > MAX_TRAIL) tr.shift();
  }
  if (tr.length === 0) return m.recent();
  const since = tr[0][0];
  return [...m.recent().filter((p) => p[0] < since), ...tr];
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function fmt(x: number | undefined): string {
  if (x === undefined || !Number.isFinite(x)) return '?';
  return Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 1 ? x.toFixed(2) : x.toPrecision(3);
}

export function seriesMessage(m: SeriesModel): string {
  const b = m.evidence?.baselines ?? {};
  const what: Record<string, string> = {
    latency: 'p95 latency (ms)',
    error_rate: 'error rate',
    rate: 'request rate (/s)',
    log_rate: 'log rate (/s)',
    metric: 'value',
    resource: 'utilisation',
    hist_p95: 'p95',
  };
  const expected = b.median ?? b.ewma_expected ?? b.seasonal_expected;
  const limit = b.limit !== undefined ? `, limit ${fmt(b.limit)}` : '';
  return `${what[m.role.name]} of ${m.component} (${m.service}) at ${fmt(b.value)}, expected ≈ ${fmt(expected)}${limit}`;
}

/** A resource series that pages by itself: running out (memory, disk) or a CPU's rise. Not a pool, which a slow callee fills. */
function ownResource(m: SeriesModel): boolean {
  return m.role.name === 'resource' && (m.paging === 'limit' || m.pagesOnRise);
}
