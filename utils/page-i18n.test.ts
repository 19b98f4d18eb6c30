// The UI language outside extension pages: the background loads the locale the reader set (not the
// browser's language) and hands the hover card its strings in it (cardStrings). Uses WXT's fake browser.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../public/_locales/en/messages.json';
import ar from '../public/_locales/ar/messages.json';
import ru from '../public/_locales/ru/messages.json';
import { cardStrings, setLocale } from './i18n';
import { loadUiMessages } from './page-i18n';
import { setUiLanguage } from './storage';

const FILES: Record<string, unknown> = { '/_locales/ar/messages.json': ar, '/_locales/ru/messages.json': ru };

beforeEach(() => {
  fakeBrowser.reset();
  // the browser speaks English; the packaged message files are served from the fake package
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  vi.stubGlobal('fetch', async (url: string) => {
    const body = FILES[new URL(url).pathname];
    return { ok: body !== undefined, status: body ? 200 : 404, json: async () => body };
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  setLocale('en', en);
});

describe('hover card strings follow the UI-language setting', () => {
  it('Arabic set, English browser: the card gets Arabic strings, right to left', async () => {
    await setUiLanguage('ar');
    expect(await loadUiMessages()).toBe('ar');
    const s = cardStrings();
    expect(s).toMatchObject({ locale: 'ar', dir: 'rtl' });
    expect(s.messages.hover_details).toBe(ar.hover_details.message);
    expect(s.messages.options_kind_person).toBe(ar.options_kind_person.message);
    expect(s.messages.hover_details).not.toBe(en.hover_details.message);
  });
  it('carries only the card keys, English where the locale lacks one', async () => {
    await setUiLanguage('ru');
    await loadUiMessages();
    const s = cardStrings();
    expect(Object.keys(s.messages).every((k) => k.startsWith('hover_') || k.startsWith('options_kind_'))).toBe(true);
    expect(s.messages.hover_verdict_none).toBe(ru.hover_verdict_none.message);
    expect(Object.keys(s.messages).length).toBe(
      Object.keys(en).filter((k) => k.startsWith('hover_') || k.startsWith('options_kind_')).length,
    );
  });
  it('"auto" follows the browser', async () => {
    await setUiLanguage('auto');
    expect(await loadUiMessages()).toBe('en');
    expect(cardStrings()).toMatchObject({ locale: 'en', dir: 'ltr' });
  });
});
