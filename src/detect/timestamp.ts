// Timestamp parsing for CSV input: "2014-07-01 00:00:00", ISO 8601, or epoch seconds/ms.

/** UTC milliseconds, or NaN when the text is not a timestamp. Zone-less text is read as UTC. */
export function parseTimestamp(raw: string): number {
  const s = raw.trim();
  if (s === '') return NaN;
  if (/^-?\d+(\.\d+)?$/.test(s)) {
    const n = Number(s);
    // Below 1e11 the number can only be seconds (1e11 ms is 1973, 1e11 s is year 5138).
    return Math.abs(n) < 1e11 ? n * 1000 : n;
  }
  let iso = s.replace(' ', 'T');
  // Sub-millisecond fractions (NAB labels carry microseconds) are not portable in Date.parse.
  iso = iso.replace(/(\.\d{3})\d+/, '$1');
  if (/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?$/.test(iso)) iso += 'Z';
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : NaN;
}
