// The heartbeat reports the longest gap a blocked thread left between its ticks, and nothing when idle.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { heartbeat } from './heartbeat';

describe('heartbeat', () => {
  afterEach(() => vi.useRealTimers());
  it('reports the longest gap beyond its period', () => {
    vi.useFakeTimers();
    let now = 0;
    const beat = heartbeat(5, () => now);
    beat.start();
    for (let i = 0; i < 10; i++) {
      now += 5;
      vi.advanceTimersByTime(5);
    }
    expect(beat.maxMs).toBe(0);
    now += 85; // a task held the thread for 80 ms: the tick due 5 ms later comes after 85
    vi.advanceTimersByTime(5);
    expect(beat.maxMs).toBe(80);
    beat.start(); // a restart forgets it
    expect(beat.maxMs).toBe(0);
    beat.stop();
    now += 500;
    vi.advanceTimersByTime(500);
    expect(beat.maxMs).toBe(0);
  });
});
