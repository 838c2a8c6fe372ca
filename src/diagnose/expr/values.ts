// Comparison semantics. Attributes arrive as strings, so numbers are parsed on demand; a
// value that is missing or does not parse makes the comparison false instead of throwing.

import type { Literal } from './ast.ts';

export type Operable = Literal | undefined;

const MAX_NUMERIC_TEXT = 64;

export function toNumber(v: Operable): number {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string' || v.length === 0 || v.length > MAX_NUMERIC_TEXT) return NaN;
  const s = v.trim();
  // Number() alone would also accept "0x1f", "Infinity" and "" — none are measurements.
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(s)) return NaN;
  const n = Number(s);
  return Number.isFinite(n) ? n : NaN;
}

export function looseEquals(a: Operable, b: Operable): boolean {
  if (a === undefined || b === undefined) return false;
  if (typeof a === 'boolean' || typeof b === 'boolean') {
    const other = typeof a === 'boolean' ? b : a;
    const bool = typeof a === 'boolean' ? a : b;
    if (typeof other === 'boolean') return other === bool;
    return typeof other === 'string' && other.trim().toLowerCase() === String(bool);
  }
  if (typeof a === 'string' && typeof b === 'string') return a === b;
  return toNumber(a) === toNumber(b);
}

export function compareOrdered(a: Operable, b: Operable, op: '<' | '<=' | '>' | '>='): boolean {
  const x = toNumber(a);
  const y = toNumber(b);
  if (Number.isNaN(x) || Number.isNaN(y)) return false;
  switch (op) {
    case '<':
      return x < y;
    case '<=':
      return x <= y;
    case '>':
      return x > y;
    case '>=':
      return x >= y;
  }
}
