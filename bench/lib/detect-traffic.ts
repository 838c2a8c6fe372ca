// Simulated steady traffic for the false-positive run: services with a few routes each, a daily
// shape (taken at its steepest, where a naive baseline lags most), Poisson-like request counts,
// log-normal latencies, a trickle of errors and recurring error logs, utilisation gauges, and
// one deploy per service that briefly (two steps) slows it down and raises its errors.
import type { LogRecordItem, MetricPoint, SpanRecord } from '../../src/records.ts';
import { gauge, latency, log, rng, span } from './detect-records.ts';

export interface TrafficOptions {
  services: number;
  routesPerService: number;
  stepMs: number;
  seed: number;
  /** Steps after `t0` at which each service deploys (two-step blip); negative = no deploy. */
  deployAt: (service: number) => number;
}

interface Route {
  service: string;
  name: string;
  perSecond: number;
  median: number;
  errorRate: number;
}

export class Traffic {
  private readonly r: () => number;
  private readonly routes: Route[] = [];

  constructor(private readonly o: TrafficOptions) {
    this.r = rng(o.seed);
    for (let s = 0; s < o.services; s++) {
      for (let k = 0; k < o.routesPerService; k++) {
        this.routes.push({
          service: `svc-${s}`,
          name: `GET /api/v1/resource-${k}`,
          perSecond: 0.5 + this.r() * 4,
          median: 20 + this.r() * 200,
          errorRate: this.r() * 0.01,
        });
      }
    }
  }

  /** Daily shape: ±30 % around the mean, sampled where it changes fastest (mid-morning ramp). */
  private shape(t: number): number {
    const day = 86_400_000;
    return 1 + 0.3 * Math.sin((2 * Math.PI * (t % day)) / day);
  }

  step(t0: number, i: number): { spans: SpanRecord[]; logs: LogRecordItem[]; metrics: MetricPoint[] } {
    const { stepMs } = this.o;
    const t = t0 + i * stepMs;
    const spans: SpanRecord[] = [];
    const logs: LogRecordItem[] = [];
    const metrics: MetricPoint[] = [];
    const sec = stepMs / 1000;
    for (const rt of this.routes) {
      const svcIndex = Number(rt.service.slice(4));
      const d = this.o.deployAt(svcIndex);
      const deploying = d >= 0 && i >= d && i < d + 2;
      const mean = rt.perSecond * sec * this.shape(t);
      // Poisson via normal approximation (floored at 0), plenty for means of a few or more.
      const n = Math.max(0, Math.round(mean + Math.sqrt(mean) * (this.r() + this.r() + this.r() - 1.5) * 2));
      for (let j = 0; j < n; j++) {
        const end = t + Math.floor(this.r() * stepMs);
        const dur = latency(this.r, rt.median * (deploying ? 1.8 : 1));
        const error = this.r() < (deploying ? 0.03 : rt.errorRate);
        spans.push(span(rt.service, rt.name, end, dur, error ? { error: true } : {}));
      }
    }
    for (let s = 0; s < this.o.services; s++) {
      const svc = `svc-${s}`;
      for (let j = 0; j < 5; j++) logs.push(log(svc, t + Math.floor(this.r() * stepMs), 9, 'request handled'));
      if (this.r() < 0.3) logs.push(log(svc, t + 1, 13, 'slow downstream call'));
      if (this.r() < 0.2) {
        const sig = Math.floor(this.r() * 3);
        logs.push(log(svc, t + 2, 17, 'failed', ['exception.type', ['TimeoutError', 'ValidationError', 'NotFoundError'][sig], 'exception.message', `request ${Math.floor(this.r() * 1e6)} failed after ${Math.floor(this.r() * 900)} ms`]));
      }
      metrics.push(gauge(svc, 'process.memory.utilization', t + 5, 0.45 + 0.05 * Math.sin(i / 30) + this.r() * 0.02, [], '1'));
      metrics.push(gauge(svc, 'process.cpu.utilization', t + 5, 0.3 + 0.2 * this.r(), [], '1'));
    }
    return { spans, logs, metrics };
  }
}
