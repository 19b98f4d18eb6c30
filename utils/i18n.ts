// The UI's one string lookup: every text the reader sees goes through `t()` with a key from
// public/_locales/<locale>/messages.json (the extension's own i18n format, so the browser reads the
// same files for the manifest). Our own lookup because `i18n.getMessage` cannot switch language at
// run time (options has a "UI language" setting). Pure (loading takes a fetcher); tested in i18n.test.ts.
import en from '../public/_locales/en/messages.json';
import { isUiLocale, UI_LOCALE_ALIASES, type UiLanguageSetting, type UiLocale } from './ui-locales';

export type MessageKey = keyof typeof en;
export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string }>;
}
export type Messages = Record<string, MessageEntry>;

const RTL = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ug', 'ckb']);

let current: { locale: string; messages: Messages } = { locale: 'en', messages: en as Messages };

/** Installs a locale's messages (missing keys fall back to English). */
export function setLocale(locale: string, messages: Messages): void {
  current = { locale, messages };
}

/** BCP 47 tag of the UI language ("zh_CN" folder → "zh-CN"). */
export function uiLocale(): string {
  return current.locale.replace('_', '-');
}

export function uiDir(locale = uiLocale()): 'ltr' | 'rtl' {
  return RTL.has(locale.split(/[-_]/)[0].toLowerCase()) ? 'rtl' : 'ltr';
}

const STRONG_RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
const STRONG = /\p{L}/u;
/**
 * Direction of a text from its first letter (what dir="auto" decides), for an element whose own
 * direction must follow its content rather than the UI's (a clamped line, an SVG label).
 */
export function textDir(text: string): 'ltr' | 'rtl' {
  for (const ch of text) if (STRONG.test(ch)) return STRONG_RTL.test(ch) ? 'rtl' : 'ltr';
  return 'ltr';
}

/**
 * The supported locale closest to a browser language tag ("ru-RU" → ru, "zh-Hans-CN" → zh_CN,
 * "zh-TW", "zh-Hant", "zh-HK" → zh_TW, "uz-Latn-UZ" → uz, "pt-BR" → en): an alias of
 * UI_LOCALE_ALIASES, else the language subtag.
 */
export function matchUiLocale(tag: string | undefined): UiLocale {
  const t = (tag ?? '').trim().replace(/_/g, '-').toLowerCase();
  const alias = UI_LOCALE_ALIASES.find(([prefix]) => t === prefix || t.startsWith(`${prefix}-`));
  if (alias) return alias[1];
  const lang = t.split('-')[0];
  return isUiLocale(lang) ? lang : 'en';
}

/** The locale a page shows: the setting when it names one, else the browser's language. */
export function resolveUiLocale(setting: UiLanguageSetting | undefined, browserLang: string | undefined): UiLocale {
  return setting && setting !== 'auto' && isUiLocale(setting) ? setting : matchUiLocale(browserLang);
}

/** Keeps the well-formed entries of a parsed messages.json (a broken file must not break the UI). */
export function parseMessages(raw: unknown): Messages {
  const out: Messages = {};
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return out;
  for (const [key, entry] of Object.entries(raw as Record<string, unknown>)) {
    const msg = entry && typeof entry === 'object' ? (entry as { message?: unknown }).message : undefined;
    if (typeof msg === 'string' && msg) out[key] = entry as MessageEntry;
  }
  return out;
}

/** Path of a locale's file inside the package (the same file the browser reads for the manifest). */
export const messagesPath = (locale: UiLocale): string => `/_locales/${locale}/messages.json`;

/**
 * Loads one locale's messages (only that file: English is bundled, the others are not) and makes it
 * current. `fetchJson` reads a packaged file; on failure the UI stays in English and the error is returned.
 */
export async function loadUiLocale(
  locale: UiLocale,
  fetchJson: (path: string) => Promise<unknown>,
): Promise<Error | undefined> {
  if (locale === 'en') {
    setLocale('en', en as Messages);
    return undefined;
  }
  try {
    setLocale(locale, parseMessages(await fetchJson(messagesPath(locale))));
    return undefined;
  } catch (e) {
    setLocale('en', en as Messages);
    return e instanceof Error ? e : new Error(String(e));
  }
}

/** What a content script's hover card shows in the UI language (it bundles no locale file). */
export interface CardStrings {
  locale: string;
  dir: 'ltr' | 'rtl';
  /** message key → text, English where the locale lacks a key */
  messages: Record<string, string>;
}

/** Keys of the hover card: its own (`hover_`) and the kind names it shares with the options page. */
export const CARD_KEY_PREFIXES = ['hover_', 'options_kind_'] as const;

/** The current locale's messages for the hover card (call after the UI locale is loaded). */
export function cardStrings(): CardStrings {
  const messages: Record<string, string> = {};
  for (const key of Object.keys(en) as MessageKey[]) {
    if (CARD_KEY_PREFIXES.some((p) => key.startsWith(p))) messages[key] = t(key);
  }
  return { locale: uiLocale(), dir: uiDir(), messages };
}

/** The message for `key` with `$1`…`$9` (or Chrome's named `$name$` placeholders) filled in. */
export function t(key: MessageKey, ...subs: Array<string | number>): string {
  const entry = current.messages[key] ?? (en as Messages)[key];
  if (!entry) return key;
  let text = entry.message;
  if (entry.placeholders) {
    for (const [name, ph] of Object.entries(entry.placeholders)) {
      text = text.split(`$${name}$`).join(ph.content);
    }
  }
  return text.replace(/\$(\d)/g, (_, d: string) => {
    const v = subs[Number(d) - 1];
    return v === undefined ? '' : typeof v === 'number' ? new Intl.NumberFormat(uiLocale()).format(v) : v;
  });
}

/**
 * The message for `key` as literal pieces and placeholder numbers ("left the post of $1" -> ["left the post
 * of ", 1]), for a component that puts an element (a `<bdi>`) where a placeholder goes.
 */
export function tPieces(key: MessageKey): Array<string | number> {
  const text = t(key, ...Array.from({ length: 9 }, (_, i) => `\u0000${i + 1}\u0000`));
  return text
    .split('\u0000')
    .map((piece, i) => (i % 2 ? Number(piece) : piece))
    .filter((piece) => piece !== '');
}

/**
 * Plural-aware lookup: picks `<base>_<category>` by Intl.PluralRules of the UI language
 * (zero/one/two/few/many/other), falling back to `<base>_other`. The count is `$1`.
 */
export function tn(base: string, n: number, ...rest: Array<string | number>): string {
  const cat = new Intl.PluralRules(uiLocale()).select(n);
  const key = (
    current.messages[`${base}_${cat}`] || (en as Messages)[`${base}_${cat}`] ? `${base}_${cat}` : `${base}_other`
  ) as MessageKey;
  return t(key, n, ...rest);
}

/** Sets `lang` and `dir` of a page's root from the UI language (every extension page, on boot). */
export function applyUiLanguage(root: { lang: string; dir: string }): void {
  root.lang = uiLocale();
  root.dir = uiDir();
}
