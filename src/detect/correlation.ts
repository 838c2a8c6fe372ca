// Groups series and error types that turn anomalous together into one incident, so one
// root cause (a bad deploy lighting up latency, errors and CPU) is one page, not five.
export interface CorrelationOptions {
  /** Keys anomalous within this gap of an open incident's latest activity join it. */
  windowMs: number;
  /** Step width for the co-occurrence (Jaccard) computation. */
  stepMs: number;
  /** Recent anomalous steps remembered per key (bounds memory). */
  history: number;
  /** Incidents with no activity for this long are closed. */
  closeAfterMs: number;
  /**
   * Keys one incident holds; later ones are counted, not added. The mean pairwise correlation is
   * quadratic in the keys, and an outage that lights up every route should not make each step
   * pay for thousands of pairs.
   */
  maxKeys: number;
}

export const DEFAULT_CORRELATION: CorrelationOptions = { windowMs: 300_000, stepMs: 60_000, history: 32, closeAfterMs: 900_000, maxKeys: 64 };

export interface Incident {
  id: number;
  keys: string[];
  openedAt: number;
  lastAt: number;
  /** Mean pairwise Jaccard of the keys' recent anomalous steps; 1 for a single key. */
  correlation: number;
  /** Keys that went anomalous with the incident after it held maxKeys. */
  overflow: number;
}

export class IncidentCorrelator {
  readonly opts: CorrelationOptions;
  private readonly steps = new Map<string, number[]>();
  private readonly open: Incident[] = [];
  private nextId = 1;
  skipped = 0;

  constructor(opts?: Partial<CorrelationOptions>) {
    this.opts = { ...DEFAULT_CORRELATION, ...opts };
  }

  /** Report the keys anomalous at time t. Returns incidents closed by this call. */
  step(t: number, anomalousKeys: string[]): Incident[] {
    if (!Number.isFinite(t)) {
      this.skipped++;
      return [];
    }
    const closed: Incident[] = [];
    for (let i = this.open.length - 1; i >= 0; i--) {
      if (t - this.open[i].lastAt > this.opts.closeAfterMs) closed.push(...this.open.splice(i, 1));
    }
    const step = Math.floor(t / this.opts.stepMs);
    const touched = new Set<Incident>();
    for (const key of anomalousKeys) {
      const s = this.steps.get(key) ?? [];
      if (s[s.length - 1] !== step) s.push(step);
      if (s.length > this.opts.history) s.shift();
      this.steps.set(key, s);
      let inc = this.open.find((x) => x.keys.includes(key)) ?? this.open.find((x) => t - x.lastAt <= this.opts.windowMs);
      if (!inc) {
        inc = { id: this.nextId++, keys: [], openedAt: t, lastAt: t, correlation: 1, overflow: 0 };
        this.open.push(inc);
      }
      inc.lastAt = Math.max(inc.lastAt, t);
      touched.add(inc);
      if (inc.keys.includes(key)) continue;
      if (inc.keys.length >= this.opts.maxKeys) inc.overflow++;
      else inc.keys.push(key);
    }
    // Once per incident per step, after every key's history has moved on.
    for (const inc of touched) inc.correlation = this.correlationOf(inc.keys);
    this.forgetStale(step);
    return closed.reverse();
  }

  incidents(): Incident[] {
    return this.open.map((x) => ({ ...x, keys: [...x.keys] }));
  }

  /** Jaccard over recent anomalous steps of two keys. */
  jaccard(a: string, b: string): number {
    const sa = new Set(this.steps.get(a) ?? []);
    const sb = this.steps.get(b) ?? [];
    let inter = 0;
    for (const x of new Set(sb)) if (sa.has(x)) inter++;
    const union = sa.size + new Set(sb).size - inter;
    return union ? inter / union : 0;
  }

  correlationOf(keys: string[]): number {
    if (keys.length < 2) return 1;
    let sum = 0;
    let pairs = 0;
    for (let i = 0; i < keys.length; i++)
      for (let j = i + 1; j < keys.length; j++) {
        sum += this.jaccard(keys[i], keys[j]);
        pairs++;
      }
    return sum / pairs;
  }

  private forgetStale(step: number): void {
    // Keys silent for longer than their history horizon carry no co-occurrence information.
    const horizon = this.opts.history * 4;
    for (const [k, s] of this.steps) if (step - s[s.length - 1] > horizon && !this.open.some((x) => x.keys.includes(k))) this.steps.delete(k);
  }
}
