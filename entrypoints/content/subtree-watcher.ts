// Watches for content added after load (live blogs, "read more", lazy sections) and reports only
// the new subtrees, debounced and capped. Never re-scans the page. Tested in subtree-watcher.test.ts.

export interface WatcherOptions {
  delay?: number;
  /** stop reporting after this many batches (a ticker that never stops must not cost forever) */
  maxBatches?: number;
  ignore?: (el: Element) => boolean;
}

export class SubtreeWatcher {
  private readonly pending = new Set<Element>();
  private readonly observer: MutationObserver;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private batches = 0;
  private readonly delay: number;
  private readonly maxBatches: number;

  constructor(
    root: Node,
    private readonly onBatch: (roots: Element[]) => void,
    private readonly opts: WatcherOptions = {},
  ) {
    this.delay = opts.delay ?? 800;
    this.maxBatches = opts.maxBatches ?? 100;
    this.observer = new MutationObserver((records) => this.collect(records));
    this.observer.observe(root, { childList: true, subtree: true });
  }

  private collect(records: MutationRecord[]): void {
    for (const r of records) {
      for (const n of Array.from(r.addedNodes)) {
        const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
        if (el && this.pending.size < 1000) this.pending.add(el);
      }
    }
    if (this.pending.size && this.timer === undefined) {
      this.timer = setTimeout(() => this.flush(), this.delay);
    }
  }

  private flush(): void {
    this.timer = undefined;
    const all = [...this.pending].filter((el) => el.isConnected && !this.opts.ignore?.(el));
    this.pending.clear();
    // keep only outermost subtrees
    const roots = all.filter((el) => !all.some((other) => other !== el && other.contains(el)));
    if (!roots.length || this.batches >= this.maxBatches) return;
    this.batches++;
    this.onBatch(roots);
  }

  destroy(): void {
    this.observer.disconnect();
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending.clear();
  }
}
