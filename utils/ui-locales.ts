// The 13 UI languages (folder names under public/_locales) and the UI-language setting's values.
// Kept apart from i18n.ts so storage (and the content script through it) does not bundle messages.
// Pure; tested in i18n.test.ts.

/**
 * The 13 UI languages, as folder names under public/_locales (Chromium 156 and Firefox ESR 153 both
 * accept every one of them; README.md#languages). Each with its own name, shown in the language picker.
 */
export const UI_LOCALES = {
  en: 'English',
  ru: 'Русский',
  ar: 'العربية',
  fa: 'فارسی',
  tr: 'Türkçe',
  zh_CN: '中文（简体）',
  de: 'Deutsch',
  fr: 'Français',
  kk: 'Қазақ тілі',
  uz: 'Oʻzbekcha',
  ky: 'Кыргызча',
  tg: 'Тоҷикӣ',
  tk: 'Türkmençe',
} as const;
export type UiLocale = keyof typeof UI_LOCALES;
/** The stored setting: follow the browser, or one of the 13. */
export type UiLanguageSetting = 'auto' | UiLocale;

export const isUiLocale = (x: unknown): x is UiLocale =>
  typeof x === 'string' && Object.prototype.hasOwnProperty.call(UI_LOCALES, x);
