// Words that recur as one field's values across events. The streaming miner keeps a position
// held by a few words as the event's wording until it has seen `variableWords` of them
// (`VM Started` / `VM Paused`), because within one event nothing tells a short list of values
// from a short list of events. Across events something does: when the same three words
// alternate at one position of two different events (`Opening DNS listener` / `Opening Socks
// listener` / `Opening Control listener`, and `Opened DNS listener connection (ready)` / …), they
// are the values of a field both events print (a listener's kind, a database's name, a mount
// point), not two events' wording twice over. Once a file is mined, this pass joins the
// templates of each such family into one event.

import { WILDCARD } from './mask.ts';
import { METHODS } from './tokenize.ts';
import { Joins, type Surroundings, sameAround, slotKey } from './template-hash.ts';

/**
 * Evidence that words are values: the same three words at one position of two events, or the
 * same two, and only those, in three. Two words in two events are not enough: two outcomes
 * crossed with two protocols (`denied`/`permitted` × `tcp`/`udp`) recur as pairs in each
 * other's events and are the events' wording in some logs, the values in others. Nor is a pair
 * within a longer list: dpkg's `configure`/`remove` are its lines' events and also the values of
 * its `startup packages <action>` line.
 */
const MIN_SHARED = 3;
const MIN_EVENTS_OF_PAIR = 3;
/** Families a word is looked up in; a word that varies in more is common, and so is its evidence. */
const MAX_FAMILIES_PER_WORD = 64;

/** Templates equal except at one position, and the constant words that position holds in them. */
interface Family {
  /** The position that varies. */
  at: number;
  members: number[];
  words: Set<string>;
}

export function joinRecurringValues(toks: readonly (readonly string[])[], hashes: readonly Surroundings[], joins: Joins): void {
  // Most positions of most templates have no family: a number (the one template) until a second comes.
  const families = new Map<number, number | Family>();
  toks.forEach((xs, t) => {
    const { pre, suf } = hashes[t];
    for (let p = 0; p < xs.length; p++) {
      const w = xs[p];
      // An HTTP method names a request's event wherever it is printed, quoted in a request line
      // too (`"GET`; see miner.ts).
      if (w.includes(WILDCARD) || METHODS.includes(w.charCodeAt(0) === 34 ? w.slice(1) : w)) continue;
      const key = slotKey(pre[p], p, suf[p + 1], xs.length - p - 1);
      const f = families.get(key);
      if (f === undefined) families.set(key, t);
      else if (typeof f === 'number') {
        if (sameAround(toks[f], xs, p, 0)) families.set(key, { at: p, members: [f, t], words: new Set([toks[f][p], w]) });
      } else if (sameAround(toks[f.members[0]], xs, p, 0)) {
        f.members.push(t);
        f.words.add(w);
      }
    }
  });
  const varied: Family[] = [];
  for (const f of families.values()) if (typeof f !== 'number' && f.words.size >= 2) varied.push(f);
  // Families that share MIN_SHARED words form one field, by union over an index of words.
  const field = new Joins(varied.length);
  const byWord = new Map<string, number[]>();
  // Families of exactly two words, by the pair.
  const byPair = new Map<string, Family[]>();
  varied.forEach((f, i) => {
    if (f.words.size === 2) {
      const key = [...f.words].sort().join('\n');
      const list = byPair.get(key);
      if (list) list.push(f);
      else byPair.set(key, [f]);
      return;
    }
    const shared = new Map<number, number>();
    for (const w of f.words) {
      const list = byWord.get(w) ?? byWord.set(w, []).get(w)!;
      for (const j of list) {
        const c = (shared.get(j) ?? 0) + 1;
        shared.set(j, c);
        if (c === MIN_SHARED) field.join(i, j);
      }
      if (list.length < MAX_FAMILIES_PER_WORD) list.push(i);
    }
  });
  const groups = new Map<number, Family[]>();
  varied.forEach((f, i) => {
    if (f.words.size === 2) return;
    const r = field.root(i);
    const g = groups.get(r);
    if (g) g.push(f);
    else groups.set(r, [f]);
  });
  const fields = [...groups.values()].filter((g) => g.length >= 2);
  for (const g of byPair.values()) if (g.length >= MIN_EVENTS_OF_PAIR) fields.push(g);
  for (const g of fields) {
    if (!twoEvents(toks, g)) continue;
    for (const f of g) for (const t of f.members) joins.join(f.members[0], t);
  }
}

/**
 * Some two of the families are different events, not one event whose other position varies too
 * (`scrub ok` / `scrub starts` / `deep-scrub ok`: a grid of two short lists, either of which may
 * be the wording): of other lengths, or apart in two positions or more.
 */
function twoEvents(toks: readonly (readonly string[])[], g: readonly Family[]): boolean {
  for (let a = 0; a < g.length; a++) {
    const xs = toks[g[a].members[0]];
    for (let b = a + 1; b < g.length; b++) {
      const ys = toks[g[b].members[0]];
      if (xs.length !== ys.length) return true;
      let apart = 0;
      for (let k = 0; k < xs.length; k++) {
        if (k === g[a].at && k === g[b].at) continue;
        if (k === g[a].at || k === g[b].at || xs[k] !== ys[k]) apart++;
      }
      if (apart >= 2) return true;
    }
  }
  return false;
}
