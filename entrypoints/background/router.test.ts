// The background router with its real parts (the mini index's knowledge, the fair slice queue, the
// sliced annotation) behind the protocol's real listener on WXT's fake browser; storage, badge,
// panel and tab messaging are in-memory fakes. What a page or panel gets for each request.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { miniIndex } from '../../core/testing/mini-data';
import { handleBackgroundRequests, MAX_MARKS, type AnnotateReply, type TabState } from '../../utils/protocol';
import { createKnowledge } from './knowledge';
import { BackgroundRouter, MAX_PENDING_CLAIMS, type RouterDeps } from './router';
import { SliceQueue } from './slice-queue';
import { annotateInSlices } from './sliced-annotate';
import { idsOf, kindOfId, marksOf } from '../../utils/draw-list';

const EXT = 'chrome-extension://test-extension-id/';
const know = createKnowledge(miniIndex());
const fromTab = (id: number) => ({
  id: 'test-extension-id',
  url: `https://kun.uz/news/${id}`,
  tab: { id, windowId: 1 } as never,
});
const fromPanel = { id: 'test-extension-id', url: `${EXT}sidepanel.html` };

const ALMATY = 'Tokayev said on 6 January 2022 that 225 people were killed in Almaty.';
const annotateMsg = (text: string, url: string, mode: 'page' | 'more' = 'page') => ({
  type: 'annotate',
  mode,
  text,
  dateHints: ['2022-01-07'],
  url,
  title: 'News',
});

interface Fakes {
  deps: RouterDeps;
  stored: Map<number, TabState>;
  badges: Map<number, string>;
  events: unknown[];
}

function fakes(): Fakes {
  const stored = new Map<number, TabState>();
  const badges = new Map<number, string>();
  const events: unknown[] = [];
  let last: number | null = null;
  const deps: RouterDeps = {
    knowledge: async () => know,
    queue: new SliceQueue(),
    annotateInSlices,
    storage: {
      getTabState: async (id) => stored.get(id) ?? null,
      setTabState: async (s) => void stored.set(s.tabId, s),
      removeTabState: async (id) => void stored.delete(id),
      getLastTab: async () => last,
      setLastTab: async (id) => void (last = id),
    },
    setBadge: async (id, text) => void badges.set(id, text),
    notifyPages: async (e) => void events.push(e),
    openPanel: vi.fn(async () => false),
    panelShortcut: async () => 'Alt+Shift+O',
    stepHighlight: vi.fn(async () => true),
  };
  return { deps, stored, badges, events };
}

/** What the installed router answers for `msg` from `sender` (the protocol's { ok } / { error } envelope). */
async function deliver(msg: unknown, sender: object): Promise<{ ok?: unknown; error?: string }> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(msg, sender as never);
  return answers.find((a) => a !== undefined) as { ok?: unknown; error?: string };
}

/** Ids drawn by a draw list, with their kinds. */
const drawn = (list: AnnotateReply | undefined) => (list ? idsOf(list) : []).map((id) => `${kindOfId(id)}:${id}`);

let f: Fakes;
let router: BackgroundRouter;
beforeEach(() => {
  fakeBrowser.reset();
  f = fakes();
  router = new BackgroundRouter(f.deps);
  handleBackgroundRequests(router.handlers());
});

describe('requests the protocol refuses before any handler runs', () => {
  it('an unknown message type', async () => {
    const res = await deliver({ type: 'erase-everything' }, fromTab(7));
    expect(res.error).toMatch(/^invalid message/);
    expect(f.stored.size).toBe(0);
  });
  it('a bad payload, with the field named', async () => {
    const res = await deliver({ ...annotateMsg(ALMATY, 'https://kun.uz/news/7'), mode: 'all' }, fromTab(7));
    expect(res.error).toMatch(/invalid message/);
    expect(res.error).toMatch(/mode/);
    const big = await deliver({ type: 'annotate-claims', job: -1 }, fromTab(7));
    expect(big.error).toMatch(/job/);
    expect(f.stored.size).toBe(0);
  });
  it('a request from the wrong kind of sender', async () => {
    expect((await deliver({ type: 'tab-state', tabId: 7 }, fromTab(7))).error).toBe(
      'tab-state is not accepted from content',
    );
    expect((await deliver(annotateMsg(ALMATY, 'https://kun.uz/news/7'), fromPanel)).error).toBe(
      'annotate is not accepted from extension',
    );
  });
});

describe('annotate, then annotate-claims', () => {
  it('draws entities first, hands the claims to the same tab once, and keeps both in the tab state', async () => {
    const first = await deliver(annotateMsg(ALMATY, 'https://kun.uz/news/7'), fromTab(7));
    const reply = first.ok as AnnotateReply;
    expect(drawn(reply).sort()).toEqual(['person:person:kassym-jomart-tokayev', 'place:place:almaty']);
    expect(typeof reply.job).toBe('number');
    // another tab cannot take this tab's claims
    expect((await deliver({ type: 'annotate-claims', job: reply.job }, fromTab(8))).error).toBe('no such annotation');
    const claims = (await deliver({ type: 'annotate-claims', job: reply.job }, fromTab(7))).ok as AnnotateReply;
    expect(idsOf(claims).length).toBeGreaterThan(0);
    expect(idsOf(claims).every((id) => kindOfId(id) === 'claim')).toBe(true);
    // asked once only
    expect((await deliver({ type: 'annotate-claims', job: reply.job }, fromTab(7))).error).toBe('no such annotation');
    const state = (await deliver({ type: 'tab-state', tabId: 7 }, fromPanel)).ok as TabState;
    expect(state.entities.map((e) => e.id).sort()).toEqual(['person:kassym-jomart-tokayev', 'place:almaty']);
    expect(state.claims.some((c) => c.kind === 'figure' && c.value === 225)).toBe(true);
    expect(state.date).toBe('2022-01-07');
    expect(f.badges.get(7)).toBe('2');
    expect(f.events).toContainEqual({ type: 'state-changed', tabId: 7 });
  });
  it('an annotate without a tab is refused with a reason', async () => {
    await expect(router.annotate(annotateMsg(ALMATY, 'https://kun.uz/x') as never, {})).rejects.toThrow(
      'annotate needs a tab',
    );
  });
  it('keeps at most MAX_PENDING_CLAIMS claims jobs nobody asked for', async () => {
    for (let i = 0; i < MAX_PENDING_CLAIMS + 5; i++)
      await deliver(annotateMsg(ALMATY, 'https://kun.uz/news/7', 'more'), fromTab(7));
    expect(router.pendingClaims).toBe(MAX_PENDING_CLAIMS);
  });
  it('a part added later adds to the counts; a new page starts over', async () => {
    await deliver(annotateMsg(ALMATY, 'https://kun.uz/news/7'), fromTab(7));
    await deliver(annotateMsg('Tokayev again.', 'https://kun.uz/news/7', 'more'), fromTab(7));
    const count = async () => (await router.stateOf(7))?.entities.find((e) => e.id.includes('tokayev'))?.count;
    expect(await count()).toBe(2);
    await deliver(annotateMsg('Tokayev.', 'https://kun.uz/news/9'), fromTab(7));
    expect(await count()).toBe(1);
  });
});

describe('per-tab state', () => {
  it('stores a lean copy; a restarted background shows the panel the same state from it', async () => {
    const reply = (await deliver(annotateMsg(ALMATY, 'https://kun.uz/news/7'), fromTab(7))).ok as AnnotateReply;
    await deliver({ type: 'annotate-claims', job: reply.job }, fromTab(7));
    const live = (await deliver({ type: 'tab-state', tabId: 7 }, fromPanel)).ok as TabState;
    const almaty = live.entities.find((e) => e.id === 'place:almaty');
    expect(almaty?.forms?.en).toBe('Almaty'); // (the mini index has no coordinates)
    // the stored copy has no display fields (the index gives them back); the newest state is written
    // at most WRITE_GAP_MS after the one before
    await vi.waitFor(() => expect(f.stored.get(7)?.claims).toEqual(live.claims), { timeout: 2000 });
    const stored = f.stored.get(7)!;
    expect(stored.entities.some((e) => e.forms || e.coords)).toBe(false);
    expect(JSON.stringify(stored).length).toBeLessThan(JSON.stringify(live).length);
    // a new router over the same storage: a worker that was stopped and started again
    const restarted = new BackgroundRouter(f.deps);
    handleBackgroundRequests(restarted.handlers());
    expect((await restarted.stateOf(7))?.entities.some((e) => e.forms)).toBe(false); // not read for that
    expect(await restarted.tabState({ type: 'tab-state', tabId: 7 })).toEqual(live);
  });
  it('two tabs keep their own results, badges and highlight budgets', async () => {
    await deliver(annotateMsg(ALMATY, 'https://kun.uz/news/7'), fromTab(7));
    await deliver(annotateMsg('Japarov spoke in Bishkek.', 'https://kun.uz/news/8'), fromTab(8));
    const a = (await deliver({ type: 'tab-state', tabId: 7 }, fromPanel)).ok as TabState;
    const b = (await deliver({ type: 'tab-state', tabId: 8 }, fromPanel)).ok as TabState;
    expect(a.url).toBe('https://kun.uz/news/7');
    expect(b.url).toBe('https://kun.uz/news/8');
    expect(a.entities.map((e) => e.id)).not.toContain('place:bishkek');
    expect(b.entities.map((e) => e.id)).not.toContain('place:almaty');
    expect(b.entities.map((e) => e.id)).toContain('place:bishkek');
    expect(f.badges.get(7)).toBe('2');
    expect(f.badges.get(8)).toBe(String(b.entities.length));
    // without a tab id the panel gets the most recent tab with results
    expect(((await deliver({ type: 'tab-state' }, fromPanel)).ok as TabState).tabId).toBe(8);
  });
  it('a page in parts: the panel is told at once and of the last change; the badge set once per change', async () => {
    const setBadge = vi.spyOn(f.deps, 'setBadge');
    await deliver(annotateMsg(ALMATY, 'https://kun.uz/news/7'), fromTab(7));
    for (let i = 0; i < 5; i++) await deliver(annotateMsg('Almaty.', 'https://kun.uz/news/7', 'more'), fromTab(7));
    const events = () => f.events.filter((e) => (e as { tabId: number }).tabId === 7).length;
    // (how many were coalesced depends on the machine's speed: the first and the last always go)
    expect(events()).toBeGreaterThanOrEqual(1);
    await vi.waitFor(() => expect(events()).toBeGreaterThanOrEqual(2));
    expect(setBadge.mock.calls.filter(([t]) => t === 7).map(([, b]) => b)).toEqual(['2']);
    // the most recent tab follows activation, and a save of the other tab takes it back
    await deliver(annotateMsg(ALMATY, 'https://kun.uz/news/8'), fromTab(8));
    await router.activated(7);
    await deliver(annotateMsg('Almaty.', 'https://kun.uz/news/8', 'more'), fromTab(8));
    expect(((await deliver({ type: 'tab-state' }, fromPanel)).ok as TabState).tabId).toBe(8);
  });
  it('page-counts from one tab changes only that tab, and only for its current page', async () => {
    await deliver(annotateMsg(ALMATY, 'https://kun.uz/news/7'), fromTab(7));
    await deliver(annotateMsg(ALMATY, 'https://kun.uz/news/8'), fromTab(8));
    const counts = { type: 'page-counts', url: 'https://kun.uz/news/7', counts: { 'place:almaty': 3 } };
    await deliver({ ...counts, url: 'https://kun.uz/old' }, fromTab(7));
    expect((await router.stateOf(7))?.entities).toHaveLength(2);
    await deliver(counts, fromTab(7));
    expect((await router.stateOf(7))?.entities.map((e) => [e.id, e.count])).toEqual([['place:almaty', 3]]);
    expect((await router.stateOf(8))?.entities).toHaveLength(2);
  });
  it('a page sent in parts is written to storage once per WRITE_GAP_MS, the newest state last', async () => {
    const writes: TabState[] = [];
    const set = f.deps.storage.setTabState;
    f.deps.storage.setTabState = async (s) => {
      writes.push(s);
      await set(s);
    };
    const url = 'https://kun.uz/news/7';
    await deliver(annotateMsg(ALMATY, url), fromTab(7));
    for (let i = 0; i < 6; i++) await deliver(annotateMsg(`Tokayev ${i}.`, url, 'more'), fromTab(7));
    // every part's claims too (they come in later slices, each a new state)
    await vi.waitFor(() => expect((f.deps.queue as SliceQueue).pending).toBe(0), { timeout: 2000 });
    const live = (await router.stateOf(7))!;
    await vi.waitFor(() => expect(f.stored.get(7)?.updatedAt).toBe(live.updatedAt), { timeout: 2000 });
    expect(writes.length).toBeLessThanOrEqual(3);
    expect(f.stored.get(7)?.entities.map((e) => [e.id, e.count])).toEqual(live.entities.map((e) => [e.id, e.count]));
  });
  it('a state kept in session storage is found after the worker restarted', async () => {
    await deliver(annotateMsg(ALMATY, 'https://kun.uz/news/7'), fromTab(7));
    await vi.waitFor(() => expect(f.stored.has(7)).toBe(true)); // written in a task after the reply
    const restarted = new BackgroundRouter(f.deps);
    expect((await restarted.stateOf(7))?.url).toBe('https://kun.uz/news/7');
  });
  it('never draws more than MAX_MARKS a page', async () => {
    const text = 'Tokayev. '.repeat(MAX_MARKS + 10);
    const reply = (await deliver(annotateMsg(text, 'https://kun.uz/news/7'), fromTab(7))).ok as AnnotateReply;
    expect([...marksOf(reply)].length).toBe(MAX_MARKS);
  });
});

describe('tab close', () => {
  it('clears the tab’s state, storage and pending claims; other tabs keep theirs', async () => {
    const reply = (await deliver(annotateMsg(ALMATY, 'https://kun.uz/news/7'), fromTab(7))).ok as AnnotateReply;
    await deliver(annotateMsg(ALMATY, 'https://kun.uz/news/8'), fromTab(8));
    await router.forget(7);
    expect(f.stored.has(7)).toBe(false);
    expect((await deliver({ type: 'tab-state', tabId: 7 }, fromPanel)).ok).toBeNull();
    expect((await deliver({ type: 'annotate-claims', job: reply.job }, fromTab(7))).error).toBe('no such annotation');
    expect((await router.stateOf(8))?.url).toBe('https://kun.uz/news/8');
  });
  it('cancels the tab’s queued work', async () => {
    const cancel = vi.spyOn(f.deps.queue, 'cancel');
    await router.forget(7);
    expect(cancel).toHaveBeenCalledWith(7);
  });
});

describe('lookup, focus, keyboard and menu seams', () => {
  it('a lookup is kept as the tab’s lookup unless typed', async () => {
    const typed = (await deliver({ type: 'lookup', query: 'Токаев', tabId: 5, typing: true }, fromPanel)).ok;
    expect((typed as { hits: { id: string }[] }).hits[0]?.id).toBe('person:kassym-jomart-tokayev');
    expect(f.stored.has(5)).toBe(false);
    await deliver({ type: 'lookup', query: 'Токаев', tabId: 5 }, fromPanel);
    expect(f.stored.get(5)?.lookup?.query).toBe('Токаев');
  });
  it('focus saves the item and offers the shortcut when the panel could not open', async () => {
    await deliver(annotateMsg(ALMATY, 'https://kun.uz/news/7'), fromTab(7));
    const res = await deliver({ type: 'focus', id: 'place:almaty' }, fromTab(7));
    expect(res.ok).toEqual({ opened: false, shortcut: 'Alt+Shift+O' });
    expect((await router.stateOf(7))?.focus).toBe('place:almaty');
  });
  it('the keyboard seam steps the given tab; the menu seam looks up into it', async () => {
    const res = await deliver({ type: 'test:command', command: 'previous-highlight', tabId: 4 }, fromPanel);
    expect(res.ok).toEqual({ moved: true });
    expect(f.deps.stepHighlight).toHaveBeenCalledWith(4, 'previous-highlight');
    await deliver({ type: 'test:menu-click', selectionText: ' Almaty ', tabId: 4 }, fromPanel);
    expect(f.stored.get(4)?.lookup?.hits[0]?.id).toBe('place:almaty');
    expect(f.deps.openPanel).toHaveBeenCalled();
  });
});
