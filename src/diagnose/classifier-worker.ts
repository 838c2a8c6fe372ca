// Trains a classifier off the pipeline's thread: ml-cart's split search is quadratic in the
// samples at a node, so a retrain over a few hundred labels takes tens of seconds of CPU, which
// on the main thread would stall ingest and diagnosis. Falls back to training inline when a
// worker cannot be started (e.g. under a test runner whose loader workers do not inherit).

import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { CategoryClassifier, type LabelledSample, type ModelDocument, type TrainOptions } from './classifier.ts';

interface Job {
  samples: LabelledSample[];
  opts: TrainOptions;
}

export async function trainOffThread(samples: LabelledSample[], opts: TrainOptions = {}): Promise<CategoryClassifier> {
  try {
    const doc = await runWorker({ samples, opts });
    return CategoryClassifier.fromJSON(doc);
  } catch (err) {
    if ((err as { trainingError?: boolean }).trainingError) throw err;
    return CategoryClassifier.train(samples, opts);
  }
}

function runWorker(job: Job): Promise<ModelDocument> {
  // The worker is plain JS that registers the TypeScript loader and then loads this module;
  // `register()` hooks of the parent do not carry over to workers.
  const tsx = import.meta.resolve('tsx/esm/api');
  const self = import.meta.url;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(self)}); })`;
  return new Promise((resolve, reject) => {
    const w = new Worker(boot, { eval: true, workerData: job });
    w.unref();
    w.once('message', (m: { doc?: string; error?: string }) => {
      if (m.doc) resolve(JSON.parse(m.doc) as ModelDocument);
      else reject(Object.assign(new Error(m.error ?? 'training failed'), { trainingError: true }));
      void w.terminate();
    });
    w.once('error', reject);
    w.once('exit', (code) => reject(new Error(`training worker exited with code ${code}`)));
  });
}

if (!isMainThread && parentPort && (workerData as Job | undefined)?.samples) {
  const job = workerData as Job;
  try {
    // As JSON text: structured cloning would keep the forest's matrices as prototype-less
    // objects, which the loader does not expect; the JSON form is what Postgres stores anyway.
    parentPort.postMessage({ doc: JSON.stringify(CategoryClassifier.train(job.samples, job.opts).toJSON()) });
  } catch (err) {
    parentPort.postMessage({ error: (err as Error).message });
  }
}
