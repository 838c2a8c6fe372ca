// RFC 4180 quoting for the CSV the CLI writes: templates contain commas, quotes and, via
// hostile input, anything else.

export function csvField(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 44 || c === 34 || c === 10 || c === 13) return '"' + s.replace(/"/g, '""') + '"';
  }
  return s;
}
