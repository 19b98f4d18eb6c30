// The one storage module: every key Oxus stores is named here (@wxt-dev/storage items with
// versions). Reads repair what they can and never write; writes validate first, so bad input or
// a corrupted value never costs the reader their settings. Tested in storage.test.ts (fake browser).
import * as v from 'valibot';
import { storage } from '@wxt-dev/storage';
import { KINDS, type Kind, type TabState } from './protocol';
import { STARTER_SITES, hostIsUnder, normaliseHost, starterSiteFor } from './sites';
import { isUiLocale, type UiLanguageSetting } from './ui-locales';

// ---------------------------------------------------------------- sites
/** v1: hosts the reader added beyond the starter list, and starter domains the reader turned off. */
export interface SiteSettings {
  added: string[];
  removed: string[];
}
const MAX_SITES = 500;
const Host = v.pipe(v.string(), v.check((h) => normaliseHost(h) === h, 'not a bare host name'));
const SiteSettingsSchema = v.strictObject({
  added: v.pipe(v.array(Host), v.maxLength(MAX_SITES)),
  removed: v.pipe(v.array(Host), v.maxLength(MAX_SITES)),
});

const EMPTY_SITES: SiteSettings = { added: [], removed: [] };

export const sitesItem = storage.defineItem<SiteSettings>('local:sites', {
  fallback: EMPTY_SITES,
  version: 1,
});

/** Keeps the valid hosts of whatever is stored (another version's shape, hand edits, garbage). */
export function repairSites(raw: unknown): SiteSettings {
  const ok = v.safeParse(SiteSettingsSchema, raw);
  if (ok.success) return ok.output;
  const obj = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const hosts = (x: unknown) =>
    Array.isArray(x)
      ? [...new Set(x.flatMap((h) => (typeof h === 'string' ? (normaliseHost(h) ?? []) : [])))].slice(0, MAX_SITES)
      : [];
  return { added: hosts(obj.added), removed: hosts(obj.removed) };
}

export async function getSites(): Promise<SiteSettings> {
  return repairSites(await sitesItem.getValue());
}

export function watchSites(cb: (s: SiteSettings) => void): () => void {
  return sitesItem.watch((value) => cb(repairSites(value)));
}

/** Which switch controls `host`: its starter domain, or the host itself for a site the reader added. */
export function siteKeyFor(host: string): { key: string; starter: boolean } {
  const starter = starterSiteFor(host);
  return starter ? { key: starter.domain, starter: true } : { key: host, starter: false };
}

export function isSiteEnabled(host: string | undefined, s: SiteSettings): boolean {
  if (!host) return false;
  const h = normaliseHost(host);
  if (!h) return false;
  const starter = starterSiteFor(h);
  if (starter) return !s.removed.includes(starter.domain);
  return s.added.some((a) => a === h);
}

/**
 * Turns Oxus on or off for the site of `hostInput` (a host or URL as typed). Throws on input that
 * is not a web host; the stored settings are then untouched. Returns the settings written.
 */
export async function setSiteEnabled(hostInput: string, on: boolean): Promise<SiteSettings> {
  const host = normaliseHost(hostInput);
  if (!host) throw new Error(`“${hostInput.slice(0, 80)}” is not a web site address`);
  const cur = await getSites();
  const { key, starter } = siteKeyFor(host);
  const next: SiteSettings = starter
    ? { added: cur.added, removed: on ? cur.removed.filter((d) => d !== key) : [...new Set([...cur.removed, key])] }
    : { added: on ? [...new Set([...cur.added, key])] : cur.added.filter((d) => d !== key), removed: cur.removed };
  const valid = v.parse(SiteSettingsSchema, next);
  await sitesItem.setValue(valid);
  return valid;
}

/** Hosts the reader added that need an optional host permission (not under a starter domain). */
export const addedHosts = (s: SiteSettings): string[] =>
  s.added.filter((h) => !STARTER_SITES.some((site) => hostIsUnder(h, site.domain)));

// ---------------------------------------------------------------- highlight kinds
export type KindSettings = Record<Kind, boolean>;
const ALL_ON = Object.fromEntries(KINDS.map((k) => [k, true])) as KindSettings;

export const kindsItem = storage.defineItem<KindSettings>('local:highlightKinds', {
  fallback: ALL_ON,
  version: 1,
});

export function repairKinds(raw: unknown): KindSettings {
  const obj = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  return Object.fromEntries(KINDS.map((k) => [k, typeof obj[k] === 'boolean' ? obj[k] : true])) as KindSettings;
}

export async function getKinds(): Promise<KindSettings> {
  return repairKinds(await kindsItem.getValue());
}

export function watchKinds(cb: (k: KindSettings) => void): () => void {
  return kindsItem.watch((value) => cb(repairKinds(value)));
}

export async function setKindEnabled(kind: Kind, on: boolean): Promise<KindSettings> {
  if (!(KINDS as readonly string[]).includes(kind)) throw new Error(`unknown highlight kind ${String(kind)}`);
  if (typeof on !== 'boolean') throw new Error('expected on/off');
  const next = { ...(await getKinds()), [kind]: on };
  await kindsItem.setValue(next);
  return next;
}

// ---------------------------------------------------------------- UI language
/** v1: 'auto' (the browser's language) or one of the 13 UI locales (utils/i18n.ts UI_LOCALES). */
export const uiLanguageItem = storage.defineItem<UiLanguageSetting>('local:uiLanguage', {
  fallback: 'auto',
  version: 1,
});

/** Anything that is not 'auto' or a known locale folder name reads as 'auto'. */
export const repairUiLanguage = (raw: unknown): UiLanguageSetting => (isUiLocale(raw) ? raw : 'auto');

export async function getUiLanguage(): Promise<UiLanguageSetting> {
  return repairUiLanguage(await uiLanguageItem.getValue());
}

export async function setUiLanguage(value: UiLanguageSetting): Promise<void> {
  if (value !== 'auto' && !isUiLocale(value)) throw new Error(`unknown UI language ${String(value).slice(0, 20)}`);
  await uiLanguageItem.setValue(value);
}

export function watchUiLanguage(cb: (value: UiLanguageSetting) => void): () => void {
  return uiLanguageItem.watch((value) => cb(repairUiLanguage(value)));
}

// ---------------------------------------------------------------- per-tab results (session only)
// Kept in session storage so a Chrome service worker that was stopped still knows what each tab
// showed; nothing here outlives the browser session.
const tabKey = (tabId: number) => `session:tab-${tabId}` as const;

export async function getTabState(tabId: number): Promise<TabState | null> {
  const raw = await storage.getItem<TabState>(tabKey(tabId));
  return raw && typeof raw === 'object' && raw.tabId === tabId ? raw : null;
}

export async function setTabState(state: TabState): Promise<void> {
  await storage.setItem(tabKey(state.tabId), state);
}

export async function removeTabState(tabId: number): Promise<void> {
  await storage.removeItem(tabKey(tabId));
}

/** Most recent tab the reader had results in (for extension pages opened in a tab of their own). */
export const lastTabItem = storage.defineItem<number | null>('session:lastTab', { fallback: null, version: 1 });
