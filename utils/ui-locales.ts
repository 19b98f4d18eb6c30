// The 14 UI locales (the 13 languages Oxus reads, Chinese in both scripts; folder names under
// public/_locales) and the UI-language setting's values.
// Kept apart from i18n.ts so storage (and the content script through it) does not bundle messages.
// Pure; tested in i18n.test.ts.

/**
 * The 14 UI locales, as folder names under public/_locales (Chromium 156 and Firefox ESR 153 both
 * accept every one of them; README.md#languages). Each with its own name, shown in the language picker.
 * zh_TW is generated from zh_CN by scripts/build-zh-tw-locale.ts.
 */
export const UI_LOCALES = {
  en: 'English',
  ru: 'Русский',
  ar: 'العربية',
  fa: 'فارسی',
  tr: 'Türkçe',
  zh_CN: '中文（简体）',
  zh_TW: '中文（繁體）',
  de: 'Deutsch',
  fr: 'Français',
  kk: 'Қазақ тілі',
  uz: 'Oʻzbekcha',
  ky: 'Кыргызча',
  tg: 'Тоҷикӣ',
  tk: 'Türkmençe',
} as const;
export type UiLocale = keyof typeof UI_LOCALES;
/** The stored setting: follow the browser, or one of the 14. */
export type UiLanguageSetting = 'auto' | UiLocale;

export const isUiLocale = (x: unknown): x is UiLocale => typeof x === 'string' && Object.hasOwn(UI_LOCALES, x);

/**
 * Browser language tags that name a UI locale other than their language subtag, longest match first
 * (lower case, "-" separated): Chinese by script, else by region (Taiwan, Hong Kong and Macau write
 * Traditional), else Simplified.
 */
export const UI_LOCALE_ALIASES: readonly [prefix: string, locale: UiLocale][] = [
  ['zh-hans', 'zh_CN'],
  ['zh-hant', 'zh_TW'],
  ['zh-tw', 'zh_TW'],
  ['zh-hk', 'zh_TW'],
  ['zh-mo', 'zh_TW'],
  ['zh', 'zh_CN'],
];
