// JSON.parse has no depth limit and does all its work before the decoder can look at the
// result: 8 MB of `[[[[...` keeps the event loop busy for seconds. One linear pass over the
// text, skipping string contents, finds the deepest nesting first so such a body is refused
// without being parsed.
import { InvalidInputError } from '../../errors.ts';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;

/**
 * Deepest object/array nesting in `text`, or -1 as soon as it passes `limit` (the scan stops
 * there). Brackets inside strings do not count; a malformed text is left to JSON.parse.
 */
export function jsonNestingDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      // Jump to the closing quote: one that is preceded by an even run of backslashes.
      let j = i;
      for (;;) {
        j = text.indexOf('"', j + 1);
        if (j < 0) return deepest; // unterminated: JSON.parse reports it
        let k = j - 1;
        while (text.charCodeAt(k) === BACKSLASH) k--;
        if ((j - 1 - k) % 2 === 0) break;
      }
      i = j;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (++depth > deepest) {
        deepest = depth;
        if (deepest > limit) return -1;
      }
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth--;
    }
  }
  return deepest;
}

/**
 * Containers an OTLP/JSON request needs: the envelope and item fields (about a dozen deep,
 * metrics with exemplars the deepest) plus three per AnyValue level
 * (`{"arrayValue": {"values": [ ...`). Anything deeper would fail the AnyValue depth check
 * after parsing anyway.
 */
export function jsonNestingLimit(maxAnyValueDepth: number): number {
  return 16 + 3 * (maxAnyValueDepth + 1);
}

export function checkJsonNesting(text: string, maxAnyValueDepth: number): void {
  const limit = jsonNestingLimit(maxAnyValueDepth);
  if (jsonNestingDepth(text, limit) < 0) {
    throw new InvalidInputError(`invalid OTLP/JSON: nesting deeper than ${limit} levels (beyond the AnyValue depth limit of ${maxAnyValueDepth})`);
  }
}
