// A cluster: one template (tokens plus which positions were generalised), its counters
// and rate state. Its id never changes; its template and signature do as it generalises.

import type { LruEntry } from './lru.ts';
import type { RateState } from './rate.ts';
import type { TreeNode } from './parse-tree.ts';
import type { TemplateInfo } from './types.ts';
import { WILDCARD } from './mask.ts';
import { patternSignature } from './signature.ts';
import { keySeparator } from './words.ts';

/**
 * A generalised `key=<*>` whose key the line shares: the key is constant text, so it counts as
 * matching, a hair below an exact token, so an equally similar cluster whose words agree wins.
 */
const KEY_MATCH = 1 - 1 / 1024;

export class Cluster implements LruEntry<Cluster>, RateState {
  /**
   * Non-zero where the position was generalised by merging. Those positions never count as a
   * match, whereas a pre-masked `<*>` on both sides does: merging should not snowball
   * into templates made mostly of wildcards. 2 marks a `key=<*>`, whose key still matches.
   */
  readonly wild: Uint8Array;
  template: string;
  signature: string;
  count = 0;
  lastSeen: number;
  prev: Cluster | null = null;
  next: Cluster | null = null;
  bucket = NaN;
  bucketCount = 0;
  baseline = 0;
  buckets = 0;
  surgedBucket = NaN;
  /**
   * The cluster this one reports as. Itself, unless it was absorbed: lines kept apart while a
   * position held too few distinct words, or a line of another length with the same constants.
   * The absorbed cluster stays in the tree to match its lines; its results name the group.
   */
  group: Cluster = this;
  /** The cluster this one was split from over differing words; they count those words together. */
  anchor: Cluster | null = null;
  /** On an anchor: distinct words seen per position, up to the miner's limit. */
  seen: Map<number, Set<string>> | null = null;
  /** On an anchor: clusters split from it over differing words, candidates for absorption. */
  spawned: Cluster[] | null = null;
  /** On a group: members of other lengths, whose alignment shapes the reported template. */
  variants: Cluster[] | null = null;
  evicted = false;
  /** Key under which the miner indexes this cluster by its first two tokens (they may generalise). */
  head = '';
  /** Key under which the miner indexes this cluster by its first token. */
  first = '';

  constructor(
    readonly id: number,
    readonly tokens: string[],
    public leaf: TreeNode,
    public firstSeen: number,
    readonly sample: string,
  ) {
    this.wild = new Uint8Array(tokens.length);
    this.template = tokens.join(' ');
    this.signature = patternSignature(this.template);
    this.lastSeen = firstSeen;
  }

  /** Fraction of positions holding an equal, non-generalised token. */
  similarity(toks: string[], n: number): number {
    if (n === 0) return 1;
    const t = this.tokens;
    const w = this.wild;
    let eq = 0;
    for (let i = 0; i < n; i++) {
      if (w[i] === 0) {
        if (t[i] === toks[i]) eq++;
      } else if (w[i] === 2 && sameKey(t[i], toks[i])) eq += KEY_MATCH;
    }
    return eq / n;
  }

  wildCount(): number {
    let k = 0;
    for (let i = 0; i < this.wild.length; i++) if (this.wild[i] !== 0) k++;
    return k;
  }

  /** Turn positions where the line differs into wildcards; true when the template changed. */
  generalise(toks: string[], n: number): boolean {
    const t = this.tokens;
    const w = this.wild;
    let changed = false;
    for (let i = 0; i < n; i++) {
      if (w[i] === 0 && t[i] !== toks[i]) {
        // `user=app` / `user=etl` → `user=<*>`: the key stays readable in the template, and it
        // still counts as matching text (wild 2), since only the value varies.
        if (sameKey(t[i], toks[i])) {
          w[i] = 2;
          t[i] = t[i].slice(0, keySeparator(t[i]) + 1) + WILDCARD;
        } else {
          w[i] = 1;
          t[i] = WILDCARD;
        }
        changed = true;
      }
    }
    if (changed) this.setTemplate(t.join(' '));
    return changed;
  }

  setTemplate(template: string): void {
    this.template = template;
    this.signature = patternSignature(template);
  }

  info(): TemplateInfo {
    return {
      clusterId: this.id,
      signature: this.signature,
      template: this.template,
      count: this.count,
      firstSeen: this.firstSeen,
      lastSeen: this.lastSeen,
      sample: this.sample,
    };
  }
}

/** Both tokens are `key=value` (or `key:value`, see keySeparator) with the same key. */
export function sameKey(a: string, b: string): boolean {
  const at = keySeparator(a);
  const sep = a.charCodeAt(at);
  // `label=` is that key with an empty value; `login:` alone is a label, not a field.
  return at > 0 && b.charCodeAt(at) === sep && (sep === 61 || b.length > at + 1) && a.startsWith(b.slice(0, at));
}
