// The fixed-depth routing tree: token count first, then one level per leading token.
// Only a leaf's clusters are compared with a line, so the tree is what keeps matching
// cost independent of how many templates exist.

import type { Cluster } from './cluster.ts';
import { WILDCARD } from './mask.ts';

export class TreeNode {
  children: Map<string, TreeNode> | null = null;
  /** Shared child for `<*>` tokens and for tokens beyond maxChildren. */
  wild: TreeNode | null = null;
  clusters: Cluster[] | null = null;

  constructor(
    readonly parent: TreeNode | null,
    /** Token leading here from the parent (null for the wildcard child and length nodes). */
    readonly key: string | null,
    /** Token count of the lines routed here; lets an emptied length node be pruned from the root map. */
    readonly length: number,
  ) {}

  isEmpty(): boolean {
    return (this.clusters === null || this.clusters.length === 0) && (this.children === null || this.children.size === 0) && this.wild === null;
  }
}

export class ParseTree {
  private readonly byLength = new Map<number, TreeNode>();
  private nodes = 0;

  constructor(
    private readonly depth: number,
    private readonly maxChildren: number,
  ) {}

  /** The leaf a line would live in, or null when no cluster of its shape exists. */
  findLeaf(toks: string[], n: number): TreeNode | null {
    let node = this.byLength.get(n);
    const levels = this.levels(n);
    for (let i = 0; i < levels && node; i++) {
      const tok = toks[i];
      const next: TreeNode | null | undefined = tok === WILDCARD ? node.wild : node.children?.get(tok);
      node = next ?? node.wild ?? undefined;
    }
    return node ?? null;
  }

  /** The leaf a new cluster for this line belongs in, creating nodes as needed. */
  leafFor(toks: string[], n: number): TreeNode {
    let node: TreeNode | undefined = this.byLength.get(n);
    if (!node) {
      node = new TreeNode(null, null, n);
      this.byLength.set(n, node);
      this.nodes++;
    }
    const levels = this.levels(n);
    for (let i = 0; i < levels; i++) {
      const tok = toks[i];
      let next: TreeNode | null | undefined = tok === WILDCARD ? node.wild : node.children?.get(tok);
      if (!next) {
        if (tok !== WILDCARD && (node.children?.size ?? 0) < this.maxChildren) {
          next = new TreeNode(node, tok, n);
          (node.children ??= new Map()).set(tok, next);
          this.nodes++;
        } else if (node.wild) {
          next = node.wild;
        } else {
          next = node.wild = new TreeNode(node, null, n);
          this.nodes++;
        }
      }
      node = next;
    }
    node.clusters ??= [];
    return node;
  }

  /** Drop a cluster from its leaf and prune nodes left empty, so evictions free the tree too. */
  remove(c: Cluster): void {
    const leaf = c.leaf;
    const list = leaf.clusters;
    if (list) {
      const k = list.indexOf(c);
      if (k >= 0) list.splice(k, 1);
    }
    let node: TreeNode | null = leaf;
    while (node && node.isEmpty()) {
      const parent: TreeNode | null = node.parent;
      if (!parent) this.byLength.delete(node.length);
      else if (parent.wild === node) parent.wild = null;
      else if (node.key !== null) parent.children?.delete(node.key);
      this.nodes--;
      node = parent;
    }
  }

  /** The last token never routes: it is the likeliest to be a variable (`at <frame>`, `Started container <name>`). */
  private levels(n: number): number {
    return Math.min(this.depth, n - 1 > 0 ? n - 1 : 0);
  }

  get nodeCount(): number {
    return this.nodes;
  }
}
