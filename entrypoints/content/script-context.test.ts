// @vitest-environment happy-dom
// Oxus's content-script context: nothing posted to the page, nothing the page dispatches ends it,
// a newer copy ends the older one, and it reports invalid once the extension's runtime is gone.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from './script-context';

afterEach(() => vi.restoreAllMocks());

describe('ContentScriptContext (Oxus)', () => {
  it('says nothing to the page and ignores the page replaying WXT\'s "script started" event', () => {
    const posted = vi.spyOn(window, 'postMessage');
    const dispatched = vi.spyOn(document, 'dispatchEvent');
    const ctx = new ContentScriptContext('content');
    expect(posted).not.toHaveBeenCalled();
    expect(dispatched).not.toHaveBeenCalled();
    const name = `${fakeBrowser.runtime.id}:content:wxt:content-script-started`;
    document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'content', messageId: 'page' } }));
    window.postMessage({ type: name, contentScriptName: 'content', messageId: 'page' }, '*');
    expect(ctx.signal.aborted).toBe(false);
    ctx.notifyInvalidated();
  });

  it('a newer copy ends the older one (and only it)', () => {
    const older = new ContentScriptContext('content');
    const ended = vi.fn();
    older.onInvalidated(ended);
    const newer = new ContentScriptContext('content');
    expect(ended).toHaveBeenCalledTimes(1);
    expect(older.isValid).toBe(false);
    expect(newer.isValid).toBe(true);
    newer.notifyInvalidated();
  });

  it('is invalid once the runtime is gone (extension reloaded or removed)', () => {
    const ctx = new ContentScriptContext('content');
    const spy = vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    expect(ctx.isInvalid).toBe(true);
    spy.mockRestore();
  });
});
