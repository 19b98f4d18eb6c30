// Side panel (Chrome side_panel / Firefox sidebar_action): mounts SidePanelApp with a PanelApi
// built on the one protocol, in the UI language's direction. Which tab it follows: utils/active-tab.ts.
// Wiring only. Tested in components/SidePanelApp.test.tsx and e2e/scenario.ts (side panel steps).
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { SidePanelApp, type PanelApi } from '../../components/SidePanelApp';
import { onPageEvent, sendToBackground, sendToTab } from '../../utils/protocol';
import { targetTabId } from '../../utils/active-tab';
import { startPageI18n } from '../../utils/page-i18n';
import { uiLocale } from '../../utils/i18n';
import { nameKeyFor } from '../../utils/present/names';
import '../../assets/ui.css';

let shownTab: number | undefined;

const api: PanelApi = {
  async getState() {
    const tabId = await targetTabId();
    const state = await sendToBackground({ type: 'tab-state', tabId });
    shownTab = state?.tabId ?? tabId;
    return state;
  },
  subscribe(onChange) {
    const stopEvents = onPageEvent(() => onChange());
    const onActivated = () => onChange();
    browser.tabs.onActivated.addListener(onActivated);
    browser.windows?.onFocusChanged.addListener(onActivated);
    return () => {
      stopEvents();
      browser.tabs.onActivated.removeListener(onActivated);
      browser.windows?.onFocusChanged.removeListener(onActivated);
    };
  },
  details: (id) => sendToBackground({ type: 'details', id, lang: nameKeyFor(uiLocale()) }),
  async reveal(id) {
    if (shownTab === undefined) return false;
    const res = await sendToTab(shownTab, { type: 'reveal', id }).catch(() => ({ found: false }));
    return res.found;
  },
  lookup: (query, typing) =>
    sendToBackground({ type: 'lookup', query, tabId: shownTab, lang: nameKeyFor(uiLocale()), typing }),
};

// the UI language's messages first: every string is read while rendering (startPageI18n sets lang/dir)
void startPageI18n().then(() => render(<SidePanelApp api={api} />, document.getElementById('app')!));
