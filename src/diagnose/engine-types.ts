// What diagnosis hands downstream (recovery, the API, people) for one detected event.

import type { DetectedEvent } from '../records.ts';
import type { Disagreement } from './classifier-fusion.ts';
import type { NodeKind, RootEvidence } from './graph-types.ts';
import type { Impact } from './impact.ts';
import type { DiagnosisCategory } from './rules/index.ts';

export interface RootCause {
  /** Service name, or the dependency's id (`postgresql/orders`, `api.stripe.com`). */
  service: string;
  kind: NodeKind;
  /** In [0,1]: share of the anomaly the trace graph attributes to it (0 without trace data). */
  score: number;
  evidence: RootEvidence | null;
  /** Runner-up candidates, best first. */
  alternatives: Array<{ service: string; kind: NodeKind; score: number }>;
}

export interface Diagnosis {
  /** Unique per diagnosis; the error_classifications row id. */
  id: string;
  eventId: string;
  fingerprint: string;
  action: DetectedEvent['action'];
  serviceName: string;
  category: DiagnosisCategory;
  probableCauses: string[];
  recommendedActions: string[];
  confidence: number;
  rootCause: RootCause;
  impact: Impact;
  /** Confidence below learning.confidence_threshold: a person should approve any action. */
  needsApproval: boolean;
  /** `rules-v1` alone, or `rules-v1+<model version>`. */
  classifierVersion: string;
  /** Plain text: which rule or model decided, on which evidence and exemplar traces. */
  explanation: string;
  rule: { id: string | null; category: DiagnosisCategory; confidence: number };
  model: { version: string; category: string; probability: number } | null;
  disagreement: Disagreement | null;
  /** The vector the model saw, kept with the classification so later labels can train on it. */
  features: number[];
  featureVersion: number;
  /** Miner template of the diagnosis message, and its signature. */
  template: { signature: string; text: string } | null;
  exemplarTraceIds: string[];
  /** Epoch ms. */
  diagnosedAt: number;
  /** Set when trace data could not be read (the diagnosis then rests on the event and rules alone). */
  degraded?: string;
}

export const RULES_VERSION = 'rules-v1';
