// The plain-text explanation a person reads next to a diagnosis: who decided (rule, model or
// both), on what evidence, where the trouble starts, how far it reaches, and which traces to
// open. Values from telemetry are quoted and cut short so a hostile string cannot pose as
// part of the sentence or flood the page.

import type { Fusion } from './classifier-fusion.ts';
import type { Prediction } from './classifier.ts';
import type { RootCandidate, SpanRow } from './graph-types.ts';
import type { Impact } from './impact.ts';
import type { RuleDiagnosis } from './rules/index.ts';

export interface ExplainSource {
  fusion: Fusion;
  rule: RuleDiagnosis;
  model: Prediction | null;
  modelVersion: string | null;
  root: RootCandidate | null;
  originSpan: SpanRow | null;
  impact: Impact | null;
  exemplarTraceIds: string[];
  threshold: number;
  degraded?: string;
}

export function explain(s: ExplainSource): string {
  const parts: string[] = [];
  parts.push(`${s.fusion.category} with confidence ${fmt(s.fusion.confidence)} (decided by ${s.fusion.source}).`);
  if (s.rule.ruleId) parts.push(`Rules: ${cut(s.rule.explanation, 600)}.`);
  else parts.push('Rules: no rule matched.');
  if (s.model && s.modelVersion) {
    parts.push(`Model ${s.modelVersion}: ${s.model.category} with ${pct(s.model.probability)} of tree votes (model weight ${fmt(s.fusion.modelWeight)}).`);
  }
  if (s.fusion.disagreement) {
    const d = s.fusion.disagreement;
    parts.push(`Rules and model disagree (rule ${d.ruleCategory} ${fmt(d.ruleConfidence)}, model ${d.modelCategory} ${fmt(d.modelProbability)}); chose ${d.chosen}.`);
  }
  if (s.root) {
    const e = s.root.evidence;
    const facts = [
      `errors start there in ${pct(e.originRate)} of incident traces (baseline ${pct(e.baselineOriginRate)})`,
      `error ratio ${fmt(e.errorRatio)} vs ${fmt(e.baselineErrorRatio)}`,
      e.latencyRatio > 0 ? `self time ${fmt(e.latencyRatio)}x baseline (${fmt(e.selfMsPerTrace)} ms vs ${fmt(e.baselineSelfMsPerTrace)} ms per trace)` : `self time ${fmt(e.selfMsPerTrace)} ms per trace, none in the baseline`,
      `${e.spans} spans`,
    ];
    if (s.root.because) parts.push(`Root cause: ${s.root.node.kind} ${quote(s.root.node.id, 120)}: ${s.root.because}; in its traces ${facts.join(', ')}.`);
    else parts.push(`Root cause: ${s.root.node.kind} ${quote(s.root.node.id, 120)} (score ${fmt(s.root.score)}): ${facts.join(', ')}.`);
    if (s.originSpan) {
      const msg = s.originSpan.exception?.['exception.message'] || s.originSpan.statusMessage;
      parts.push(`Origin span ${quote(s.originSpan.name, 120)} in ${quote(s.originSpan.service, 80)}${msg ? `: ${quote(msg, 200)}` : ''}.`);
    }
  } else {
    parts.push(`Root cause: no trace data to locate it${s.degraded ? ` (${s.degraded})` : ''}; assuming the event's own service.`);
  }
  if (s.impact) {
    const svcs = s.impact.affectedServices.slice(0, 8).map((x) => quote(x, 60)).join(', ') || 'none seen';
    const eps = s.impact.affectedEndpoints.slice(0, 5).map((x) => quote(`${x.service} ${x.endpoint}`, 100)).join(', ');
    parts.push(
      `Impact: ${pct(s.impact.systemImpact)} of traffic, ${s.impact.userFacing ? 'user-facing' : 'internal'}; services ${svcs}${eps ? `; endpoints ${eps}` : ''}.`,
    );
  }
  if (s.exemplarTraceIds.length > 0) parts.push(`Exemplar traces: ${s.exemplarTraceIds.slice(0, 5).map((t) => quote(t, 64)).join(', ')}.`);
  if (s.fusion.confidence < s.threshold) parts.push(`Needs approval: confidence below ${fmt(s.threshold)}.`);
  return parts.join(' ');
}

/** Rule explanations already quote their evidence values; they are only shortened. */
function cut(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

/** JSON-quoted (so quotes, newlines and control characters are escaped) and cut to `max` characters. */
function quote(s: string, max: number): string {
  const cut = s.length > max ? `${s.slice(0, max)}…` : s;
  return JSON.stringify(cut);
}

function fmt(x: number): string {
  return String(Math.round(x * 100) / 100);
}

function pct(x: number): string {
  return `${Math.round(x * 1000) / 10}%`;
}
