// Syntax tree produced by the parser. Every node keeps its source span so evidence can
// quote the exact sub-condition that held.

export type Literal = string | number | boolean;

export interface Span {
  /** 0-based, end-exclusive offsets into the expression source. */
  start: number;
  end: number;
}

export interface PathOperand extends Span {
  kind: 'path';
  /** Segments as written: `attr.db.system` is ['attr', 'db', 'system']; brackets add one segment. */
  segments: string[];
}

export interface LiteralOperand extends Span {
  kind: 'literal';
  value: Literal;
}

export type Operand = PathOperand | LiteralOperand;

export type CompareOp = '==' | '!=' | '<' | '<=' | '>' | '>=';

export type Expr =
  | ({ kind: 'and' | 'or'; items: Expr[] } & Span)
  | ({ kind: 'not'; operand: Expr } & Span)
  | ({ kind: 'const'; value: boolean } & Span)
  | ({ kind: 'compare'; op: CompareOp; left: Operand; right: Operand } & Span)
  | ({ kind: 'contains'; caseInsensitive: boolean; subject: Operand; needle: string } & Span)
  | ({ kind: 'matches'; subject: Operand; regex: RegExp } & Span)
  | ({ kind: 'in'; subject: Operand; values: Literal[]; negated: boolean } & Span)
  | ({ kind: 'exists'; path: PathOperand } & Span);
