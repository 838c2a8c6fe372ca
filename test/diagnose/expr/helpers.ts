import { compileExpression, createEvalContext, type Evidence } from '../../../src/diagnose/expr/index.ts';
import type { DiagnosisInput } from '../../../src/diagnose/rules/input.ts';

export function input(partial: Partial<DiagnosisInput> = {}): DiagnosisInput {
  return { message: '', attributes: {}, metrics: {}, ...partial };
}

export function run(src: string, partial: Partial<DiagnosisInput> = {}): boolean {
  return compileExpression(src).evaluate(createEvalContext(input(partial)));
}

export function evidenceOf(src: string, partial: Partial<DiagnosisInput> = {}): { ok: boolean; evidence: Evidence[] } {
  const evidence: Evidence[] = [];
  const ok = compileExpression(src).evaluate(createEvalContext(input(partial)), evidence);
  return { ok, evidence };
}

/** The message of the error `fn` throws, or a failure marker when it does not throw. */
export function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    return (err as Error).message;
  }
  return '<did not throw>';
}
