// Detected events and diagnoses as detection and diagnosis publish them, for the notification
// and escalation tests.
import type { DetectedEvent, Diagnosis } from '../../src/records.ts';

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
