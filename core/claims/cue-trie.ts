// A trie over folded cue keys in typed arrays, the one structure the cue walk (cues.ts scanAll) reads:
// built at `npm run data` for every language's cue lists (stored in the index, read as it is) and at
// run time only for lists the table lacks (tests' own lists). Pure data, no text rules; tested in
// cue-trie.test.ts and through cues.test.ts.

/** Code units below this have a slot in the root's direct table; the rest are searched among its edges. */
export const ROOTS = 0x800;

export interface CueTrie {
  /** node n's children: edges [edgeStart[n], edgeStart[n + 1]), sorted by code unit; node 0 is the root */
  edgeStart: Int32Array;
  edgeChar: Uint16Array;
  edgeTo: Int32Array;
  /** node n's cues: [outStart[n], outStart[n + 1]), each a list number and the cue's index in that list */
  outStart: Int32Array;
  outList: Int32Array;
  outCue: Int32Array;
  /** the root's child per code unit below ROOTS (-1: no cue starts with it) */
  roots: Int32Array;
  /** a bit per code unit any cue starts with: most positions of a Han or other text start none */
  firsts: Uint32Array;
}

/**
 * The trie as JSON keeps it, compactly: per node its number of edges and of cues (`edges`, `outs`),
 * the edges' code units and the cues' list and index numbers. Breadth-first numbering makes edge e
 * lead to node e + 1, so targets, offsets, roots and firsts are derived when read.
 */
export interface SerialTrie {
  edges: number[];
  edgeChar: number[];
  outs: number[];
  outList: number[];
  outCue: number[];
}

interface BuildNode {
  next: Map<number, BuildNode>;
  out: [number, number][];
  id: number;
}

/** A trie over lists[l][k] (folded keys); node outputs in list order, then key order within a list. */
export function buildTrie(lists: readonly (readonly string[])[]): CueTrie {
  const root: BuildNode = { next: new Map(), out: [], id: 0 };
  for (const [l, keys] of lists.entries())
    for (const [k, key] of keys.entries()) {
      let node = root;
      for (let i = 0; i < key.length; i++) {
        const c = key.charCodeAt(i);
        let n = node.next.get(c);
        if (!n) node.next.set(c, (n = { next: new Map(), out: [], id: -1 }));
        node = n;
      }
      node.out.push([l, k]);
    }
  // breadth-first numbering: a node's children are consecutive edges
  const order: BuildNode[] = [root];
  for (let q = 0; q < order.length; q++)
    for (const c of [...order[q]!.next.keys()].sort((a, b) => a - b)) {
      const n = order[q]!.next.get(c)!;
      n.id = order.length;
      order.push(n);
    }
  const s: SerialTrie = { edges: [], edgeChar: [], outs: [], outList: [], outCue: [] };
  for (const n of order) {
    const chars = [...n.next.keys()].sort((a, b) => a - b);
    s.edges.push(chars.length);
    s.outs.push(n.out.length);
    for (const c of chars) {
      if (n.next.get(c)!.id !== s.edgeChar.length + 1) throw new Error('cue trie: breadth-first numbering broken');
      s.edgeChar.push(c);
    }
    for (const [l, k] of n.out) {
      s.outList.push(l);
      s.outCue.push(k);
    }
  }
  return trieFromJson(s);
}

export function trieToJson(t: CueTrie): SerialTrie {
  const nodes = t.edgeStart.length - 1;
  const edges: number[] = [];
  const outs: number[] = [];
  for (let n = 0; n < nodes; n++) {
    edges.push(t.edgeStart[n + 1]! - t.edgeStart[n]!);
    outs.push(t.outStart[n + 1]! - t.outStart[n]!);
  }
  return { edges, edgeChar: [...t.edgeChar], outs, outList: [...t.outList], outCue: [...t.outCue] };
}

export function trieFromJson(s: SerialTrie): CueTrie {
  const nodes = s.edges.length;
  const edgeStart = new Int32Array(nodes + 1);
  const outStart = new Int32Array(nodes + 1);
  for (let n = 0; n < nodes; n++) {
    edgeStart[n + 1] = edgeStart[n]! + s.edges[n]!;
    outStart[n + 1] = outStart[n]! + s.outs[n]!;
  }
  const edgeTo = new Int32Array(s.edgeChar.length);
  for (let e = 0; e < edgeTo.length; e++) edgeTo[e] = e + 1;
  const t: CueTrie = {
    edgeStart,
    edgeChar: Uint16Array.from(s.edgeChar),
    edgeTo,
    outStart,
    outList: Int32Array.from(s.outList),
    outCue: Int32Array.from(s.outCue),
    roots: new Int32Array(ROOTS).fill(-1),
    firsts: new Uint32Array(0x10000 >> 5),
  };
  for (let e = t.edgeStart[0]!; e < t.edgeStart[1]!; e++) {
    const c = t.edgeChar[e]!;
    if (c < ROOTS) t.roots[c] = t.edgeTo[e]!;
    t.firsts[c >> 5]! |= 1 << (c & 31);
  }
  return t;
}

/** The child of node along code unit c, or -1 (binary search among its sorted edges). */
export function childOf(t: CueTrie, node: number, c: number): number {
  let lo = t.edgeStart[node]!,
    hi = t.edgeStart[node + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = t.edgeChar[mid]!;
    if (m === c) return t.edgeTo[mid]!;
    if (m < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
