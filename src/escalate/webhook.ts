// PagerDuty webhook v3 signatures (contracts, section 4): `X-PagerDuty-Signature` holds one or
// more comma-separated `v1=<hex>` values (several while a secret is rotated); each is the
// lowercase hex HMAC-SHA256 of the raw request body keyed by the subscription's secret. Accept
// when any matches, compared in constant time.
import { createHmac, timingSafeEqual } from 'node:crypto';

export function verifyPagerDutySignature(rawBody: string | Buffer, header: string | undefined, secret: string): boolean {
  if (!header || !secret) return false;
  const expected = createHmac('sha256', secret).update(rawBody).digest();
  let ok = false;
  for (const part of header.split(',')) {
    const m = /^\s*v1=([0-9a-f]{64})\s*$/i.exec(part);
    if (!m) continue;
    const given = Buffer.from(m[1].toLowerCase(), 'hex');
    // Every value is compared, so timing says nothing about which one matched.
    if (given.length === expected.length && timingSafeEqual(given, expected)) ok = true;
  }
  return ok;
}

export function signPagerDutyBody(rawBody: string | Buffer, secret: string): string {
  return `v1=${createHmac('sha256', secret).update(rawBody).digest('hex')}`;
}
