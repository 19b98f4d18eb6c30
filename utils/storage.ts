// The one storage module: every key Oxus stores is named here (@wxt-dev/storage items with
// versions). Reads repair what they can and never write; writes validate first, so bad input or
// a corrupted value never costs the reader their settings. Tested in storage.test.ts (fake browser).
import * as v from 'valibot';
import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import { KINDS, type Kind, type TabState } from './protocol';
import { ENTITY_TYPES } from '../core/dataset/schema';
import { STARTER_SITES, hostIsUnder, normaliseHost, starterSiteFor } from './sites';
import { isUiLocale, type UiLanguageSetting } from './ui-locales';

// ---------------------------------------------------------------- sites
/** v1: hosts the reader added beyond the starter list, and starter domains the reader turned off. */
export interface SiteSettings {
  added: string[];
  removed: string[];
}
const MAX_SITES = 500;
/** a stored list is looked at only this far (a huge value written by hand must not stall start-up) */
const MAX_SITES_READ = MAX_SITES * 4;
const Host = v.pipe(
  v.string(),
  v.check((h) => normaliseHost(h) === h, 'not a bare host name'),
);
const SiteSettingsSchema = v.strictObject({
  added: v.pipe(v.array(Host), v.maxLength(MAX_SITES)),
  removed: v.pipe(v.array(Host), v.maxLength(MAX_SITES)),
});

const EMPTY_SITES: SiteSettings = { added: [], removed: [] };

/** the keys in storage.local (WXT's `local:` prefix names the area) */
const SITES_KEY = 'sites';
const KINDS_KEY = 'highlightKinds';

export const sitesItem = storage.defineItem<SiteSettings>(`local:${SITES_KEY}`, {
  fallback: EMPTY_SITES,
  version: 1,
});

/** Keeps the valid hosts of whatever is stored (another version's shape, hand edits, garbage). */
export function repairSites(raw: unknown): SiteSettings {
  const obj = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const small = (x: unknown) => Array.isArray(x) && x.length <= MAX_SITES;
  if (small(obj.added) && small(obj.removed)) {
    const ok = v.safeParse(SiteSettingsSchema, raw);
    if (ok.success) return ok.output;
  }
  const hosts = (x: unknown) =>
    Array.isArray(x)
      ? [
          ...new Set(
            x.slice(0, MAX_SITES_READ).flatMap((h) => (typeof h === 'string' ? (normaliseHost(h) ?? []) : [])),
          ),
        ].slice(0, MAX_SITES)
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
/**
 * v2: per kind, draw every mention, only the first mention of each name, or nothing.
 * v1 stored on/off booleans; the migration below turns true into 'all' and false into 'off'.
 */
export const KIND_MODES = ['all', 'first', 'off'] as const;
export type KindMode = (typeof KIND_MODES)[number];
export type KindModes = Record<Kind, KindMode>;
/** on/off per kind, as the highlighter reads it ('first' counts as on) */
export type KindSettings = Record<Kind, boolean>;
const ALL_MODES = Object.fromEntries(KINDS.map((k) => [k, 'all'])) as KindModes;

/** v1 → v2: `{person: true, claim: false}` → `{person: 'all', claim: 'off'}`; anything else repaired. */
export function migrateKindsV1(v1: unknown): KindModes {
  const obj = v1 && typeof v1 === 'object' ? (v1 as Record<string, unknown>) : {};
  return Object.fromEntries(KINDS.map((k) => [k, obj[k] === false ? 'off' : 'all'])) as KindModes;
}

export const kindsItem = storage.defineItem<KindModes>(`local:${KINDS_KEY}`, {
  fallback: ALL_MODES,
  version: 2,
  migrations: { 2: migrateKindsV1 },
});

/** Keeps the valid modes of whatever is stored; a v1 boolean that slipped through is read as v1 did. */
export function repairKindModes(raw: unknown): KindModes {
  const obj = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const mode = (x: unknown): KindMode =>
    (KIND_MODES as readonly unknown[]).includes(x) ? (x as KindMode) : x === false ? 'off' : 'all';
  return Object.fromEntries(KINDS.map((k) => [k, mode(obj[k])])) as KindModes;
}

/** on/off per kind (the content script and options page read this) */
export function repairKinds(raw: unknown): KindSettings {
  const modes = repairKindModes(raw);
  return Object.fromEntries(KINDS.map((k) => [k, modes[k] !== 'off'])) as KindSettings;
}

export async function getKindModes(): Promise<KindModes> {
  return repairKindModes(await kindsItem.getValue());
}

export async function getKinds(): Promise<KindSettings> {
  return repairKinds(await kindsItem.getValue());
}

/**
 * What the content script needs before it reads a page: the site list and the highlight modes, in one
 * storage read (each item's own read is a round trip, the kinds' one after its migration check's: 2-3
 * in a row before the first highlight, issue 12). The values are repaired as getSites and getKindModes
 * do (a v1 boolean is read as v1 did), so nothing here needs the migration to have run.
 */
export async function getStartSettings(): Promise<{ sites: SiteSettings; modes: KindModes }> {
  const got = await browser.storage.local.get([SITES_KEY, KINDS_KEY]);
  return { sites: repairSites(got[SITES_KEY] ?? EMPTY_SITES), modes: repairKindModes(got[KINDS_KEY] ?? ALL_MODES) };
}

export function watchKinds(cb: (k: KindSettings) => void): () => void {
  return kindsItem.watch((value) => cb(repairKinds(value)));
}

export function watchKindModes(cb: (k: KindModes) => void): () => void {
  return kindsItem.watch((value) => cb(repairKindModes(value)));
}

export async function setKindMode(kind: Kind, mode: KindMode): Promise<KindModes> {
  if (!(KINDS as readonly string[]).includes(kind)) throw new Error(`unknown highlight kind ${String(kind)}`);
  if (!(KIND_MODES as readonly string[]).includes(mode)) throw new Error(`expected one of ${KIND_MODES.join(', ')}`);
  const next = { ...(await getKindModes()), [kind]: mode };
  await kindsItem.setValue(next);
  return next;
}

/** On/off switch for a kind; turning a kind on keeps its "first mention only" choice. */
export async function setKindEnabled(kind: Kind, on: boolean): Promise<KindSettings> {
  if (typeof on !== 'boolean') throw new Error('expected on/off');
  const cur = (await getKindModes())[kind];
  await setKindMode(kind, on ? (cur === 'off' ? 'all' : (cur ?? 'all')) : 'off');
  return getKinds();
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

// Read back with a schema: a value of another version or a corrupted one never reaches the popup
// or panel as is. Fields other helpers add later pass through (loose objects); bad list items are
// dropped one by one; a state whose core fields are wrong is discarded (the page is re-read).
const Str = v.string();
const Num = v.pipe(v.number(), v.finite());
const EntitySummarySchema = v.looseObject({ id: Str, name: Str, type: v.picklist(ENTITY_TYPES), count: Num });
const EventSchema = v.looseObject({ id: Str, name: Str, score: Num });
const ClaimSchema = v.looseObject({ kind: Str, text: Str, links: v.array(v.looseObject({ id: Str })) });
const LookupSchema = v.looseObject({ query: Str, hits: v.array(v.looseObject({ id: Str, name: Str })), at: Num });
const TabStateCore = v.looseObject({
  tabId: Num,
  url: Str,
  title: Str,
  lang: Str,
  entities: v.array(v.unknown()),
  events: v.array(v.unknown()),
  claims: v.array(v.unknown()),
  updatedAt: Num,
});

/** The stored state of `tabId` as a TabState, or null when it is missing, another tab's, or broken. */
export function repairTabState(raw: unknown, tabId: number): TabState | null {
  const core = v.safeParse(TabStateCore, raw);
  if (!core.success || core.output.tabId !== tabId) return null;
  const keep = <T>(schema: v.GenericSchema<unknown, T>, xs: unknown[]): T[] =>
    xs.flatMap((x) => {
      const r = v.safeParse(schema, x);
      return r.success ? [r.output] : [];
    });
  const st = core.output as Record<string, unknown>;
  const lookup = v.safeParse(LookupSchema, st.lookup);
  const repaired = {
    ...(st as object),
    date: typeof st.date === 'string' ? st.date : undefined,
    entities: keep(EntitySummarySchema, core.output.entities),
    events: keep(EventSchema, core.output.events),
    claims: keep(ClaimSchema, core.output.claims),
    lookup: lookup.success ? lookup.output : undefined,
    focus: typeof st.focus === 'string' ? st.focus : undefined,
  };
  return repaired as unknown as TabState;
}

/** A stored state as written (a JSON string since issue 12; an object before), or undefined when unreadable. */
function storedValue(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

export async function getTabState(tabId: number): Promise<TabState | null> {
  return repairTabState(storedValue(await storage.getItem<unknown>(tabKey(tabId))), tabId);
}

/**
 * Stored as one JSON string: the browser copies an object into its own form field by field in the
 * calling task (a 1 MB page's state took one 50-65 ms background task in Chromium, traced), a string
 * in one piece; JSON.stringify of the same state is a few ms.
 */
export async function setTabState(state: TabState): Promise<void> {
  await storage.setItem(tabKey(state.tabId), JSON.stringify(state));
}

export async function removeTabState(tabId: number): Promise<void> {
  await storage.removeItem(tabKey(tabId));
}

/** Most recent tab the reader had results in (for extension pages opened in a tab of their own). */
export const lastTabItem = storage.defineItem<number | null>('session:lastTab', { fallback: null, version: 1 });
