// Background shell: wires browser events to the message router (router.ts: one handler per request
// of utils/protocol.ts), the "Look up" context menu, the keyboard commands, tab close/activation and
// site scripts. The index lives in the background only. Must not touch page DOM.
// Tested in router.test.ts (the handlers) and by e2e/ in Chromium and Firefox (menu seam, badge).
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleBackgroundRequests, notifyPages, sendToTab } from '../../utils/protocol';
import {
  getTabState,
  lastTabItem,
  removeTabState,
  setTabState,
  watchSites,
  watchUiLanguage,
} from '../../utils/storage';
import { loadUiMessages } from '../../utils/page-i18n';
import { cardStrings, t } from '../../utils/i18n';
import { actionApi, menusApi, openPanel } from '../../utils/panel';
import { knowledge } from './knowledge';
import { BackgroundRouter } from './router';
import { syncSiteScripts } from './site-scripts';
import { annotateInSlices } from './sliced-annotate';
import { SliceQueue } from './slice-queue';
import { heartbeat } from './heartbeat';

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

export default defineBackground(() => {
  // Start reading the index now, not on the first message: a page's first request then waits for
  // the rest of it only (a failed load is retried on the next use).
  void knowledge().catch(() => undefined);
  // Every tab's annotation runs in slices, tabs taking turns (slice-queue.ts)
  const queue = new SliceQueue();
  const router = new BackgroundRouter({
    knowledge,
    queue,
    annotateInSlices,
    storage: {
      getTabState,
      setTabState,
      removeTabState,
      getLastTab: () => lastTabItem.getValue(),
      setLastTab: (tabId) => lastTabItem.setValue(tabId),
    },
    setBadge: (tabId, text) => actionApi().setBadgeText({ tabId, text }),
    notifyPages,
    openPanel,
    panelShortcut: openPanelShortcut,
    stepHighlight,
    // the card on a page follows the same UI-language setting as the panel, not the browser's language
    uiStrings: async () => {
      await loadUiMessages();
      return cardStrings();
    },
  });
  // what `npm run bench:browser` and the e2e read from the worker (scripts/bench-browser.ts,
  // e2e/page-defects.ts); nothing else does. The heartbeat runs only once they start it.
  (globalThis as Record<string, unknown>).oxusStats = Object.assign(router.stats, { queue, beat: heartbeat() });
  // the longest synchronous part of each request type (receiving, validating, starting its handler)
  handleBackgroundRequests(router.handlers(), (type, ms) => {
    router.stats.syncMs[type] = Math.max(router.stats.syncMs[type] ?? 0, Math.round(ms));
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
    if (info.menuItemId === MENU_ID && info.selectionText) void router.onLookupClick(info.selectionText, tab);
  });

  browser.commands.onCommand.addListener((command: string, tab?: Browser.tabs.Tab) => {
    if (command === 'open-panel') void openPanel(tab?.windowId);
    else if ((command === 'next-highlight' || command === 'previous-highlight') && tab?.id !== undefined) {
      void stepHighlight(tab.id, command);
    }
  });

  browser.tabs.onRemoved.addListener((tabId) => void router.forget(tabId));
  // No tabs.onUpdated listener: it woke the worker on every navigation on every site, Oxus on or
  // off. A page Oxus reads replaces its tab's results itself (mode 'page').
  browser.tabs.onActivated.addListener(({ tabId }) => void router.activated(tabId));

  // Sites the reader added: keep the registered content script in step with settings and grants.
  const sync = () => void syncSiteScripts().catch((e) => console.warn('Oxus: site scripts', e));
  // at start, once the index is read: registrations persist across restarts, and its storage and
  // permission reads would otherwise come before a waiting page's first answer
  void knowledge()
    .catch(() => undefined)
    .then(sync);
  watchSites(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  actionApi()
    .setBadgeBackgroundColor({ color: '#1f5f8b' })
    .catch(() => undefined);
});
