// The learned half of diagnosis: a random forest over feature vectors (features.ts) that
// predicts the category, trained from labelled history. A model is a versioned JSON document
// so it can be stored in Postgres and reloaded in another process.

import { RandomForestClassifier } from 'ml-random-forest';
import { CATEGORIES, type AssignedCategory } from './rules/index.ts';
import { FEATURE_LENGTH, FEATURE_VERSION } from './features.ts';

export interface LabelledSample {
  features: number[];
  category: AssignedCategory;
}

export interface ModelDocument {
  format: 'homeostat-rf';
  version: string;
  featureVersion: number;
  /** AssignedCategory of each class index the forest predicts. */
  labels: AssignedCategory[];
  trainedAt: number;
  samples: number;
  /** Accuracy on a held-out fifth of the samples (null when too few to hold any out). */
  holdoutAccuracy: number | null;
  forest: unknown;
}

export interface Prediction {
  category: AssignedCategory;
  /** Share of trees voting for the category. */
  probability: number;
  distribution: Record<AssignedCategory, number>;
}

export interface TrainOptions {
  version?: string;
  nEstimators?: number;
  seed?: number;
  now?: number;
}

const MIN_HOLDOUT_SAMPLES = 20;

export class CategoryClassifier {
  private constructor(
    private readonly forest: RandomForestClassifier,
    readonly doc: Omit<ModelDocument, 'forest'>,
  ) {}

  get version(): string {
    return this.doc.version;
  }

  static train(samples: readonly LabelledSample[], opts: TrainOptions = {}): CategoryClassifier {
    const usable = samples.filter((s) => s.features.length === FEATURE_LENGTH && CATEGORIES.includes(s.category));
    const labels = [...new Set(usable.map((s) => s.category))].sort();
    if (labels.length < 2) throw new Error(`need samples of at least two categories to train, got ${labels.length}`);
    const now = opts.now ?? Date.now();

    let holdoutAccuracy: number | null = null;
    if (usable.length >= MIN_HOLDOUT_SAMPLES) {
      // Every fifth sample (a deterministic split) estimates how far the model can be trusted;
      // the fusion weighs the model by it.
      const train = usable.filter((_, i) => i % 5 !== 4);
      const test = usable.filter((_, i) => i % 5 === 4);
      if (new Set(train.map((s) => s.category)).size >= 2) {
        const probe = fit(train, labels, opts);
        const hits = test.filter((s) => labels[argmaxVotes(probe, s.features, labels.length).index] === s.category).length;
        holdoutAccuracy = test.length > 0 ? Math.round((hits / test.length) * 10_000) / 10_000 : null;
      }
    }
    const forest = fit(usable, labels, opts);
    return new CategoryClassifier(forest, {
      format: 'homeostat-rf',
      version: opts.version ?? `rf-${new Date(now).toISOString().replace(/[-:]|\.\d+/g, '')}-n${usable.length}`,
      featureVersion: FEATURE_VERSION,
      labels,
      trainedAt: now,
      samples: usable.length,
      holdoutAccuracy,
    });
  }

  static fromJSON(doc: ModelDocument): CategoryClassifier {
    if (doc?.format !== 'homeostat-rf') throw new Error('not a homeostat random-forest model document');
    if (doc.featureVersion !== FEATURE_VERSION) {
      throw new Error(`model ${doc.version} uses feature version ${doc.featureVersion}, this build extracts ${FEATURE_VERSION}`);
    }
    const forest = RandomForestClassifier.load(doc.forest as never);
    const { forest: _ignored, ...meta } = doc;
    return new CategoryClassifier(forest, meta);
  }

  toJSON(): ModelDocument {
    return { ...this.doc, forest: this.forest.toJSON() };
  }

  predict(features: number[]): Prediction {
    if (features.length !== FEATURE_LENGTH) throw new Error(`expected ${FEATURE_LENGTH} features, got ${features.length}`);
    const { index, votes, total } = argmaxVotes(this.forest, features, this.doc.labels.length);
    const distribution = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<AssignedCategory, number>;
    this.doc.labels.forEach((c, i) => (distribution[c] = total > 0 ? votes[i] / total : 0));
    const category = this.doc.labels[index];
    return { category, probability: distribution[category], distribution };
  }
}

function fit(samples: readonly LabelledSample[], labels: AssignedCategory[], opts: TrainOptions): RandomForestClassifier {
  // ml-cart proposes a split wherever the label changes between neighbours in value order,
  // even between equal values, so a node costs O(n²) per feature on mixed data (600 samples
  // took minutes). Coarse values plus label-sorted rows (the sort by value is stable, and
  // without bootstrap resampling the order survives into every node) leave at most
  // levels × classes candidate splits per feature. Trees then differ by their feature subsets.
  const rows = samples
    .map((s) => ({ x: quantize(s.features), y: labels.indexOf(s.category) }))
    .sort((a, b) => a.y - b.y);
  const forest = new RandomForestClassifier({
    nEstimators: opts.nEstimators ?? 60,
    seed: opts.seed ?? 42,
    maxFeatures: 0.35,
    replacement: false,
    useSampleBagging: false,
    noOOB: true,
  });
  forest.train(
    rows.map((r) => r.x),
    rows.map((r) => r.y),
  );
  return forest;
}

/** One decimal: features are fractions, flags or squashed ratios, all in [0,1]. */
function quantize(v: readonly number[]): number[] {
  return v.map((x) => (Number.isFinite(x) ? Math.round(x * 10) / 10 : 0));
}

/** Votes per class over the trees (the library's own probability helper is per-label and slower). */
function argmaxVotes(forest: RandomForestClassifier, features: number[], classes: number) {
  const perTree = forest.predictionValues([quantize(features)]).getRow(0) as number[];
  const votes = new Array<number>(classes).fill(0);
  for (const p of perTree) if (Number.isInteger(p) && p >= 0 && p < classes) votes[p]++;
  let index = 0;
  for (let i = 1; i < classes; i++) if (votes[i] > votes[index]) index = i;
  return { index, votes, total: perTree.length };
}
