// Which tab an extension page speaks for. In the side panel/sidebar and the popup: the active tab
// of the window. Opened as a page of its own (tests, a pinned tab): `?tab=ID`, or else the most
// recent tab with results (the background resolves an omitted id). Reads tabs only, never a page.
// Tested in active-tab.test.ts.
import { browser } from 'wxt/browser';

export async function targetTabId(search = location.search): Promise<number | undefined> {
  const param = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(param) && param >= 0 && new URLSearchParams(search).has('tab')) return param;
  const self = await browser.tabs.getCurrent().catch(() => undefined);
  if (self) return undefined;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
