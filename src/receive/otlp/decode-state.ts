// Per-request bookkeeping shared by the protobuf and JSON decoders of all three signals:
// the limits, the counters that end up in Decoded, and the first few rejection reasons.
import { InvalidInputError } from '../../errors.ts';
import type { Decoded, DecodeLimits } from '../../records.ts';
import { capMessage } from './status.ts';

export const DEFAULT_MAX_NAME_LENGTH = 4096;

/** Cuts to `max` UTF-16 units without splitting a surrogate pair. */
function cut(s: string, max: number): string {
  let n = max;
  if (n > 0) {
    const c = s.charCodeAt(n - 1);
    if (c >= 0xd800 && c <= 0xdbff) n--;
  }
  return s.slice(0, n);
}

/** Rejection reasons kept per request; the count is always exact. */
export const MAX_REASONS = 5;

export class DecodeState<T> {
  readonly items: T[] = [];
  rejected = 0;
  readonly errors: string[] = [];
  droppedAttributes = 0;
  truncatedValues = 0;
  truncatedNames = 0;
  /** Invalid UTF-8 repairs seen outside a ProtoReader (the JSON path never has any). */
  repairedStrings = 0;
  readonly maxAttributes: number;
  readonly maxValueLength: number;
  readonly maxDepth: number;
  readonly maxNameLength: number;
  /**
   * JSON only: where the walker is (field names and array indexes), pushed and popped per
   * container so an error can name its path without building strings on the valid path.
   */
  readonly path: (string | number)[] = [];

  constructor(limits: DecodeLimits) {
    // Guard against nonsense limits turning into "drop everything" or NaN comparisons.
    this.maxAttributes = Math.max(0, Math.floor(limits.maxAttributes));
    this.maxValueLength = Math.max(0, Math.floor(limits.maxValueLength));
    this.maxDepth = Math.max(0, Math.floor(limits.maxDepth));
    this.maxNameLength = Math.max(1, Math.floor(limits.maxNameLength ?? DEFAULT_MAX_NAME_LENGTH));
  }

  reject(reason: string): void {
    this.rejected++;
    if (this.errors.length < MAX_REASONS) this.errors.push(capMessage(reason));
  }

  /** Throws the 400 for a JSON value of the wrong type at `path` + `leaf`. */
  badJson(leaf: string | number, problem: string): never {
    let p = '';
    for (const seg of this.path) p += typeof seg === 'number' ? `[${seg}]` : p === '' ? seg : `.${seg}`;
    if (typeof leaf === 'number') p += `[${leaf}]`;
    else if (leaf !== '') p += p === '' ? leaf : `.${leaf}`;
    throw new InvalidInputError(`invalid OTLP/JSON: ${p === '' ? 'top level' : p}: ${problem}`);
  }

  /** Deeper AnyValue nesting than allowed makes the whole request malformed (no stack overflow). */
  tooDeep(): never {
    throw new InvalidInputError(`AnyValue nesting exceeds the depth limit of ${this.maxDepth}`);
  }

  /**
   * Names and keys become series keys, ClickHouse map keys and group-by values, so a megabyte
   * of name must not get that far. One length compare on the usual path.
   */
  capName(s: string): string {
    if (s.length <= this.maxNameLength) return s;
    this.truncatedNames++;
    return cut(s, this.maxNameLength);
  }

  /** Cuts a value to maxValueLength UTF-16 units without splitting a surrogate pair. */
  cap(s: string): string {
    const max = this.maxValueLength;
    if (s.length <= max) return s;
    this.truncatedValues++;
    return cut(s, max);
  }

  finish(repairedStrings: number): Decoded<T> {
    const warnings: string[] = [];
    const repaired = repairedStrings + this.repairedStrings;
    if (repaired > 0) warnings.push(`${repaired} string field${repaired === 1 ? '' : 's'} held invalid UTF-8 and ${repaired === 1 ? 'was' : 'were'} repaired`);
    if (this.droppedAttributes > 0)
      warnings.push(`${this.droppedAttributes} attribute${this.droppedAttributes === 1 ? '' : 's'} dropped over the limit of ${this.maxAttributes} per item`);
    if (this.truncatedValues > 0)
      warnings.push(`${this.truncatedValues} value${this.truncatedValues === 1 ? '' : 's'} cut to ${this.maxValueLength} characters`);
    if (this.truncatedNames > 0)
      warnings.push(`${this.truncatedNames} name${this.truncatedNames === 1 ? '' : 's'} or attribute key${this.truncatedNames === 1 ? '' : 's'} cut to ${this.maxNameLength} characters`);
    return {
      items: this.items,
      rejected: this.rejected,
      errors: this.errors,
      warnings,
      droppedAttributes: this.droppedAttributes,
      truncatedValues: this.truncatedValues,
      truncatedNames: this.truncatedNames,
    };
  }
}
