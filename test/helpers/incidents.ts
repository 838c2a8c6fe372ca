// Detected events and diagnoses as detection and diagnosis publish them, for the notification
// and escalation tests.
import { defaultRules, type ChannelName, type EscalationRule, type Page } from '../../src/escalate/index.ts';
import type { DetectedEvent, Diagnosis } from '../../src/records.ts';
import type { Logger } from '../../src/telemetry/index.ts';

export const OPENED = 1_700_000_000_123;

export function incidentEvent(action: DetectedEvent['action'], over: Partial<DetectedEvent> = {}): DetectedEvent {
  return {
    id: 'ev-1',
    action,
    fingerprint: 'fp-1',
    severity: 'HIGH',
    category: 'PERFORMANCE',
    message: 'p95 latency up',
    sourceComponent: 'detect',
    serviceName: 'checkout',
    seriesKey: 'span|checkout|GET /api/orders|p95_ms',
    openedAt: OPENED,
    updatedAt: OPENED,
    context: { series: 'span|checkout|GET /api/orders|p95_ms', values: [], baselines: {}, scores: {}, exemplarTraceIds: [] },
    ...over,
  };
}

export function incidentDiagnosis(over: Partial<Diagnosis> = {}): Diagnosis {
  return {
    id: 'diag-1',
    eventId: 'ev-1',
    fingerprint: 'fp-1',
    action: 'open',
    serviceName: 'checkout',
    category: 'DATABASE',
    probableCauses: ['slow queries'],
    recommendedActions: ['restart_service'],
    confidence: 0.82,
    rootCause: { service: 'postgresql/orders', kind: 'database', score: 0.9, evidence: null, alternatives: [] },
    impact: { affectedServices: ['checkout'], affectedEndpoints: [], systemImpact: 0.2, userFacing: true, affectedTraces: 3, sampledTraces: 10 },
    needsApproval: false,
    classifierVersion: 'rules-v1',
    explanation: 'Rule db-slow matched: postgresql/orders self time rose 8x.',
    rule: { id: 'db-slow', category: 'DATABASE', confidence: 0.82 },
    model: null,
    disagreement: null,
    features: [],
    featureVersion: 1,
    template: null,
    exemplarTraceIds: [],
    diagnosedAt: OPENED + 5000,
    ...over,
  };
}

/** A page as the escalation stage builds it, for channel tests. */
export function testPage(over: Partial<Page> = {}): Page {
  return {
    incidentId: 'ev-1',
    dedupKey: 'homeostat-ev-1',
    severity: 'CRITICAL',
    category: 'DATABASE',
    service: 'checkout',
    headline: 'CRITICAL DATABASE incident in checkout',
    message: 'error rate 42% (baseline 0.5%)',
    diagnosis: {
      category: 'DATABASE',
      confidence: 0.82,
      explanation: 'Rule db-slow matched: postgresql/orders self time rose 8x.',
      rootService: 'postgresql/orders',
      probableCauses: ['slow queries'],
      recommendedActions: ['restart_service'],
      systemImpact: 0.6,
    },
    actionsTried: [{ action: 'restart_service', outcome: 'FAILED', at: OPENED + 60_000 }],
    rule: 'critical_errors',
    level: 0,
    reason: 'severity is CRITICAL',
    openedAt: OPENED,
    links: { grafana: 'http://grafana.example:3000/d/homeostat-detection', api: 'http://homeostat.example:8080/api/events/ev-1' },
    ...over,
  };
}

/** A logger that keeps every line (object and message) so tests can look for secrets in them. */
export function capturingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const keep = (level: string) => (o: object | string, msg?: string) => void lines.push(`${level} ${typeof o === 'string' ? o : JSON.stringify(o, errorFields)} ${msg ?? ''}`);
  return { lines, debug: keep('debug'), info: keep('info'), warn: keep('warn'), error: keep('error') } as Logger & { lines: string[] };
}

function errorFields(_k: string, v: unknown): unknown {
  return v instanceof Error ? { name: v.name, message: v.message } : v;
}

/** The design document's escalation rules with its default timeouts (5 m, 15 m, 3 failures), on these channels. */
export function documentRules(channels: ChannelName[]): EscalationRule[] {
  return defaultRules({
    channels,
    escalateAfterMs: 15 * 60_000,
    criticalErrors: { immediateNotification: true, timeoutMs: 5 * 60_000 },
    failedRecoveries: { threshold: 3, timeoutMs: 15 * 60_000 },
  });
}
