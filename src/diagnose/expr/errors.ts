// One error type for every way an expression can be rejected, so rule loading can report
// the failing field and the column without knowing which stage (tokenizer, parser, regex
// guard) complained.

export class ExprSyntaxError extends Error {
  override readonly name = 'ExprSyntaxError';
  /** `column` is 1-based and counts UTF-16 code units from the start of the expression. */
  constructor(
    readonly reason: string,
    readonly column: number,
    readonly expected?: string,
  ) {
    super(`${reason} at column ${column}${expected ? `; expected ${expected}` : ''}`);
  }
}
