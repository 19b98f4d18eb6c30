// The UI's one string lookup: every text the reader sees goes through `t()` with a key from
// public/_locales/<locale>/messages.json (the extension's own i18n format, so the browser can read
// the same files for the manifest). Our own lookup because `i18n.getMessage` cannot switch language
// at run time (the options page has a "UI language" setting). Pure; tested in i18n.test.ts.
import en from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;
type Messages = Record<string, { message: string; description?: string; placeholders?: Record<string, { content: string }> }>;

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
 * Plural-aware lookup: picks `<base>_<category>` by Intl.PluralRules of the UI language
 * (zero/one/two/few/many/other), falling back to `<base>_other`. The count is `$1`.
 */
export function tn(base: string, n: number, ...rest: Array<string | number>): string {
  const cat = new Intl.PluralRules(uiLocale()).select(n);
  const key = (current.messages[`${base}_${cat}`] || (en as Messages)[`${base}_${cat}`] ? `${base}_${cat}` : `${base}_other`) as MessageKey;
  return t(key, n, ...rest);
}
