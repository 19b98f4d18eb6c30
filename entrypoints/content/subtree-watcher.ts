// Watches for content added, changed or removed after load (live blogs, "read more", SPAs that
// rewrite text in place) and reports it in batches after a pause: the outermost new or changed
// subtrees, the Text nodes whose data changed, and whether anything left. No cap that stops
// reading; root-finding is linear (one ancestor walk per candidate). Never re-scans the page.
// Tested in subtree-watcher.test.ts.

export interface WatcherOptions {
  /** pause after the first change before reporting (changes keep collecting meanwhile) */
  delay?: number;
  /** leave out a subtree that is, or is inside, something never read (ancestor test) */
  skip?: (el: Element) => boolean;
}

export interface Changes {
  /** outermost connected subtrees with new or changed text, in no particular order */
  roots: Element[];
  /** Text nodes whose data changed: their old ranges are dead */
  changed: Text[];
  /** something was removed: ranges in detached text must be swept */
  removed: boolean;
}

export class SubtreeWatcher {
  private readonly pending = new Set<Element>();
  private readonly changed = new Set<Text>();
  private removed = false;
  private readonly observer: MutationObserver;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly delay: number;
  private readonly watched = new WeakSet<Node>();

  constructor(
    root: Node,
    private readonly onBatch: (changes: Changes) => void,
    private readonly opts: WatcherOptions = {},
  ) {
    this.delay = opts.delay ?? 800;
    this.observer = new MutationObserver((records) => this.collect(records));
    this.watch(root);
  }

  /** Also watch this subtree (an open shadow root or a same-origin frame's document). */
  watch(root: Node): void {
    if (this.watched.has(root)) return;
    this.watched.add(root);
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  /** Collected but not reported yet? (tests and the session's idle check) */
  get idle(): boolean {
    return this.timer === undefined;
  }

  private collect(records: MutationRecord[]): void {
    for (const r of records) {
      if (r.type === 'characterData') {
        const t = r.target as Text;
        if (t.nodeType !== 3) continue;
        this.changed.add(t);
        if (t.parentElement) this.pending.add(t.parentElement);
        continue;
      }
      if (r.removedNodes.length) this.removed = true;
      for (const n of Array.from(r.addedNodes)) {
        const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
        if (el) this.pending.add(el);
      }
    }
    if ((this.pending.size || this.removed) && this.timer === undefined) {
      this.timer = setTimeout(() => this.flush(), this.delay);
    }
  }

  /** Reports what was collected now (the session calls it before a navigation check). */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const candidates = this.pending;
    const roots: Element[] = [];
    for (const el of candidates) {
      if (!el.isConnected || coveredBy(el, candidates)) continue;
      if (this.opts.skip?.(el)) continue;
      roots.push(el);
    }
    const changed = [...this.changed];
    const removed = this.removed;
    this.pending.clear();
    this.changed.clear();
    this.removed = false;
    if (roots.length || changed.length || removed) this.onBatch({ roots, changed, removed });
  }

  destroy(): void {
    this.observer.disconnect();
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending.clear();
    this.changed.clear();
  }
}

/** Is an ancestor of `el` (within its tree) itself a candidate? O(depth) with a Set lookup. */
function coveredBy(el: Element, candidates: Set<Element>): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) if (candidates.has(p)) return true;
  return false;
}
