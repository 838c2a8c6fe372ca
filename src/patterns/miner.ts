// Streaming template miner in the spirit of Drain: mask obvious variables, route the line
// through a fixed-depth tree (token count, then leading tokens), compare it with the few
// clusters in that leaf, and either join the most similar one (turning differing tokens
// into <*>) or start a new cluster. Memory is bounded by an LRU cap on clusters.
// Three departures from Drain, each for a way it fails on real logs:
// - a line that finds no match on its route is compared with every cluster of its length
//   (bounded), so a variable word in a leading position does not split its template;
// - a position where plain words differ becomes a variable only once it has shown
//   `variableWords` distinct words; until then each word keeps its own cluster, and the
//   clusters are absorbed into one group when the position proves variable;
// - a line of another length joins a group whose constants it shares in order, when what
//   differs is variable material (`bytes sent` / `bytes (1.2 KB) sent`, a stack of
//   addresses) or free text after a `key:`.

import type { AddResult, RateInfo, TemplateInfo } from './types.ts';
import { type MinerOptions, type MinerOptionsInput, resolveOptions } from './options.ts';
import { Cluster, sameKey } from './cluster.ts';
import { LruList } from './lru.ts';
import { ParseTree, type TreeNode } from './parse-tree.ts';
import { currentCount, observe } from './rate.ts';
import { METHODS, Tokenizer } from './tokenize.ts';
import { WILDCARD } from './mask.ts';
import { fillsSpan, MAX_EXTRA as MAX_SPAN_EXTRA } from './spans.ts';
import { isAlpha, isDigit, isUpperCode } from './char-class.ts';
import { alignGroup, angleColumns, dashField, endsHeader, inSpacedValue, isLabel, keyword, lengthVariant, listField, messageField, messageLabel, opensStatement, programTag, quotedText, subsystemTag, TAIL_CONSTANTS } from './variants.ts';
import { ARGUMENT_BEFORE, calendarWord, capitalised, keyDiffers, keySeparator, severity, valueShaped } from './words.ts';

/** Clusters compared in a leaf; a leaf grows long only when its lines share no template. */
const MAX_SCAN = 256;
/** Same-length clusters compared, newest first, when a line's route finds no match: bounds a miss's cost. */
const MAX_FALLBACK_SCAN = 64;
/** Clusters of other lengths, by leading tokens, compared before a new cluster is made. */
const MAX_VARIANT_SCAN = 32;
/** Clusters split from one anchor before its differing positions count as variables anyway. */
const MAX_SPAWNED = 32;
/** Events (groups) in which two words must alternate before they count as values of one field. */
const PAIR_CONTEXTS = 2;
/** Codes remembered in domains; past this, new ones are not learned (memory stays bounded). */
const MAX_CODES = 20_000;
/** Families a domain remembers to fold once proven; more are rare (one per event it appeared in). */
const MAX_DOMAIN_ANCHORS = 16;

/**
 * Codes seen alternating at one position of an event, joined when they meet: in which events
 * (groups) they alternated, and the anchors whose split-off families to fold once proven.
 */
interface Domain {
  words: string[];
  groups: number[];
  anchors: Cluster[];
}

export class TemplateMiner {
  readonly options: MinerOptions;
  private readonly tokenizer: Tokenizer;
  private readonly tree: ParseTree;
  private readonly lru = new LruList<Cluster>();
  private readonly clusters = new Map<number, Cluster>();
  /** Clusters by token count, for the fallback comparison of a line whose route found nothing. */
  private readonly byLength = new Map<number, Cluster[]>();
  /** Clusters by their first two tokens, for joining lines of another length. */
  private readonly byHead = new Map<string, Cluster[]>();
  /** Clusters by their first token: a template whose second token generalised looks for its other lengths here. */
  private readonly byFirst = new Map<string, Cluster[]>();
  /** Domains of codes that alternated at one position of an event, by code (see valuePair). */
  private readonly domains = new Map<string, Domain>();
  /** Positions where the best cluster and the line hold different plain words (reused). */
  private readonly conflicts: number[] = [];
  /** Reused token buffer: the hot path allocates the token strings and nothing else per line. */
  private readonly toks: string[] = [];
  private nextId = 1;
  private evictedCount = 0;

  constructor(opts: MinerOptionsInput = {}) {
    this.options = resolveOptions(opts);
    this.tokenizer = new Tokenizer(this.options);
    this.tree = new ParseTree(this.options.depth, this.options.maxChildren);
  }

  /** Learn one line (a log body or exception message) and report the cluster it joined. */
  add(line: string, timeMs: number = Date.now()): AddResult {
    const toks = this.toks;
    const n = this.tokenizer.tokenize(line, toks);
    let c = this.find(toks, n);
    const emit = this.options.onEvent;
    let isNew = false;
    let generalised = false;
    let anchor: Cluster | null = null;
    if (c !== null && this.wordConflicts(c, toks, n) > 0 && !this.wordsAreVariable(c, toks)) {
      // Differing words that have not (yet) proved variable: a separate event for now, unless
      // a less similar cluster of the same length holds the line without any such word (its
      // event generalised positions where the closest one still has constants: `GET … -`
      // nearer `POST … alice` than `GET … <*>`).
      const alt = this.conflictFree(toks, n, c);
      if (alt !== null) c = alt;
      else {
        // Another program's line starts a family of its own: its words must not count towards
        // this program's (see wordsAreVariable).
        const near = c;
        anchor = this.conflicts.some((p) => twoPrograms(near.tokens[p], toks[p])) ? null : (near.anchor ?? near);
        c = null;
      }
    }
    let g: Cluster;
    if (c === null) {
      c = this.create(toks, n, line, timeMs);
      isNew = true;
      if (anchor) {
        c.anchor = anchor;
        (anchor.spawned ??= []).push(c);
      }
      g = c;
      const v = this.findVariant(toks, n);
      if (v) {
        g = this.group(v);
        const previousSignature = g.signature;
        c.group = g;
        (g.variants ??= []).push(c);
        isNew = false;
        generalised = this.refreshTemplate(g);
        this.lru.touch(g);
        if (timeMs > g.lastSeen) g.lastSeen = timeMs;
        g.count++;
        if (generalised && emit) emit({ kind: 'generalised', cluster: g.info(), previousSignature });
      }
    } else {
      g = this.group(c);
      const previousSignature = g.signature;
      const routed = this.routingWild(c);
      generalised = c.generalise(toks, n);
      if (generalised) {
        if (this.routingWild(c) !== routed) this.rehome(c);
        // Any generalisation may now cover clusters split off earlier from the same anchor.
        if ((c.anchor ?? c).spawned) this.absorb(c);
        // …or make the group another length's form of an existing one (`<*> : … COMMAND=<*> <*>`
        // once its first token proved variable).
        if (g === c) {
          const v = this.findVariant(c.tokens, c.tokens.length, c);
          if (v) g = this.merge(c, this.group(v));
        }
        if (g !== c || g.variants) generalised = this.refreshTemplate(g);
      }
      this.lru.touch(c);
      if (g !== c) this.lru.touch(g);
      if (timeMs > c.lastSeen) c.lastSeen = timeMs;
      if (timeMs > g.lastSeen) g.lastSeen = timeMs;
      g.count++;
      if (generalised && emit) emit({ kind: 'generalised', cluster: g.info(), previousSignature });
    }
    const surge = observe(g, timeMs, this.options.rate);
    if (isNew && emit) emit({ kind: 'new', cluster: g.info() });
    if (surge && emit) emit({ kind: 'surge', cluster: g.info(), current: g.bucketCount, baseline: g.baseline });
    return { clusterId: g.id, signature: g.signature, template: g.template, isNew, generalised, surge, count: g.count };
  }

  /** The cluster a line would join, without learning from it. */
  match(line: string): TemplateInfo | null {
    const n = this.tokenizer.tokenize(line, this.toks);
    let c = this.find(this.toks, n);
    if (c !== null && this.wordConflicts(c, this.toks, n) > 0 && !this.wordsAreVariable(c, this.toks, false)) c = null;
    if (c === null) c = this.findVariant(this.toks, n);
    return c ? this.group(c).info() : null;
  }

  /** The masked tokens of a line, as the tree sees them (for debugging masking rules). */
  tokens(line: string): string[] {
    const out: string[] = [];
    this.tokenizer.tokenize(line, out);
    return out;
  }

  /**
   * A live template whose lone `<*>` this template fills with a name of several words
   * (`<*> died` for `Bob the Builder[<*>] died`), or null: the same event, which the streaming
   * miner keeps apart because its line has another token count (see spans.ts). Bounded: the
   * newest clusters of each shorter length only.
   */
  spanOf(template: string): TemplateInfo | null {
    const ys = template.split(' ');
    for (let d = 1; d <= MAX_SPAN_EXTRA && d < ys.length; d++) {
      const list = this.byLength.get(ys.length - d);
      if (!list) continue;
      for (let k = list.length - 1; k >= Math.max(0, list.length - MAX_FALLBACK_SCAN); k--) {
        const g = this.group(list[k]);
        if (!g.evicted && fillsSpan(g.template.split(' '), ys)) return g.info();
      }
    }
    return null;
  }

  get(clusterId: number): TemplateInfo | undefined {
    const c = this.clusters.get(clusterId);
    return c ? this.group(c).info() : undefined;
  }

  /** Live templates, most recently seen first. */
  templates(): TemplateInfo[] {
    const out: TemplateInfo[] = [];
    for (let c = this.lru.head; c; c = c.next) if (this.group(c) === c) out.push(c.info());
    return out;
  }

  /** Per-template rate against its own baseline, highest current/baseline first. */
  rates(nowMs: number = Date.now()): RateInfo[] {
    const o = this.options.rate;
    const out: RateInfo[] = [];
    for (let c = this.lru.head; c; c = c.next) {
      if (this.group(c) !== c) continue;
      const current = currentCount(c, nowMs, o);
      out.push({
        clusterId: c.id,
        signature: c.signature,
        template: c.template,
        current,
        baseline: c.baseline,
        buckets: c.buckets,
        surging: c.surgedBucket === c.bucket && current > 0,
      });
    }
    return out.sort((x, y) => y.current / Math.max(y.baseline, 1) - x.current / Math.max(x.baseline, 1));
  }

  get size(): number {
    return this.clusters.size;
  }

  stats(): { clusters: number; nodes: number; evicted: number; created: number } {
    return { clusters: this.clusters.size, nodes: this.tree.nodeCount, evicted: this.evictedCount, created: this.nextId - 1 };
  }


  /** The best cluster of the line's length: its route first, then (bounded) all of that length. */
  private find(toks: string[], n: number): Cluster | null {
    const leaf = this.tree.findLeaf(toks, n);
    const c = leaf ? this.bestMatch(leaf.clusters, toks, n, MAX_SCAN) : null;
    if (c !== null) return c;
    const all = this.byLength.get(n);
    return all && all.length > (leaf?.clusters?.length ?? 0) ? this.bestMatch(all, toks, n, MAX_FALLBACK_SCAN) : null;
  }

  private bestMatch(list: Cluster[] | null, toks: string[], n: number, cap: number): Cluster | null {
    if (!list) return null;
    let best: Cluster | null = null;
    let bestSim = -1;
    let bestWild = -1;
    const stop = Math.max(0, list.length - cap);
    // Newest first: when the list is long, the recent clusters are the likely matches.
    for (let k = list.length - 1; k >= stop; k--) {
      const c = list[k];
      const sim = c.similarity(toks, n);
      if (sim > bestSim) {
        best = c;
        bestSim = sim;
        bestWild = -1;
        // Generalised positions never count as equal, so 1 is an exact match: stop looking.
        if (sim === 1) break;
      } else if (sim === bestSim && best !== null) {
        // Ties go to the more general template, as in Drain: it already absorbed this variation.
        if (bestWild < 0) bestWild = best.wildCount();
        const wild = c.wildCount();
        if (wild > bestWild) {
          best = c;
          bestWild = wild;
        }
      }
    }
    return best !== null && bestSim >= this.options.similarityThreshold ? best : null;
  }

  /** The most similar cluster of the line's length, other than `not`, where it differs in no word. */
  private conflictFree(toks: string[], n: number, not: Cluster): Cluster | null {
    const all = this.byLength.get(n);
    if (!all) return null;
    let best: Cluster | null = null;
    let bestSim = this.options.similarityThreshold;
    const stop = Math.max(0, all.length - MAX_FALLBACK_SCAN);
    for (let k = all.length - 1; k >= stop; k--) {
      const x = all[k];
      if (x === not) continue;
      const sim = x.similarity(toks, n);
      if (sim < bestSim || (sim === bestSim && best !== null)) continue;
      if (this.wordConflicts(x, toks, n) > 0) continue;
      best = x;
      bestSim = sim;
    }
    return best;
  }

  /** Positions (into this.conflicts) where c holds a plain word and the line another one. */
  private wordConflicts(c: Cluster, toks: string[], n: number): number {
    const out = this.conflicts;
    out.length = 0;
    const t = c.tokens;
    const w = c.wild;
    // Most lines differ from their template only where it is already generalised.
    let i0 = 0;
    while (i0 < n && (w[i0] === 1 || t[i0] === toks[i0] || (w[i0] === 2 && sameKey(t[i0], toks[i0])))) i0++;
    if (i0 === n) return 0;
    let constants = 0;
    for (let i = 0; i < n; i++) {
      if (w[i] === 0 && t[i] === toks[i]) {
        // A syslog tag ends the header: the month and host before it are not the message's words.
        if (endsHeader(t, i)) constants = 0;
        // …nor are a date's day and month names (`[Dec 24 15:48:12] Auth:`).
        else if (!t[i].includes(WILDCARD) && !calendarWord(t[i])) constants++;
        // Free text after an agreed `label:`: its words are the variable, however they differ.
        // Not after the message's own key (`msg: authorization_denied, peer: …`): what follows
        // it is the message, as a JSON record's `msg` is.
        if (constants >= TAIL_CONSTANTS && isLabel(toks, i, n) && !opensStatement(t, i + 1, n) && !opensStatement(toks, i + 1, n) && !this.messageLabel(t[i])) break;
        continue;
      }
      if (w[i] !== 0 || t[i] === toks[i]) {
        // A generalised `key=<*>` stands for that key's values only.
        if (w[i] === 2 && !sameKey(t[i], toks[i])) out.push(i);
        continue;
      }
      // Anything masked is a value already, as in Drain, except the key of a `key=value`: a
      // different key (`client=<*>` / `message-id=<*>` / `removed`) is different wording.
      if (t[i].includes(WILDCARD) || toks[i].includes(WILDCARD)) {
        if (keyDiffers(t[i], toks[i]) || namedField(t[i], toks[i]) || namedField(toks[i], t[i]) || twoPrograms(t[i], toks[i]) || namedValue(t[i], toks[i])) out.push(i);
        continue;
      }
      // `key=value` with the same key: the key names the slot, so the value is data.
      // …except a record's opening field (`type=SERVICE_START` / `type=SERVICE_STOP`): a record
      // that opens by naming its kind names its event so, as a message's first word does.
      if (sameKey(t[i], toks[i])) {
        if ((i === 0 && openingKinds(t[i], toks[i])) || (quotedText(t[i]) && quotedText(toks[i])) || (this.messageField(t, i) && this.messageField(toks, i))) out.push(i);
        continue;
      }
      // A value set off by a spaced `=` (`status = NORMAL`, `Status = Installed`) is a field's.
      if (i > 1 && toks[i - 1] === '=' && t[i - 1] === '=' && t[i - 2] === toks[i - 2]) continue;
      // A count's noun in singular and plural (`from 1 event` / `from 5 events`): one wording.
      // …also with a word between them that both share (`Detected 1 new change` / `12 new changes`).
      if (i > 0 && (toks[i - 1].includes(WILDCARD) || (i > 1 && toks[i - 2].includes(WILDCARD) && t[i - 1] === toks[i - 1] && plainWord(toks[i - 1]))) && pluralPair(t[i], toks[i])) continue;
      // Day and month names are parts of a date (`at Sun Jul 17 08:12:03 2005`), also when
      // punctuation marks the date (`*Mar 1` for a clock not synchronised, `(Tue,`).
      if (calendarWord(t[i]) && calendarWord(toks[i])) continue;
      // Inside brackets a message lists its parameters (`(TID 4, NODE_LOCAL, 8630 bytes)`,
      // `[HRESULT = 0x800f080d - CBS_E_MANIFEST_INVALID_ITEM]`, `[sdb]`); its own wording is outside.
      if (bracketed(toks, i, n) && !(subsystemTag(t, i) && subsystemTag(toks, i))) continue;
      // So does a field list for a value written without quotes (`command=grep -r root /etc terminal=0`).
      if (inSpacedValue(toks, i, n)) continue;
      // …and a record of `- Name value` fields (`- Session New` / `- Session Reuse`).
      if (dashField(toks, i, n) && dashField(t, i, n)) continue;
      // …and a list of `key: value,` fields, but for the message's own key (`msg: node_down,`).
      if (listField(toks, i, n) && t[i - 1] === toks[i - 1] && !this.messageLabel(toks[i - 1])) continue;
      out.push(i);
    }
    return out.length;
  }

  private messageLabel(t: string): boolean {
    return messageLabel(t, this.options.masking.quotedExemptKeys);
  }

  private messageField(xs: readonly string[], i: number): boolean {
    return messageField(xs, i, this.options.masking.quotedExemptKeys);
  }

  /** Count the conflicting words on the anchor; true when every conflicting position has enough. */
  private wordsAreVariable(c: Cluster, toks: string[], learn = true): boolean {
    const anchor = c.anchor ?? c;
    // An HTTP method that opens the message after its header (an access log's method column)
    // names the request's event, however many other columns vary beside it. Inside a message
    // (`Request <id> PUT <path> completed`) it is a value like the path.
    for (const p of this.conflicts) if (METHODS.includes(c.tokens[p]) && METHODS.includes(toks[p]) && opensMessage(c, p)) return false;
    // …and so does a quoted request line's (`"GET /x HTTP/1.1" 200`, an access log's request
    // column), unless a label makes the request a detail of another message (`request: "GET …"`).
    for (const p of this.conflicts) if (quotedMethod(c.tokens[p]) && quotedMethod(toks[p]) && !(p > 0 && toks[p - 1].charCodeAt(toks[p - 1].length - 1) === 58)) return false;
    // …and so does a logfmt message's first word (`msg="uploading` / `msg="handing`), and a
    // line of another program is never this program's event.
    for (const p of this.conflicts) if ((quotedText(c.tokens[p]) && quotedText(toks[p])) || twoPrograms(c.tokens[p], toks[p])) return false;
    // …and so does the message's first word where a key names it (`msg=node_down`, `msg: node_down,`).
    for (const p of this.conflicts) if ((this.messageField(c.tokens, p) && this.messageField(toks, p)) || (p > 0 && this.messageLabel(c.tokens[p - 1]) && c.tokens[p - 1] === toks[p - 1])) return false;
    if ((anchor.spawned?.length ?? 0) >= MAX_SPAWNED) return true;
    // Below that cap, lines that agree on their header only (`[wlan0] <date> <time> INFO:`) and
    // on no word of the message after it are two events. (Only where they conflict: a masked
    // token against a word is no conflict unless it names its value, see namedValue.)
    if (!sharesMessageWord(c, toks)) return false;
    // c was absorbed into a group that already treats these positions as variables.
    const g = this.group(c);
    if (g !== c && g.tokens.length === c.tokens.length && this.conflicts.every((p) => g.wild[p] !== 0)) return true;
    const limit = this.options.variableWords;
    let all = true;
    let argAt = -2;
    for (const p of this.conflicts) {
      // A word right after a preposition or a naming noun is an argument (`for <user>`, `client <name>`).
      // Not when all three are words in capitals (`SERVICE ALERT:` / `SERVICE NOTIFICATION:`): a
      // heading that names a kind of record is wording throughout; an argument after a word in
      // capitals is a name or value (`USER alice`).
      if (p > 0 && c.wild[p - 1] === 0 && c.tokens[p - 1] === toks[p - 1] && ARGUMENT_BEFORE.has(c.tokens[p - 1].toLowerCase()) && !(keyword(c.tokens[p - 1]) && heading(c.tokens[p]) && heading(toks[p]))) {
        argAt = p;
        continue;
      }
      // …and so are the capitalised words that continue it (`Unit Time Synchronization entered`).
      if (argAt === p - 1 && capitalised(c.tokens[p]) && capitalised(toks[p])) {
        argAt = p;
        continue;
      }
      // A name built like an identifier (`bk_app`, `www-https~`, `layouts/admin`, `qr,rd,ra`),
      // or `-` standing for an absent value, is data: no message spells its own wording so.
      if (valueShaped(c.tokens[p], toks[p]) && !(p === 0 && openingKinds(c.tokens[p], toks[p]))) continue;
      // Two severities (`INFO` / `WARN`, `<info>` / `<warning>`): the level a line is logged at
      // is a field of every logging library's record, not the event's wording.
      if (severity(c.tokens[p]) && severity(toks[p])) continue;
      // An upper-case code right after a quoted value (`"A IN example.org. udp" NXDOMAIN`) is
      // the outcome column of a record that quotes what it is about; the message's own verb
      // comes before what it quotes (`"GET /x HTTP/1.1"`, `Started GET "/x"`).
      if (p > 0 && quotedValue(toks[p - 1]) && c.tokens[p - 1] === toks[p - 1] && keyword(c.tokens[p]) && keyword(toks[p])) continue;
      // Past two quoted fields a line is a record of columns (an access log's `"request" status
      // size "referer" "agent"`), and words after them are more columns' values (`hit`/`miss`,
      // an upstream's name), whatever their case.
      if (quotedColumns(toks, p) >= 2) continue;
      // Upper-case codes that alternate in the same place of more than one event are values of
      // one field (query types `A`/`AAAA`/`MX`, `TCP`/`UDP`): an event's own wording is particular
      // to it; a field's values recur wherever the field is printed. Within one event only, two
      // codes may still be its wording (`link UP` / `link DOWN`), so they wait for that evidence.
      if (fieldCode(c.tokens[p]) && fieldCode(toks[p]) && this.valuePair(anchor, c.tokens[p], toks[p], learn)) continue;
      // The message's first word after a masked header (`<date> <time> configure …`) is its
      // verb: a log with a handful of kinds of record shows five of them within its first
      // lines, long before any one has come twice, so the usual count would decide on the order
      // lines happened to arrive in. Ids, names and values at that place pass the higher count
      // as soon.
      const lim = opensMessage(c, p) ? limit * OPENING_FACTOR : limit;
      let set = anchor.seen?.get(p);
      if (learn) {
        if (!set) (anchor.seen ??= new Map()).set(p, (set = new Set()));
        if (set.size < lim) set.add(c.tokens[p]);
        if (set.size < lim) set.add(toks[p]);
      }
      if ((set?.size ?? 0) + (learn ? 0 : 1) < lim) all = false;
    }
    return all;
  }

  /**
   * Record that codes a and b differ at one position of anchor's event, joining their domains;
   * true once the domain's codes have alternated so in PAIR_CONTEXTS different events. When a
   * domain first reaches that, the families split over it earlier are folded in (their lines
   * would otherwise keep matching their own clusters exactly and never ask again).
   */
  private valuePair(anchor: Cluster, a: string, b: string, learn: boolean): boolean {
    let da = this.domains.get(a);
    let db = this.domains.get(b);
    if (!learn) return da !== undefined && da === db && da.groups.length >= PAIR_CONTEXTS;
    if (da === undefined && db === undefined) {
      if (this.domains.size >= MAX_CODES) return false;
      da = db = { words: [a, b], groups: [], anchors: [] };
      this.domains.set(a, da);
      this.domains.set(b, da);
    } else if (da === undefined || db === undefined) {
      const d = (da ?? db) as Domain;
      const w = da === undefined ? a : b;
      d.words.push(w);
      this.domains.set(w, d);
      da = db = d;
    } else if (da !== db) {
      // Two domains meet: the smaller joins the larger, with its events and families.
      const [big, small] = da.words.length >= db.words.length ? [da, db] : [db, da];
      for (const w of small.words) {
        big.words.push(w);
        this.domains.set(w, big);
      }
      for (const gid of small.groups) if (!big.groups.includes(gid)) big.groups.push(gid);
      for (const x of small.anchors) if (!big.anchors.includes(x)) big.anchors.push(x);
      da = db = big;
    }
    const d = da as Domain;
    if (d.groups.length >= PAIR_CONTEXTS) return true;
    const gid = this.group(anchor).id;
    if (d.anchors.length < MAX_DOMAIN_ANCHORS && !d.anchors.includes(anchor)) d.anchors.push(anchor);
    if (!d.groups.includes(gid)) d.groups.push(gid);
    if (d.groups.length < PAIR_CONTEXTS) return false;
    for (const x of d.anchors) if (x !== anchor) this.foldFamily(x);
    d.anchors.length = 0;
    return true;
  }

  /** a and b belong to one domain of codes that has proved to be a field (see valuePair). */
  private provenPair(a: string, b: string): boolean {
    const d = this.domains.get(a);
    return d !== undefined && d === this.domains.get(b) && d.groups.length >= PAIR_CONTEXTS;
  }

  /** An anchor's split-off clusters that differ from it only in proven value pairs join its group. */
  private foldFamily(anchor: Cluster): void {
    if (anchor.evicted || !anchor.spawned || this.group(anchor) !== anchor) return;
    const t = anchor.tokens;
    let changed = false;
    for (const x of anchor.spawned) {
      if (x.evicted || this.group(x) !== x || x.tokens.length !== t.length) continue;
      let ok = true;
      for (let i = 0; i < t.length && ok; i++) {
        if (anchor.wild[i] !== 0 || t[i] === x.tokens[i]) continue;
        ok = this.provenPair(t[i], x.tokens[i]);
      }
      if (!ok) continue;
      const routed = this.routingWild(anchor);
      if (anchor.generalise(x.tokens, x.tokens.length)) changed = true;
      if (this.routingWild(anchor) !== routed) this.rehome(anchor);
    }
    if (!changed) return;
    this.absorb(anchor);
    if (anchor.variants) this.refreshTemplate(anchor);
  }

  /** After c generalised over proven-variable words, fold in the clusters split off for those words. */
  private absorb(c: Cluster): void {
    const anchor = c.anchor ?? c;
    const g = this.group(c);
    const family = anchor.spawned ? [anchor, ...anchor.spawned] : [anchor];
    for (const x of family) {
      if (x === c || x.evicted || this.group(x) !== x || x === g || x.tokens.length !== c.tokens.length) continue;
      if (!covers(c, x, true, this.options.masking.quotedExemptKeys)) continue;
      // Where the two still hold different identifier-shaped values (`application/json` /
      // `text/html`), the split was for the other, now variable, words: generalise those too.
      if (!covers(c, x, false, this.options.masking.quotedExemptKeys) && c === g) {
        const routed = this.routingWild(c);
        c.generalise(x.tokens, x.tokens.length);
        if (this.routingWild(c) !== routed) this.rehome(c);
      }
      x.group = g;
      g.count += x.count;
      if (x.firstSeen < g.firstSeen) g.firstSeen = x.firstSeen;
      if (x.variants) for (const v of x.variants) v.group = g;
    }
  }

  /**
   * A cluster of another length whose constants this line shares in order (see variants.ts),
   * opening like it or like it with a leading token generalised. `self`'s own group is skipped.
   */
  private findVariant(toks: string[], n: number, self: Cluster | null = null): Cluster | null {
    const selfWild = self ? self.wild : undefined;
    if (n === 0) return null;
    const own = self ? this.group(self) : null;
    let best: Cluster | null = null;
    let bestScore = 0;
    const key = headKey(toks, n);
    // One budget for all lookups, own head first: a miss costs no more alignments than before.
    let budget = MAX_VARIANT_SCAN;
    // Other heads only for a template that just generalised: a new line that opens with a new
    // word already met the generalised template among its own length's clusters.
    const heads = self === null ? 1 : 4;
    for (let h = 0; h < heads && budget > 0; h++) {
      const k = h === 0 ? key : h === 1 ? (toks[0] === WILDCARD ? '' : headKey2(WILDCARD, toks, n)) : h === 2 ? (n > 1 && toks[1] !== WILDCARD ? toks[0] + ' ' + WILDCARD : '') : toks[0];
      if (k === '' || (h > 0 && h < 3 && k === key)) continue;
      // By first token alone only for a template whose second token generalised: its other
      // lengths may still hold a word there. New lines find generalised templates by head.
      if (h === 3 && !(self !== null && n > 1 && self.wild[1] !== 0)) continue;
      const list = h === 3 ? this.byFirst.get(k) : this.byHead.get(k);
      if (!list) continue;
      for (let i = list.length - 1; i >= 0 && budget > 0; i--) {
        const c = list[i];
        if (c.tokens.length === n || (own !== null && this.group(c) === own)) continue;
        budget--;
        const score = lengthVariant(toks, n, c.tokens, c.wild, selfWild, this.options.masking.quotedExemptKeys);
        if (score > bestScore) {
          best = c;
          bestScore = score;
        }
      }
    }
    return best;
  }

  /** Fold group c (a cluster that is its own group) into group g; returns g. */
  private merge(c: Cluster, g: Cluster): Cluster {
    c.group = g;
    (g.variants ??= []).push(c);
    if (c.variants) {
      for (const v of c.variants) {
        if (v.evicted) continue;
        v.group = g;
        g.variants.push(v);
      }
      c.variants = null;
    }
    g.count += c.count;
    if (c.firstSeen < g.firstSeen) g.firstSeen = c.firstSeen;
    if (c.lastSeen > g.lastSeen) g.lastSeen = c.lastSeen;
    return g;
  }

  /** Recompute a group's template from its members; true when the text changed. */
  private refreshTemplate(g: Cluster): boolean {
    const members: Cluster[] = [];
    if (g.variants) for (const v of g.variants) if (!v.evicted && v.group === g) members.push(v);
    const tokens = members.length > 0 ? alignGroup(g.tokens, members.map((m) => m.tokens)) : g.tokens;
    const template = tokens.join(' ');
    if (template === g.template) return false;
    g.setTemplate(template);
    return true;
  }

  /** The group c reports as: groups merge, so follow the chain (and shorten it). */
  private group(c: Cluster): Cluster {
    let g = c.group;
    while (g.group !== g && !g.group.evicted) g = g.group;
    if (g.evicted) g = c;
    c.group = g;
    return g;
  }

  /** Bit i set when routing position i of c is generalised. */
  private routingWild(c: Cluster): number {
    const levels = Math.min(this.options.depth, c.tokens.length - 1, 30);
    let bits = 0;
    for (let i = 0; i < levels; i++) if (c.wild[i]) bits |= 1 << i;
    return bits;
  }

  /** A leading token turned variable: move the cluster to the tree path lines with any value there take. */
  private rehome(c: Cluster): void {
    if (c.tokens.length > 0) {
      drop(this.byHead, c.head, c);
      drop(this.byFirst, c.first, c);
      c.head = headKey(c.tokens, c.tokens.length);
      c.first = c.tokens[0];
      push(this.byHead, c.head, c);
      push(this.byFirst, c.first, c);
    }
    this.tree.remove(c);
    const leaf = this.tree.leafFor(c.tokens, c.tokens.length);
    c.leaf = leaf;
    (leaf.clusters as Cluster[]).push(c);
  }

  private create(toks: string[], n: number, line: string, timeMs: number): Cluster {
    const leaf = this.tree.leafFor(toks, n);
    const sample = line.length > this.options.sampleChars ? line.slice(0, this.options.sampleChars) : line;
    const c = new Cluster(this.nextId++, toks.slice(0, n), leaf, timeMs, sample);
    c.count = 1;
    (leaf.clusters as Cluster[]).push(c);
    push(this.byLength, n, c);
    if (n > 0) {
      c.head = headKey(toks, n);
      c.first = toks[0];
      push(this.byHead, c.head, c);
      push(this.byFirst, c.first, c);
    }
    this.clusters.set(c.id, c);
    this.lru.pushFront(c);
    while (this.clusters.size > this.options.maxClusters && this.lru.tail && this.lru.tail !== c) this.evict(this.lru.tail);
    return c;
  }

  private evict(c: Cluster): void {
    this.lru.remove(c);
    this.tree.remove(c);
    drop(this.byLength, c.tokens.length, c);
    if (c.tokens.length > 0) {
      drop(this.byHead, c.head, c);
      drop(this.byFirst, c.first, c);
    }
    c.evicted = true;
    // Groups and anchors keep lists of their members: an evicted one must not stay in them.
    const g = c.group;
    if (g !== c && g.variants) removeFrom(g.variants, c);
    if (c.anchor?.spawned) removeFrom(c.anchor.spawned, c);
    this.clusters.delete(c.id);
    this.evictedCount++;
    if (this.group(c) === c) this.options.onEvent?.({ kind: 'evicted', cluster: c.info() });
  }
}

/** How many more distinct words a message's opening word needs before it counts as a variable (see wordsAreVariable). */
const OPENING_FACTOR = 3;

/**
 * Position p opens the message: everything before it is masked (a timestamp, an id). At the very
 * start of a line nothing says whether a word is the message's or a header's (a host, a program).
 */
function opensMessage(c: Cluster, p: number): boolean {
  if (p === 0) return false;
  for (let q = 0; q < p; q++) if (!headerWord(c.tokens[q])) return false;
  return true;
}

/**
 * What a header is written in: masked values (dates, times, pids), names with a digit in them
 * (a host `web-01`, an edge location `FRA56-P3`), a day or month name, a severity (`[info]`,
 * `WARN`) and separators (`-`, `|`).
 */
function headerWord(t: string): boolean {
  if (t === WILDCARD || calendarWord(t) || severity(t)) return true;
  let digit = false;
  let letter = false;
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c === 61) return false;
    if (isDigit(c)) digit = true;
    else if (isAlpha(c)) letter = true;
  }
  return digit || (!letter && !t.includes(WILDCARD));
}

/**
 * Two syslog tags of programs named in words (`opendkim[<*>]:` / `opendmarc[<*>]:`): two
 * programs, whose pids are masked but whose names are not values. A name with a number in it is
 * masked (`tmm3` / `tmm`, one program's threads) and says nothing; one suite's services
 * (`cyrus/imaps` / `cyrus/pop3s`) log their shared events alike.
 */
function twoPrograms(a: string, b: string): boolean {
  if (a === b || !programTag(a) || !programTag(b) || a.startsWith(WILDCARD) || b.startsWith(WILDCARD)) return false;
  const sa = a.indexOf('/');
  return sa < 0 || !b.startsWith(a.slice(0, sa + 1));
}

/**
 * a is a bracketed field that names itself (`[debug:<*>]`, `[node:<*>]`) and b a plain word
 * outside brackets (`Stopping`): a line laid out with that field is not a line with a word there,
 * although the field holds a masked value.
 */
function namedField(a: string, b: string): boolean {
  const c0 = a.charCodeAt(0);
  if (!((c0 === 91 && a.endsWith(']')) || (c0 === 40 && a.endsWith(')'))) || !a.includes(WILDCARD)) return false;
  let letter = false;
  for (let k = 1; k < a.length && !letter; k++) letter = isAlpha(a.charCodeAt(k));
  if (!letter || b.includes(WILDCARD)) return false;
  return plainWord(b);
}

/** `"GET`: a quoted request line's method, as the tokenizer keeps it (see tokenize.ts). */
function quotedMethod(t: string): boolean {
  return t.charCodeAt(0) === 34 && METHODS.includes(t.slice(1));
}

/** Letters alone (`Stopping`, `nsqd`): a plain word, not a value, a bracket or a label. */
function plainWord(t: string): boolean {
  for (let k = 0; k < t.length; k++) if (!isAlpha(t.charCodeAt(k))) return false;
  return t.length > 0;
}

/**
 * A value in brackets named by the word it follows (`TOPIC(<*>):`, `LOOKUPD(<*>):`,
 * `CLIENT(<*>):`) against a plain word or a value another word names: a different subject, as
 * a different key is (see keyDiffers).
 */
function namedValue(a: string, b: string): boolean {
  const na = valueName(a);
  const nb = valueName(b);
  if (na === '' && nb === '') return false;
  if (na !== '' && nb !== '') return na !== nb;
  return plainWord(na === '' ? a : b);
}

/**
 * The name before a bracket that holds a masked value (`TOPIC` of `TOPIC(<*>):`, `LOOKUPD` of
 * `LOOKUPD(nsqlookupd-<*>:<*>):`), three letters or more; else ''.
 */
function valueName(t: string): string {
  let k = 0;
  while (k < t.length && isAlpha(t.charCodeAt(k))) k++;
  if (k < 3 || k >= t.length) return '';
  const open = t.charCodeAt(k);
  if ((open !== 40 && open !== 91) || t.indexOf(WILDCARD, k + 1) < 0) return '';
  return t.slice(0, k);
}

/**
 * c and toks agree on a word with letters after the header's end (the last token that ends a
 * header, see endsHeader), or there is no such end to tell header from message.
 */
function sharesMessageWord(c: Cluster, toks: string[]): boolean {
  const t = c.tokens;
  let h = t.length - 1;
  while (h >= 0 && !(c.wild[h] === 0 && t[h] === toks[h] && endsHeader(t, h))) h--;
  if (h < 0 || h + 1 >= t.length) return true;
  for (let i = h + 1; i < t.length; i++) {
    if (c.wild[i] === 0 && t[i] === toks[i] && hasLetterWord(t[i])) return true;
    // A field's key is wording too (`status=<*>`).
    if (c.wild[i] === 2 && sameKey(t[i], toks[i])) return true;
  }
  return false;
}

/** Letters outside any masked value (`removing`, `status=<*>`; not `<*>`, `[<*>]`). */
function hasLetterWord(t: string): boolean {
  for (let k = 0; k < t.length; k++) {
    if (t.startsWith(WILDCARD, k)) k += WILDCARD.length - 1;
    else if (isAlpha(t.charCodeAt(k))) return true;
  }
  return false;
}

/**
 * Token i opens a parenthesis or square bracket, or lies inside one opened earlier on the line.
 * Not braces: they print a record (`&{ID:… Type:ContainerDied}`, JSON) whose type field can
 * name the event. Not a bracket opened by a quote either (`["finish resolve locks"]`): a record
 * of bracketed fields quotes its message so, and the message's words are its wording.
 */
function bracketed(toks: string[], i: number, n: number): boolean {
  const c0 = toks[i].charCodeAt(0);
  // Angle brackets only in a record of angle-bracketed columns (`<Info> <JDBC> <host> <[ACTIVE]
  // ExecuteThread: …>`), and not its last column, which holds the message; elsewhere `<` marks
  // an address, `<nil>`, an arrow.
  const last = angleColumns(toks);
  if ((c0 === 40 || c0 === 91 || (c0 === 60 && last >= 0 && i !== last)) && toks[i].charCodeAt(1) !== 34) return true;
  // Bit d of quotedAt: the bracket at depth d opened a quote (deeper than 31 counts as plain).
  let depth = 0;
  let plain = 0;
  let quotedAt = 0;
  for (let k = 0; k < i; k++) {
    const t = toks[k];
    for (let j = 0; j < t.length; j++) {
      const c = t.charCodeAt(j);
      if (c === 40 || c === 91 || (c === 60 && last >= 0)) {
        // …nor one opened inside the line's first token, after other characters
        // (`<![LOG[Running …]LOG]!>`): it wraps the whole message. (`[pool www] …` opens with
        // its bracket, a parameter.)
        if (depth < 31 && ((c === 91 && t.charCodeAt(j + 1) === 34) || (c === 60 && k === last && j === 0) || (k === 0 && j > 0))) quotedAt |= 1 << depth;
        else plain++;
        depth++;
      } else if ((c === 41 || c === 93 || (c === 62 && last >= 0)) && depth > 0) {
        depth--;
        if (depth < 31 && (quotedAt & (1 << depth)) !== 0) quotedAt &= ~(1 << depth);
        else plain--;
      }
    }
  }
  if (plain === 0) return false;
  // Only a bracket that closes later in the line holds parameters: one a masked value swallowed
  // the close of (`[<*>:` for `[2026.12.02-21.02.08:978][135]2026.12.02_21.02.08:`) or one left
  // open (`[truncated`) is no bracket around what follows. Brackets close innermost first, so
  // the levels that close are those down to the lowest depth the rest of the line reaches.
  let low = depth;
  let d = depth;
  for (let k = i; k < n && low > 0; k++) {
    const t = toks[k];
    for (let j = 0; j < t.length; j++) {
      const c = t.charCodeAt(j);
      if (c === 40 || c === 91 || (c === 60 && last >= 0)) d++;
      else if ((c === 41 || c === 93 || (c === 62 && last >= 0)) && d > 0 && --d < low) low = d;
    }
  }
  for (let level = low; level < depth; level++) if (level >= 31 || (quotedAt & (1 << level)) === 0) return true;
  return false;
}

/**
 * An upper-case code of one to six letters or digits, opening with a letter (`A`, `AAAA`, `MX`,
 * `TCP`): a record's type or protocol, as the cross-event domains learn them (see valuePair). Not
 * an HTTP method, which names a request's event.
 */
function fieldCode(t: string): boolean {
  return t.length <= 6 && isUpperCode(t, 0, t.length, false) && !METHODS.includes(t);
}

/**
 * An upper-case code in the broader sense a record's kind is written in (`EXECVE`,
 * `SERVICE_START`, `CODE_TO_TOKEN`): capitals, digits and `_`, opening with a capital, up to 16
 * long, with any `!`/`.`/`,`/`;` closing it. Not an HTTP method (see tokenize.ts).
 */
function code(t: string): boolean {
  let b = t.length;
  while (b > 1 && isClosePunct(t.charCodeAt(b - 1))) b--;
  return b <= 16 && isUpperCode(t, 0, b, true) && !METHODS.includes(b === t.length ? t : t.slice(0, b));
}

function isClosePunct(c: number): boolean {
  return c === 33 || c === 46 || c === 44 || c === 59;
}

/** A word in capitals, 3+ letters, with any `:`/`,`/`.` after it (`ALERT:`, `NOTIFICATION:`). */
function heading(t: string): boolean {
  let b = t.length;
  while (b > 0 && (t.charCodeAt(b - 1) === 58 || isClosePunct(t.charCodeAt(b - 1)))) b--;
  return keyword(b === t.length ? t : t.slice(0, b));
}

/** Two `key=value` of one key, each a kind (see openingKind): at a line's start, different events. */
function openingKinds(a: string, b: string): boolean {
  return sameKey(a, b) && openingKind(a) && openingKind(b);
}

/**
 * `key=CODE`: a value in capitals (`type=SERVICE_START`, `type=EXECVE`), not a severity. A kind
 * is written so; a name (`service=payments`) is not, and stays a value.
 */
function openingKind(t: string): boolean {
  let v = t.slice(keySeparator(t) + 1);
  // Quoted (`type="LOGIN",`): the code inside the quotes.
  const q = v.charCodeAt(0);
  if (q === 34 || q === 39) {
    const close = v.indexOf(v[0], 1);
    if (close < 0) return false;
    v = v.slice(1, close);
  }
  return v.length >= 2 && code(v) && !severity(v);
}

/** How many quoted values (`"<*>"`) stand before position p. */
function quotedColumns(toks: string[], p: number): number {
  let n = 0;
  for (let k = 0; k < p; k++) if (quotedValue(toks[k])) n++;
  return n;
}

/** A whole quoted value, masked (`"<*>"`, `'<*>',`). */
function quotedValue(t: string): boolean {
  const q = t.charCodeAt(0);
  return (q === 34 || q === 39) && t.length >= 5 && t.charCodeAt(1) === 60 && t.startsWith(WILDCARD, 1) && t.charCodeAt(4) === q;
}

/**
 * One word is the other with an `s` added (`event` / `events`, `packet,` / `packets,`): the
 * same noun after a count that is 1 or more. Trailing punctuation may follow either.
 */
export function pluralPair(a: string, b: string): boolean {
  if (a.length > b.length) [a, b] = [b, a];
  if (b.length !== a.length + 1 || a.length < 3) return false;
  let e = a.length;
  while (e > 0 && !isAlpha(a.charCodeAt(e - 1))) e--;
  if (e < 2) return false;
  return b.charCodeAt(e) === 115 && b.startsWith(a.slice(0, e)) && b.endsWith(a.slice(e));
}

function push<K>(m: Map<K, Cluster[]>, k: K, c: Cluster): void {
  const list = m.get(k);
  if (list) list.push(c);
  else m.set(k, [c]);
}

/**
 * Lines of one event with different lengths still open alike (`<*> close,`, `Failed password`,
 * `<*> WcpInitialize`): the first two tokens select the few clusters worth aligning with.
 */
function headKey(toks: string[], n: number): string {
  return n > 1 ? toks[0] + ' ' + toks[1] : toks[0];
}

function headKey2(first: string, toks: string[], n: number): string {
  return n > 1 ? first + ' ' + toks[1] : first;
}

function removeFrom(list: Cluster[], c: Cluster): void {
  const i = list.indexOf(c);
  if (i >= 0) list.splice(i, 1);
}

function drop<K>(m: Map<K, Cluster[]>, k: K, c: Cluster): void {
  const list = m.get(k);
  if (!list) return;
  const i = list.indexOf(c);
  if (i >= 0) list.splice(i, 1);
  if (list.length === 0) m.delete(k);
}

/**
 * x's tokens agree with c's template everywhere c is not generalised, and on the key of a
 * `key=<*>`; with valuesDiffer, x may hold another identifier-shaped value (see valueShaped)
 * where c holds one, or have generalised the position.
 */
function covers(c: Cluster, x: Cluster, valuesDiffer: boolean, messageKeys: readonly string[]): boolean {
  for (let i = 0; i < c.tokens.length; i++) {
    if (c.wild[i] === 0) {
      if (c.tokens[i] === x.tokens[i]) continue;
      if (!valuesDiffer) return false;
      if (x.wild[i] === 1) continue;
      // The message's name is never an identifier-shaped value (`msg=queue_full`, `msg: queue_full,`).
      const named = messageField(c.tokens, i, messageKeys) || (i > 0 && messageLabel(c.tokens[i - 1], messageKeys));
      if (!valueShaped(c.tokens[i], x.tokens[i]) || named || (i === 0 && openingKinds(c.tokens[i], x.tokens[i]))) return false;
    } else if (c.wild[i] === 2 && !sameKey(c.tokens[i], x.tokens[i])) return false;
  }
  return true;
}
