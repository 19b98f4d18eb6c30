// The one protocol: schemas accept what the parts send and refuse the rest; the router checks the
// sender; answers and errors travel in envelopes. Uses WXT's fake browser (no real extension).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import * as v from 'valibot';
import {
  BackgroundRequest,
  ContentRequest,
  handleBackgroundRequests,
  handleContentRequests,
  MAX_TEXT,
  onPageEvent,
  sendToBackground,
  senderKind,
  type BackgroundHandlers,
} from './protocol';

const EXT = 'chrome-extension://test-extension-id/';
const fromContent = { id: 'test-extension-id', url: 'https://kun.uz/news/1', tab: { id: 7, windowId: 1 } as never };
const fromPanel = { id: 'test-extension-id', url: `${EXT}sidepanel.html` };
const fromPage = { url: 'https://evil.example/' }; // no tab, not an extension page

const annotate = {
  type: 'annotate',
  mode: 'page',
  text: 'Tokayev visited Almaty.',
  dateHints: ['2022-01-06'],
  url: 'https://kun.uz/news/1',
  title: 'News',
} as const;

function handlers(): BackgroundHandlers {
  return {
    annotate: vi.fn(async () => ({ ids: '', spans: '', job: 1 })),
    'annotate-claims': vi.fn(async () => ({ ids: '', spans: '' })),
    'page-counts': vi.fn(async () => null),
    'test:command': vi.fn(async () => ({ moved: false })),
    'tab-state': vi.fn(async () => null),
    details: vi.fn(async () => null),
    lookup: vi.fn(async (m) => ({ query: m.query, hits: [], at: 1 })),
    focus: vi.fn(async () => ({ opened: false })),
    'ui-strings': vi.fn(async () => ({ locale: 'ar', dir: 'rtl' as const, messages: { hover_details: 'تفاصيل' } })),
    'test:menu-click': vi.fn(async (m) => ({ query: m.selectionText, hits: [], at: 2 })),
  };
}

/** What the router answers for `msg` from `sender`. */
async function deliver(msg: unknown, sender: object) {
  const answers = await fakeBrowser.runtime.onMessage.trigger(msg, sender as never);
  return answers.find((a) => a !== undefined);
}

beforeEach(() => fakeBrowser.reset());

describe('schemas', () => {
  it('accept every request the parts send', () => {
    expect(v.is(BackgroundRequest, annotate)).toBe(true);
    expect(v.is(BackgroundRequest, { type: 'tab-state' })).toBe(true);
    expect(v.is(BackgroundRequest, { type: 'tab-state', tabId: 3 })).toBe(true);
    expect(v.is(BackgroundRequest, { type: 'details', id: 'person:kassym-jomart-tokayev' })).toBe(true);
    expect(v.is(BackgroundRequest, { type: 'lookup', query: ' Tokayev ' })).toBe(true);
    expect(v.is(ContentRequest, { type: 'reveal', id: 'org:csto' })).toBe(true);
    expect(v.is(ContentRequest, { type: 'highlight-stats' })).toBe(true);
  });

  it('refuse unknown types, extra fields, bad ids and oversized text', () => {
    expect(v.is(BackgroundRequest, { type: 'eval', code: '1' })).toBe(false);
    expect(v.is(BackgroundRequest, { ...annotate, extra: 1 })).toBe(false);
    expect(v.is(BackgroundRequest, { type: 'details', id: '<img onerror=x>' })).toBe(false);
    expect(v.is(BackgroundRequest, { ...annotate, text: 'x'.repeat(MAX_TEXT + 1) })).toBe(false);
    expect(v.is(BackgroundRequest, { ...annotate, lang: 'xx' })).toBe(false);
    expect(v.is(BackgroundRequest, { type: 'lookup', query: '   ' })).toBe(false);
    expect(v.is(BackgroundRequest, { type: 'tab-state', tabId: -1 })).toBe(false);
  });
});

describe('senderKind', () => {
  it('tells extension pages from content scripts and strangers', () => {
    expect(senderKind(fromPanel, EXT)).toBe('extension');
    expect(senderKind(fromContent, EXT)).toBe('content');
    expect(senderKind(fromPage, EXT)).toBe('unknown');
    expect(senderKind({ ...fromContent, id: 'other-extension' }, EXT)).toBe('unknown');
  });
});

describe('background router', () => {
  it('routes a valid request to its handler and wraps the answer', async () => {
    const h = handlers();
    handleBackgroundRequests(h);
    const res = await deliver({ type: 'lookup', query: 'Tokayev' }, fromPanel);
    expect(res).toEqual({ ok: { query: 'Tokayev', hits: [], at: 1 } });
    expect(h.lookup).toHaveBeenCalledWith({ type: 'lookup', query: 'Tokayev' }, fromPanel);
  });

  it('refuses invalid messages without calling any handler', async () => {
    const h = handlers();
    handleBackgroundRequests(h);
    const res = (await deliver({ type: 'annotate', text: 42 }, fromContent)) as { error: string };
    expect(res.error).toMatch(/invalid message/);
    expect(h.annotate).not.toHaveBeenCalled();
  });

  it('accepts each request only from its kind of sender', async () => {
    const h = handlers();
    handleBackgroundRequests(h);
    expect(await deliver(annotate, fromContent)).toHaveProperty('ok');
    expect(await deliver(annotate, fromPanel)).toEqual({ error: 'annotate is not accepted from extension' });
    // the test seam is for extension pages only: a content script (or a page) cannot reach it
    expect(await deliver({ type: 'test:menu-click', selectionText: 'x' }, fromContent)).toHaveProperty('error');
    expect(await deliver({ type: 'test:menu-click', selectionText: 'x' }, fromPage)).toHaveProperty('error');
    expect(h['test:menu-click']).not.toHaveBeenCalled();
    expect(await deliver({ type: 'test:menu-click', selectionText: 'x' }, fromPanel)).toHaveProperty('ok');
  });

  it('turns a throwing handler into an error answer', async () => {
    const h = handlers();
    h.details = vi.fn(async () => {
      throw new Error('index not loaded');
    });
    handleBackgroundRequests(h);
    expect(await deliver({ type: 'details', id: 'org:csto' }, fromPanel)).toEqual({ error: 'index not loaded' });
  });

  it('leaves page events to the pages and can be removed', async () => {
    const h = handlers();
    const stop = handleBackgroundRequests(h);
    expect(await deliver({ type: 'state-changed', tabId: 1 }, fromPanel)).toBeUndefined();
    stop();
    expect(await deliver({ type: 'lookup', query: 'x' }, fromPanel)).toBeUndefined();
  });
});

describe('senders', () => {
  it('sendToBackground validates before sending and unwraps the answer', async () => {
    handleBackgroundRequests(handlers());
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (msg: unknown) =>
      deliver(msg, fromPanel)) as never);
    await expect(sendToBackground({ type: 'lookup', query: 'CSTO' })).resolves.toEqual({
      query: 'CSTO',
      hits: [],
      at: 1,
    });
    await expect(sendToBackground({ type: 'details', id: 'not an id' } as never)).rejects.toThrow();
    expect(browser.runtime.sendMessage).toHaveBeenCalledTimes(1);
  });

  it('sendToBackground rejects with the handler error', async () => {
    handleBackgroundRequests(handlers());
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (msg: unknown) =>
      deliver(msg, fromContent)) as never);
    await expect(sendToBackground({ type: 'tab-state' })).rejects.toThrow(/not accepted from content/);
  });
});

describe('content receiver and page events', () => {
  it('answers reveal and ignores what is not a content request', async () => {
    const reveal = vi.fn(() => ({ found: true }));
    handleContentRequests({
      reveal,
      'highlight-stats': () => ({ ranges: {} as never, active: true }),
      step: () => ({ moved: false }),
    });
    expect(await deliver({ type: 'reveal', id: 'org:csto' }, { id: 'test-extension-id' })).toEqual({
      ok: { found: true },
    });
    expect(await deliver({ type: 'annotate' }, { id: 'test-extension-id' })).toBeUndefined();
    expect(await deliver({ type: 'reveal', id: 'org:csto' }, { id: 'someone-else' })).toBeUndefined();
    expect(reveal).toHaveBeenCalledTimes(1);
  });

  it('onPageEvent passes valid events on and never answers', async () => {
    const seen: unknown[] = [];
    onPageEvent((e) => seen.push(e));
    expect(await deliver({ type: 'state-changed', tabId: 4 }, fromPanel)).toBeUndefined();
    await deliver({ type: 'state-changed', tabId: 'x' }, fromPanel);
    expect(seen).toEqual([{ type: 'state-changed', tabId: 4 }]);
  });
});
