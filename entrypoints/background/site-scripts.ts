// Keeps the dynamically registered content script in step with the sites the reader added
// (starter sites come from the manifest). Only hosts whose optional permission was granted are
// registered; a host the reader added but did not grant stays listed and inactive. The stylesheet is
// registered apart, in all frames (the script runs in the top frame only). Tested in site-scripts.test.ts.
import { browser } from 'wxt/browser';
import { addedHosts, getSites } from '../../utils/storage';

const SCRIPT_ID = 'oxus-added-sites';
const CSS_ID = 'oxus-added-sites-css';
export const CONTENT_JS = 'content-scripts/content.js';
export const CONTENT_CSS = 'content-scripts/content.css';

export const originFor = (host: string) => `*://${host}/*`;

export async function syncSiteScripts(): Promise<string[]> {
  const hosts = addedHosts(await getSites());
  // one permissions read for all hosts (a call per host made a long list slow to start)
  const origins = new Set((await browser.permissions.getAll()).origins ?? []);
  const all = origins.has('*://*/*') || origins.has('<all_urls>');
  const granted = hosts.filter((h) => all || origins.has(originFor(h)));
  const matches = granted.map(originFor).sort();
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID, CSS_ID] });
  const current =
    existing
      .find((s) => s.id === SCRIPT_ID)
      ?.matches?.slice()
      .sort() ?? [];
  const styled = existing.some((s) => s.id === CSS_ID);
  if (current.join() === matches.join() && styled === matches.length > 0) return granted;
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: existing.map((s) => s.id) });
  if (matches.length) {
    await browser.scripting.registerContentScripts([
      { id: SCRIPT_ID, matches, js: [CONTENT_JS], runAt: 'document_idle' },
      // the stylesheet in every frame too: same-origin frames' highlights are painted in the frame
      { id: CSS_ID, matches, css: [CONTENT_CSS], allFrames: true },
    ]);
  }
  return granted;
}
