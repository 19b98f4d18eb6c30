// The background's longest task, measured from the inside: a timer that should fire every `everyMs`
// notes the longest gap between two firings (a gap is a task, or tasks, that held the thread).
// Started only on request (`npm run bench:browser`, e2e through `oxusStats.beat`): nothing runs
// otherwise. Pure timers, no extension API. Tested in heartbeat.test.ts.

export interface Heartbeat {
  /** starts (or restarts) the timer and forgets the longest gap so far */
  start(): void;
  stop(): void;
  /** the longest gap beyond the timer's own period since start, ms (0 when nothing held the thread) */
  readonly maxMs: number;
}

export function heartbeat(
  everyMs = 5,
  clock: () => number = () => performance.now(),
  timers: Pick<typeof globalThis, 'setInterval' | 'clearInterval'> = globalThis,
): Heartbeat {
  let timer: ReturnType<typeof setInterval> | undefined;
  let last = 0;
  let max = 0;
  const tick = () => {
    const now = clock();
    max = Math.max(max, now - last - everyMs);
    last = now;
  };
  return {
    start() {
      if (timer !== undefined) timers.clearInterval(timer);
      last = clock();
      max = 0;
      timer = timers.setInterval(tick, everyMs);
    },
    stop() {
      if (timer !== undefined) timers.clearInterval(timer);
      timer = undefined;
    },
    get maxMs() {
      return Math.max(0, max);
    },
  };
}
