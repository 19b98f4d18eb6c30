// Collects an article's readable text into one string (blocks joined by "\n") with a map from
// string offsets back to the page's Text nodes. Reads the DOM, never writes it. Skips code, forms,
// navigation, asides, hidden and editable parts, and Oxus's own UI. Tested in extract.test.ts.

const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'ASIDE', 'FORM', 'INPUT', 'TEXTAREA', 'SELECT',
  'BUTTON', 'OPTION', 'LABEL', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO',
  'HEAD', 'TITLE', 'META', 'LINK', 'DIALOG', 'MENU',
]);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LI',
  'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

export interface Extraction {
  text: string;
  /** Text nodes in document order and the offset in `text` where each begins */
  nodes: Text[];
  starts: number[];
  /** when maxChars cut the text: the length the whole text would have had */
  totalChars?: number;
}

export interface ExtractOptions {
  /** subtrees to leave out entirely (Oxus's own shadow host) */
  exclude?: (el: Element) => boolean;
  /** never return more than this many characters (whole text nodes only) */
  maxChars?: number;
  /** leave out text nodes already read (content added to a paragraph that was scanned) */
  skipText?: (t: Text) => boolean;
  /** skip elements the browser does not render (checkVisibility); off in unit tests */
  checkVisibility?: boolean;
}

function skipElement(el: Element, opts: ExtractOptions): boolean {
  if (SKIP.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  if (opts.exclude?.(el)) return true;
  if (opts.checkVisibility && typeof (el as HTMLElement).checkVisibility === 'function') {
    if (!(el as HTMLElement).checkVisibility()) return true;
  }
  return false;
}

/** Extracts the text under each root (roots joined as blocks). */
export function extractText(roots: readonly Node[], opts: ExtractOptions = {}): Extraction {
  const max = opts.maxChars ?? Infinity;
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let last = '\n'; // last character emitted
  let over = -1; // characters past maxChars, counted (not kept) once the cap is reached

  const emit = (s: string) => {
    if (over >= 0) return; // past the cap nothing more is kept
    parts.push(s);
    length += s.length;
    last = s[s.length - 1];
  };
  const brk = () => {
    if (length > 0 && last !== '\n') emit('\n');
  };

  // Explicit stack instead of recursion: some pages nest thousands of levels deep.
  type Frame = { node: Node; block: boolean } | { close: true; block: boolean };
  const stack: Frame[] = [];
  for (let i = roots.length - 1; i >= 0; i--) stack.push({ node: roots[i], block: true });

  while (stack.length) {
    const frame = stack.pop()!;
    if ('close' in frame) {
      if (frame.block) brk();
      continue;
    }
    const node = frame.node;
    if (node.nodeType === 3) {
      const t = node as Text;
      const data = t.data;
      if (opts.skipText?.(t)) continue;
      if (!/\S/.test(data)) {
        if (data.length && last !== '\n' && last !== ' ') emit(' ');
        continue;
      }
      if (over >= 0 || length + data.length > max) {
        over = Math.max(0, over) + data.length;
        continue;
      }
      nodes.push(t);
      starts.push(length);
      emit(data);
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    if (node.nodeType === 1) {
      const el = node as Element;
      if (skipElement(el, opts)) continue;
      const tag = el.tagName.toUpperCase();
      if (tag === 'BR') {
        brk();
        continue;
      }
      const block = frame.block || BLOCK.has(tag);
      if (block) brk();
      stack.push({ close: true, block });
      const kids = el.childNodes;
      for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], block: false });
      continue;
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], block: false });
  }

  return { text: parts.join(''), nodes, starts, ...(over >= 0 ? { totalChars: length + over } : {}) };
}

/**
 * The DOM position of a text offset. `start` positions on a joining character (block break or
 * collapsed space) move to the next node, `end` positions to the end of the previous one.
 */
export function locate(ex: Extraction, offset: number, bias: 'start' | 'end'): { node: Text; offset: number } | undefined {
  const { nodes, starts } = ex;
  if (!nodes.length) return undefined;
  let lo = 0;
  let hi = nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  const i = lo;
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
  const r = doc.createRange();
  try {
    r.setStart(a.node, a.offset);
    r.setEnd(b.node, b.offset);
  } catch {
    return undefined;
  }
  return r.collapsed ? undefined : r;
}
