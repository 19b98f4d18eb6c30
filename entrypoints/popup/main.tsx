// Toolbar popup: wires PopupView to the tab, the site settings, optional host permissions and
// script injection (activeTab + scripting) for a site the reader turns on. Wiring only (layout is
// PopupView's). Tested in components/PopupView.test.tsx and e2e/scenario.ts (popup step).
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupView, type SiteInfo } from '../../components/PopupView';
import { sendToBackground } from '../../utils/protocol';
import { getSites, isSiteEnabled, setSiteEnabled, siteKeyFor } from '../../utils/storage';
import { hostOfUrl, normaliseHost } from '../../utils/sites';
import { openPanel } from '../../utils/panel';
import { targetTabId } from '../../utils/active-tab';
import { startPageI18n } from '../../utils/page-i18n';
import '../../assets/ui.css';

const CONTENT_JS = '/content-scripts/content.js';
const CONTENT_CSS = '/content-scripts/content.css';

async function main() {
  await startPageI18n();
  const tabId = await targetTabId();
  const state = await sendToBackground({ type: 'tab-state', tabId }).catch(() => null);
  const tab = tabId !== undefined ? await browser.tabs.get(tabId).catch(() => undefined) : undefined;
  const targetId = tabId ?? state?.tabId;
  const windowId = tab?.windowId ?? (await browser.windows.getCurrent().catch(() => undefined))?.id;
  const host = normaliseHost(hostOfUrl(tab?.url) ?? hostOfUrl(state?.url) ?? '');
  const sites = await getSites();
  const site: SiteInfo | null = host ? { host, ...siteKeyFor(host), enabled: isSiteEnabled(host, sites) } : null;

  function onToggle(on: boolean): Promise<string | undefined> {
    if (!site) return Promise.resolve('No site here');
    const origins = [`*://${site.key}/*`];
    // Ask first, synchronously inside the click: Firefox drops the gesture after any await.
    const granted = on && !site.starter ? browser.permissions.request({ origins }) : Promise.resolve(true);
    return (async () => {
      // Record the intent at once: Firefox may close the popup while its permission prompt shows;
      // the background then registers the site when the grant arrives (permissions.onAdded).
      await setSiteEnabled(site.host, on);
      if (!(await granted.catch(() => false))) {
        await setSiteEnabled(site.host, false);
        return `Oxus needs your permission to read ${site.key}.`;
      }
      if (!on && !site.starter) await browser.permissions.remove({ origins }).catch(() => false);
      if (on && !site.starter && targetId !== undefined) {
        // read the open page now; later visits use the registered content script
        await browser.scripting.insertCSS({ target: { tabId: targetId }, files: [CONTENT_CSS] }).catch(() => undefined);
        await browser.scripting
          .executeScript({ target: { tabId: targetId }, files: [CONTENT_JS] })
          .catch(() => undefined);
      }
      return undefined;
    })();
  }

  function onOpenPanel() {
    void openPanel(windowId).then((ok) => ok && window.close());
  }

  function onOpenSettings() {
    void browser.runtime.openOptionsPage().then(
      () => window.close(),
      () => undefined,
    );
  }
  const commands = await browser.commands.getAll().catch(() => []);
  const panelShortcut = commands.find((c) => c.name === 'open-panel')?.shortcut || undefined;

  render(
    <PopupView
      state={state}
      site={site}
      onToggle={onToggle}
      onOpenPanel={onOpenPanel}
      onOpenSettings={onOpenSettings}
      panelShortcut={panelShortcut}
    />,
    document.getElementById('app')!,
  );
}

void main();
