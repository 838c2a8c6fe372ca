// Owns the serving model: loads the active one from Postgres at start, retrains from stored
// labels on a schedule (learning.model_update_frequency) and on demand, persists each new
// version and swaps it in. Without enough labels, diagnosis runs on rules alone.

import type { Logger } from '../telemetry/index.ts';
import type pg from 'pg';
import { loadActiveModel, loadLabels, saveActiveModel } from '../store/index.ts';
import { CategoryClassifier, type ModelDocument } from './classifier.ts';
import { trainOffThread } from './classifier-worker.ts';
import { FEATURE_VERSION } from './features.ts';
import { CATEGORIES, type AssignedCategory } from './rules/index.ts';

export interface LearningSettings {
  enabled: boolean;
  /** Milliseconds between scheduled retrains. */
  modelUpdateMs: number;
  confidenceThreshold: number;
  minTrainingSamples: number;
}

export interface TrainOutcome {
  trained: boolean;
  reason?: string;
  version?: string;
  samples: number;
  holdoutAccuracy?: number | null;
}

export class ModelManager {
  private model: CategoryClassifier | null = null;
  private timer: NodeJS.Timeout | undefined;
  private training: Promise<TrainOutcome> | undefined;

  constructor(
    private readonly pool: pg.Pool,
    private readonly settings: LearningSettings,
    private readonly logger?: Logger,
  ) {}

  current(): CategoryClassifier | null {
    return this.settings.enabled ? this.model : null;
  }

  /** Loads the active model; false when there is none or it cannot be used by this build. */
  async load(): Promise<boolean> {
    const doc = await loadActiveModel<ModelDocument>(this.pool);
    if (!doc) return false;
    try {
      this.model = CategoryClassifier.fromJSON(doc);
      this.logger?.info({ version: doc.version, samples: doc.samples }, 'diagnosis model loaded');
      return true;
    } catch (err) {
      this.logger?.warn({ err, version: doc.version }, 'stored diagnosis model unusable; rules only until retrained');
      return false;
    }
  }

  /** Retrains from the stored labels now; concurrent calls share one run. */
  retrain(): Promise<TrainOutcome> {
    this.training ??= this.doRetrain().finally(() => (this.training = undefined));
    return this.training;
  }

  startSchedule(): void {
    if (!this.settings.enabled || this.timer || !(this.settings.modelUpdateMs > 0)) return;
    this.timer = setInterval(() => {
      this.retrain().catch((err) => this.logger?.warn({ err }, 'scheduled diagnosis model retrain failed'));
    }, Math.min(this.settings.modelUpdateMs, 2 ** 31 - 1)); // setInterval caps its delay at ~24.8 days
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  private async doRetrain(): Promise<TrainOutcome> {
    const labels = (await loadLabels(this.pool, FEATURE_VERSION)).filter(
      (l) => Array.isArray(l.features) && (CATEGORIES as readonly string[]).includes(l.category),
    );
    if (labels.length < this.settings.minTrainingSamples) {
      return { trained: false, reason: `${labels.length} labels, need ${this.settings.minTrainingSamples}`, samples: labels.length };
    }
    if (new Set(labels.map((l) => l.category)).size < 2) {
      return { trained: false, reason: 'labels cover fewer than two categories', samples: labels.length };
    }
    const model = await trainOffThread(labels.map((l) => ({ features: l.features, category: l.category as AssignedCategory })));
    await saveActiveModel(this.pool, model.toJSON());
    this.model = model;
    this.logger?.info({ version: model.version, samples: model.doc.samples, holdoutAccuracy: model.doc.holdoutAccuracy }, 'diagnosis model retrained');
    return { trained: true, version: model.version, samples: model.doc.samples, holdoutAccuracy: model.doc.holdoutAccuracy };
  }
}
