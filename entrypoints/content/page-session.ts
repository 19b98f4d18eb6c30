// One page's Oxus session: extract text, ask the background to annotate it, turn mention offsets
// into highlight ranges, follow the page as it changes (additions, text edits, removals, SPA
// navigations), keep the panel's counts equal to what is on the page, show the hover card, answer
// the panel. Only trusted input opens the card. Everything it adds goes in destroy().
// Tested in page-session.test.ts (happy-dom) and e2e/page-defects.ts (both browsers).
import { LANGS, type Lang } from '../../core/types';
import {
  MAX_TEXT,
  sendToBackground,
  type BackgroundRequest,
  type DrawList,
  type HighlightStats,
  type Kind,
} from '../../utils/protocol';
import { claimTitle, marksOf } from '../../utils/draw-list';
import type { KindSettings } from '../../utils/storage';
import { collectDateHints } from './date-hints';
import { Extractor, nodesFor, skippedByAncestor, staticRangeFor, type Extraction } from './extract';
import { fixedRange, Highlighter, highlightsSupported, liveRange, type Mark } from './highlighter';
import { cardLocale, HoverCard, msg } from './hover-card';
import { aboutFromDetails, type About } from './card-about';
import { SubtreeWatcher, type Changes } from './subtree-watcher';

const HOVER_DELAY = 350;
type AnnotateRequest = Extract<BackgroundRequest, { type: 'annotate' }>;
/** what the card shows about a record besides its kind: the name (entities), description, verdict */

function pageLang(doc: Document): Lang | undefined {
  const tag = (doc.documentElement.lang || '').toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(tag) ? (tag as Lang) : undefined;
}

export interface SessionOptions {
  /** false once the extension is gone (reloaded or disabled): the session then asks to be ended */
  alive?: () => boolean;
  onDead?: () => void;
  /** pause before reading changes (ms) */
  delay?: number;
  /** kinds drawn at their first mention only (options: "first mention only") */
  firstOnly?: Iterable<Kind>;
  /** performance.now() when the content script started (its settings: settingsRead) */
  startedAt?: number;
  /** called once, when the first reply of the page's first read came (what can wait for it starts then) */
  onFirstReply?: () => void;
  /** characters per annotate message (PART_CHARS; smaller in tests) */
  partChars?: number;
}

/** The page's address without its fragment: a new fragment is not a new article. */
const pageUrl = (doc: Document) => doc.defaultView!.location.href.replace(/#.*$/, '');
const COUNTS_DELAY = 300;
const NAV_DELAY = 300;
/** longest synchronous slice of reading or applying, about half a frame (the page's own tasks come in between) */
const SLICE_MS = 8;
const ROOTS_PER_MESSAGE = 1000;
/** characters per annotate message: a long page goes in parts as it is read */
export const PART_CHARS = 64_000;

export class PageSession {
  private readonly highlighter: Highlighter;
  private readonly card: HoverCard;
  private watcher: SubtreeWatcher | undefined;
  private seen = new WeakSet<Text>();
  private readonly descriptions = new Map<string, Promise<About>>();
  /** entity names from their details, for the card's title */
  private readonly titles = new Map<string, string>();
  /** the keyboard's current highlight */
  private focused: Mark | undefined;
  private readonly cleanups: (() => void)[] = [];
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private countsTimer: ReturnType<typeof setTimeout> | undefined;
  private navTimer: ReturnType<typeof setTimeout> | undefined;
  private destroyed = false;
  /** bumped on each navigation: replies for an older article are dropped */
  private generation = 0;
  private url = '';
  private inFlight = 0;
  /** marks were dropped since the panel's counts were last set from ours */
  private countsDirty = false;
  private first: Promise<void> = Promise.resolve();
  /** longest synchronous step of ours (reading, applying a reply, handling changes), in ms */
  private longest = 0;
  private readonly channel = new MessageChannel();
  private readonly waiting: (() => void)[] = [];
  /** may parts be sent (start's `ready`) */
  private ready: Promise<boolean> = Promise.resolve(true);
  /** performance.now() of the first page read's milestones (the benchmark's breakdown) */
  private readonly timing: NonNullable<HighlightStats['timing']> = {};

  constructor(
    private readonly doc: Document,
    kinds: KindSettings,
    private readonly opts: SessionOptions = {},
  ) {
    this.highlighter = new Highlighter(kinds, opts.firstOnly);
    this.channel.port1.onmessage = () => this.waiting.shift()?.();
    this.card = new HoverCard(doc, (id) => sendToBackground({ type: 'focus', id }).catch(() => undefined));
  }

  /**
   * `ready`: whether the page may be sent (the site's switch, read while the page is): the text is
   * read at once, each part sent once it resolves true, nothing sent when false.
   */
  async start(ready?: Promise<boolean>): Promise<void> {
    if (ready) this.ready = ready;
    const body = this.doc.body;
    if (!body) return;
    this.url = pageUrl(this.doc);
    // Watch before the first answer arrives (a cold background can take a second or two), but
    // apply changes only after it, so the page's results are not replaced by a late reply.
    const own = (el: Element) => el === this.card.host || this.card.host.contains(el);
    this.watcher = new SubtreeWatcher(body, (c) => void this.first.then(() => this.onChanges(c)), {
      delay: this.opts.delay,
      skip: (el) => own(el) || skippedByAncestor(el, { exclude: own }),
    });
    this.first = this.read([body], 'page');
    this.listen();
    this.watchNavigation();
    this.watchFrameLoads(own);
    await this.first;
  }

  /**
   * A same-origin frame whose document was not there yet when the page (or its addition) was read
   * is read when it loads; a frame that navigates is read again (its old marks swept). The load event
   * of an iframe reaches the parent document's capture phase.
   */
  private watchFrameLoads(own: (el: Element) => boolean): void {
    const onLoad = (e: Event) => {
      const el = e.target as Element | null;
      if (!e.isTrusted || el?.nodeType !== 1 || el.tagName.toUpperCase() !== 'IFRAME' || !el.isConnected) return;
      if (own(el) || skippedByAncestor(el, { exclude: own })) return;
      void this.first.then(() => this.onChanges({ roots: [el], changed: [], removed: true }));
    };
    this.doc.addEventListener('load', onLoad, true);
    this.cleanups.push(() => this.doc.removeEventListener('load', onLoad, true));
  }

  /** Is the extension still there? If not, ask to be ended (an orphaned script must do nothing). */
  private stillAlive(): boolean {
    if (this.destroyed) return false;
    if (this.opts.alive && !this.opts.alive()) {
      this.opts.onDead?.();
      return false;
    }
    return true;
  }

  private onChanges(c: Changes): void {
    if (!this.stillAlive()) return;
    const t0 = performance.now();
    try {
      this.handleChanges(c);
    } finally {
      this.longest = Math.max(this.longest, performance.now() - t0);
    }
  }

  private handleChanges(c: Changes): void {
    if (this.checkUrl()) return; // a new article: read whole, these changes are part of it
    let dropped = this.highlighter.dropNodes(c.changed);
    for (const t of c.changed) this.seen.delete(t);
    if (c.removed) {
      const lost = this.highlighter.sweep();
      dropped += lost.length;
      // a node moved elsewhere in the page is read again where it is now
      for (const t of lost) if (t.isConnected) this.seen.delete(t);
    }
    if (dropped) this.countsDirty = true;
    this.highlighter.sync();
    if (c.roots.length) void this.read(c.roots, 'more');
    this.sendCountsSoon();
  }

  // ------------------------------------------------------------ navigation (SPA)
  private watchNavigation(): void {
    const view = this.doc.defaultView!;
    const soon = () => {
      clearTimeout(this.navTimer);
      this.navTimer = setTimeout(() => void this.first.then(() => this.checkUrl()), NAV_DELAY);
    };
    view.addEventListener('popstate', soon);
    this.cleanups.push(() => view.removeEventListener('popstate', soon));
    const nav = (view as unknown as { navigation?: EventTarget }).navigation;
    if (nav && typeof nav.addEventListener === 'function') {
      // pushState / replaceState fire this too; a content script cannot see the page's calls
      nav.addEventListener('currententrychange', soon);
      this.cleanups.push(() => nav.removeEventListener('currententrychange', soon));
    } else {
      const poll = setInterval(soon, 1000);
      this.cleanups.push(() => clearInterval(poll));
    }
  }

  /** Reads the page again if its address changed. Returns whether it did. */
  private checkUrl(): boolean {
    if (this.destroyed) return false;
    const now = pageUrl(this.doc);
    if (now === this.url) return false;
    this.url = now;
    this.generation++;
    this.highlighter.clear();
    this.seen = new WeakSet();
    this.descriptions.clear();
    this.titles.clear();
    this.card.hide();
    this.countsDirty = false;
    clearTimeout(this.countsTimer);
    if (this.doc.body) this.first = this.read([this.doc.body], 'page');
    return true;
  }

  // ------------------------------------------------------------ reading
  /** Hands control back to the page between slices (a MessageChannel: hidden tabs do not throttle it). */
  private nextTask(): Promise<void> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.channel.port2.postMessage(0);
    });
  }

  private async read(roots: Node[], mode: 'page' | 'more'): Promise<void> {
    // a burst of additions goes in several messages: bounded work per message in the background
    if (mode === 'more' && roots.length > ROOTS_PER_MESSAGE) {
      for (let i = 0; i < roots.length; i += ROOTS_PER_MESSAGE)
        await this.read(roots.slice(i, i + ROOTS_PER_MESSAGE), 'more');
      return;
    }
    const generation = this.generation;
    const x = new Extractor(roots, {
      exclude: (el) => el === this.card.host,
      // marked as read as soon as taken: a batch reported meanwhile does not read it twice
      skipText: (t) => this.seen.has(t),
      take: (t) => this.seen.add(t),
      maxChars: MAX_TEXT,
      checkVisibility: true,
      onContainer: (root) => this.watcher?.watch(root),
    });
    const ex = x.view();
    const view = this.doc.defaultView!;
    const page = {
      lang: pageLang(this.doc),
      dateHints: collectDateHints(this.doc, view.location.href),
      url: view.location.href,
      title: this.doc.title.slice(0, 500),
    };
    // A long text goes in parts of about PART_CHARS as it is read (no message of a whole 1 MB page:
    // one task to receive in the background); each part's highlights are drawn when its reply comes.
    const parts: Promise<void>[] = [];
    let sent = 0;
    const send = (part: { text: string; at: number }, last: boolean) => {
      const m = sent++ === 0 ? mode : 'more';
      const read = last && mode === 'page' ? { readChars: x.chars, totalChars: Math.max(x.seen, x.chars) } : {};
      // a part with nothing to read is not sent, unless it is the page's last and says how much was read
      if (m === 'more' && part.text.trim().length < 3 && !(last && mode === 'page')) return;
      const req: AnnotateRequest = { type: 'annotate', mode: m, text: part.text, ...page, ...read };
      parts.push(this.annotate(req, ex, part.at, generation));
    };
    for (;;) {
      const t0 = performance.now();
      const done = x.step(t0 + SLICE_MS);
      const ready: { text: string; at: number }[] = [];
      for (let p = x.flush(this.opts.partChars ?? PART_CHARS); p; p = x.flush(this.opts.partChars ?? PART_CHARS))
        ready.push(p);
      const rest = done ? x.flush(0) : undefined;
      if (rest) ready.push(rest);
      this.longest = Math.max(this.longest, performance.now() - t0);
      if (done) this.timing.read ??= performance.now();
      // the page's last part says how much was read: sent even when nothing was left to flush
      if (done && !rest && mode === 'page' && sent + ready.length > 0) ready.push({ text: '', at: x.chars });
      for (const [i, p] of ready.entries()) send(p, done && i === ready.length - 1);
      if (done) break;
      await this.nextTask();
      if (this.destroyed || generation !== this.generation) return;
    }
    // an empty page still replaces the tab's results
    if (mode === 'page' && sent === 0) send({ text: '', at: 0 }, true);
    await Promise.all(parts);
    this.sendCountsSoon();
  }

  /** One part of the text: its entities drawn as soon as they come, then its claims. */
  private async annotate(req: AnnotateRequest, ex: Extraction, at: number, generation: number): Promise<void> {
    const current = () => !this.destroyed && generation === this.generation;
    this.inFlight++;
    try {
      if (!(await this.ready) || !current()) return;
      this.timing.sent ??= performance.now();
      const reply = await sendToBackground(req);
      if (this.timing.reply === undefined) {
        this.timing.reply = performance.now();
        this.opts.onFirstReply?.();
      }
      if (current()) await this.apply(reply, ex, generation, at);
      if (reply.job !== undefined && current()) {
        const claims = await sendToBackground({ type: 'annotate-claims', job: reply.job });
        if (current()) await this.apply(claims, ex, generation, at);
      }
    } catch (e) {
      console.warn('Oxus: annotation failed', e);
    } finally {
      this.inFlight--;
    }
  }

  /**
   * Turns a draw list (spans, kind, id, label: utils/draw-list.ts) into marks, in slices of at most
   * SLICE_MS; its offsets are in the part of the text that starts at `at`.
   */
  private async apply(list: DrawList, ex: Extraction, generation: number, at: number): Promise<void> {
    const items: [number, number, Omit<Mark, 'range' | 'nodes'>][] = [];
    for (const d of marksOf(list)) items.push([d.start + at, d.end + at, { id: d.id, kind: d.kind }]);
    let i = 0;
    while (i < items.length) {
      const t0 = performance.now();
      do {
        const [start, end, m] = items[i++];
        this.mark(ex, start, end, m);
        // the clock at every mark: in Firefox one mark can cost ~5 ms (32 between checks made a 162 ms step)
      } while (i < items.length && performance.now() - t0 < SLICE_MS);
      if (i > 0) this.timing.drawn ??= performance.now();
      this.longest = Math.max(this.longest, performance.now() - t0);
      if (i < items.length) {
        await this.nextTask();
        if (this.destroyed || generation !== this.generation) return;
      }
    }
  }

  private mark(ex: Extraction, start: number, end: number, m: Omit<Mark, 'range' | 'nodes'>): void {
    const range = staticRangeFor(ex, start, end, this.doc);
    if (!range) return;
    const fixed = typeof Range === 'function' && range instanceof Range ? fixedRange(range) : range;
    this.highlighter.add({ ...m, range: fixed, nodes: nodesFor(ex, start, end) });
  }

  /** Tells the background the page's live counts once marks were dropped and no reply is due. */
  private sendCountsSoon(): void {
    if (!this.countsDirty || this.destroyed) return;
    clearTimeout(this.countsTimer);
    this.countsTimer = setTimeout(() => {
      // a reply still due adds its own counts in the background: send ours after it is applied
      if (this.inFlight > 0 || this.destroyed) return;
      this.countsDirty = false;
      void sendToBackground({
        type: 'page-counts',
        url: this.doc.defaultView!.location.href,
        counts: this.highlighter.counts(),
      }).catch(() => undefined);
    }, COUNTS_DELAY);
  }

  // ------------------------------------------------------------ hover card
  private listen(): void {
    const view = this.doc.defaultView!;
    const on = <K extends keyof WindowEventMap>(
      type: K,
      fn: (e: WindowEventMap[K]) => void,
      opts?: AddEventListenerOptions,
    ) => {
      view.addEventListener(type, fn, { capture: true, passive: true, ...opts });
      this.cleanups.push(() => view.removeEventListener(type, fn, { capture: true }));
    };
    let frame = 0;
    // only the reader's own input: a page's synthetic events (isTrusted false) do nothing
    on('pointermove', (e) => {
      if (frame || !e.isTrusted) return;
      frame = view.requestAnimationFrame(() => {
        frame = 0;
        this.pointerAt(e.clientX, e.clientY, e.target, false);
      });
    });
    this.cleanups.push(() => view.cancelAnimationFrame(frame));
    on('click', (e) => {
      if (!e.isTrusted || this.card.contains(e.target) || !this.stillAlive()) return;
      const sel = view.getSelection();
      if (sel && !sel.isCollapsed) return;
      this.pointerAt(e.clientX, e.clientY, e.target, true);
    });
    on('keydown', (e) => {
      if (e.isTrusted && e.key === 'Escape' && (this.card.shownFor || this.focused)) this.closeCard();
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
    if (this.card.shownFor === mark) return;
    // the name and description are asked now, while the card waits to show (HOVER_DELAY)
    void this.about(mark.id);
    const show = () => {
      if (this.destroyed) return;
      const rect = liveRange(mark.range)?.getBoundingClientRect();
      if (!rect) return;
      this.card.show({ mark, id: mark.id, kind: mark.kind, title: this.titleOf(mark) }, rect);
      void this.describe(mark);
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
    const inside = Array.from(liveRange(mark.range)?.getClientRects() ?? []).some(
      (r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1,
    );
    return inside ? mark : undefined;
  }

  /** What the card says about a record, asked once per record (and per page). */
  private about(id: string): Promise<About> {
    let p = this.descriptions.get(id);
    if (!p) {
      p = this.fetchAbout(id);
      this.descriptions.set(id, p);
    }
    return p;
  }

  private async fetchAbout(id: string): Promise<About> {
    if (id === 'claim:on-page') return { text: '', verdict: msg('hover_verdict_none') };
    try {
      const d = await sendToBackground({ type: 'details', id });
      const lang = pageLang(this.doc) ?? 'en';
      // the UI language first (the reader's setting, as in the panel), then the page's, then English
      const about = aboutFromDetails(d, cardLocale() ?? lang, lang, (st) => msg(`hover_verdict_${st}`));
      if (about.title) this.titles.set(id, about.title);
      return about;
    } catch {
      // no description: the card keeps its title
    }
    return { text: '', verdict: '' };
  }

  private async describe(mark: Mark): Promise<void> {
    const about = await this.about(mark.id);
    if (this.destroyed) return;
    if (about.title && mark.kind !== 'claim') this.card.retitle(mark, about.title);
    this.card.describe(mark, about.text, about.verdict);
  }

  /**
   * The card's title: an entity's name (from its details, asked when the pointer first rests on it;
   * the page's words until they come), a claim's own words on the page. Not sent with the highlights
   * (issue 12: the page gets what it draws, details on demand).
   */
  private titleOf(mark: Mark): string {
    if (mark.title) return mark.title;
    const words = claimTitle(liveRange(mark.range)?.toString() ?? '');
    return (mark.kind === 'claim' ? words : this.titles.get(mark.id)) || words || mark.id;
  }

  // ------------------------------------------------------------ keyboard
  /** Moves to the next or previous highlight (a browser command), shows it and opens its card. */
  step(dir: 1 | -1): boolean {
    if (!this.stillAlive()) return false;
    const marks = this.highlighter.ordered();
    if (!marks.length) return false;
    const at = this.focused ? marks.indexOf(this.focused) : -1;
    const next = marks[at < 0 ? (dir > 0 ? 0 : marks.length - 1) : (at + dir + marks.length) % marks.length];
    this.focused = next;
    const live = liveRange(next.range);
    if (!live) return false;
    const view = this.doc.defaultView!;
    const still = view.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    next.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'instant' });
    this.highlighter.flash(next.range, 0);
    clearTimeout(this.hoverTimer);
    this.card.show(
      { mark: next, id: next.id, kind: next.kind, title: this.titleOf(next) },
      live.getBoundingClientRect(),
      {
        focus: true,
      },
    );
    void this.describe(next);
    return true;
  }

  private closeCard(): void {
    this.card.hide();
    this.highlighter.unflash();
    this.focused = undefined;
  }

  // ------------------------------------------------------------ panel requests
  reveal(id: string): boolean {
    const range = this.highlighter.first(id);
    if (!range) return false;
    const el = range.startContainer.parentElement;
    const view = this.doc.defaultView!;
    // no animation for readers who asked for less motion, nor in a hidden tab (it would not run)
    const still =
      view.matchMedia?.('(prefers-reduced-motion: reduce)').matches || this.doc.visibilityState === 'hidden';
    el?.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
    this.highlighter.flash(range);
    return true;
  }

  stats(): HighlightStats {
    this.highlighter.sync();
    return {
      ranges: this.highlighter.stats(),
      active: !this.destroyed && highlightsSupported(),
      longestTaskMs: Math.round(this.longest),
      inFlight: this.inFlight,
      timing: { script: this.opts.startedAt, ...this.timing },
    };
  }

  /** Live mentions per entity id on the page (what the panel's counts are set to). */
  counts(): Record<string, number> {
    return this.highlighter.counts();
  }

  /** when the content script had its settings (the benchmark's breakdown; the page is read meanwhile) */
  settingsRead(at: number): void {
    this.timing.settings = at;
  }

  /** `firstOnly`: kinds drawn at their first mention only (options: "first mention only") */
  setKinds(kinds: KindSettings, firstOnly?: Iterable<Kind>): void {
    this.highlighter.setKinds(kinds, firstOnly);
  }

  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.hoverTimer);
    clearTimeout(this.hideTimer);
    clearTimeout(this.countsTimer);
    clearTimeout(this.navTimer);
    this.watcher?.destroy();
    for (const fn of this.cleanups.splice(0)) fn();
    this.card.destroy();
    this.highlighter.destroy();
    this.channel.port1.close();
    this.waiting.length = 0;
  }
}
