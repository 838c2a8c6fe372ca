// Rule authors are trusted, telemetry is not: a pattern that backtracks badly turns any log
// line into a denial of service. Patterns are therefore checked once at load time:
// - no nested quantifiers and no repeated alternation, the shapes that backtrack exponentially;
// - no backreferences or lookarounds, which defeat the cost estimate below;
// - an estimate of polynomial backtracking (subject length times each repetition's reach)
//   must stay under a budget, which in practice allows one unbounded repetition;
// and at run time the subject is cut to REGEX_SUBJECT_CAP characters so the estimate holds.

export const REGEX_MAX_PATTERN_LENGTH = 256;
export const REGEX_SUBJECT_CAP = 4096;
const MAX_BOUNDED_REPEAT = 1000;
const COST_BUDGET = 1e8;
const ALLOWED_FLAGS = 'imsu';

interface Frame {
  hasQuantifier: boolean;
  hasAlternation: boolean;
}

type Atom = { kind: 'single' } | { kind: 'group'; frame: Frame } | null;

/** Throws an Error whose message says what is wrong; the parser adds the column. */
export function compileSafeRegex(pattern: string, flags: string): RegExp {
  if (pattern.length === 0) throw new Error('empty regex');
  if (pattern.length > REGEX_MAX_PATTERN_LENGTH) {
    throw new Error(`regex longer than ${REGEX_MAX_PATTERN_LENGTH} characters`);
  }
  for (let i = 0; i < flags.length; i++) {
    const f = flags[i];
    if (!ALLOWED_FLAGS.includes(f) || flags.indexOf(f) !== i) {
      throw new Error(`regex flag '${f}' not allowed (use any of '${ALLOWED_FLAGS}', once each)`);
    }
  }
  checkShape(pattern);
  try {
    return new RegExp(pattern, flags);
  } catch (err) {
    throw new Error(`invalid regex: ${(err as Error).message}`);
  }
}

function checkShape(p: string): void {
  const root: Frame = { hasQuantifier: false, hasAlternation: false };
  const stack: Frame[] = [root];
  let atom: Atom = null;
  let cost = REGEX_SUBJECT_CAP;
  let i = 0;
  while (i < p.length) {
    const c = p[i];
    const frame = stack[stack.length - 1];
    if (c === '\\') {
      const d = p[i + 1] ?? '';
      if ((d >= '1' && d <= '9') || (d === 'k' && p[i + 2] === '<')) {
        throw new Error('regex backreferences are not allowed');
      }
      atom = { kind: 'single' };
      i += 2;
    } else if (c === '[') {
      i = skipClass(p, i);
      atom = { kind: 'single' };
    } else if (c === '(') {
      i = skipGroupOpening(p, i);
      stack.push({ hasQuantifier: false, hasAlternation: false });
      atom = null;
    } else if (c === ')') {
      if (stack.length === 1) throw new Error("invalid regex: unmatched ')'");
      const closed = stack.pop() as Frame;
      const parent = stack[stack.length - 1];
      parent.hasQuantifier ||= closed.hasQuantifier;
      parent.hasAlternation ||= closed.hasAlternation;
      atom = { kind: 'group', frame: closed };
      i++;
    } else if (c === '|') {
      frame.hasAlternation = true;
      atom = null;
      i++;
    } else if (c === '*' || c === '+' || c === '?' || (c === '{' && readBraces(p, i) !== null)) {
      const q = c === '{' ? (readBraces(p, i) as Quantifier) : { min: c === '+' ? 1 : 0, max: c === '?' ? 1 : Infinity, end: i + 1 };
      if (atom === null) throw new Error('invalid regex: nothing to repeat');
      if (q.max !== Infinity && q.max > MAX_BOUNDED_REPEAT) {
        throw new Error(`regex repetition above ${MAX_BOUNDED_REPEAT}`);
      }
      if (atom.kind === 'group') {
        if (atom.frame.hasQuantifier) throw new Error('regex nested quantifiers are not allowed');
        if (atom.frame.hasAlternation && q.max > 1) {
          throw new Error('regex repeated alternation is not allowed');
        }
      }
      if (q.max > 1) cost *= q.max === Infinity ? REGEX_SUBJECT_CAP : q.max + 1;
      if (cost > COST_BUDGET) {
        throw new Error('regex too costly for untrusted text (at most one unbounded repetition such as * or +)');
      }
      frame.hasQuantifier = true;
      atom = null;
      i = q.end;
      if (p[i] === '?') i++; // lazy marker changes order, not cost
    } else if (c === '^' || c === '$') {
      atom = null;
      i++;
    } else {
      atom = { kind: 'single' };
      i++;
    }
  }
  if (stack.length !== 1) throw new Error("invalid regex: unterminated group '('");
}

interface Quantifier {
  min: number;
  max: number;
  end: number;
}

/** Parses `{n}`, `{n,}` or `{n,m}` at i; null when the brace is a literal character. */
function readBraces(p: string, i: number): Quantifier | null {
  const close = p.indexOf('}', i);
  if (close < 0) return null;
  const body = p.slice(i + 1, close);
  const comma = body.indexOf(',');
  const lo = comma < 0 ? body : body.slice(0, comma);
  const hi = comma < 0 ? body : body.slice(comma + 1);
  if (!isDigits(lo) || (hi !== '' && !isDigits(hi))) return null;
  const min = Number(lo);
  const max = hi === '' ? Infinity : Number(hi);
  return { min, max, end: close + 1 };
}

function isDigits(s: string): boolean {
  if (s.length === 0 || s.length > 6) return false;
  for (const c of s) if (c < '0' || c > '9') return false;
  return true;
}

/** Returns the index after `(`, `(?:` or `(?<name>`; rejects every other group kind. */
function skipGroupOpening(p: string, open: number): number {
  if (p[open + 1] !== '?') return open + 1;
  const kind = p.slice(open + 2, open + 4);
  if (kind[0] === '=' || kind[0] === '!' || kind === '<=' || kind === '<!') {
    throw new Error('regex lookarounds are not allowed');
  }
  if (kind[0] === ':') return open + 3;
  if (kind[0] === '<') {
    const close = p.indexOf('>', open + 3);
    if (close < 0) throw new Error('invalid regex: unterminated group name');
    return close + 1;
  }
  throw new Error(`regex group '(?${kind[0] ?? ''}' is not supported`);
}

function skipClass(p: string, open: number): number {
  let i = open + 1;
  if (p[i] === '^') i++; // JS has no literal ']' at class start: '[]' is the empty class
  while (i < p.length && p[i] !== ']') i += p[i] === '\\' ? 2 : 1;
  if (i >= p.length) throw new Error("invalid regex: unterminated character class '['");
  return i + 1;
}
