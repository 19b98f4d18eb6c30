// Collects an article's readable text into one string (blocks joined by "\n") with a map from
// string offsets back to the page's Text nodes. Reads the DOM, never writes it. Skips code, forms,
// navigation, asides, hidden and editable parts, and Oxus's own UI; reads open shadow roots (as
// rendered: slots give their assigned nodes) and same-origin iframes. Tested in extract.test.ts.
import { newStaticRange } from './static-range';

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'NAV',
  'ASIDE',
  'FORM',
  'INPUT',
  'TEXTAREA',
  'SELECT',
  'BUTTON',
  'OPTION',
  'LABEL',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'DIALOG',
  'MENU',
]);
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

export interface Extraction {
  text: string;
  /** Text nodes in document order and the offset in `text` where each begins */
  nodes: Text[];
  starts: number[];
  /** characters of readable text under the roots, including what `maxChars` left out */
  total: number;
}

export interface ExtractOptions {
  /** subtrees to leave out entirely (Oxus's own shadow host) */
  exclude?: (el: Element) => boolean;
  /** never return more than this many characters (whole text nodes only) */
  maxChars?: number;
  /** leave out text nodes already read (content added to a paragraph that was scanned) */
  skipText?: (t: Text) => boolean;
  /** told of each Text node kept, as it is kept */
  take?: (t: Text) => void;
  /** skip elements the browser does not render (checkVisibility); off in unit tests */
  checkVisibility?: boolean;
  /** told of every open shadow root and same-origin frame document read (to watch them too) */
  onContainer?: (root: ShadowRoot | Document) => void;
}

/** A same-origin frame's document, or undefined (cross-origin frames throw or give null). */
function frameDocument(el: Element): Document | undefined {
  try {
    const doc = (el as HTMLIFrameElement).contentDocument;
    return doc?.body ? doc : undefined;
  } catch {
    return undefined;
  }
}

function skipElement(el: Element, opts: ExtractOptions): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIP.has(tag) && !(tag === 'IFRAME' && frameDocument(el))) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  if (opts.exclude?.(el)) return true;
  if (opts.checkVisibility && typeof (el as HTMLElement).checkVisibility === 'function') {
    // `display: contents` (every <slot>) has no box of its own, yet its children render
    if (!(el as HTMLElement).checkVisibility() && !displaysContents(el)) return true;
  }
  return false;
}

function displaysContents(el: Element): boolean {
  if (el.tagName.toUpperCase() === 'SLOT') return true;
  return el.ownerDocument.defaultView?.getComputedStyle(el).display === 'contents';
}

/**
 * Is this element, or any ancestor (across shadow roots and frames), one that is never read? For
 * content added later: an addition inside an editor or an aside is skipped like the editor itself.
 * O(depth); the browser's visibility check already covers ancestors and is left to extraction.
 */
export function skippedByAncestor(el: Element, opts: ExtractOptions = {}): boolean {
  const own = { ...opts, checkVisibility: false };
  for (let cur: Element | null = el; cur; ) {
    if (skipElement(cur, own)) return true;
    if (cur.parentElement) cur = cur.parentElement;
    else {
      const root: ParentNode | null = cur.parentNode;
      cur =
        root && root.nodeType === 11
          ? ((root as ShadowRoot).host ?? null)
          : (cur.ownerDocument.defaultView?.frameElement ?? null);
    }
  }
  return false;
}

/** The child nodes to read under an element: its open shadow tree, a slot's assigned nodes, a frame's body. */
function childrenOf(el: Element, opts: ExtractOptions): ArrayLike<Node> {
  if (el.tagName.toUpperCase() === 'IFRAME') {
    const doc = frameDocument(el);
    if (!doc) return [];
    opts.onContainer?.(doc);
    return [doc.body];
  }
  const shadow = el.shadowRoot;
  if (shadow) {
    opts.onContainer?.(shadow);
    return shadow.childNodes;
  }
  if (el.tagName.toUpperCase() === 'SLOT') {
    const assigned = (el as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? [];
    if (assigned.length) return assigned;
  }
  return el.childNodes;
}

/** Extracts the text under each root (roots joined as blocks), in one go. */
export function extractText(roots: readonly Node[], opts: ExtractOptions = {}): Extraction {
  const x = new Extractor(roots, opts);
  x.step(Infinity);
  return x.result();
}

// Explicit stack instead of recursion: some pages nest thousands of levels deep.
type Frame = { node: Node; block: boolean } | { close: true; block: boolean };

/**
 * The same extraction in slices: `step(deadline)` works until `performance.now()` passes the
 * deadline and says whether it is done, so a long page is read in tasks the browser can interleave
 * with the page's own (no task over ~50 ms in the page).
 */
export class Extractor {
  private readonly max: number;
  private readonly parts: string[] = [];
  private readonly nodes: Text[] = [];
  private readonly starts: number[] = [];
  private readonly stack: Frame[] = [];
  private length = 0;
  /** characters handed out by flush() */
  private flushed = 0;
  private total = 0;
  /** maxChars reached: keep counting, stop keeping */
  private full = false;
  /** last character emitted */
  private last = '\n';

  constructor(
    roots: readonly Node[],
    private readonly opts: ExtractOptions = {},
  ) {
    this.max = opts.maxChars ?? Infinity;
    for (let i = roots.length - 1; i >= 0; i--) this.stack.push({ node: roots[i], block: true });
  }

  private emit(s: string): void {
    this.parts.push(s);
    this.length += s.length;
    this.last = s[s.length - 1];
  }

  private brk(): void {
    if (!this.full && this.length > 0 && this.last !== '\n') this.emit('\n');
  }

  /** Works until the deadline (checked every 16 nodes); true when everything was read. */
  step(deadline: number): boolean {
    const { stack, opts } = this;
    let n = 0;
    while (stack.length) {
      if (++n % 16 === 0 && performance.now() > deadline) return false;
      const frame = stack.pop()!;
      if ('close' in frame) {
        if (frame.block) this.brk();
        continue;
      }
      const node = frame.node;
      if (node.nodeType === 3) {
        this.text(node as Text);
        continue;
      }
      if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
      if (node.nodeType === 1) {
        const el = node as Element;
        if (skipElement(el, opts)) continue;
        const tag = el.tagName.toUpperCase();
        if (tag === 'BR') {
          this.brk();
          continue;
        }
        const block = frame.block || BLOCK.has(tag) || tag === 'IFRAME';
        if (block) this.brk();
        stack.push({ close: true, block });
        const kids = childrenOf(el, opts);
        for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], block: false });
        continue;
      }
      const kids = node.childNodes;
      for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], block: false });
    }
    return true;
  }

  private text(t: Text): void {
    const data = t.data;
    if (this.opts.skipText?.(t)) return;
    if (!/\S/.test(data)) {
      if (!this.full && data.length && this.last !== '\n' && this.last !== ' ') this.emit(' ');
      return;
    }
    this.total += data.length;
    if (this.full || this.length + data.length > this.max) {
      this.full = true;
      return;
    }
    this.nodes.push(t);
    this.opts.take?.(t);
    this.starts.push(this.length);
    this.emit(data);
  }

  result(): Extraction {
    return { text: this.parts.join(''), nodes: this.nodes, starts: this.starts, total: this.total };
  }

  /** characters read so far */
  get chars(): number {
    return this.length;
  }

  /**
   * Up to `size` characters of the text read since the last flush, once there are at least that many,
   * cut after the last line end within them (a part is whole blocks; a block longer than `size` is
   * cut at its last white space within them), with its offset in the whole text; `size` 0 takes
   * everything left. Undefined when there is not enough yet. Call until undefined. Sending a long page
   * in parts as it is read: the background starts on the first part while the rest is read. After a
   * flush, `result().text` holds only what was not flushed; `view()` still maps every offset.
   */
  flush(size: number): { text: string; at: number } | undefined {
    const pending = this.length - this.flushed;
    if (pending <= 0 || pending < size) return undefined;
    const all = this.parts.length === 1 ? this.parts[0]! : this.parts.join('');
    let cut = all.length;
    if (size > 0) {
      const head = all.slice(0, size);
      const nl = head.lastIndexOf('\n');
      const ws = nl >= 0 ? nl : Math.max(head.lastIndexOf(' '), head.lastIndexOf('\t'));
      cut = ws >= 0 ? ws + 1 : size;
    }
    const at = this.flushed;
    this.flushed += cut;
    this.parts.length = 0;
    if (cut < all.length) this.parts.push(all.slice(cut));
    return { text: all.slice(0, cut), at };
  }

  /** The offset map as read so far (live: it grows with each step), without joining the text. */
  view(): Extraction {
    return { text: '', nodes: this.nodes, starts: this.starts, total: this.total };
  }

  /** characters of readable text seen so far, including what `maxChars` left out */
  get seen(): number {
    return this.total;
  }
}

/** The Text nodes [start, end) of the extracted text covers, in order. */
export function nodesFor(ex: Extraction, start: number, end: number): Text[] {
  const first = indexAt(ex, start);
  const out: Text[] = [];
  for (let i = first; i < ex.nodes.length && ex.starts[i] < end; i++) {
    if (ex.starts[i] + ex.nodes[i].data.length > start) out.push(ex.nodes[i]);
  }
  return out;
}

function indexAt(ex: Extraction, offset: number): number {
  let lo = 0;
  let hi = ex.nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ex.starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

/**
 * The DOM position of a text offset. `start` positions on a joining character (block break or
 * collapsed space) move to the next node, `end` positions to the end of the previous one.
 */
export function locate(
  ex: Extraction,
  offset: number,
  bias: 'start' | 'end',
): { node: Text; offset: number } | undefined {
  const { nodes, starts } = ex;
  if (!nodes.length) return undefined;
  const i = indexAt(ex, offset);
  if (offset < starts[i]) return bias === 'start' ? { node: nodes[i], offset: 0 } : undefined;
  const local = offset - starts[i];
  const len = nodes[i].data.length;
  if (local < len || (local === len && bias === 'end')) return { node: nodes[i], offset: local };
  if (bias === 'end') return { node: nodes[i], offset: len };
  return i + 1 < nodes.length ? { node: nodes[i + 1], offset: 0 } : undefined;
}

/** A DOM Range for [start, end) of the extracted text, or undefined when it cannot be placed. */
export function rangeFor(ex: Extraction, start: number, end: number, doc: Document): Range | undefined {
  if (!(end > start)) return undefined;
  const a = locate(ex, start, 'start');
  const b = locate(ex, end, 'end');
  if (!a || !b) return undefined;
  // the Text node may have been edited since extraction
  if (a.offset > a.node.data.length || b.offset > b.node.data.length) return undefined;
  // a node in a shadow root or a same-origin frame: the range belongs to that node's document
  const r = (a.node.ownerDocument ?? doc).createRange();
  try {
    r.setStart(a.node, a.offset);
    r.setEnd(b.node, b.offset);
  } catch {
    return undefined;
  }
  return r.collapsed ? undefined : r;
}

/**
 * The same span as a StaticRange, made directly (no live Range: the document keeps every live Range
 * it made up to date on each mutation until it is collected, and a 1 MB page makes 20,000 of them).
 * Falls back to rangeFor where StaticRange cannot be constructed (happy-dom).
 */
export function staticRangeFor(ex: Extraction, start: number, end: number, doc: Document): AbstractRange | undefined {
  if (typeof StaticRange !== 'function') return rangeFor(ex, start, end, doc);
  if (!(end > start)) return undefined;
  const a = locate(ex, start, 'start');
  const b = locate(ex, end, 'end');
  if (!a || !b) return undefined;
  if (a.offset > a.node.data.length || b.offset > b.node.data.length) return undefined;
  // extraction order is document order: the start's node must be the end's or an earlier one (a span
  // over joining characters only would come out inverted)
  const i = indexAt(ex, start);
  const ia = ex.nodes[i] === a.node ? i : i + 1;
  const ib = indexAt(ex, end);
  if (ia > ib || (ia === ib && a.offset >= b.offset)) return undefined;
  // across a shadow root's or a frame's edge a live Range collapses (rangeFor): not drawn either
  if (a.node !== b.node && a.node.getRootNode() !== b.node.getRootNode()) return undefined;
  return newStaticRange(a.node, a.offset, b.node, b.offset) ?? rangeFor(ex, start, end, doc);
}
