// Streaming template miner in the spirit of Drain: mask obvious variables, route the line
// through a fixed-depth tree (token count, then leading tokens), compare it with the few
// clusters in that leaf, and either join the most similar one (turning differing tokens
// into <*>) or start a new cluster. Memory is bounded by an LRU cap on clusters.

import type { AddResult, RateInfo, TemplateInfo } from './types.ts';
import { type MinerOptions, type MinerOptionsInput, resolveOptions } from './options.ts';
import { Cluster } from './cluster.ts';
import { LruList } from './lru.ts';
import { ParseTree, type TreeNode } from './parse-tree.ts';
import { currentCount, observe } from './rate.ts';
import { Tokenizer } from './tokenize.ts';

export class TemplateMiner {
  readonly options: MinerOptions;
  private readonly tokenizer: Tokenizer;
  private readonly tree: ParseTree;
  private readonly lru = new LruList<Cluster>();
  private readonly clusters = new Map<number, Cluster>();
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
    const leaf = this.tree.findLeaf(toks, n);
    let c = leaf ? this.bestMatch(leaf, toks, n) : null;
    const emit = this.options.onEvent;
    let isNew = false;
    let generalised = false;
    if (c === null) {
      c = this.create(toks, n, line, timeMs);
      isNew = true;
    } else {
      const previousSignature = c.signature;
      generalised = c.generalise(toks, n);
      this.lru.touch(c);
      if (timeMs > c.lastSeen) c.lastSeen = timeMs;
      c.count++;
      if (generalised && emit) emit({ kind: 'generalised', cluster: c.info(), previousSignature });
    }
    const surge = observe(c, timeMs, this.options.rate);
    if (isNew && emit) emit({ kind: 'new', cluster: c.info() });
    if (surge && emit) emit({ kind: 'surge', cluster: c.info(), current: c.bucketCount, baseline: c.baseline });
    return { clusterId: c.id, signature: c.signature, template: c.template, isNew, generalised, surge, count: c.count };
  }

  /** The cluster a line would join, without learning from it. */
  match(line: string): TemplateInfo | null {
    const n = this.tokenizer.tokenize(line, this.toks);
    const leaf = this.tree.findLeaf(this.toks, n);
    const c = leaf ? this.bestMatch(leaf, this.toks, n) : null;
    return c ? c.info() : null;
  }

  /** The masked tokens of a line, as the tree sees them (for debugging masking rules). */
  tokens(line: string): string[] {
    const out: string[] = [];
    this.tokenizer.tokenize(line, out);
    return out;
  }

  get(clusterId: number): TemplateInfo | undefined {
    return this.clusters.get(clusterId)?.info();
  }

  /** Live templates, most recently seen first. */
  templates(): TemplateInfo[] {
    const out: TemplateInfo[] = [];
    for (let c = this.lru.head; c; c = c.next) out.push(c.info());
    return out;
  }

  /** Per-template rate against its own baseline, highest current/baseline first. */
  rates(nowMs: number = Date.now()): RateInfo[] {
    const o = this.options.rate;
    const out: RateInfo[] = [];
    for (let c = this.lru.head; c; c = c.next) {
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

  private bestMatch(leaf: TreeNode, toks: string[], n: number): Cluster | null {
    const list = leaf.clusters;
    if (!list) return null;
    let best: Cluster | null = null;
    let bestSim = -1;
    let bestWild = -1;
    for (let k = 0; k < list.length; k++) {
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

  private create(toks: string[], n: number, line: string, timeMs: number): Cluster {
    const leaf = this.tree.leafFor(toks, n);
    const sample = line.length > this.options.sampleChars ? line.slice(0, this.options.sampleChars) : line;
    const c = new Cluster(this.nextId++, toks.slice(0, n), leaf, timeMs, sample);
    c.count = 1;
    (leaf.clusters as Cluster[]).push(c);
    this.clusters.set(c.id, c);
    this.lru.pushFront(c);
    while (this.clusters.size > this.options.maxClusters && this.lru.tail && this.lru.tail !== c) this.evict(this.lru.tail);
    return c;
  }

  private evict(c: Cluster): void {
    this.lru.remove(c);
    this.tree.remove(c);
    this.clusters.delete(c.id);
    this.evictedCount++;
    this.options.onEvent?.({ kind: 'evicted', cluster: c.info() });
  }
}
