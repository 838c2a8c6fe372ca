// Combines the rules engine's verdict with the model's into one category and confidence.
//
// Both become distributions over the categories: the rule puts its confidence on its category
// and spreads the rest evenly; the model contributes its tree votes. The two are mixed
// linearly, the model weighted by its held-out accuracy, so an untested model cannot
// override a specific rule while a proven one can correct a generic rule. Because the model
// also sees the rule's verdict as a feature, it learns where rules are wrong.

import { CATEGORIES, type AssignedCategory, type Category, type RuleDiagnosis } from './rules/index.ts';
import type { Prediction } from './classifier.ts';
import type { Disagreement } from '../records.ts';
export type { Disagreement };

export interface Fusion {
  category: Category;
  confidence: number;
  source: 'rules' | 'model' | 'rules+model' | 'none';
  /** Weight the model got (0 without one). */
  modelWeight: number;
  disagreement: Disagreement | null;
}


const UNTESTED_MODEL_WEIGHT = 0.4;
const MIN_MODEL_WEIGHT = 0.25;
const MAX_MODEL_WEIGHT = 0.8;

export function fuse(rule: RuleDiagnosis, model: Prediction | null, modelAccuracy: number | null): Fusion {
  const ruleKnown = rule.category !== 'UNKNOWN';
  if (!model) {
    return {
      category: rule.category,
      confidence: ruleKnown ? clamp01(rule.confidence) : 0,
      source: ruleKnown ? 'rules' : 'none',
      modelWeight: 0,
      disagreement: null,
    };
  }
  const w = modelAccuracy === null ? UNTESTED_MODEL_WEIGHT : Math.min(MAX_MODEL_WEIGHT, Math.max(MIN_MODEL_WEIGHT, modelAccuracy));
  const rc = clamp01(rule.confidence);
  let best: AssignedCategory = CATEGORIES[0];
  let bestScore = -1;
  for (const c of CATEGORIES) {
    const r = ruleKnown ? (c === rule.category ? rc : (1 - rc) / (CATEGORIES.length - 1)) : 1 / CATEGORIES.length;
    const score = (1 - w) * r + w * (model.distribution[c] ?? 0);
    if (score > bestScore) [best, bestScore] = [c, score];
  }
  const disagreement =
    ruleKnown && rule.category !== model.category
      ? { ruleCategory: rule.category as AssignedCategory, ruleConfidence: rc, modelCategory: model.category, modelProbability: model.probability, chosen: best }
      : null;
  return {
    category: best,
    confidence: Math.round(clamp01(bestScore) * 10_000) / 10_000,
    source: ruleKnown ? (best === rule.category && best === model.category ? 'rules+model' : best === rule.category ? 'rules' : 'model') : 'model',
    modelWeight: w,
    disagreement,
  };
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}
