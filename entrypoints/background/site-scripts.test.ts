// Sites the reader added: the content script is registered for the granted ones, in the top frame,
// and its highlight stylesheet in every frame (same-origin frames' names are painted there);
// nothing is re-registered when nothing changed. The browser and the settings are fakes.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const hosts = { list: [] as string[] };
const registered = new Map<
  string,
  { id: string; matches: string[]; js?: string[]; css?: string[]; allFrames?: boolean }
>();
const granted = { origins: [] as string[] };
const calls = { register: 0 };

vi.mock('../../utils/storage', () => ({
  getSites: async () => ({}),
  addedHosts: () => hosts.list,
}));
vi.mock('wxt/browser', () => ({
  browser: {
    permissions: { getAll: async () => ({ origins: granted.origins }) },
    scripting: {
      getRegisteredContentScripts: async ({ ids }: { ids: string[] }) =>
        ids.flatMap((id) => (registered.has(id) ? [registered.get(id)!] : [])),
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
        for (const id of ids) registered.delete(id);
      },
      registerContentScripts: async (list: { id: string; matches: string[] }[]) => {
        calls.register++;
        for (const s of list) registered.set(s.id, s);
      },
    },
  },
}));

const { syncSiteScripts, CONTENT_CSS, CONTENT_JS } = await import('./site-scripts');

beforeEach(() => {
  registered.clear();
  calls.register = 0;
  hosts.list = ['example.org', 'news.example.com'];
  granted.origins = ['*://example.org/*'];
});

describe('syncSiteScripts', () => {
  it('registers the script (top frame) and the stylesheet (all frames) for granted hosts only', async () => {
    expect(await syncSiteScripts()).toEqual(['example.org']);
    const all = [...registered.values()];
    const js = all.find((s) => s.js);
    const css = all.find((s) => s.css);
    expect(js).toMatchObject({ matches: ['*://example.org/*'], js: [CONTENT_JS] });
    expect(js?.css).toBeUndefined();
    expect(js?.allFrames).toBeUndefined();
    expect(css).toMatchObject({ matches: ['*://example.org/*'], css: [CONTENT_CSS], allFrames: true });
  });
  it('does nothing when nothing changed; follows a new grant; removes both when none is left', async () => {
    await syncSiteScripts();
    await syncSiteScripts();
    expect(calls.register).toBe(1);
    granted.origins = ['*://*/*'];
    await syncSiteScripts();
    expect(calls.register).toBe(2);
    expect([...registered.values()].every((s) => s.matches.length === 2)).toBe(true);
    hosts.list = [];
    await syncSiteScripts();
    expect(registered.size).toBe(0);
  });
  it('adds the stylesheet to a registration made before it existed (script only)', async () => {
    registered.set('oxus-added-sites', { id: 'oxus-added-sites', matches: ['*://example.org/*'], js: [CONTENT_JS] });
    await syncSiteScripts();
    expect([...registered.values()].some((s) => s.css && s.allFrames)).toBe(true);
  });
});
