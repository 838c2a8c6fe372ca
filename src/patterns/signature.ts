// Template signatures are stored and compared across processes, so they hash the template's
// UTF-8 bytes with a fixed algorithm; never a per-process seed or the JS string hash.

import { createHash } from 'node:crypto';

/** 16 hex chars (64 bits) of SHA-1 over the UTF-8 template text. */
export function patternSignature(template: string): string {
  return createHash('sha1').update(template, 'utf8').digest('hex').slice(0, 16);
}
