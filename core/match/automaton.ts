// Aho-Corasick automaton over folded pattern keys: compiled once at build time (build-data),
// serialised compactly into the index, loaded into typed arrays, and run in one linear pass.
// Nodes are numbered in breadth-first order with children in code-unit order, so the target of
// edge e is node e + 1 and a node's edges are contiguous: only edge characters, child counts and
// fail links need storing. Pure; tested in automaton.test.ts against a naive search.

export interface SerializedAutomaton {
  /** edge characters in BFS order (edge e leads to node e + 1) */
  edgeChars: string;
  /** number of children per node, in BFS order */
  childCount: number[];
  /** fail link per node */
  fail: number[];
  /** nodes that end a pattern, and which pattern (parallel arrays) */
  outNode: number[];
  outPattern: number[];
}

export interface Automaton {
  /** root's children by code unit (0 = stay at the root): most steps start from the root */
  rootNext: Int32Array;
  edgeStart: Int32Array;
  edgeChar: Uint16Array;
  fail: Int32Array;
  out: Int32Array;
  dict: Int32Array;
  /** length of each pattern key, by pattern index */
  patternLength: Int32Array;
}

/** Build from pattern keys (index = pattern id); keys must be unique and non-empty. */
export function buildAutomaton(keys: readonly string[]): SerializedAutomaton {
  const children: Map<number, number>[] = [new Map()];
  const endOf: number[] = [-1];
  keys.forEach((key, p) => {
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let next = children[node]!.get(c);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        endOf.push(-1);
        children[node]!.set(c, next);
      }
      node = next;
    }
    if (key.length === 0) throw new Error(`pattern ${p} has an empty key`);
    if (endOf[node]! >= 0) throw new Error(`duplicate pattern key "${key}"`);
    endOf[node] = p;
  });
  // renumber breadth-first, children sorted by code unit
  const order: number[] = [0];
  const newId = new Int32Array(children.length);
  let edgeChars = '';
  const childCount: number[] = [];
  for (let qi = 0; qi < order.length; qi++) {
    const old = order[qi]!;
    const sorted = [...children[old]!.entries()].sort((a, b) => a[0] - b[0]);
    childCount.push(sorted.length);
    for (const [c, child] of sorted) {
      edgeChars += String.fromCharCode(c);
      newId[child] = order.length;
      order.push(child);
    }
  }
  const a = fromParts(edgeChars, childCount, new Int32Array(order.length), new Int32Array(order.length).fill(-1));
  // fail links in BFS order
  const fail = a.fail;
  for (let v = 0; v < order.length; v++) {
    for (let e = a.edgeStart[v]!; e < a.edgeStart[v + 1]!; e++) {
      const child = e + 1;
      const c = a.edgeChar[e]!;
      if (v === 0) {
        fail[child] = 0;
        continue;
      }
      let f = fail[v]!;
      let t = step(a, f, c);
      while (t < 0 && f !== 0) {
        f = fail[f]!;
        t = step(a, f, c);
      }
      fail[child] = t < 0 ? 0 : t;
    }
  }
  const outNode: number[] = [];
  const outPattern: number[] = [];
  for (let old = 0; old < endOf.length; old++) {
    if (endOf[old]! >= 0) {
      outNode.push(newId[old]!);
      outPattern.push(endOf[old]!);
    }
  }
  return { edgeChars, childCount, fail: Array.from(fail), outNode, outPattern };
}

function fromParts(edgeChars: string, childCount: readonly number[], fail: Int32Array, out: Int32Array) {
  const n = childCount.length;
  const edgeStart = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) edgeStart[v + 1] = edgeStart[v]! + childCount[v]!;
  const edgeChar = new Uint16Array(edgeChars.length);
  for (let i = 0; i < edgeChars.length; i++) edgeChar[i] = edgeChars.charCodeAt(i);
  return { edgeStart, edgeChar, fail, out };
}

/** Load a serialised automaton; pattern lengths come from the depth of the node that ends each. */
export function loadAutomaton(s: SerializedAutomaton): Automaton {
  const n = s.childCount.length;
  const out = new Int32Array(n).fill(-1);
  s.outNode.forEach((node, i) => {
    out[node] = s.outPattern[i]!;
  });
  const parts = fromParts(s.edgeChars, s.childCount, Int32Array.from(s.fail), out);
  return finish(parts, s.outNode, s.outPattern);
}

/** Dictionary links, the root's table and pattern lengths: derived at load, never stored. */
function finish(
  parts: { edgeStart: Int32Array; edgeChar: Uint16Array; fail: Int32Array; out: Int32Array },
  outNode: ArrayLike<number>,
  outPattern: ArrayLike<number>,
): Automaton {
  const n = parts.fail.length;
  const out = parts.out;
  // dictionary links: nearest node on the fail chain that ends a pattern (fail[v] precedes v in BFS)
  const dict = new Int32Array(n).fill(-1);
  for (let v = 1; v < n; v++) {
    const f = parts.fail[v]!;
    dict[v] = out[f]! >= 0 ? f : dict[f]!;
  }
  const rootNext = new Int32Array(0x10000);
  for (let e = parts.edgeStart[0]!; e < parts.edgeStart[1]!; e++) rootNext[parts.edgeChar[e]!] = e + 1;
  // breadth-first order: a child's depth is its parent's plus one
  const depth = new Int32Array(n);
  for (let v = 0; v < n; v++)
    for (let e = parts.edgeStart[v]!; e < parts.edgeStart[v + 1]!; e++) depth[e + 1] = depth[v]! + 1;
  let patterns = 0;
  for (let i = 0; i < outPattern.length; i++) patterns = Math.max(patterns, outPattern[i]! + 1);
  const patternLength = new Int32Array(patterns);
  for (let i = 0; i < outNode.length; i++) patternLength[outPattern[i]!] = depth[outNode[i]!]!;
  return { ...parts, rootNext, dict, patternLength };
}

// ---------------------------------------------------------------- binary form
// What the extension ships (generated/index-automaton.bin): the loaded automaton's typed arrays as
// they are in memory, so a worker start reads them with no JSON parse and no loop over the nodes
// (only the root's table is rebuilt). Little-endian: a header of magic, version, nodes, edges,
// patterns; then edgeStart (i32, nodes + 1), fail, out, dict (i32 per node), patternLength (i32 per
// pattern), edgeChar (u16 per edge).
const MAGIC = 0x4f58_4143; // "OXAC"
const BINARY_VERSION = 2;
const HEADER = 20;

/** The binary form of a serialised automaton. */
export function automatonToBinary(s: SerializedAutomaton): Uint8Array {
  const a = loadAutomaton(s);
  const n = a.fail.length;
  const edges = a.edgeChar.length;
  const patterns = a.patternLength.length;
  const i32 = [a.edgeStart, a.fail, a.out, a.dict, a.patternLength];
  const size = HEADER + 4 * (n + 1 + 3 * n + patterns) + 2 * edges;
  const buf = new ArrayBuffer(size);
  const view = new DataView(buf);
  for (const [i, v] of [MAGIC, BINARY_VERSION, n, edges, patterns].entries()) view.setInt32(4 * i, v, true);
  let at = HEADER;
  for (const arr of i32) {
    for (let i = 0; i < arr.length; i++) view.setInt32(at + 4 * i, arr[i]!, true);
    at += 4 * arr.length;
  }
  for (let i = 0; i < edges; i++) view.setUint16(at + 2 * i, a.edgeChar[i]!, true);
  return new Uint8Array(buf);
}

const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Load the binary form (what loadAutomaton gives, minus the JSON); throws on a foreign buffer. */
export function automatonFromBinary(buf: ArrayBuffer): Automaton {
  const view = new DataView(buf);
  if (buf.byteLength < HEADER || view.getInt32(0, true) !== MAGIC || view.getInt32(4, true) !== BINARY_VERSION)
    throw new Error('not an Oxus automaton (or another version): run `npm run data`');
  // typed-array views read the platform's byte order; every browser Oxus runs in is little-endian
  if (!littleEndian) throw new Error('a big-endian platform cannot read the automaton file');
  const n = view.getInt32(8, true);
  const edges = view.getInt32(12, true);
  const patterns = view.getInt32(16, true);
  if (buf.byteLength !== HEADER + 4 * (n + 1 + 3 * n + patterns) + 2 * edges)
    throw new Error('automaton file has the wrong size');
  let at = HEADER;
  const take = (len: number) => {
    const arr = new Int32Array(buf, at, len);
    at += 4 * len;
    return arr;
  };
  const edgeStart = take(n + 1);
  const fail = take(n);
  const out = take(n);
  const dict = take(n);
  const patternLength = take(patterns);
  const edgeChar = new Uint16Array(buf, at, edges);
  const rootNext = new Int32Array(0x10000);
  for (let e = edgeStart[0]!; e < edgeStart[1]!; e++) rootNext[edgeChar[e]!] = e + 1;
  return { rootNext, edgeStart, edgeChar, fail, out, dict, patternLength };
}

/** The pattern whose key is exactly `key`, or -1 (walks the trie; no list of keys needed). */
export function exactPattern(a: Automaton, key: string): number {
  let node = 0;
  for (let i = 0; i < key.length && node >= 0; i++) node = step(a, node, key.charCodeAt(i));
  return node > 0 ? a.out[node]! : -1;
}

function step(a: { edgeStart: Int32Array; edgeChar: Uint16Array }, node: number, c: number): number {
  let lo = a.edgeStart[node]!;
  let hi = a.edgeStart[node + 1]! - 1;
  const chars = a.edgeChar;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = chars[mid]!;
    if (m === c) return mid + 1;
    if (m < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * All pattern occurrences in `key`, overlapping ones included: calls onMatch(pattern, start, end)
 * with key offsets. One pass; the work per character is bounded by the fail chain.
 */
export function scan(a: Automaton, key: string, onMatch: (pattern: number, start: number, end: number) => void): void {
  let node = 0;
  const rootNext = a.rootNext;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    let next = node === 0 ? rootNext[c]! : step(a, node, c);
    while (next < 0) {
      node = a.fail[node]!;
      next = node === 0 ? rootNext[c]! : step(a, node, c);
    }
    node = next;
    if (node === 0) continue;
    let o = a.out[node]! >= 0 ? node : a.dict[node]!;
    while (o >= 0) {
      const p = a.out[o]!;
      onMatch(p, i + 1 - a.patternLength[p]!, i + 1);
      o = a.dict[o]!;
    }
  }
}
