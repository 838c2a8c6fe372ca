import { timingSafeEqual } from 'node:crypto';

/**
 * Bearer-token check shared by the OTLP receivers and the API. An empty token list means auth is off.
 * Comparison is constant-time so a token cannot be guessed byte by byte from timings.
 */
export function makeBearerCheck(tokens: string[]): (authorization: string | undefined) => boolean {
  if (tokens.length === 0) return () => true;
  const expected = tokens.map((t) => Buffer.from(t));
  return (authorization) => {
    if (!authorization) return false;
    const m = /^Bearer\s+(.+)$/i.exec(authorization.trim());
    if (!m) return false;
    const given = Buffer.from(m[1]);
    return expected.some((e) => e.length === given.length && timingSafeEqual(e, given));
  };
}
