// Background: the message router (utils/protocol.ts), the engine holder, per-tab results and the
// badge, the "Look up" context menu and the open-panel command. The index lives here only.
// Must not touch page DOM. Tested by e2e/ in Chromium and Firefox (router, menu seam, badge state).
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import {
  handleBackgroundRequests,
  MAX_MARKS,
  notifyPages,
  sendToTab,
  type DrawList,
  type TabState,
} from '../../utils/protocol';
import { DrawListBuilder } from '../../utils/draw-list';
import type { Annotation } from '../../core/types';
import {
  getTabState,
  lastTabItem,
  removeTabState,
  setTabState,
  watchSites,
  watchUiLanguage,
} from '../../utils/storage';
import { loadUiMessages } from '../../utils/page-i18n';
import { t } from '../../utils/i18n';
import { emptyAnnotation, mayShow } from '../../utils/relevance';
import { hostOfUrl, starterSiteFor } from '../../utils/sites';
import { actionApi, menusApi, openPanel } from '../../utils/panel';
import { resolvePageDate } from '../../utils/page-date';
import { badgeText, recount, summarise } from './tab-results';
import type { NameLang } from '../../core/dataset/schema';
import { knowledge } from './knowledge';
import { syncSiteScripts } from './site-scripts';
import { annotateInSlices } from './sliced-annotate';
import { SliceQueue } from './slice-queue';

const MENU_ID = 'oxus-lookup';

/** The keys the reader has for the open-panel command ("" when none is set). */
async function openPanelShortcut(): Promise<string> {
  try {
    const all = await browser.commands.getAll();
    return all.find((c) => c.name === 'open-panel')?.shortcut ?? '';
  } catch {
    return '';
  }
}

/** Keyboard: the tab's content script moves to the next / previous highlight and opens its card. */
async function stepHighlight(tabId: number, command: 'next-highlight' | 'previous-highlight'): Promise<boolean> {
  try {
    return (await sendToTab(tabId, { type: 'step', dir: command === 'next-highlight' ? 1 : -1 })).moved;
  } catch {
    return false; // no content script in that tab (site off, or not a web page)
  }
}

/** Claims parts not asked for are dropped past this many (a page closed between the two replies). */
const MAX_PENDING_CLAIMS = 64;

export default defineBackground(() => {
  // Start reading the index now, not on the first message: a page's first request then waits for
  // the rest of it only (a failed load is retried on the next use).
  void knowledge().catch(() => undefined);
  // Every tab's annotation runs in slices, tabs taking turns (slice-queue.ts)
  const queue = new SliceQueue();
  /** per tab: highlights sent to its current page so far (capped at MAX_MARKS) */
  const drawn = new Map<number, number>();
  /** second halves of annotations, by job number, until the page asks for them */
  const claimJobs = new Map<number, { tabId: number; claims: Promise<DrawList> }>();
  let nextJob = 1;
  // what `npm run bench:browser` reads from the worker (scripts/bench-browser.ts); nothing else does
  const stats = { bytesIn: 0, bytesOut: 0, entitiesMs: [] as number[], claimsMs: [] as number[], queue };
  (globalThis as Record<string, unknown>).oxusStats = stats;

  // Session storage survives a stopped service worker; the Map spares a read on every message.
  const tabs = new Map<number, TabState>();

  async function stateOf(tabId: number): Promise<TabState | null> {
    const hit = tabs.get(tabId);
    if (hit) return hit;
    const stored = await getTabState(tabId).catch(() => null);
    if (stored) tabs.set(tabId, stored);
    return stored;
  }

  async function saveState(state: TabState): Promise<void> {
    tabs.set(state.tabId, state);
    await setTabState(state).catch(() => undefined);
    await lastTabItem.setValue(state.tabId).catch(() => undefined);
    await actionApi()
      .setBadgeText({ tabId: state.tabId, text: badgeText(state) })
      .catch(() => undefined);
    await notifyPages({ type: 'state-changed', tabId: state.tabId });
  }

  /** A draw list within what the tab's page may still draw (MAX_MARKS a page). */
  function drawFor(tabId: number, fill: (b: DrawListBuilder) => void): DrawList {
    const b = new DrawListBuilder(MAX_MARKS - (drawn.get(tabId) ?? 0));
    fill(b);
    drawn.set(tabId, MAX_MARKS - b.remaining);
    return b.build();
  }

  async function forget(tabId: number): Promise<void> {
    tabs.delete(tabId);
    drawn.delete(tabId);
    queue.cancel(tabId);
    for (const [job, j] of claimJobs) if (j.tabId === tabId) claimJobs.delete(job);
    await removeTabState(tabId).catch(() => undefined);
  }

  async function resolveTab(tabId: number | undefined): Promise<number | undefined> {
    return tabId ?? (await lastTabItem.getValue().catch(() => null)) ?? undefined;
  }

  async function lookupInto(query: string, tabId: number | undefined, lang?: NameLang) {
    const target = await resolveTab(tabId);
    const state = target === undefined ? null : await stateOf(target);
    const result = (await knowledge()).lookup(query.trim().slice(0, 200), state?.date, lang);
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
      await saveState({ ...base, lookup: result, focus: undefined });
    }
    return result;
  }

  /** The context-menu handler; also reached through the `test:menu-click` seam. */
  function onLookupClick(selectionText: string, tab: { id?: number; windowId?: number } | undefined) {
    void openPanel(tab?.windowId); // first, while the user gesture holds
    return lookupInto(selectionText, tab?.id);
  }

  handleBackgroundRequests({
    async annotate(msg, sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('annotate needs a tab');
      const date = resolvePageDate(msg.dateHints);
      const k = await knowledge();
      if (msg.mode === 'page') {
        drawn.set(tabId, 0);
        for (const [job, j] of claimJobs) if (j.tabId === tabId) claimJobs.delete(job);
      }
      // entities first: the reply goes as soon as they are known; claims and dates follow in slices
      const t0 = performance.now();
      stats.bytesIn += msg.text.length;
      let entitiesReady!: (a: Annotation) => void;
      const entities = new Promise<Annotation>((r) => (entitiesReady = r));
      const full = queue.run(
        tabId,
        annotateInSlices(k.engine, msg.text, { lang: msg.lang, date }, entitiesReady),
        msg.mode === 'page',
      );
      full.catch(() => undefined);
      const found = await Promise.race([entities, full]);
      stats.entitiesMs.push(performance.now() - t0);
      const prev = await stateOf(tabId);
      // on a general outlet, nothing shows unless the page is about Central Asia (utils/relevance.ts),
      // decided from the entities pass
      const pass = {
        general: !!starterSiteFor(hostOfUrl(msg.url) ?? '')?.general,
        mode: msg.mode,
        shownBefore: !!prev && prev.url === msg.url && prev.entities.length > 0,
      };
      const shown = mayShow(pass, found, k.countryOf);
      if (!shown) queue.cancel(tabId); // its claims would not be shown either
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
      for (const e of next.entities) {
        if (e.type === 'place' && !e.coords) e.coords = k.coords(e.id);
        e.forms ??= k.forms(e.id);
      }
      // the panel's copy is stored while the page draws: the reply does not wait for storage (speed)
      const saved = saveState(next).catch(() => undefined);
      const list = drawFor(tabId, (b) => b.entities(first.entities));
      stats.bytesOut += JSON.stringify(list).length;
      if (!shown) return list;
      const job = nextJob++;
      const claims = full.then(async (ann) => {
        await saved;
        const now = await stateOf(tabId);
        if (now && now.url === msg.url)
          await saveState(summarise({ ...info, mode: 'more' }, { ...ann, entities: [] }, now));
        const drawList = drawFor(tabId, (b) => b.claims(ann.claims));
        stats.claimsMs.push(performance.now() - t0);
        stats.bytesOut += JSON.stringify(drawList).length;
        return drawList;
      });
      claims.catch(() => undefined);
      claimJobs.set(job, { tabId, claims });
      if (claimJobs.size > MAX_PENDING_CLAIMS) claimJobs.delete(claimJobs.keys().next().value!);
      return { ...list, job };
    },
    async 'annotate-claims'(msg, sender) {
      const j = claimJobs.get(msg.job);
      if (!j || j.tabId !== sender.tab?.id) throw new Error('no such annotation');
      claimJobs.delete(msg.job);
      return j.claims;
    },
    async 'page-counts'(msg, sender) {
      const tabId = sender.tab?.id;
      const prev = tabId === undefined ? null : await stateOf(tabId);
      if (prev && prev.url === msg.url) await saveState(recount(prev, msg.url, msg.counts));
      return null;
    },
    async 'tab-state'(msg) {
      const tabId = await resolveTab(msg.tabId);
      return tabId === undefined ? null : stateOf(tabId);
    },
    details: async (msg) => (await knowledge()).details(msg.id, msg.lang),
    async lookup(msg) {
      if (!msg.typing) return lookupInto(msg.query, msg.tabId, msg.lang);
      const state = msg.tabId === undefined ? null : await stateOf(msg.tabId);
      return (await knowledge()).lookup(msg.query, state?.date, msg.lang);
    },
    async focus(msg, sender) {
      const opening = openPanel(sender.tab?.windowId); // first, while the reader's click may count
      const tabId = sender.tab?.id;
      const state = tabId === undefined ? null : await stateOf(tabId);
      // saved either way: the panel shows the item when the reader opens it
      if (state) await saveState({ ...state, focus: msg.id });
      const opened = await opening;
      return { opened, ...(opened ? {} : { shortcut: await openPanelShortcut() }) };
    },
    'test:command': async (msg) => {
      const tabId = await resolveTab(msg.tabId);
      return { moved: tabId === undefined ? false : await stepHighlight(tabId, msg.command) };
    },
    'test:menu-click': async (msg) => {
      const tabId = await resolveTab(msg.tabId);
      return onLookupClick(msg.selectionText, tabId === undefined ? undefined : { id: tabId });
    },
  });

  // Context menu: created at install/startup (menus do not survive in every browser otherwise).
  const menus = menusApi();
  // its title in the UI language (the setting, else the browser's), renamed when the setting changes
  const createMenu = async () => {
    if (!menus) return;
    await loadUiMessages();
    await menus.removeAll();
    menus.create(
      { id: MENU_ID, title: t('menu_lookup'), contexts: ['selection'] },
      () => void browser.runtime.lastError,
    );
  };
  browser.runtime.onInstalled.addListener((details) => {
    void createMenu();
    // the first-run page, once: where Oxus runs, the panel, right-click lookup, the UI language
    if (details.reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  browser.runtime.onStartup.addListener(() => void createMenu());
  watchUiLanguage(() => void createMenu());
  menus?.onClicked.addListener((info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) => {
    if (info.menuItemId === MENU_ID && info.selectionText) void onLookupClick(info.selectionText, tab);
  });

  browser.commands.onCommand.addListener((command: string, tab?: Browser.tabs.Tab) => {
    if (command === 'open-panel') void openPanel(tab?.windowId);
    else if ((command === 'next-highlight' || command === 'previous-highlight') && tab?.id !== undefined) {
      void stepHighlight(tab.id, command);
    }
  });

  browser.tabs.onRemoved.addListener((tabId) => void forget(tabId));
  // No tabs.onUpdated listener: it woke the worker on every navigation on every site, Oxus on or
  // off. A page Oxus reads replaces its tab's results itself (mode 'page').
  browser.tabs.onActivated.addListener(({ tabId }) => {
    void stateOf(tabId).then((s) => (s ? lastTabItem.setValue(tabId) : undefined));
  });

  // Sites the reader added: keep the registered content script in step with settings and grants.
  const sync = () => void syncSiteScripts().catch((e) => console.warn('Oxus: site scripts', e));
  sync();
  watchSites(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  actionApi()
    .setBadgeBackgroundColor({ color: '#1f5f8b' })
    .catch(() => undefined);
});
