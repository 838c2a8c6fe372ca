// The contract every stage of the pipeline keeps (receive, store, detect, diagnose, notify,
// audit, …): a name, start(), and a stop() that is safe to call twice and returns only when
// the stage's work in flight is done. The pipeline starts stages downstream-first and stops
// them upstream-first, so nothing a stage hands on lands in a stage that is already stopped.

export interface Stage {
  readonly name: string;
  start(): Promise<void>;
  /** Idempotent; resolves once work in flight is finished (or given up, and said so in the log). */
  stop(): Promise<void>;
}
