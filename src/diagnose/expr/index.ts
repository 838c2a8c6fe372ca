// Public surface of the expression language.
export { compileExpression, type CompiledExpression, type Evidence } from './compile.ts';
export { createEvalContext, type EvalContext } from './context.ts';
export { ExprSyntaxError } from './errors.ts';
export { parseExpression, MAX_DEPTH, MAX_EXPRESSION_LENGTH, MAX_LIST_LENGTH } from './parser.ts';
export { compileSafeRegex, REGEX_MAX_PATTERN_LENGTH, REGEX_SUBJECT_CAP } from './regex-guard.ts';
