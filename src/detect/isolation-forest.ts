// Isolation forest (Liu, Ting & Zhou 2008) stored as flat typed arrays. The engine keeps one
// forest per service and scores it every step, so node objects (one per split, each with its
// own boxed split value and leaf row list) cost more memory than the rest of the service's
// series together, and walking them was a tenth of the engine's time. Here a forest is three
// arrays; a tree is a pre-order run of nodes whose left child is the next node.
//
// Tree growth follows the construction ml-isolation-forest (the library this replaces) used,
// so scores keep their distribution: a node splits while its depth is at most ⌈log2 n⌉ and it
// holds more than one row, on a uniformly drawn feature at a uniform point between that
// feature's min and max (rows below go left); a leaf's path length is its depth plus c(size).

/** Average path length of an unsuccessful search in a binary search tree of n points. */
export function averagePathLength(n: number): number {
  if (n <= 1) return 0;
  if (n === 2) return 1;
  return 2 * Math.log(n - 1) + 0.57721 - (2 * (n - 1)) / n;
}

// Training scratch, shared by all forests (training is synchronous): row order and node arrays
// grow to the largest forest built so far, and each forest keeps an exact-size copy.
let order = new Int32Array(0);
let sCol = new Int8Array(0);
let sVal = new Float64Array(0);
let sRight = new Int32Array(0);

function ensureNodes(n: number): void {
  if (sCol.length >= n) return;
  const cap = Math.max(n, sCol.length * 2);
  const c = new Int8Array(cap);
  c.set(sCol);
  const v = new Float64Array(cap);
  v.set(sVal);
  const r = new Int32Array(cap);
  r.set(sRight);
  sCol = c;
  sVal = v;
  sRight = r;
}

export class IsolationForest {
  /** Split feature per node, −1 for a leaf. */
  private readonly col: Int8Array;
  /** Split value per inner node; path length (depth + c(size)) per leaf. */
  private readonly val: Float64Array;
  /** Index of an inner node's right child (its left child is the next node). */
  private readonly right: Int32Array;
  private readonly roots: Int32Array;
  private readonly norm: number;

  /**
   * `rows`: n × dims values, row-major. Dimensions are at most 127 (a feature index is a byte).
   */
  constructor(rows: ArrayLike<number>, n: number, dims: number, trees: number, random: () => number) {
    if (dims < 1 || dims > 127) throw new RangeError(`isolation forest: ${dims} dimensions (1..127)`);
    if (order.length < n) order = new Int32Array(n);
    const maxDepth = Math.ceil(Math.log2(n));
    this.roots = new Int32Array(trees);
    let next = 0;
    const grow = (lo: number, hi: number, depth: number): void => {
      const at = next++;
      ensureNodes(next);
      const size = hi - lo;
      if (!(depth <= maxDepth && size > 1)) {
        sCol[at] = -1;
        sVal[at] = depth + averagePathLength(size);
        return;
      }
      const c = Math.floor(random() * dims);
      let min = Infinity;
      let max = -Infinity;
      for (let i = lo; i < hi; i++) {
        const x = rows[order[i] * dims + c];
        if (x < min) min = x;
        if (x > max) max = x;
      }
      const split = random() * (max - min) + min;
      // Partition in place: rows below the split first. Which rows, not their order, decides the tree.
      let mid = lo;
      for (let i = lo; i < hi; i++) {
        if (rows[order[i] * dims + c] < split) {
          const t = order[i];
          order[i] = order[mid];
          order[mid++] = t;
        }
      }
      sCol[at] = c;
      sVal[at] = split;
      grow(lo, mid, depth + 1);
      sRight[at] = next;
      grow(mid, hi, depth + 1);
    };
    for (let t = 0; t < trees; t++) {
      for (let i = 0; i < n; i++) order[i] = i;
      this.roots[t] = next;
      grow(0, n, 0);
    }
    this.col = sCol.slice(0, next);
    this.val = sVal.slice(0, next);
    this.right = sRight.slice(0, next);
    this.norm = averagePathLength(n);
  }

  get nodes(): number {
    return this.col.length;
  }

  /** Anomaly score 2^(−E[path]/c(n)) of one point: ≈0.5 ordinary, towards 1 isolated early. */
  score(x: ArrayLike<number>): number {
    const { col, val, right, roots } = this;
    let total = 0;
    for (let t = 0; t < roots.length; t++) {
      let i = roots[t];
      for (let c = col[i]; c >= 0; c = col[i]) i = x[c] < val[i] ? i + 1 : right[i];
      total += val[i];
    }
    // One training row isolates nothing: no opinion (the detector trains on dozens).
    return this.norm > 0 ? 2 ** (-total / roots.length / this.norm) : 0.5;
  }
}
