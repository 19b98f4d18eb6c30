// Settings survive bad input: reads repair and never write; writes validate first; per-tab
// results live in session storage. Uses WXT's fake browser storage.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  addedHosts,
  getKinds,
  getSites,
  getTabState,
  isSiteEnabled,
  kindsItem,
  removeTabState,
  repairSites,
  setKindEnabled,
  setSiteEnabled,
  setTabState,
  sitesItem,
  watchSites,
} from './storage';
import type { TabState } from './protocol';

beforeEach(() => fakeBrowser.reset());

describe('sites', () => {
  it('starts with every starter site on and nothing added', async () => {
    const s = await getSites();
    expect(s).toEqual({ added: [], removed: [] });
    expect(isSiteEnabled('kun.uz', s)).toBe(true);
    expect(isSiteEnabled('rus.azattyq.org', s)).toBe(true);
    expect(isSiteEnabled('www.rferl.org', s)).toBe(true);
    expect(isSiteEnabled('example.com', s)).toBe(false);
    expect(isSiteEnabled(undefined, s)).toBe(false);
  });

  it('turns a starter site off by its domain, for all its subdomains, and on again', async () => {
    await setSiteEnabled('https://rus.azattyq.org/a/123.html', false);
    let s = await getSites();
    expect(s.removed).toEqual(['azattyq.org']);
    expect(isSiteEnabled('www.azattyq.org', s)).toBe(false);
    expect(isSiteEnabled('kun.uz', s)).toBe(true);
    await setSiteEnabled('azattyq.org', true);
    s = await getSites();
    expect(s.removed).toEqual([]);
  });

  it('adds and removes a site the reader chose, normalising what was typed', async () => {
    await setSiteEnabled('  HTTPS://News.Example.COM/world?x=1 ', true);
    await setSiteEnabled('news.example.com', true); // twice: still once
    let s = await getSites();
    expect(s.added).toEqual(['news.example.com']);
    expect(addedHosts(s)).toEqual(['news.example.com']);
    expect(isSiteEnabled('news.example.com', s)).toBe(true);
    expect(isSiteEnabled('other.example.com', s)).toBe(false);
    await setSiteEnabled('news.example.com', false);
    s = await getSites();
    expect(s.added).toEqual([]);
  });

  it('refuses input that is not a web host and keeps the settings as they were', async () => {
    await setSiteEnabled('news.example.com', true);
    const before = await sitesItem.getValue();
    for (const bad of ['', 'javascript:alert(1)', 'file:///etc/passwd', 'localhost', '127.0.0.1', 'a b.com', 'x'.repeat(300), 'user@host.com']) {
      await expect(setSiteEnabled(bad, true)).rejects.toThrow(/not a web site address/);
    }
    expect(await sitesItem.getValue()).toEqual(before);
  });

  it('repairs a corrupted stored value on read without writing over it', async () => {
    const garbage = { added: ['ok.example.org', 42, 'BAD host', 'Upper.Example.org'], removed: 'kun.uz', junk: true };
    await fakeBrowser.storage.local.set({ sites: garbage });
    expect(await getSites()).toEqual({ added: ['ok.example.org', 'upper.example.org'], removed: [] });
    expect((await fakeBrowser.storage.local.get('sites')).sites).toEqual(garbage); // nothing lost until the reader acts
    expect(repairSites(null)).toEqual({ added: [], removed: [] });
    expect(repairSites('nonsense')).toEqual({ added: [], removed: [] });
  });

  it('a write after corruption keeps the valid part', async () => {
    await fakeBrowser.storage.local.set({ sites: { added: ['keep.example.org', null], removed: ['kun.uz'] } });
    await setSiteEnabled('new.example.org', true);
    expect(await getSites()).toEqual({ added: ['keep.example.org', 'new.example.org'], removed: ['kun.uz'] });
  });

  it('watchers see repaired values', async () => {
    const seen: unknown[] = [];
    const stop = watchSites((s) => seen.push(s));
    await setSiteEnabled('kun.uz', false);
    stop();
    await setSiteEnabled('kun.uz', true);
    expect(seen).toEqual([{ added: [], removed: ['kun.uz'] }]);
  });
});

describe('highlight kinds', () => {
  it('are all on by default and switch one at a time', async () => {
    expect(Object.values(await getKinds()).every(Boolean)).toBe(true);
    await setKindEnabled('claim', false);
    const k = await getKinds();
    expect(k.claim).toBe(false);
    expect(k.person).toBe(true);
  });

  it('refuse unknown kinds and non-boolean values', async () => {
    await expect(setKindEnabled('weather' as never, false)).rejects.toThrow();
    await expect(setKindEnabled('person', 'no' as never)).rejects.toThrow();
    expect((await getKinds()).person).toBe(true);
  });

  it('repair a corrupted value field by field', async () => {
    await kindsItem.setValue({ person: false, place: 'yes', bogus: false } as never);
    const k = await getKinds();
    expect(k.person).toBe(false);
    expect(k.place).toBe(true);
    expect('bogus' in k).toBe(false);
  });
});

describe('per-tab results', () => {
  const state: TabState = {
    tabId: 5, url: 'https://kun.uz/x', title: 'x', lang: 'en', entities: [], events: [], claims: [], updatedAt: 1,
  };
  it('are kept per tab in session storage and removed', async () => {
    await setTabState(state);
    expect(await getTabState(5)).toEqual(state);
    expect(await getTabState(6)).toBeNull();
    expect(await fakeBrowser.storage.session.get('tab-5')).toHaveProperty('tab-5');
    await removeTabState(5);
    expect(await getTabState(5)).toBeNull();
  });
});
