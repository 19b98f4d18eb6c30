// Registers mention ranges with the CSS Custom Highlight API: one Highlight per kind under an opaque
// name (highlight-names.ts), styled by content/style.css. Never touches the page's DOM; marks are
// indexed by the Text nodes they cover so a change or removal drops exactly its own ranges. Marks
// are StaticRanges: a live Range is updated by the browser on every DOM mutation (10,000 of them
// made a live blog's insertions cost seconds); ours are dropped instead when their text changes.
// Ranges in a same-origin iframe go to that frame's own registry (one per document) under the same
// names. A kind set to "first mention only" draws (and lets the reader hover or step to) only the
// earliest live mention of each record. destroy() removes every Highlight it registered.
// Tested in highlighter.test.ts and e2e.
import { KINDS, type Kind } from '../../utils/protocol';
import type { KindSettings } from '../../utils/storage';
import { FOCUS_NAME, HIGHLIGHT_NAMES } from './highlight-names';
import { newStaticRange } from './static-range';

export const highlightName = (kind: Kind): string => HIGHLIGHT_NAMES[kind];
const PRIORITY: Record<Kind, number> = {
  claim: 0,
  event: 1,
  organisation: 2,
  media: 2,
  facility: 2,
  person: 3,
  place: 3,
};

export interface Mark {
  /** the record the card's details come from (entity id, linked claim id, or `claim:on-page`) */
  id: string;
  kind: Kind;
  range: AbstractRange;
  /** what the card shows as its title for this very mention (a claim's own sentence) */
  title?: string;
  /** every Text node the range covers, as extracted (default: its start and end nodes) */
  nodes?: Text[];
}

interface Entry extends Mark {
  /** ranges move when their nodes go: the nodes are what tells a mark is dead */
  nodes: Text[];
}

/** Can this browser do it? (Chromium 105+, Firefox 140+.) Without it Oxus still fills the panel. */
export const highlightsSupported = (): boolean =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

/** A fixed range over [start, end) of the page (StaticRange where the browser has it). */
export function fixedRange(r: Range): AbstractRange {
  // no StaticRange (or not constructible, as in happy-dom): the live Range itself
  return newStaticRange(r.startContainer, r.startOffset, r.endContainer, r.endOffset) ?? r;
}

/** A live Range for measuring or comparing a mark (undefined when its nodes changed shape). */
export function liveRange(r: AbstractRange): Range | undefined {
  if (typeof Range === 'function' && r instanceof Range) return r;
  const doc = r.startContainer.ownerDocument;
  if (!doc) return undefined;
  const live = doc.createRange();
  try {
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
  } catch {
    return undefined;
  }
  return live;
}

/** The registry that paints ranges of `doc` (a same-origin frame's own), if that frame can paint. */
function registryOf(doc: Document): { highlights: HighlightRegistry; make: () => Highlight } | undefined {
  const win = doc.defaultView as (Window & { CSS?: typeof CSS; Highlight?: typeof Highlight }) | null;
  const highlights = win?.CSS?.highlights;
  if (!highlights) return undefined;
  // the frame's own constructor where the browser lets us reach it (a Highlight of another realm may not paint)
  const Ctor = typeof win.Highlight === 'function' ? win.Highlight : Highlight;
  return { highlights, make: () => new Ctor() };
}

export class Highlighter {
  private readonly layers = new Map<Kind, Highlight>();
  /** same-origin frames' layers, by frame document (CSS.highlights is one registry per document) */
  private readonly frames = new Map<Document, Map<Kind, Highlight>>();
  private readonly byId = new Map<string, Set<Entry>>();
  private readonly byNode = new Map<Text, Entry[]>();
  private kinds: KindSettings;
  /** kinds drawn at their first mention only (options: "first mention only") */
  private firstOnly: ReadonlySet<Kind> = new Set();
  /** for those kinds: the mention of each record that is drawn */
  private readonly shown = new Map<string, Entry>();
  private focusTimer: ReturnType<typeof setTimeout> | undefined;
  private destroyed = false;

  constructor(kinds: KindSettings, firstOnly: Iterable<Kind> = []) {
    this.kinds = kinds;
    this.firstOnly = new Set(firstOnly);
    if (!highlightsSupported()) return;
    for (const kind of KINDS) {
      const h = new Highlight();
      // nested ranges: the inner one is drawn on top (a name inside an event's or a body's name,
      // anything inside a claim's sentence)
      h.priority = PRIORITY[kind];
      this.layers.set(kind, h);
    }
    this.sync();
  }

  add(mark: Mark): void {
    if (this.destroyed) return;
    const start = mark.range.startContainer;
    const end = mark.range.endContainer;
    const nodes = mark.nodes ?? [start, end].filter((n, i, a): n is Text => n.nodeType === 3 && a.indexOf(n) === i);
    const entry: Entry = { ...mark, nodes };
    let set = this.byId.get(mark.id);
    if (!set) this.byId.set(mark.id, (set = new Set()));
    set.add(entry);
    for (const n of nodes) {
      const list = this.byNode.get(n);
      if (list) list.push(entry);
      else this.byNode.set(n, [entry]);
    }
    if (this.firstOnly.has(mark.kind)) {
      // a new mention replaces the drawn one only when it comes earlier: one comparison per mark, not a
      // sort of every mention of the record (a page with 20,000 mentions of one name)
      const was = this.shown.get(mark.id);
      if (!was || was.range.collapsed || byStart(entry, was) < 0) this.show(mark.id, entry);
    } else this.layerOf(mark.kind, mark.range, true)?.add(mark.range);
  }

  /** Draws `entry` as the one mention of `id` (a first-only kind), replacing the one drawn. */
  private show(id: string, entry: Entry): void {
    const was = this.shown.get(id);
    if (was) this.layerOf(was.kind, was.range)?.delete(was.range);
    this.shown.set(id, entry);
    this.layerOf(entry.kind, entry.range, true)?.add(entry.range);
  }

  /** Draws only the earliest live mention of `id` (a first-only kind), replacing the one drawn. */
  private showFirst(id: string): void {
    const was = this.shown.get(id);
    if (was) this.layerOf(was.kind, was.range)?.delete(was.range);
    this.shown.delete(id);
    const live = [...(this.byId.get(id) ?? [])].filter((e) => this.firstOnly.has(e.kind) && !e.range.collapsed);
    const first = live.sort(byStart)[0];
    if (!first) return;
    this.shown.set(id, first);
    this.layerOf(first.kind, first.range, true)?.add(first.range);
  }

  /** Is this mark drawn (its kind on, and the first mention when its kind is first-only)? */
  private drawn(m: Mark): boolean {
    return this.kinds[m.kind] && (!this.firstOnly.has(m.kind) || this.shown.get(m.id) === m);
  }

  /** The Highlight a range of this kind belongs in: the top document's, or its frame's (made on demand). */
  private layerOf(kind: Kind, range: AbstractRange, create = false): Highlight | undefined {
    const doc = range.startContainer.ownerDocument;
    if (!doc || typeof document === 'undefined' || doc === document) return this.layers.get(kind);
    let layers = this.frames.get(doc);
    if (!layers && create && this.layers.size) {
      const reg = registryOf(doc);
      if (!reg) return undefined;
      layers = new Map();
      for (const k of KINDS) {
        const h = reg.make();
        h.priority = PRIORITY[k];
        layers.set(k, h);
      }
      this.frames.set(doc, layers);
      this.sync();
    }
    return layers?.get(kind);
  }

  /** Drops every mark in these Text nodes (their text changed). Returns how many went. */
  dropNodes(nodes: Iterable<Text>): number {
    let n = 0;
    for (const t of nodes) {
      for (const e of [...(this.byNode.get(t) ?? [])]) n += this.remove(e);
    }
    return n;
  }

  /**
   * Drops every mark whose text left the document, or whose range the browser moved out of its
   * node (a removed node's ranges collapse onto its old parent). O(nodes with marks). Returns the
   * Text nodes that lost marks (a moved node still in the page must be read again).
   */
  sweep(): Text[] {
    const lost: Text[] = [];
    for (const [t, list] of [...this.byNode]) {
      const dead = list.filter(
        (e) => !t.isConnected || e.range.collapsed || !e.nodes.includes(e.range.startContainer as Text),
      );
      if (!dead.length) continue;
      for (const e of dead) this.remove(e);
      lost.push(t);
    }
    return lost;
  }

  /** Drops every mark (the page navigated to another article). */
  clear(): void {
    for (const h of this.layers.values()) h.clear();
    this.shown.clear();
    this.unregisterFrames();
    this.byId.clear();
    this.byNode.clear();
  }

  /** `firstOnly`: kinds drawn at their first mention only (the others draw every mention). */
  setKinds(kinds: KindSettings, firstOnly?: Iterable<Kind>): void {
    this.kinds = kinds;
    if (firstOnly) {
      const next = new Set(firstOnly);
      const changed = KINDS.filter((k) => next.has(k) !== this.firstOnly.has(k));
      this.firstOnly = next;
      if (changed.length) this.redraw(changed);
    }
    this.sync();
  }

  /** Rebuilds the layers of these kinds from the marks (every mention, or each record's first). */
  private redraw(kinds: Kind[]): void {
    for (const set of this.byId.values()) {
      for (const e of set) if (kinds.includes(e.kind)) this.layerOf(e.kind, e.range)?.delete(e.range);
    }
    for (const [id, e] of [...this.shown]) if (kinds.includes(e.kind)) this.shown.delete(id);
    for (const [id, set] of this.byId) {
      const ofKinds = [...set].filter((e) => kinds.includes(e.kind));
      if (!ofKinds.length) continue;
      if (ofKinds.some((e) => this.firstOnly.has(e.kind))) this.showFirst(id);
      for (const e of ofKinds) if (!this.firstOnly.has(e.kind)) this.layerOf(e.kind, e.range, true)?.add(e.range);
    }
  }

  /** Re-registers our Highlights if the page deleted them (CSS.highlights is shared with it). */
  sync(): void {
    if (this.destroyed || !highlightsSupported()) return;
    for (const [kind, h] of this.layers) {
      const name = highlightName(kind);
      if (!this.kinds[kind]) CSS.highlights.delete(name);
      else if (CSS.highlights.get(name) !== h) CSS.highlights.set(name, h);
    }
    for (const [doc, layers] of this.frames) {
      const reg = registryOf(doc);
      if (!reg) {
        this.frames.delete(doc); // the frame went away or navigated
        continue;
      }
      for (const [kind, h] of layers) {
        const name = highlightName(kind);
        if (!this.kinds[kind]) reg.highlights.delete(name);
        else if (reg.highlights.get(name) !== h) reg.highlights.set(name, h);
      }
    }
  }

  /** Takes our Highlights out of every frame's registry and forgets the frames. */
  private unregisterFrames(): void {
    for (const [doc, layers] of this.frames) {
      const reg = registryOf(doc);
      for (const [kind, h] of layers)
        if (reg?.highlights.get(highlightName(kind)) === h) reg.highlights.delete(highlightName(kind));
    }
    this.frames.clear();
  }

  /** The first mention of `id` still in the document, in document order. */
  first(id: string): AbstractRange | undefined {
    return this.all(id)[0]?.range;
  }

  /** Live mentions of `id` in document order. */
  all(id: string): Mark[] {
    const live = [...(this.byId.get(id) ?? [])].filter((m) => !m.range.collapsed && m.nodes[0]?.isConnected);
    return live.sort(byStart);
  }

  /** Every shown mark in document order (keyboard navigation). */
  ordered(): Mark[] {
    const out: Mark[] = [];
    for (const set of this.byId.values()) {
      for (const m of set) if (this.drawn(m) && !m.range.collapsed && m.nodes[0]?.isConnected) out.push(m);
    }
    return out.sort(byStart);
  }

  /** The mark under a caret position: the innermost (shortest) one, entities before claims. */
  at(node: Node, offset: number): Mark | undefined {
    let best: Mark | undefined;
    for (const m of this.byNode.get(node as Text) ?? []) {
      if (!this.drawn(m) || m.range.collapsed) continue;
      try {
        if (!liveRange(m.range)?.isPointInRange(node, offset)) continue;
      } catch {
        continue; // offset past the node's end, or a node in another document
      }
      if (!best || inner(m, best)) best = m;
    }
    return best;
  }

  /** Mentions per record id (entities only), as the panel should count them. */
  counts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [id, set] of this.byId) {
      let n = 0;
      for (const m of set) if (m.kind !== 'claim') n++;
      if (n) out[id] = n;
    }
    return out;
  }

  /** Briefly marks a range (after the panel asked to reveal it). `ms` 0: until the next call. */
  flash(range: AbstractRange, ms = 1600): void {
    if (!highlightsSupported() || this.destroyed) return;
    const h = new Highlight(range);
    h.priority = 4;
    CSS.highlights.set(FOCUS_NAME, h);
    clearTimeout(this.focusTimer);
    if (ms > 0) this.focusTimer = setTimeout(() => this.unflash(), ms);
  }

  unflash(): void {
    clearTimeout(this.focusTimer);
    if (highlightsSupported()) CSS.highlights.delete(FOCUS_NAME);
  }

  /** Ranges per kind, the top document's and its frames' together. */
  stats(): Record<Kind, number> {
    const size = (k: Kind) => {
      let n = this.layers.get(k)?.size ?? 0;
      for (const layers of this.frames.values()) n += layers.get(k)?.size ?? 0;
      return n;
    };
    return Object.fromEntries(KINDS.map((k) => [k, this.kinds[k] ? size(k) : 0])) as Record<Kind, number>;
  }

  destroy(): void {
    this.destroyed = true;
    this.unflash();
    if (highlightsSupported()) {
      for (const [kind, h] of this.layers)
        if (CSS.highlights.get(highlightName(kind)) === h) CSS.highlights.delete(highlightName(kind));
      this.unregisterFrames();
    }
    this.layers.clear();
    this.shown.clear();
    this.byId.clear();
    this.byNode.clear();
  }

  private remove(e: Entry): number {
    const set = this.byId.get(e.id);
    if (!set?.delete(e)) return 0;
    if (!set.size) this.byId.delete(e.id);
    for (const n of e.nodes) {
      const list = this.byNode.get(n);
      if (!list) continue;
      const i = list.indexOf(e);
      if (i >= 0) list.splice(i, 1);
      if (!list.length) this.byNode.delete(n);
    }
    this.layerOf(e.kind, e.range)?.delete(e.range);
    // a first-only record whose drawn mention went: its next mention is drawn instead
    if (this.shown.get(e.id) === e) this.showFirst(e.id);
    return 1;
  }
}

/** Is `a` drawn inside `b`? Entities win over claims; then the shorter range. */
function inner(a: Mark, b: Mark): boolean {
  if ((a.kind === 'claim') !== (b.kind === 'claim')) return b.kind === 'claim';
  return (liveRange(a.range)?.toString().length ?? 0) < (liveRange(b.range)?.toString().length ?? 0);
}

/** Document order of two marks' starts (nodes first, then offsets in the same node). */
function byStart(a: Mark, b: Mark): number {
  const x = a.range.startContainer;
  const y = b.range.startContainer;
  if (x === y) return a.range.startOffset - b.range.startOffset;
  const pos = x.compareDocumentPosition(y);
  return pos & 4 ? -1 : pos & 2 ? 1 : 0; // 4: y follows x; 2: y precedes x
}
