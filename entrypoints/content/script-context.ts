// Oxus's stand-in for WXT's ContentScriptContext (wxt.config.ts aliases `wxt/utils/content-script-context`
// to this file). WXT's own posts `<extension id>:content:wxt:content-script-started` to the page
// (window.postMessage and a CustomEvent on `document`) and tears the script down when the page
// dispatches that event. This one says nothing to the page and listens to nothing from it: a newer
// copy of the script finds the older one through the isolated world's global object, which page
// scripts cannot reach. Must not touch the page's DOM. Tested in script-context.test.ts and e2e.
import { browser } from 'wxt/browser';

/** Key on the content script's own global (isolated world / sandbox): invisible to the page. */
const CURRENT = Symbol.for('oxus.content-context');

type Holder = Record<symbol, ContentScriptContext | undefined>;

export class ContentScriptContext {
  private readonly controller = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {
    // The newer script wins: the older one (an extension reload, or the popup injecting this file
    // where the manifest already ran it) stops and leaves nothing behind.
    const g = globalThis as unknown as Holder;
    const older = g[CURRENT];
    if (older && older !== this) older.notifyInvalidated();
    g[CURRENT] = this;
    this.onInvalidated(() => {
      if (g[CURRENT] === this) g[CURRENT] = undefined;
    });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  abort(reason?: unknown): void {
    this.controller.abort(reason);
  }

  /** True once the extension was reloaded, updated or disabled (its runtime is gone). */
  get isInvalid(): boolean {
    let alive = false;
    try {
      alive = browser.runtime?.id != null;
    } catch {
      alive = false;
    }
    if (!alive) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  block<T>(): Promise<T> {
    return new Promise<T>(() => undefined);
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = setTimeout(() => {
      if (this.isValid) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = setInterval(() => {
      if (this.isValid) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame((t) => {
      if (this.isValid) callback(t);
    });
    this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    const id = requestIdleCallback((d) => {
      if (!this.signal.aborted) callback(d);
    }, options);
    this.onInvalidated(() => cancelIdleCallback(id));
    return id;
  }

  addEventListener(target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions): void {
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }

  notifyInvalidated(): void {
    if (!this.signal.aborted) this.abort('Content script context invalidated');
  }
}
