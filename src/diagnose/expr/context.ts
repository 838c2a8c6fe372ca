// Per-input evaluation state shared by every rule run against that input, so a large
// message is lower-cased once rather than once per `icontains`.

import type { DiagnosisInput } from '../rules/input.ts';
import type { ResolvedPath, Value } from './resolve.ts';

export interface EvalContext {
  readonly input: DiagnosisInput;
  readonly lowered: Map<string, string>;
}

export function createEvalContext(input: DiagnosisInput): EvalContext {
  return { input, lowered: new Map() };
}

export function lowered(ctx: EvalContext, path: ResolvedPath, value: Value): string {
  let low = ctx.lowered.get(path.key);
  if (low === undefined) {
    low = String(value).toLowerCase();
    ctx.lowered.set(path.key, low);
  }
  return low;
}
