// Fair, bounded background work: each tab's annotation runs as a series of slices (a generator
// yields after each block batch); tabs take turns one slice at a time, and the worker yields to
// the event loop between slices, so one huge page cannot hold up another tab (the turn goes to the
// tab that has had the least time since it last had none: a new article beside a busy tab runs at
// once). Within a tab, a job
// that yields LATER (its entities are out, its claims remain) waits behind the tab's jobs that have
// not got that far: a page sent in parts gets every part's entities before any part's claims. A new
// whole-page job for a tab drops that tab's older jobs. Pure: no extension API. Tested in
// slice-queue.test.ts.

/** Yielded by a job whose urgent part is done: its remaining slices run after the tab's other jobs'
 * urgent parts. */
export const LATER = Symbol('later');

export class Superseded extends Error {
  constructor() {
    super('superseded by a newer annotation of the same tab');
  }
}

interface Job {
  steps: Iterator<unknown, unknown>;
  /** yielded LATER: runs only when no job of its tab is still urgent */
  later?: boolean;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
}

export class SliceQueue {
  /** per tab, its jobs in arrival order (the first is the one running) */
  private readonly tabs = new Map<number, Job[]>();
  /** tabs in turn order */
  private order: number[] = [];
  /** ms of slices each tab with work has had since it last had none */
  private readonly spent = new Map<number, number>();
  private running = false;
  /** longest slice run so far, ms (for the benchmark and tests) */
  longestSliceMs = 0;
  /** slices run so far, and how many of them took over 50 ms (the benchmark's figures) */
  slices = 0;
  slicesOver50 = 0;

  constructor(private readonly yieldNow: () => Promise<void> = taskYield()) {}

  /** Queues a job for a tab; `replace` drops the tab's queued and running jobs first. */
  run<T>(tabId: number, steps: Iterator<unknown, T>, replace = false): Promise<T> {
    if (replace) this.cancel(tabId);
    return new Promise<T>((resolve, reject) => {
      let list = this.tabs.get(tabId);
      if (!list) {
        this.tabs.set(tabId, (list = []));
        this.order.push(tabId);
      }
      list.push({ steps, resolve: resolve as (v: unknown) => void, reject });
      void this.pump();
    });
  }

  cancel(tabId: number): void {
    const list = this.tabs.get(tabId);
    if (!list) return;
    this.tabs.delete(tabId);
    this.spent.delete(tabId);
    this.order = this.order.filter((t) => t !== tabId);
    for (const j of list) j.reject(new Superseded());
  }

  /**
   * The turn goes to the tab that has had the least time since it last had no work (the first such
   * in turn order): an article opened beside a tab that has been busy for seconds gets the next
   * slices until it has had as much, instead of every other slice.
   */
  private nextTurn(): number {
    let best = 0;
    for (let i = 1; i < this.order.length; i++) {
      if ((this.spent.get(this.order[i]!) ?? 0) < (this.spent.get(this.order[best]!) ?? 0)) best = i;
    }
    return best;
  }

  get pending(): number {
    let n = 0;
    for (const l of this.tabs.values()) n += l.length;
    return n;
  }

  private async pump(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while (this.order.length) {
        const tabId = this.order.splice(this.nextTurn(), 1)[0]!;
        const list = this.tabs.get(tabId);
        const job = list?.find((j) => !j.later) ?? list?.[0];
        if (!list || !job) {
          this.tabs.delete(tabId);
          this.spent.delete(tabId);
          continue;
        }
        const t0 = performance.now();
        let finished = false;
        try {
          const r = job.steps.next();
          if (r.done) {
            finished = true;
            job.resolve(r.value);
          } else if (r.value === LATER) job.later = true;
        } catch (e) {
          finished = true;
          job.reject(e);
        }
        const took = performance.now() - t0;
        this.longestSliceMs = Math.max(this.longestSliceMs, took);
        this.slices++;
        if (took > 50) this.slicesOver50++;
        if (finished) list.splice(list.indexOf(job), 1);
        if (list.length && this.tabs.get(tabId) === list) {
          this.order.push(tabId);
          this.spent.set(tabId, (this.spent.get(tabId) ?? 0) + took);
        } else if (!list.length && this.tabs.get(tabId) === list) {
          this.tabs.delete(tabId);
          this.spent.delete(tabId);
        }
        await this.yieldNow();
      }
    } finally {
      this.running = false;
    }
  }
}

/**
 * Gives the thread back for one turn of the event loop: a MessageChannel message (no timer clamp: a
 * nested setTimeout(0) waits at least 4 ms, a third of a slice) where there is one, else a timer.
 */
export function taskYield(): () => Promise<void> {
  if (typeof MessageChannel !== 'function') return () => new Promise((r) => setTimeout(r, 0));
  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  // Node (unit tests): an open port must not keep the process alive
  (channel.port1 as { unref?: () => void }).unref?.();
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(0);
    });
}
