// The fair queue and the sliced annotation: tabs take turns slice by slice, a newer page drops the
// older job, pieces cut at line ends, and a one-piece text gets what one engine.annotate gives.
import { describe, expect, it, vi } from 'vitest';
import { miniEngine } from '../../core/testing/mini-data';
import type { Annotation } from '../../core/types';
import type { AnnotateOptions } from '../../core/engine';
import { annotateInSlices, ENTITY_PIECE, pieces, sliceOver } from './sliced-annotate';
import { LATER, SliceQueue, Superseded } from './slice-queue';

function* steps(log: string[], name: string, n: number) {
  for (let i = 0; i < n; i++) {
    log.push(`${name}${i}`);
    yield;
  }
  return name;
}

describe('SliceQueue', () => {
  it('lets a small job finish between the slices of a big one', async () => {
    const log: string[] = [];
    const q = new SliceQueue(() => Promise.resolve());
    const big = q.run(1, steps(log, 'big', 50));
    const small = q.run(2, steps(log, 'small', 2));
    expect(await small).toBe('small');
    // the small job's two slices and its end ran within the first few turns
    expect(log.indexOf('small1')).toBeLessThan(6);
    expect(await big).toBe('big');
    expect(log.filter((x) => x.startsWith('big'))).toHaveLength(50);
  });
  it('gives the next slices to a tab that arrives beside one that has been busy (least time first)', async () => {
    const log: string[] = [];
    let now = 0;
    // each slice of the big job "takes" 10 ms on a fake clock
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => now);
    function* timed(name: string, n: number) {
      for (let i = 0; i < n; i++) {
        log.push(`${name}${i}`);
        now += 10;
        yield;
      }
      return name;
    }
    const q = new SliceQueue(() => Promise.resolve());
    const big = q.run(1, timed('big', 40));
    while (log.length < 10) await Promise.resolve();
    const small = q.run(2, timed('small', 3));
    expect(await small).toBe('small');
    // the small job's slices ran back to back, not every other slice
    const at = log.indexOf('small0');
    expect(log.slice(at, at + 3)).toEqual(['small0', 'small1', 'small2']);
    expect(await big).toBe('big');
    clock.mockRestore();
  });
  it("drops a tab's older job when a new page replaces it", async () => {
    const log: string[] = [];
    const q = new SliceQueue(() => Promise.resolve());
    const old = q.run(1, steps(log, 'old', 100));
    const fresh = q.run(1, steps(log, 'new', 1), true);
    await expect(old).rejects.toBeInstanceOf(Superseded);
    expect(await fresh).toBe('new');
    expect(log.filter((x) => x.startsWith('old')).length).toBeLessThan(100);
  });
  it("runs a tab's urgent slices before any job's LATER part (every part's entities before claims)", async () => {
    const log: string[] = [];
    const q = new SliceQueue(() => Promise.resolve());
    function* part(name: string) {
      log.push(`${name}:entities`);
      yield LATER;
      log.push(`${name}:claims`);
      yield;
      return name;
    }
    const jobs = [q.run(1, part('a')), q.run(1, part('b')), q.run(1, part('c'))];
    expect(await Promise.all(jobs)).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['a:entities', 'b:entities', 'c:entities', 'a:claims', 'b:claims', 'c:claims']);
  });
  it("reports a failing slice as that job's error and goes on with the others", async () => {
    const q = new SliceQueue(() => Promise.resolve());
    const bad = q.run(
      1,
      (function* () {
        yield;
        throw new Error('boom');
      })(),
    );
    const good = q.run(2, steps([], 'ok', 3));
    await expect(bad).rejects.toThrow('boom');
    expect(await good).toBe('ok');
  });
});

describe('annotateInSlices', () => {
  const engine = miniEngine();
  const run = (text: string, sliceMs?: number) => {
    let first: Annotation | undefined;
    const gen = annotateInSlices(engine, text, { date: '2022-01-12' }, (a) => (first = a), sliceMs);
    let r = gen.next();
    let slices = 1;
    while (!r.done) {
      r = gen.next();
      slices++;
    }
    return { first: first!, full: r.value, slices };
  };
  it('cuts pieces after line ends, covering the text', () => {
    const text = 'ab\ncd\nef\n';
    expect(pieces(text, 4)).toEqual([
      [0, 3],
      [3, 6],
      [6, 9],
    ]);
    expect(pieces('abcdef', 4)).toEqual([
      [0, 4],
      [4, 6],
    ]);
  });
  it('gives a one-piece text exactly what one annotate call gives', () => {
    const text = 'President Tokayev flew to Almaty on 5 January.\nТокаев прилетел в Алматы.';
    const { first, full } = run(text);
    const direct = engine.annotate(text, { date: '2022-01-12' });
    expect(first.entities).toEqual(direct.entities);
    expect(full).toEqual(direct);
  });
  it('finds every mention of a text of many pieces at its offset', () => {
    const line = 'Tokayev spoke in Almaty.';
    const n = Math.ceil((ENTITY_PIECE * 2.5) / (line.length + 1));
    const text = Array.from({ length: n }, () => line).join('\n');
    const { first, slices } = run(text);
    expect(slices).toBeGreaterThan(3);
    const tokayev = first.entities.find((e) => e.id === 'person:kassym-jomart-tokayev')!;
    expect(tokayev.mentions).toHaveLength(n);
    for (const m of tokayev.mentions) expect(text.slice(m.start, m.end)).toBe('Tokayev');
  });
  it('ends slices by time, not by text: same result whether every step or none ends one', () => {
    const text = ['Tokayev spoke in Almaty on 5 January.', 'Токаев прилетел в Алматы.', 'Mirziyoyev met him.'].join(
      '\n',
    );
    const long = run(text, Number.POSITIVE_INFINITY);
    const short = run(text, 0);
    // one slice up to the entities reply, one for all the claims
    expect(long.slices).toBe(2);
    // a step per piece and per block: more slices than blocks
    expect(short.slices).toBeGreaterThan(3);
    expect(short.full).toEqual(long.full);
    expect(long.full).toEqual(engine.annotate(text, { date: '2022-01-12' }));
  });
  it('ends a slice before a step that would run past its budget', () => {
    expect(sliceOver(12, 0, 12)).toBe(true);
    expect(sliceOver(3, 10, 12)).toBe(true);
    expect(sliceOver(3, 8, 12)).toBe(false);
    // every engine step takes 10 ms on a fake clock: a slice of 12 ms runs one step, never two
    let now = 0;
    const slow = {
      ...engine,
      annotateSteps(t: string, o?: AnnotateOptions) {
        const inner = engine.annotateSteps(t, o);
        return Object.assign(Object.create(inner) as typeof inner, {
          next: () => {
            now += 10;
            return inner.next();
          },
        });
      },
    };
    const line = 'Tokayev said 17 officers were killed in Almaty on 5 January.';
    const text = Array.from({ length: 400 }, () => line).join('\n');
    const gen = annotateInSlices(
      slow,
      text,
      { date: '2022-01-12' },
      () => undefined,
      12,
      () => now,
      {
        piece: 6000,
        staged: 0, // the last, short piece staged too
      },
    );
    let longest = 0;
    for (;;) {
      const t0 = now;
      const r = gen.next();
      longest = Math.max(longest, now - t0);
      if (r.done) break;
    }
    expect(longest).toBe(10);
  });
  it('gives a short text its entities in its first slice, however short the slices', () => {
    let first: Annotation | undefined;
    const gen = annotateInSlices(engine, 'Tokayev spoke in Almaty.', {}, (a) => (first = a), 0);
    gen.next();
    expect(first?.entities.map((e) => e.id)).toContain('person:kassym-jomart-tokayev');
  });
  it('gives a text of many pieces the claims each piece would get alone, at their offsets', () => {
    const line = 'Tokayev said 17 officers were killed on 5 January.';
    const n = Math.ceil((ENTITY_PIECE * 1.5) / (line.length + 1));
    const text = Array.from({ length: n }, () => line).join('\n');
    const { full } = run(text);
    const alone = pieces(text, ENTITY_PIECE).flatMap(([s, e]) =>
      engine.annotate(text.slice(s, e), { date: '2022-01-12' }).claims.map((c) => ({ ...c, start: c.start + s })),
    );
    expect(full.claims.length).toBe(alone.length);
    expect(full.claims.length).toBeGreaterThan(0);
    expect(full.claims.map((c) => c.start)).toEqual(alone.map((c) => c.start));
  });
});
