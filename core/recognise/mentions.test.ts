// Mention finding over the mini test dataset: overlaps, office descriptors, descriptor + name
// merging, inner mentions, cue collection; and the list helpers alone on hand-made mentions.
import { describe, expect, it } from 'vitest';
import { loadAutomaton } from '../match/automaton';
import { miniIndex } from '../testing/mini-data';
import { fold } from '../text/fold';
import { splitBlocks } from './blocks';
import { findMentions, keepLongest, mergeDescriptors, type CueHits, type Mention } from './mentions';

const index = miniIndex();
const ctx = { index, automaton: loadAutomaton(index.automaton as never) };
function mentions(text: string, date?: string, cues: CueHits = new Map()) {
  return findMentions(ctx, text, fold(text), splitBlocks(text), date, cues).map(
    (m) => `${text.slice(m.start, m.end)}=${m.options.join('|')}`,
  );
}
const m = (start: number, end: number, extra: Partial<Mention> = {}): Mention => ({
  start,
  end,
  pattern: 0,
  options: ['x'],
  block: 0,
  ...extra,
});

describe('findMentions', () => {
  it('keeps the longest of overlapping names', () => {
    expect(mentions('Kassym-Jomart Tokayev spoke.')).toEqual(['Kassym-Jomart Tokayev=person:kassym-jomart-tokayev']);
  });
  it('expands an office descriptor to the holder at the page date', () => {
    expect(mentions('The Kyrgyz president spoke.', '2019-05-01')).toEqual([
      'Kyrgyz president=person:sooronbay-jeenbekov',
    ]);
    expect(mentions('The Kyrgyz president spoke.', '2023-05-01')).toEqual(['Kyrgyz president=person:sadyr-japarov']);
  });
  it('merges a descriptor with the holder named right after it', () => {
    expect(mentions('President of Kyrgyzstan Japarov spoke.', '2023-05-01')).toEqual([
      'President of Kyrgyzstan Japarov=person:sadyr-japarov',
    ]);
  });
  it('collects event cue words without reporting them', () => {
    const cues: CueHits = new Map();
    expect(mentions('protests in Almaty', undefined, cues)).toEqual(['Almaty=place:almaty']);
    expect([...cues.keys()]).toEqual(['event:2022-kazakhstan-unrest']);
  });
  it('keeps a country named inside a descriptor as its own mention', () => {
    expect(mentions('President of Kyrgyzstan', '2023-05-01')).toEqual(['President of Kyrgyzstan=person:sadyr-japarov']);
  });
});

describe('keepLongest and mergeDescriptors', () => {
  it('drops overlaps, lets a title give way and keeps the name', () => {
    const long = m(0, 20);
    const titled = m(15, 30, { nameStart: 22, title: 'president' });
    expect(keepLongest([titled, long], 40).map((x) => [x.start, x.end, x.title])).toEqual([
      [0, 20, undefined],
      [22, 30, undefined],
    ]);
  });
  it('merges only across a short gap and a shared candidate', () => {
    const text = 'AAAA BBBB';
    const d = m(0, 4, { viaOffice: 'office:x', options: ['p1', 'p2'] });
    expect(mergeDescriptors([d, m(5, 9, { options: ['p2'] })], text)).toEqual([
      { ...m(5, 9, { options: ['p2'] }), start: 0, viaOffice: 'office:x' },
    ]);
    expect(mergeDescriptors([d, m(5, 9, { options: ['p3'] })], text)).toHaveLength(2);
  });
});
