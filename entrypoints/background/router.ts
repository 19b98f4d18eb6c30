// The background's message handlers, one method per request type of utils/protocol.ts (which stays
// the only list of message types and validates them before they get here), with per-tab results,
// the pending claims jobs and the highlights budget. Dependencies come in (knowledge, queue,
// storage, panel, tab messaging): no listener is registered here. Tested in router.test.ts.
import type { Annotation } from '../../core/types';
import type { NameLang } from '../../core/dataset/schema';
import type { AnnotateOptions, Engine } from '../../core/engine';
import {
  MAX_MARKS,
  type BackgroundHandlers,
  type BackgroundRequest,
  type DrawList,
  type LookupResult,
  type PageEvent,
  type TabState,
} from '../../utils/protocol';
import { DrawListBuilder } from '../../utils/draw-list';
import { emptyAnnotation, mayShow } from '../../utils/relevance';
import { hostOfUrl, starterSiteFor } from '../../utils/sites';
import { resolvePageDate } from '../../utils/page-date';
import { cardStrings, type CardStrings } from '../../utils/i18n';
import { badgeText, leanState, recount, summarise, withDisplayFields } from './tab-results';
import type { Knowledge } from './knowledge';

/** Resolves in a later task: what follows runs apart from the work before it. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** state-changed events of one tab are at least this far apart (the last one always goes) */
const NOTIFY_MS = 100;

/** A tab's state is written to session storage at most this often (the last one always goes): a page
 * sent in parts made one write per part, each a copy of the whole state (issue 12, long tasks). */
export const WRITE_GAP_MS = 250;

/** Claims parts not asked for are dropped past this many (a page closed between the two replies). */
export const MAX_PENDING_CLAIMS = 64;

type Req<K extends BackgroundRequest['type']> = Extract<BackgroundRequest, { type: K }>;
type Sender = Parameters<BackgroundHandlers['annotate']>[1];
type StepCommand = 'next-highlight' | 'previous-highlight';

/** What the router uses of the rest of the extension; index.ts passes the real ones, tests fakes. */
export interface RouterDeps {
  knowledge: () => Promise<Knowledge>;
  /** per-tab fair queue of sliced work (slice-queue.ts) */
  queue: {
    run<T>(tabId: number, steps: Iterator<unknown, T>, replace?: boolean): Promise<T>;
    cancel(tabId: number): void;
  };
  /** the sliced annotation of one text (sliced-annotate.ts) */
  annotateInSlices: (
    engine: Engine,
    text: string,
    opts: AnnotateOptions,
    onEntities: (a: Annotation) => void,
  ) => Iterator<unknown, Annotation>;
  /** session storage of tab results and of the most recent tab with results (utils/storage.ts) */
  storage: {
    getTabState(tabId: number): Promise<TabState | null>;
    setTabState(state: TabState): Promise<void>;
    removeTabState(tabId: number): Promise<void>;
    getLastTab(): Promise<number | null>;
    setLastTab(tabId: number): Promise<void>;
  };
  setBadge: (tabId: number, text: string) => Promise<void>;
  notifyPages: (event: PageEvent) => Promise<void>;
  openPanel: (windowId: number | undefined) => Promise<boolean>;
  /** the keys of the open-panel command ("" when none) */
  panelShortcut: () => Promise<string>;
  /** asks a tab's content script to move to the next / previous highlight */
  stepHighlight: (tabId: number, command: StepCommand) => Promise<boolean>;
  /** the hover card's strings in the UI language (the setting, else the browser's); English without it */
  uiStrings?: () => Promise<CardStrings>;
}

/** What `npm run bench:browser` reads from the worker (scripts/bench-browser.ts); nothing else does. */
export interface RouterStats {
  bytesIn: number;
  bytesOut: number;
  entitiesMs: number[];
  claimsMs: number[];
  /** per request type, the longest synchronous part of receiving it (set by index.ts), ms */
  syncMs: Record<string, number>;
  /** the longest synchronous part of a tab-state write to session storage (copying it out), ms */
  storeMs: number;
}

export class BackgroundRouter {
  readonly stats: RouterStats = { bytesIn: 0, bytesOut: 0, entitiesMs: [], claimsMs: [], syncMs: {}, storeMs: 0 };
  /** Session storage survives a stopped service worker; the Map spares a read on every message. */
  private readonly tabs = new Map<number, TabState>();
  /** per tab: highlights sent to its current page so far (capped at MAX_MARKS) */
  private readonly drawn = new Map<number, number>();
  /** second halves of annotations, by job number, until the page asks for them */
  private readonly claimJobs = new Map<number, { tabId: number; claims: Promise<DrawList> }>();
  private nextJob = 1;
  /** the most recent tab as last written, each tab's badge as last set, its last state-changed event */
  private lastTab: number | undefined;
  private readonly badges = new Map<number, string>();
  private readonly notified = new Map<number, { at: number; timer?: ReturnType<typeof setTimeout> }>();
  /** per tab: when its state was last written to storage, and the write that is due (it takes the newest) */
  private readonly writes = new Map<number, { at: number; due?: Promise<void> }>();

  constructor(private readonly deps: RouterDeps) {}

  /** The handler map `handleBackgroundRequests` installs (utils/protocol.ts checks type and sender). */
  handlers(): BackgroundHandlers {
    return {
      annotate: (m, s) => this.annotate(m, s),
      'annotate-claims': (m, s) => this.annotateClaims(m, s),
      'page-counts': (m, s) => this.pageCounts(m, s),
      'tab-state': (m) => this.tabState(m),
      details: (m) => this.details(m),
      lookup: (m) => this.lookup(m),
      focus: (m, s) => this.focus(m, s),
      'ui-strings': () => this.deps.uiStrings?.() ?? cardStrings(),
      'test:command': (m) => this.testCommand(m),
      'test:menu-click': (m) => this.testMenuClick(m),
    };
  }

  async annotate(msg: Req<'annotate'>, sender: Sender) {
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error('annotate needs a tab');
    // a restarted worker reads the tab's stored state while the index loads, not after it (the read
    // below then finds it in the Map; a state that comes meanwhile still wins: stateOf)
    if (!this.tabs.has(tabId)) void this.stateOf(tabId).catch(() => null);
    const date = resolvePageDate(msg.dateHints);
    const k = await this.deps.knowledge();
    if (msg.mode === 'page') {
      this.drawn.set(tabId, 0);
      this.dropClaimJobs(tabId);
    }
    // entities first: the reply goes as soon as they are known; claims and dates follow in slices
    const t0 = performance.now();
    this.stats.bytesIn += msg.text.length;
    let entitiesReady!: (a: Annotation) => void;
    const entities = new Promise<Annotation>((r) => (entitiesReady = r));
    const steps = this.deps.annotateInSlices(k.engine, msg.text, { lang: msg.lang, date }, entitiesReady);
    const full = this.deps.queue.run(tabId, steps, msg.mode === 'page');
    full.catch(() => undefined);
    const found = await Promise.race([entities, full]);
    this.stats.entitiesMs.push(performance.now() - t0);
    const prev = await this.stateOf(tabId);
    // on a general outlet, nothing shows unless the page is about Central Asia (utils/relevance.ts),
    // decided from the entities pass
    const pass = {
      general: !!starterSiteFor(hostOfUrl(msg.url) ?? '')?.general,
      mode: msg.mode,
      shownBefore: !!prev && prev.url === msg.url && prev.entities.length > 0,
    };
    const shown = mayShow(pass, found, k.countryOf);
    if (!shown) this.deps.queue.cancel(tabId); // its claims would not be shown either
    const first = shown ? found : emptyAnnotation(found);
    const info = {
      tabId,
      url: msg.url,
      title: msg.title,
      mode: msg.mode,
      text: msg.text,
      readChars: msg.readChars,
      totalChars: msg.totalChars,
    };
    const next = summarise(info, { ...first, claims: [], dates: [] }, prev);
    // the panel's copy is stored while the page draws: the reply does not wait for storage (speed)
    const saved = this.saveState(next, false).catch(() => undefined);
    const list = this.drawFor(tabId, (b) => b.entities(first.entities));
    this.stats.bytesOut += JSON.stringify(list).length;
    if (!shown) return list;
    const job = this.nextJob++;
    const claims = full.then(async (ann) => {
      // a task of its own, not the tail of the last slice's (no background task over 50 ms)
      await nextTask();
      await saved;
      const now = await this.stateOf(tabId);
      if (now && now.url === msg.url)
        await this.saveState(summarise({ ...info, mode: 'more' }, { ...ann, entities: [] }, now), false);
      const drawList = this.drawFor(tabId, (b) => b.claims(ann.claims));
      this.stats.claimsMs.push(performance.now() - t0);
      this.stats.bytesOut += JSON.stringify(drawList).length;
      return drawList;
    });
    claims.catch(() => undefined);
    this.claimJobs.set(job, { tabId, claims });
    if (this.claimJobs.size > MAX_PENDING_CLAIMS) this.claimJobs.delete(this.claimJobs.keys().next().value!);
    return { ...list, job };
  }

  /** The claims of an earlier `annotate`, once, and only to the tab that sent it. */
  async annotateClaims(msg: Req<'annotate-claims'>, sender: Sender): Promise<DrawList> {
    const j = this.claimJobs.get(msg.job);
    if (!j || j.tabId !== sender.tab?.id) throw new Error('no such annotation');
    this.claimJobs.delete(msg.job);
    return j.claims;
  }

  async pageCounts(msg: Req<'page-counts'>, sender: Sender): Promise<null> {
    const tabId = sender.tab?.id;
    const prev = tabId === undefined ? null : await this.stateOf(tabId);
    if (prev && prev.url === msg.url) await this.saveState(recount(prev, msg.url, msg.counts), false);
    return null;
  }

  async tabState(msg: Req<'tab-state'>): Promise<TabState | null> {
    const tabId = await this.resolveTab(msg.tabId);
    const state = tabId === undefined ? null : await this.stateOf(tabId);
    if (!state) return null;
    // the display fields (usual name forms, coordinates) from the display records, which the worker
    // reads on the panel's or popup's first request, not before a page's first highlight
    const display = await this.deps
      .knowledge()
      .then((k) => k.display())
      .catch(() => null);
    return display ? withDisplayFields(state, display) : state;
  }

  async details(msg: Req<'details'>) {
    return (await this.deps.knowledge()).details(msg.id, msg.lang);
  }

  async lookup(msg: Req<'lookup'>): Promise<LookupResult> {
    if (!msg.typing) return this.lookupInto(msg.query, msg.tabId, msg.lang);
    const state = msg.tabId === undefined ? null : await this.stateOf(msg.tabId);
    return (await this.deps.knowledge()).lookup(msg.query, state?.date, msg.lang);
  }

  async focus(msg: Req<'focus'>, sender: Sender) {
    const opening = this.deps.openPanel(sender.tab?.windowId); // first, while the reader's click may count
    const tabId = sender.tab?.id;
    const state = tabId === undefined ? null : await this.stateOf(tabId);
    // saved either way: the panel shows the item when the reader opens it
    if (state) await this.saveState({ ...state, focus: msg.id }, false);
    const opened = await opening;
    return { opened, ...(opened ? {} : { shortcut: await this.deps.panelShortcut() }) };
  }

  async testCommand(msg: Req<'test:command'>) {
    const tabId = await this.resolveTab(msg.tabId);
    return { moved: tabId === undefined ? false : await this.deps.stepHighlight(tabId, msg.command) };
  }

  async testMenuClick(msg: Req<'test:menu-click'>) {
    const tabId = await this.resolveTab(msg.tabId);
    return this.onLookupClick(msg.selectionText, tabId === undefined ? undefined : { id: tabId });
  }

  /** The context-menu handler; also reached through the `test:menu-click` seam. */
  onLookupClick(selectionText: string, tab: { id?: number; windowId?: number } | undefined) {
    void this.deps.openPanel(tab?.windowId); // first, while the user gesture holds
    return this.lookupInto(selectionText, tab?.id);
  }

  /** A closed tab: its results, budget, queued work and pending claims go. */
  async forget(tabId: number): Promise<void> {
    this.tabs.delete(tabId);
    this.drawn.delete(tabId);
    this.badges.delete(tabId);
    clearTimeout(this.notified.get(tabId)?.timer);
    this.notified.delete(tabId);
    this.writes.delete(tabId);
    if (this.lastTab === tabId) this.lastTab = undefined;
    this.deps.queue.cancel(tabId);
    this.dropClaimJobs(tabId);
    await this.deps.storage.removeTabState(tabId).catch(() => undefined);
  }

  /** A tab became active: it is the "most recent tab" when it has results. */
  async activated(tabId: number): Promise<void> {
    if (!(await this.stateOf(tabId))) return;
    this.lastTab = tabId;
    await this.deps.storage.setLastTab(tabId).catch(() => undefined);
  }

  async stateOf(tabId: number): Promise<TabState | null> {
    const hit = this.tabs.get(tabId);
    if (hit) return hit;
    // stored lean (leanState): tabState gives the display fields back from the index
    const state = await this.deps.storage.getTabState(tabId).catch(() => null);
    if (!state) return null;
    // a newer state may have come while storage was read
    const now = this.tabs.get(tabId);
    if (now) return now;
    this.tabs.set(tabId, state);
    return state;
  }

  /** Pending claims jobs (for tests and the benchmark). */
  get pendingClaims(): number {
    return this.claimJobs.size;
  }

  private dropClaimJobs(tabId: number): void {
    for (const [job, j] of this.claimJobs) if (j.tabId === tabId) this.claimJobs.delete(job);
  }

  /** `untilWritten` false: resolves once the panel's copy is set, not when storage has it (page replies) */
  private async saveState(state: TabState, untilWritten = true): Promise<void> {
    const { storage } = this.deps;
    // the panel reads the Map; the storage copy is for a worker that restarts
    this.tabs.set(state.tabId, state);
    // a page in parts saves once per part: what did not change is not written or sent again
    if (this.lastTab !== state.tabId) {
      this.lastTab = state.tabId;
      await storage.setLastTab(state.tabId).catch(() => undefined);
    }
    const badge = badgeText(state);
    if (this.badges.get(state.tabId) !== badge) {
      this.badges.set(state.tabId, badge);
      await this.deps.setBadge(state.tabId, badge).catch(() => undefined);
    }
    this.notifySoon(state.tabId);
    const written = this.writeSoon(state.tabId);
    if (untilWritten) await written;
  }

  /**
   * Writes the tab's newest state to session storage (for a worker that restarts) in a task of its
   * own, not the tail of a slice's or a reply's, and at most once per WRITE_GAP_MS: the states that
   * come meanwhile are written once, as the newest. Resolves when that write is done.
   */
  private writeSoon(tabId: number): Promise<void> {
    let w = this.writes.get(tabId);
    if (!w) this.writes.set(tabId, (w = { at: -Infinity }));
    if (w.due) return w.due;
    const entry = w;
    const wait = WRITE_GAP_MS - (performance.now() - entry.at);
    entry.due = (wait > 0 ? new Promise<void>((r) => setTimeout(r, wait)) : nextTask()).then(async () => {
      entry.due = undefined;
      const state = this.tabs.get(tabId);
      if (!state || this.writes.get(tabId) !== entry) return; // the tab was closed meanwhile
      entry.at = performance.now();
      const write = this.deps.storage.setTabState(leanState(state));
      this.stats.storeMs = Math.max(this.stats.storeMs, performance.now() - entry.at);
      await write.catch(() => undefined);
    });
    return entry.due;
  }

  /**
   * Tells open panels the tab's state changed: at once, or, within NOTIFY_MS of the last time, once
   * at the end of that window (a panel re-reads the state on each: in Firefox on the background's
   * own thread).
   */
  private notifySoon(tabId: number): void {
    const send = () => {
      this.notified.set(tabId, { at: performance.now() });
      void this.deps.notifyPages({ type: 'state-changed', tabId }).catch(() => undefined);
    };
    const last = this.notified.get(tabId);
    const wait = last ? NOTIFY_MS - (performance.now() - last.at) : 0;
    if (last?.timer !== undefined) return; // one is due already
    if (!last || wait <= 0) send();
    else last.timer = setTimeout(send, wait);
  }

  /** A draw list within what the tab's page may still draw (MAX_MARKS a page). */
  private drawFor(tabId: number, fill: (b: DrawListBuilder) => void): DrawList {
    const b = new DrawListBuilder(MAX_MARKS - (this.drawn.get(tabId) ?? 0));
    fill(b);
    this.drawn.set(tabId, MAX_MARKS - b.remaining);
    return b.build();
  }

  private async resolveTab(tabId: number | undefined): Promise<number | undefined> {
    return tabId ?? (await this.deps.storage.getLastTab().catch(() => null)) ?? undefined;
  }

  private async lookupInto(query: string, tabId: number | undefined, lang?: NameLang): Promise<LookupResult> {
    const target = await this.resolveTab(tabId);
    const state = target === undefined ? null : await this.stateOf(target);
    const result = await (await this.deps.knowledge()).lookup(query.trim().slice(0, 200), state?.date, lang);
    if (target !== undefined) {
      // a tab Oxus does not read (site off) still gets its lookup shown in the panel
      const base: TabState = state ?? {
        tabId: target,
        url: '',
        title: '',
        lang: 'und',
        entities: [],
        events: [],
        claims: [],
        updatedAt: Date.now(),
      };
      await this.saveState({ ...base, lookup: result, focus: undefined });
    }
    return result;
  }
}
