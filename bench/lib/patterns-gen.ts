// Line-building helpers shared by the later sealed template corpora (patterns-sealed5.ts on):
// dates, syslog headers, skewed picks. Each corpus still writes its own formats; only these
// format-neutral pieces live here, so two corpora draw them from the RNG the same way.
import type { HeldoutTemplate } from './patterns-heldout.ts';
import type { Rng } from './patterns-rng.ts';

export type Gen = (r: Rng) => string;
export const t = (weight: number, gen: Gen): HeldoutTemplate => ({ weight, gen });

export const d2 = (n: number) => (n < 10 ? `0${n}` : String(n));
export const pad = (n: number, w: number) => String(n).padStart(w, '0');
export const hms = (r: Rng) => `${d2(r.int(0, 23))}:${d2(r.int(0, 59))}:${d2(r.int(0, 59))}`;
export const mon = (r: Rng) => (r.next() < 0.8 ? 'Dec' : 'Nov');
/** RFC 3164 date, day padded with a space: `Dec  7 10:11:12`. */
export const bsd = (r: Rng) => { const d = r.int(1, 28); return `${mon(r)} ${d < 10 ? ' ' : ''}${d} ${hms(r)}`; };
export const ymd = (r: Rng, sep = '-') => `2026${sep}${r.next() < 0.8 ? '12' : '11'}${sep}${d2(r.int(1, 28))}`;
export const ms3 = (r: Rng) => pad(r.int(0, 999), 3);
export const usec = (r: Rng) => pad(r.int(0, 999999), 6);
/** Most draws go to the first value, as one host or peer dominates a real log. */
export const skew = <T>(r: Rng, xs: readonly T[], p = 0.7): T => (r.next() < p ? xs[0] : r.pick(xs));
export const pidOf = (r: Rng, main: number) => (r.next() < 0.85 ? main : r.int(300, 65000));
export const syslog = (r: Rng, hosts: readonly string[], prog: string, pid?: number) => `${bsd(r)} ${skew(r, hosts)} ${prog}${pid ? `[${pidOf(r, pid)}]` : ''}: `;
export const mac = (r: Rng) => Array.from({ length: 6 }, () => r.hex(2)).join(':');
export const port = (r: Rng) => r.int(1025, 65000);
export const some = <T>(r: Rng, xs: readonly T[], lo: number, hi: number) => Array.from({ length: r.int(lo, hi) }, () => r.pick(xs));
export const PEOPLE = ['alice', 'bob', 'carol', 'dmitri', 'emeka', 'fatima', 'gustav', 'hana', 'ivan', 'jules'];
/** One of xs; an entry that is a generator is called for its value. */
export const pick = <T>(r: Rng, xs: readonly (T | ((r: Rng) => T))[]): T => { const x = r.pick(xs); return typeof x === 'function' ? (x as (r: Rng) => T)(r) : x; };
/** A private address under net (`10.0.<0-9>.<2-250>` by default). */
export const lan = (r: Rng, net = '10.0') => `${net}.${r.int(0, 9)}.${r.int(2, 250)}`;
/** n characters drawn from alphabet. */
export const from = (alphabet: string) => (r: Rng, n: number) => { let s = ''; for (let i = 0; i < n; i++) s += alphabet[(r.next() * alphabet.length) | 0]; return s; };
export const mixed = from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789');
export const b64 = from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');
export const b64url = from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_');
export const hexUp = (r: Rng, n: number) => r.hex(n).toUpperCase();
/** Unix seconds within nine days from 2026-12-07 00:00 UTC, and the same in milliseconds. */
const EPOCH0 = 1796601600;
export const epoch = (r: Rng) => EPOCH0 + r.int(0, 9 * 86400);
export const epochMs = (r: Rng) => epoch(r) * 1000 + r.int(0, 999);
/** An ISO-8601 UTC time with milliseconds. */
export const iso = (r: Rng) => `${ymd(r)}T${hms(r)}.${ms3(r)}Z`;
