// Which of the dataset's name forms to show a reader: the form in the UI language (English as the
// fallback), beside the form the page wrote when that differs; a sourced text (fact, timeline item,
// role title, claim context) in the UI language. Pure. Tested in names.test.ts.
import { textIn } from '../../core/dataset/compiled';
import { NAME_LANGS, type NameLang, type Translations } from '../../core/dataset/schema';
import { toTraditional, traditionalTag } from './zh-hant';

/** Languages written in several scripts: the script a UI in that language uses. */
const DEFAULT_SCRIPT: Partial<Record<string, NameLang>> = { kk: 'kk-Cyrl', uz: 'uz-Latn' };

/** The dataset name key for a UI locale ("ar" → ar, "zh-CN" → zh, "kk" → kk-Cyrl, "pt" → en). */
export function nameKeyFor(locale: string): NameLang {
  const base = locale.split(/[-_]/)[0]!.toLowerCase();
  const key = DEFAULT_SCRIPT[base] ?? base;
  return (NAME_LANGS as readonly string[]).includes(key) ? (key as NameLang) : 'en';
}

/** BCP 47 tag of a name key, for `lang` attributes ("kk-Cyrl" stays, "zh" stays). */
export const langTag = (key: NameLang): string => key;

/**
 * A dataset text of name key `key` as a reader of `locale` sees it, with its `lang` tag: the data's
 * Simplified `zh` in Traditional characters for a zh-Hant UI (display only; the data keeps one `zh`).
 */
export function readerText(text: string, key: string, locale: string): { text: string; lang: string } {
  const hant = key === 'zh' ? traditionalTag(locale) : undefined;
  return hant ? { text: toTraditional(text), lang: hant } : { text, lang: key };
}

/**
 * A name the background picked in the UI language's key, or English (a details answer's names, a lookup
 * hit), as the reader sees it: Traditional characters for a zh-Hant reader; Latin letters are left alone.
 */
export const readerName = (name: string, locale: string): string =>
  traditionalTag(locale) ? toTraditional(name) : name;

/** The names a details answer carries (id -> name) as the reader sees them; the same object when unchanged. */
export function readerNames(names: Record<string, string>, locale: string): Record<string, string> {
  if (!traditionalTag(locale)) return names;
  return Object.fromEntries(Object.entries(names).map(([id, n]) => [id, readerName(n, locale)]));
}

/** A details answer with its names as the reader sees them (the same object when nothing changes). */
export function withReaderNames<T extends { names: Record<string, string> }>(d: T, locale: string): T {
  const names = readerNames(d.names, locale);
  return names === d.names ? d : { ...d, names };
}

export interface ShownName {
  /** the form in the UI language, or English */
  text: string;
  lang: string;
  /** the form the page wrote, when it is not the same text */
  page?: string;
}

/**
 * `forms`: first form per name key (from a summary or a record); `fallback`: the English name.
 * Compares loosely (case) so "Almaty" on the page and "Almaty" in the data show once.
 */
export function shownName(
  forms: Partial<Record<NameLang, string | string[]>> | undefined,
  fallback: string,
  locale: string,
  page?: string,
): ShownName {
  const key = nameKeyFor(locale);
  const pick = (k: NameLang) => {
    const v = forms?.[k];
    return Array.isArray(v) ? v[0] : v;
  };
  const local = pick(key);
  const { text, lang } = readerText(local ?? pick('en') ?? fallback, local ? key : 'en', locale);
  const differs = page && page.trim().toLocaleLowerCase() !== text.toLocaleLowerCase();
  return differs ? { text, lang, page: page.trim() } : { text, lang };
}

/**
 * A sourced text (fact, timeline item, role title, claim context, figure subject) in the UI
 * language when the dataset has our wording in it, else the English; `lang` for the element.
 */
export function shownText(
  text: string,
  i18n: Translations | undefined,
  locale: string,
): { text: string; lang: string } {
  const key = nameKeyFor(locale);
  const local = textIn({ text, i18n }, key);
  return local !== text || key === 'en' ? readerText(local, key, locale) : { text, lang: 'en' };
}
