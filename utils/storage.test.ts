// Settings survive bad input: reads repair and never write; writes validate first; per-tab
// results live in session storage. Uses WXT's fake browser storage.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  addedHosts,
  getKindModes,
  getKinds,
  getStartSettings,
  getSites,
  getTabState,
  isSiteEnabled,
  kindsItem,
  removeTabState,
  repairKindModes,
  repairSites,
  repairTabState,
  setKindEnabled,
  setKindMode,
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
    for (const bad of [
      '',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'localhost',
      '127.0.0.1',
      'a b.com',
      'x'.repeat(300),
      'user@host.com',
    ]) {
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
    tabId: 5,
    url: 'https://kun.uz/x',
    title: 'x',
    lang: 'en',
    entities: [],
    events: [],
    claims: [],
    updatedAt: 1,
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

describe('highlight kinds v2 (all / first mention only / off) and the v1 migration', () => {
  it('migrates a stored v1 on/off map to modes', async () => {
    await fakeBrowser.storage.local.set({ highlightKinds: { person: true, claim: false }, highlightKinds$: { v: 1 } });
    await kindsItem.migrate(); // what the background does at start (the item is defined at import)
    const modes = await getKindModes();
    expect(modes.person).toBe('all');
    expect(modes.claim).toBe('off');
    expect(modes.place).toBe('all');
    expect((await fakeBrowser.storage.local.get('highlightKinds$')).highlightKinds$).toEqual({ v: 2 });
    expect((await getKinds()).claim).toBe(false);
  });
  it('the content script start reads both settings at once, repaired as the items read them', async () => {
    expect(await getStartSettings()).toEqual({ sites: { added: [], removed: [] }, modes: await getKindModes() });
    await setSiteEnabled('kun.uz', false);
    await setKindMode('place', 'first');
    // a v1 boolean not migrated yet, and garbage beside valid values
    await fakeBrowser.storage.local.set({ highlightKinds: { person: false, place: 'first', claim: 7 } });
    const read = vi.spyOn(fakeBrowser.storage.local, 'get');
    const got = await getStartSettings();
    expect(read).toHaveBeenCalledTimes(1);
    expect(got.sites).toEqual(await getSites());
    expect(got.modes).toEqual(await getKindModes());
    expect([got.modes.person, got.modes.place, got.modes.claim]).toEqual(['off', 'first', 'all']);
    await fakeBrowser.storage.local.set({ sites: 'garbage' });
    expect((await getStartSettings()).sites).toEqual({ added: [], removed: [] });
  });
  it('keeps "first mention only" when a kind is switched off and on', async () => {
    await setKindMode('place', 'first');
    expect((await getKinds()).place).toBe(true);
    await setKindEnabled('place', false);
    expect((await getKindModes()).place).toBe('off');
    await setKindEnabled('place', true);
    expect((await getKindModes()).place).toBe('all');
    await expect(setKindMode('place', 'some' as never)).rejects.toThrow();
  });
  it('repairs garbage mode by mode', () => {
    expect(repairKindModes({ person: 'first', place: 42, claim: false }).person).toBe('first');
    expect(repairKindModes({ person: 'first', place: 42, claim: false }).place).toBe('all');
    expect(repairKindModes('garbage').claim).toBe('all');
  });
});

describe('stored tab state is validated on read', () => {
  const good = {
    tabId: 7,
    url: 'https://kun.uz/a',
    title: 'A',
    lang: 'uz',
    entities: [{ id: 'place:tashkent', name: 'Tashkent', type: 'place', count: 2 }],
    events: [],
    claims: [],
    updatedAt: 1,
  };
  it('drops broken items and keeps the rest', () => {
    const st = repairTabState(
      { ...good, entities: [...good.entities, { id: 3 }, null], events: [{ id: 'e', name: 'E', score: 'x' }] },
      7,
    );
    expect(st?.entities.map((e) => e.id)).toEqual(['place:tashkent']);
    expect(st?.events).toEqual([]);
  });
  it('discards a state with broken core fields or of another tab', async () => {
    expect(repairTabState({ ...good, entities: 'nope' }, 7)).toBeNull();
    expect(repairTabState(good, 8)).toBeNull();
    expect(repairTabState('garbage', 7)).toBeNull();
    await fakeBrowser.storage.session.set({ 'tab-7': { tabId: 7, url: 5 } });
    expect(await getTabState(7)).toBeNull();
    // written as one JSON string; a string that is not JSON, or JSON of garbage, reads as nothing
    await fakeBrowser.storage.session.set({ 'tab-7': '{"tabId": 7, "url"' });
    expect(await getTabState(7)).toBeNull();
    await fakeBrowser.storage.session.set({ 'tab-7': '[1, 2]' });
    expect(await getTabState(7)).toBeNull();
  });
  it('reads a state written as an object (before states were stored as JSON) and one written now', async () => {
    await fakeBrowser.storage.session.set({ 'tab-7': good });
    expect((await getTabState(7))?.entities).toEqual(good.entities);
    await setTabState(good as TabState);
    expect(typeof (await fakeBrowser.storage.session.get('tab-7'))['tab-7']).toBe('string');
    expect((await getTabState(7))?.entities).toEqual(good.entities);
  });
  it('keeps fields added by later versions', () => {
    expect((repairTabState({ ...good, extra: { a: 1 } }, 7) as unknown as { extra: unknown }).extra).toEqual({ a: 1 });
  });
});

describe('a huge stored site list', () => {
  it('is read capped, quickly, without dropping the first valid hosts', () => {
    const added = Array.from({ length: 200_000 }, (_, i) => `site${i}.example.org`);
    const s = repairSites({ added, removed: [] });
    expect(s.added).toHaveLength(500);
    expect(s.added[0]).toBe('site0.example.org');
  });
});
