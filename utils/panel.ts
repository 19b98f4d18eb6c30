// Opening the side panel (Chrome sidePanel) or sidebar (Firefox sidebarAction), and the context
// menu API under its two names. Both browsers require open() inside a user gesture: call openPanel
// synchronously first in a click/command handler, before any await. Checked in e2e (both browsers).
import { browser } from 'wxt/browser';

interface FirefoxApis {
  sidebarAction?: { open(): Promise<void> };
  menus?: typeof browser.contextMenus;
}
interface ChromeSidePanel {
  sidePanel?: { open(options: { windowId?: number; tabId?: number }): Promise<void> };
}
const ff = browser as unknown as FirefoxApis;
const cr = browser as unknown as ChromeSidePanel;

/** Opens the panel; resolves false when the browser refused (no gesture, no window). Never throws. */
export function openPanel(windowId: number | undefined): Promise<boolean> {
  try {
    if (cr.sidePanel?.open) {
      if (windowId === undefined) return Promise.resolve(false);
      return cr.sidePanel.open({ windowId }).then(
        () => true,
        () => false,
      );
    }
    if (ff.sidebarAction?.open) {
      return ff.sidebarAction.open().then(
        () => true,
        () => false,
      );
    }
  } catch {
    // thrown synchronously when there is no user gesture (Firefox)
  }
  return Promise.resolve(false);
}

/** Firefox calls it `menus`, Chrome `contextMenus`; each has only the one its permission names. */
export const menusApi = (): typeof browser.contextMenus | undefined => ff.menus ?? browser.contextMenus;

/** The toolbar button API: `action` in MV3, `browserAction` in Firefox MV2. */
export const actionApi = (): typeof browser.action =>
  browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
