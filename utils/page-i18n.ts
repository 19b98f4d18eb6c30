// Boots the UI language in the extension's own pages and the background: reads the UI-language
// setting (utils/storage.ts), loads that one locale's messages from the package, sets `lang`/`dir`
// on <html>. No page DOM of a website is touched here. Tested in page-i18n.test.ts and by e2e
// (Arabic UI) in both browsers.
import { browser } from 'wxt/browser';
import { applyUiLanguage, loadUiLocale, resolveUiLocale } from './i18n';
import type { UiLocale } from './ui-locales';
import { getUiLanguage, watchUiLanguage } from './storage';

async function fetchPackaged(path: string): Promise<unknown> {
  const url = browser.runtime.getURL(path as Parameters<typeof browser.runtime.getURL>[0]);
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return res.json();
}

/** Loads the UI language's messages (setting, else the browser's language); English on any failure. */
export async function loadUiMessages(): Promise<UiLocale> {
  const setting = await getUiLanguage().catch(() => 'auto' as const);
  const locale = resolveUiLocale(setting, browser.i18n.getUILanguage());
  const error = await loadUiLocale(locale, fetchPackaged);
  if (error) console.warn('Oxus: UI language', locale, error);
  return error ? 'en' : locale;
}

/**
 * For an extension page, before its first render: messages, `lang` and `dir` on <html>, the title
 * (a message key) and a reload when the reader picks another UI language (every string is re-read).
 */
export async function startPageI18n(title?: () => string): Promise<UiLocale> {
  const locale = await loadUiMessages();
  applyUiLanguage(document.documentElement);
  if (title) document.title = title();
  watchUiLanguage(() => location.reload());
  return locale;
}
