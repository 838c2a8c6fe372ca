// Drain (He et al., ICWS 2017) as its paper describes it, written here as a same-run reference
// for bench:patterns: the issue measures the miner against "real Drain on the same input", and
// this is that algorithm with one generic preprocessing step instead of Loghub's per-corpus
// regexes (every token that holds a digit is a variable), so it sees what the miner sees and
// nobody tuned it to any set. Depth 4 (token count, then two leading tokens), similarity 0.5,
// 100 children per node: the paper's defaults.

const WILD = '<*>';

interface Group {
  id: number;
  tokens: string[];
}

interface Node {
  children: Map<string, Node>;
  groups: Group[];
}

export interface DrainOptions {
  /** Levels of the tree, the token-count level and the leaf included (the paper's depth). */
  depth: number;
  similarity: number;
  maxChildren: number;
}

const DEFAULTS: DrainOptions = { depth: 4, similarity: 0.5, maxChildren: 100 };

function hasDigit(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

export class DrainMiner {
  private readonly o: DrainOptions;
  private readonly root = new Map<number, Node>();
  private readonly groups: Group[] = [];

  constructor(opts: Partial<DrainOptions> = {}) {
    this.o = { ...DEFAULTS, ...opts };
  }

  add(line: string): { clusterId: number } {
    const toks = line.split(/\s+/).filter((t) => t.length > 0).map((t) => (hasDigit(t) ? WILD : t));
    const leaf = this.leaf(toks);
    let best: Group | null = null;
    let bestSim = -1;
    let bestParams = -1;
    for (const g of leaf.groups) {
      let eq = 0;
      let params = 0;
      for (let i = 0; i < toks.length; i++) {
        if (g.tokens[i] === WILD) params++;
        else if (g.tokens[i] === toks[i]) eq++;
      }
      const sim = toks.length === 0 ? 1 : eq / toks.length;
      if (sim > bestSim || (sim === bestSim && params > bestParams)) {
        best = g;
        bestSim = sim;
        bestParams = params;
      }
    }
    if (best && bestSim >= this.o.similarity) {
      for (let i = 0; i < toks.length; i++) if (best.tokens[i] !== toks[i]) best.tokens[i] = WILD;
      return { clusterId: best.id };
    }
    const g = { id: this.groups.length + 1, tokens: toks };
    this.groups.push(g);
    leaf.groups.push(g);
    return { clusterId: g.id };
  }

  get(id: number): { template: string } | undefined {
    const g = this.groups[id - 1];
    return g ? { template: g.tokens.join(' ') } : undefined;
  }

  stats(): { clusters: number } {
    return { clusters: this.groups.length };
  }

  /** The leaf for a line: its token count, then its first depth − 2 tokens (digit tokens as <*>, and <*> once a node is full). */
  private leaf(toks: string[]): Node {
    let node: Node | undefined = this.root.get(toks.length);
    if (!node) {
      node = { children: new Map(), groups: [] };
      this.root.set(toks.length, node);
    }
    const levels = Math.min(this.o.depth - 2, toks.length);
    for (let i = 0; i < levels; i++) {
      const t = toks[i];
      let next: Node | undefined = node.children.get(t);
      if (!next) {
        // A full node sends new tokens to its <*> child, made when the last slot is taken.
        const key = node.children.size + 1 < this.o.maxChildren || t === WILD ? t : WILD;
        next = node.children.get(key);
        if (!next) {
          next = { children: new Map(), groups: [] };
          node.children.set(key, next);
        }
      }
      node = next;
    }
    return node;
  }
}
