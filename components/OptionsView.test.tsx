// @vitest-environment happy-dom
// Options against the real storage module (fake browser): bad input is refused with a reason and
// the settings stay; switches save at once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsView, type OptionsApi } from './OptionsView';
import {
  getKinds,
  getSites,
  getUiLanguage,
  setKindEnabled,
  getKindModes,
  setKindMode,
  setSiteEnabled,
  setUiLanguage,
  watchKinds,
  watchSites,
} from '../utils/storage';
import { normaliseHost } from '../utils/sites';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const api: OptionsApi = {
  getSites,
  getKinds,
  granted: async (hosts) => hosts,
  addSite: async (input) => {
    if (!normaliseHost(input)) return `“${input}” is not a web site address.`;
    await setSiteEnabled(input, true);
    return undefined;
  },
  removeSite: async (h) => void (await setSiteEnabled(h, false)),
  setStarter: async (d, on) => void (await setSiteEnabled(d, on)),
  setKind: async (k, on) => void (await setKindEnabled(k, on)),
  getKindModes,
  setKindFirst: async (k, first) => void (await setKindMode(k, first ? 'first' : 'all')),
  getUiLanguage,
  setUiLanguage,
  browserLocale: 'ru',
  subscribe: (cb) => {
    const a = watchSites(cb);
    const b = watchKinds(cb);
    return () => (a(), b());
  },
};

describe('OptionsView', () => {
  it('refuses a bad site with a reason and keeps the settings', async () => {
    render(<OptionsView api={api} />);
    const input = await screen.findByRole('textbox', { name: 'Site to add' });
    fireEvent.input(input, { target: { value: 'javascript:alert(1)' } });
    fireEvent.submit(input.closest('form')!);
    expect((await screen.findByRole('alert')).textContent).toMatch(/not a web site address/);
    expect(await getSites()).toEqual({ added: [], removed: [] });
  });

  it('adds a site and switches kinds and starter sites', async () => {
    const { container } = render(<OptionsView api={api} />);
    const input = await screen.findByRole('textbox', { name: 'Site to add' });
    fireEvent.input(input, { target: { value: 'https://News.Example.org/world' } });
    fireEvent.submit(input.closest('form')!);
    await screen.findByText('news.example.org');
    fireEvent.click(container.querySelector('[data-kind="claim"]')!);
    fireEvent.click(container.querySelector('[data-site="kun.uz"]')!);
    await waitFor(async () => expect((await getKinds()).claim).toBe(false));
    expect(await getSites()).toEqual({ added: ['news.example.org'], removed: ['kun.uz'] });
  });

  it('sets a kind to its first mention only; off disables that switch, on again draws every mention', async () => {
    const { container } = render(<OptionsView api={api} />);
    const name = 'People: highlight only the first mention of each name';
    const first = await screen.findByRole('checkbox', { name });
    expect((first as HTMLInputElement).checked).toBe(false);
    fireEvent.click(first);
    await waitFor(async () => expect((await getKindModes()).person).toBe('first'));
    await waitFor(() => expect((first as HTMLInputElement).checked).toBe(true));
    // off: the first-only switch cannot be used; on again: the choice is back
    fireEvent.click(container.querySelector('[data-kind="person"]')!);
    await waitFor(async () => expect((await getKindModes()).person).toBe('off'));
    await waitFor(() => expect((first as HTMLInputElement).disabled).toBe(true));
    fireEvent.click(container.querySelector('[data-kind="person"]')!);
    await waitFor(async () => expect((await getKindModes()).person).toBe('all'));
    expect((await getKinds()).person).toBe(true);
  });

  it('offers the browser language and the 14 UI locales, and saves the choice', async () => {
    render(<OptionsView api={api} />);
    const select = (await screen.findByTestId('ui-language')) as HTMLSelectElement;
    expect(select.options).toHaveLength(15);
    expect(select.options[0].textContent).toContain('Русский');
    fireEvent.change(select, { target: { value: 'ar' } });
    await waitFor(async () => expect(await getUiLanguage()).toBe('ar'));
    await expect(setUiLanguage('xx' as 'ar')).rejects.toThrow(/unknown UI language/);
    expect(await getUiLanguage()).toBe('ar');
  });
});
