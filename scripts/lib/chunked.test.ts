// Slicing a large text for the CLI: slice boundaries at line ends, and a sliced annotation that
// equals the whole-text one for a text whose paragraphs stand alone (same ids, same offsets).
import { describe, expect, it } from 'vitest';
import { loadEngineForTests } from '../../core/load-engine';
import { annotateInSlices, sliceStarts } from './chunked';

describe('sliceStarts', () => {
  it('cuts after a line end within the limit, or hard at the limit in a line without one', () => {
    expect(sliceStarts('aaaa\nbbbb\ncccc', 6)).toEqual([0, 5, 10]);
    expect(sliceStarts('abcdefghij', 4)).toEqual([0, 4, 8]);
    expect(sliceStarts('short', 10)).toEqual([0]);
  });
});

describe('annotateInSlices', { timeout: 60_000 }, () => {
  it('gives the same entities and offsets as one pass', () => {
    const engine = loadEngineForTests();
    const para = ['President Tokayev spoke in Almaty.', 'Президент Токаев прибыл в Астану.', 'The CSTO met in Moscow.'];
    const text = Array.from({ length: 60 }, (_, i) => para[i % 3]).join('\n');
    const whole = engine.annotate(text, { date: '2022-01-12' });
    const sliced = annotateInSlices(engine, text, { date: '2022-01-12' }, 200);
    const view = (a: typeof whole) =>
      a.entities.map((e) => [e.id, e.mentions.map((m) => `${m.start}-${m.end}:${m.text}`)]).sort();
    expect(view(sliced)).toEqual(view(whole));
    expect(sliced.entities.length).toBeGreaterThan(3);
    expect(sliced.events.map((e) => e.id)).toEqual(expect.arrayContaining(whole.events.slice(0, 1).map((e) => e.id)));
  });
});
