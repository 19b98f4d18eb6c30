// Keeps the dynamically registered content script in step with the sites the reader added
// (starter sites come from the manifest). Only hosts whose optional permission was granted are
// registered; a host the reader added but did not grant stays listed and inactive.
import { browser } from 'wxt/browser';
import { addedHosts, getSites } from '../../utils/storage';

const SCRIPT_ID = 'oxus-added-sites';
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
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  const current = existing[0]?.matches?.slice().sort() ?? [];
  if (current.join() === matches.join()) return granted;
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (matches.length) {
    await browser.scripting.registerContentScripts([
      { id: SCRIPT_ID, matches, js: [CONTENT_JS], css: [CONTENT_CSS], runAt: 'document_idle' },
    ]);
  }
  return granted;
}
