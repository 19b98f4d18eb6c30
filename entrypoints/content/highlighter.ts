// Registers mention ranges with the CSS Custom Highlight API: one Highlight per kind, named
// `oxus-<kind>`, styled by content/style.css. Never touches the page's DOM; destroy() removes
// every Highlight it registered. Counted in e2e (CSS.highlights) in both browsers.
import { KINDS, type Kind } from '../../utils/protocol';
import type { KindSettings } from '../../utils/storage';

export const highlightName = (kind: Kind) => `oxus-${kind}`;
const FOCUS = 'oxus-focus';

export interface Mark {
  id: string;
  kind: Kind;
  range: Range;
}

/** Can this browser do it? (Chromium 105+, Firefox 140+.) Without it Oxus still fills the panel. */
export const highlightsSupported = (): boolean =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

export class Highlighter {
  private readonly layers = new Map<Kind, Highlight>();
  private readonly marks: Mark[] = [];
  private readonly byId = new Map<string, Mark[]>();
  private kinds: KindSettings;
  private focusTimer: ReturnType<typeof setTimeout> | undefined;
  private destroyed = false;

  constructor(kinds: KindSettings) {
    this.kinds = kinds;
    if (!highlightsSupported()) return;
    for (const kind of KINDS) {
      const h = new Highlight();
      // claims span whole sentences; entity colours must stay visible on top of them
      h.priority = kind === 'claim' ? 0 : 1;
      this.layers.set(kind, h);
    }
    this.sync();
  }

  add(mark: Mark): void {
    if (this.destroyed) return;
    this.marks.push(mark);
    const list = this.byId.get(mark.id);
    if (list) list.push(mark);
    else this.byId.set(mark.id, [mark]);
    this.layers.get(mark.kind)?.add(mark.range);
  }

  setKinds(kinds: KindSettings): void {
    this.kinds = kinds;
    this.sync();
  }

  /** The first mention of `id` still in the document, in document order. */
  first(id: string): Range | undefined {
    const live = (this.byId.get(id) ?? []).filter((m) => !m.range.collapsed && m.range.startContainer.isConnected);
    live.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    return live[0]?.range;
  }

  /** The mark under a caret position, entities before claims. */
  at(node: Node, offset: number): Mark | undefined {
    let claim: Mark | undefined;
    for (const m of this.marks) {
      if (!this.kinds[m.kind]) continue;
      try {
        if (m.range.isPointInRange(node, offset) && !m.range.collapsed) {
          if (m.kind !== 'claim') return m;
          claim ??= m;
        }
      } catch {
        // node in another document
      }
    }
    return claim;
  }

  /** Briefly marks a range (after the panel asked to reveal it). */
  flash(range: Range, ms = 1600): void {
    if (!highlightsSupported() || this.destroyed) return;
    const h = new Highlight(range);
    h.priority = 2;
    CSS.highlights.set(FOCUS, h);
    clearTimeout(this.focusTimer);
    this.focusTimer = setTimeout(() => this.deleteOwn(FOCUS, h), ms);
  }

  stats(): Record<Kind, number> {
    return Object.fromEntries(KINDS.map((k) => [k, this.kinds[k] ? (this.layers.get(k)?.size ?? 0) : 0])) as Record<Kind, number>;
  }

  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.focusTimer);
    for (const [kind, h] of this.layers) this.deleteOwn(highlightName(kind), h);
    const focus = highlightsSupported() ? CSS.highlights.get(FOCUS) : undefined;
    if (focus) CSS.highlights.delete(FOCUS);
    this.layers.clear();
    this.marks.length = 0;
    this.byId.clear();
  }

  private sync(): void {
    if (this.destroyed) return;
    for (const [kind, h] of this.layers) {
      if (this.kinds[kind]) CSS.highlights.set(highlightName(kind), h);
      else this.deleteOwn(highlightName(kind), h);
    }
  }

  /** `oxus-` names are ours alone; the Highlight argument documents which one is meant. */
  private deleteOwn(name: string, _h: Highlight): void {
    if (highlightsSupported()) CSS.highlights.delete(name);
  }
}
