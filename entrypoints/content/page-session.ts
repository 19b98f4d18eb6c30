// One page's Oxus session: extract text, ask the background to annotate it, turn mention offsets
// into highlight ranges, watch for added content, show the hover card, answer the panel.
// Everything it adds (highlights, the card's host, listeners, observer) goes in destroy().
import { LANGS, type Lang } from '../../core/types';
import { MAX_TEXT, sendToBackground, type AnnotateReply, type DrawList, type HighlightStats } from '../../utils/protocol';
import { marksOf } from '../../utils/draw-list';
import type { KindSettings } from '../../utils/storage';
import { collectDateHints } from './date-hints';
import { extractText, rangeFor, type Extraction } from './extract';
import { Highlighter, highlightsSupported } from './highlighter';
import { HoverCard } from './hover-card';
import { SubtreeWatcher } from './subtree-watcher';

const HOVER_DELAY = 350;

function pageLang(doc: Document): Lang | undefined {
  const tag = (doc.documentElement.lang || '').toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(tag) ? (tag as Lang) : undefined;
}

export class PageSession {
  private readonly highlighter: Highlighter;
  private readonly card: HoverCard;
  private watcher: SubtreeWatcher | undefined;
  private readonly seen = new WeakSet<Text>();
  private readonly names = new Map<string, string>();
  private readonly descriptions = new Map<string, string>();
  private readonly cleanups: (() => void)[] = [];
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private destroyed = false;

  constructor(
    private readonly doc: Document,
    kinds: KindSettings,
  ) {
    this.highlighter = new Highlighter(kinds);
    this.card = new HoverCard(doc, (id) => void sendToBackground({ type: 'focus', id }).catch(() => undefined));
  }

  async start(): Promise<void> {
    const body = this.doc.body;
    if (!body) return;
    // Watch before the first answer arrives (a cold background can take a second or two), but
    // send added parts only after it, so the page's results are not replaced by a late reply.
    const first = this.annotate([body], 'page');
    this.watcher = new SubtreeWatcher(body, (roots) => void first.then(() => this.annotate(roots, 'more')), {
      ignore: (el) => el === this.card.host || this.card.host.contains(el),
    });
    this.listen();
    await first;
  }

  private async annotate(roots: Node[], mode: 'page' | 'more'): Promise<void> {
    const ex = extractText(roots, {
      exclude: (el) => el === this.card.host,
      skipText: (t) => this.seen.has(t),
      maxChars: MAX_TEXT,
      checkVisibility: true,
    });
    for (const n of ex.nodes) this.seen.add(n);
    if (mode === 'more' && ex.text.trim().length < 3) return;
    const view = this.doc.defaultView!;
    // two replies: the entities to draw as soon as they are known, then the claims (speed issue 12)
    let reply: AnnotateReply;
    try {
      reply = await sendToBackground({
        type: 'annotate',
        mode,
        text: ex.text,
        lang: pageLang(this.doc),
        dateHints: collectDateHints(this.doc, view.location.href),
        url: view.location.href,
        title: this.doc.title.slice(0, 500),
        ...(ex.totalChars !== undefined && ex.totalChars > ex.text.length ? { totalChars: ex.totalChars } : {}),
      });
    } catch (e) {
      console.warn('Oxus: annotation failed', e);
      return;
    }
    if (this.destroyed) return;
    this.draw(reply, ex);
    if (reply.job === undefined) return;
    try {
      const claims = await sendToBackground({ type: 'annotate-claims', job: reply.job });
      if (!this.destroyed) this.draw(claims, ex);
    } catch (e) {
      console.warn('Oxus: claims failed', e);
    }
  }

  /** Registers the highlights of a draw list (offsets into the extraction it was made from). */
  private draw(list: DrawList, ex: Extraction): void {
    for (const [id, , label] of list.items) if (!this.names.has(id)) this.names.set(id, label);
    for (const m of marksOf(list)) {
      const range = rangeFor(ex, m.start, m.end, this.doc);
      if (range) this.highlighter.add({ id: m.id, kind: m.kind, range });
    }
  }

  // ------------------------------------------------------------ hover card
  private listen(): void {
    const view = this.doc.defaultView!;
    const on = <K extends keyof WindowEventMap>(type: K, fn: (e: WindowEventMap[K]) => void, opts?: AddEventListenerOptions) => {
      view.addEventListener(type, fn, { capture: true, passive: true, ...opts });
      this.cleanups.push(() => view.removeEventListener(type, fn, { capture: true }));
    };
    let frame = 0;
    on('pointermove', (e) => {
      if (frame) return;
      frame = view.requestAnimationFrame(() => {
        frame = 0;
        this.pointerAt(e.clientX, e.clientY, e.target, false);
      });
    });
    this.cleanups.push(() => view.cancelAnimationFrame(frame));
    on('click', (e) => {
      if (this.card.contains(e.target)) return;
      const sel = view.getSelection();
      if (sel && !sel.isCollapsed) return;
      this.pointerAt(e.clientX, e.clientY, e.target, true);
    });
    on('keydown', (e) => {
      if (e.key === 'Escape') this.card.hide();
    });
    on('scroll', () => this.card.hide());
  }

  private pointerAt(x: number, y: number, target: EventTarget | null, immediate: boolean): void {
    if (this.card.contains(target)) {
      clearTimeout(this.hideTimer);
      return;
    }
    const mark = this.markAt(x, y);
    clearTimeout(this.hoverTimer);
    if (!mark) {
      if (this.card.shownFor) {
        clearTimeout(this.hideTimer);
        this.hideTimer = setTimeout(() => this.card.hide(), 300);
      }
      return;
    }
    clearTimeout(this.hideTimer);
    if (this.card.shownFor === mark.id) return;
    const show = () => {
      if (this.destroyed) return;
      const rect = mark.range.getBoundingClientRect();
      this.card.show({ id: mark.id, kind: mark.kind, title: this.names.get(mark.id) ?? mark.id }, rect);
      void this.describe(mark.id);
    };
    if (immediate) show();
    else this.hoverTimer = setTimeout(show, HOVER_DELAY);
  }

  private markAt(x: number, y: number) {
    const doc = this.doc as Document & {
      caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
      caretRangeFromPoint?: (x: number, y: number) => Range | null;
    };
    let node: Node | undefined;
    let offset = 0;
    const pos = doc.caretPositionFromPoint?.(x, y);
    if (pos) {
      node = pos.offsetNode;
      offset = pos.offset;
    } else {
      const r = doc.caretRangeFromPoint?.(x, y);
      if (r) {
        node = r.startContainer;
        offset = r.startOffset;
      }
    }
    if (!node || node.nodeType !== 3) return undefined;
    const mark = this.highlighter.at(node, offset);
    if (!mark) return undefined;
    // the caret snaps to the nearest character: make sure the pointer is really on the text
    const inside = Array.from(mark.range.getClientRects()).some(
      (r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1,
    );
    return inside ? mark : undefined;
  }

  private async describe(id: string): Promise<void> {
    let text = this.descriptions.get(id);
    if (text === undefined) {
      try {
        const d = await sendToBackground({ type: 'details', id });
        const lang = pageLang(this.doc) ?? 'en';
        if (d?.kind === 'entity') {
          const desc = d.record.description as Partial<Record<string, string>>;
          text = desc[lang] ?? desc.en ?? '';
        } else if (d?.kind === 'claim') {
          text = d.claim.context.text;
        } else text = '';
      } catch {
        text = '';
      }
      this.descriptions.set(id, text);
    }
    if (!this.destroyed) this.card.describe(id, text);
  }

  // ------------------------------------------------------------ panel requests
  reveal(id: string): boolean {
    const range = this.highlighter.first(id);
    if (!range) return false;
    const el = range.startContainer.parentElement;
    const view = this.doc.defaultView!;
    // no animation for readers who asked for less motion, nor in a hidden tab (it would not run)
    const still = view.matchMedia?.('(prefers-reduced-motion: reduce)').matches || this.doc.visibilityState === 'hidden';
    el?.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
    this.highlighter.flash(range);
    return true;
  }

  stats(): HighlightStats {
    return { ranges: this.highlighter.stats(), active: !this.destroyed && highlightsSupported() };
  }

  setKinds(kinds: KindSettings): void {
    this.highlighter.setKinds(kinds);
  }

  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.hoverTimer);
    clearTimeout(this.hideTimer);
    this.watcher?.destroy();
    for (const fn of this.cleanups.splice(0)) fn();
    this.card.destroy();
    this.highlighter.destroy();
  }
}
