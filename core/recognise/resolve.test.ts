// Resolution over the mini test dataset: one sense per article, weak names corroborated, dates
// and titles deciding between namesakes, ambiguity kept when nothing decides.
import { describe, expect, it } from 'vitest';
import { miniIndex } from '../testing/mini-data';
import type { Mention } from './mentions';
import { corroborated, eventAround, resolve, roleMatches, scoreOption } from './resolve';
import { RESOLVE } from './weights';

const index = miniIndex();
const JAPAROVS = ['person:sadyr-japarov', 'person:akylbek-japarov'];
const at = (start: number, end: number, options: string[], extra: Partial<Mention> = {}): Mention => ({
  start,
  end,
  pattern: 0,
  options,
  block: 0,
  ...extra,
});
const text = 'x'.repeat(100);

describe('resolve', () => {
  it('resolves a shared surname by the unambiguous name elsewhere', () => {
    const hits = resolve(index, [at(0, 5, ['person:akylbek-japarov']), at(10, 15, JAPAROVS)], text);
    expect(hits.map((h) => [h.id, h.mentions.length])).toEqual([['person:akylbek-japarov', 2]]);
  });
  it('says ambiguous when nothing decides', () => {
    const [h] = resolve(index, [at(10, 15, JAPAROVS)], text);
    expect(h!.ambiguous?.candidates.map((c) => c.id).sort()).toEqual([...JAPAROVS].sort());
  });
  it('keeps an ordinary-word name only when the article corroborates it', () => {
    expect(resolve(index, [at(0, 3, ['place:osh'], { weak: true })], text)).toEqual([]);
    expect(
      resolve(index, [at(0, 3, ['place:osh'], { weak: true }), at(5, 10, ['place:bishkek'])], text).map((h) => h.id),
    ).toEqual(['place:osh', 'place:bishkek']);
  });
  it('lets a title held at the page date decide', () => {
    const [h] = resolve(index, [at(0, 20, JAPAROVS, { title: 'president' })], text, '2023-01-01');
    expect(h!.id).toBe('person:sadyr-japarov');
  });
});

describe('scoring parts', () => {
  it('scoreOption adds the anchored weight', () => {
    const m = at(0, 5, JAPAROVS);
    const a = scoreOption(index, 'person:sadyr-japarov', m, new Set(['person:sadyr-japarov']));
    const b = scoreOption(index, 'person:sadyr-japarov', m, new Set());
    expect(a - b).toBe(RESOLVE.anchored);
  });
  it('corroborated: same country or related entity present', () => {
    expect(corroborated(index, 'place:osh', new Set(['place:bishkek']))).toBe(true);
    expect(corroborated(index, 'place:osh', new Set(['place:russia']))).toBe(false);
  });
  it('roleMatches: vice-president is not president', () => {
    expect(roleMatches('President of Kyrgyzstan', 'president')).toBe(true);
    expect(roleMatches('Vice President of the World Bank', 'president')).toBe(false);
    expect(roleMatches('Chairman of the Cabinet of Ministers', 'prime-minister')).toBe(true);
  });
});

describe('eventAround', () => {
  it('from the preview window before an event to the fresh window after it', () => {
    expect(eventAround('2023-05-19', '2023-05-18', '2023-05-19')).toBe(true);
    expect(eventAround('2023-04-01', '2023-05-18', '2023-05-19')).toBe(true);
    expect(eventAround('2025-06-16', '2023-05-18', '2023-05-19')).toBe(false);
  });
});
