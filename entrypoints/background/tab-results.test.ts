import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../core/types';
import { badgeText, recount, summarise } from './tab-results';
import { splitSentences } from '../../core/claims/extract';
import { sentenceSpan } from '../../core/claims/sentence-span';

const ann = (over: Partial<Annotation> = {}): Annotation => ({
  lang: 'en',
  date: '2022-01-06',
  entities: [
    { id: 'place:almaty', name: 'Almaty', type: 'place', mentions: [{ start: 0, end: 6, text: 'Almaty' }] },
    {
      id: 'person:kassym-jomart-tokayev',
      name: 'Kassym-Jomart Tokayev',
      type: 'person',
      mentions: [
        { start: 10, end: 17, text: 'Tokayev' },
        { start: 30, end: 37, text: 'Tokayev' },
      ],
    },
  ],
  events: [{ id: 'event:2022-kazakhstan-unrest', name: 'January 2022 unrest', score: 0.6 }],
  claims: [
    { start: 40, end: 60, text: '225 people were killed', kind: 'figure', value: 225, measure: 'killed', links: [] },
  ],
  dates: [],
  ...over,
});
const page = { tabId: 3, url: 'https://kun.uz/a', title: 'A', mode: 'page' as const };

describe('summarise', () => {
  it('counts mentions per entity, most mentioned first, and drops offsets', () => {
    const s = summarise(page, ann(), null, 100);
    expect(s.entities.map((e) => [e.id, e.count])).toEqual([
      ['person:kassym-jomart-tokayev', 2],
      ['place:almaty', 1],
    ]);
    expect(s.claims[0]).not.toHaveProperty('start');
    expect(s).toMatchObject({ tabId: 3, lang: 'en', date: '2022-01-06', updatedAt: 100 });
  });

  it('adds a later part of the same page to what was found', () => {
    const first = summarise(page, ann(), null, 1);
    const more = summarise(
      { ...page, mode: 'more' },
      ann({ events: [{ id: 'event:2022-kazakhstan-unrest', name: 'x', score: 0.9 }] }),
      first,
      2,
    );
    expect(more.entities.find((e) => e.id === 'place:almaty')?.count).toBe(2);
    expect(more.events[0].score).toBe(0.9);
    expect(more.claims).toHaveLength(1); // same claim text not repeated
  });

  it('starts over for a new page but keeps a lookup made on the same page', () => {
    const lookup = { query: 'Tokayev', hits: [], at: 5 };
    const first = { ...summarise(page, ann(), null, 1), lookup };
    expect(summarise(page, ann(), first, 2).lookup).toEqual(lookup);
    const other = summarise({ ...page, url: 'https://kun.uz/b' }, ann({ entities: [] }), first, 3);
    expect(other.entities).toEqual([]);
    expect(other.lookup).toBeUndefined();
  });
});

describe('badgeText', () => {
  it('shows the number of distinct entities, nothing for none', () => {
    expect(badgeText(null)).toBe('');
    expect(badgeText(summarise(page, ann(), null))).toBe('2');
    expect(badgeText(summarise(page, ann({ entities: [] }), null))).toBe('');
  });
});

describe('claims with their sentence', () => {
  const text = 'Almaty was calm. Officials said 225 people were killed. Later: 225 people were killed, again.';
  const claim = (start: number) => ({
    start,
    end: start + 22,
    text: '225 people were killed',
    kind: 'figure' as const,
    value: 225,
    links: [],
  });
  it('keeps the same words in two sentences as two statements, each with its sentence', () => {
    const s = summarise({ ...page, text }, ann({ claims: [claim(32), claim(63)] }), null);
    expect(s.claims.map((c) => c.sentence)).toEqual([
      'Officials said 225 people were killed.',
      'Later: 225 people were killed, again.',
    ]);
  });
  // the one sentence splitter (core/claims/extract.ts splitSentences) gives each claim its sentence
  const sentenceOf = (t: string, words: string, lang: Annotation['lang'] = 'en') => {
    const start = t.indexOf(words);
    const hit = { start, end: start + words.length, text: words, kind: 'figure' as const, value: 225, links: [] };
    return summarise({ ...page, text: t }, ann({ lang, claims: [hit] }), null).claims[0]?.sentence;
  };
  it('ends an Arabic sentence at its question mark and a sentence at a line break', () => {
    const ar = 'هدأت المدينة. هل قتل 225 شخصا؟ قال المسؤول ذلك.';
    expect(sentenceOf(ar, '225 شخصا', 'ar')).toBe('هل قتل 225 شخصا؟');
    expect(sentenceOf('Headline with 225 dead\nThe city was calm.', '225 dead')).toBe('Headline with 225 dead');
  });
  it('does not end a sentence at an abbreviation or an initial, and keeps a closing quote', () => {
    expect(sentenceOf('Calm now. Dr. K. Aliev said 225 people died. Then rain.', '225 people')).toBe(
      'Dr. K. Aliev said 225 people died.',
    );
    expect(sentenceOf('He said: "225 people died." Then rain.', '225 people')).toBe('He said: "225 people died."');
    expect(sentenceOf('Он сказал: «погибли 225 человек.» Потом дождь.', '225 человек', 'ru')).toBe(
      'Он сказал: «погибли 225 человек.»',
    );
  });
  it('splits Chinese sentences with no space after the stop, and cuts a very long sentence', () => {
    expect(sentenceOf('城市平静。有225人死亡。随后下雨。', '225人', 'zh')).toBe('有225人死亡。');
    const long = `${'word '.repeat(150)}225 people died ${'more '.repeat(150)}end.`;
    const s = sentenceOf(long, '225 people') ?? '';
    expect(s.length).toBeLessThanOrEqual(400);
    expect(s).toContain('225 people died');
  });
  it('gives a claim deep in a long text of many lines the sentence a split of the whole text gives', () => {
    const lines = ['Calm now. Dr. K. Aliev said', 'He said: "225 people died." Then rain.', 'A. Smith came.'];
    const text = Array.from({ length: 300 }, (_, i) => lines[i % 3]).join('\n');
    const at = text.indexOf('225 people', text.length / 2);
    const claims = [0, at, text.lastIndexOf('225 people')].map((start) => ({
      start,
      end: start + 10,
      text: text.slice(start, start + 10),
      kind: 'figure' as const,
      links: [],
    }));
    const whole = splitSentences(text, 'en');
    const expected = claims.map((c) => {
      const sp = sentenceSpan(whole, c.start, c.end)!;
      return text.slice(sp.start, sp.end);
    });
    const got = summarise({ ...page, text }, ann({ claims }), null).claims;
    // the first and third are the same words in the same sentence: one statement
    expect(got.map((c) => c.sentence)).toEqual([expected[0], expected[1]]);
    expect(expected[1]).toBe('He said: "225 people died."');
  });
  it('keeps the first-mention order and the form the page wrote', () => {
    const s = summarise(page, ann(), null);
    expect(s.entities.map((e) => [e.id, e.order, e.page])).toEqual([
      ['person:kassym-jomart-tokayev', 1, 'Tokayev'],
      ['place:almaty', 0, 'Almaty'],
    ]);
  });
});

describe('recount', () => {
  it('sets counts to the live ones from the page and drops entities no longer on it', () => {
    const s = summarise(page, ann(), null, 100);
    const r = recount(s, page.url, { 'place:almaty': 3 }, 200);
    expect(r.entities.map((e) => [e.id, e.count])).toEqual([['place:almaty', 3]]);
    expect(r.updatedAt).toBe(200);
  });
  it("leaves another page's state alone", () => {
    const s = summarise(page, ann(), null, 100);
    expect(recount(s, 'https://kun.uz/b', {}, 200)).toBe(s);
  });
  it('keeps how much of a long page was read', () => {
    const s = summarise({ ...page, readChars: 10, totalChars: 20 }, ann(), null, 100);
    expect(s).toMatchObject({ readChars: 10, totalChars: 20 });
    expect(summarise({ ...page, readChars: 20, totalChars: 20 }, ann(), null, 100)).not.toHaveProperty('readChars');
  });
  it('takes how much was read from the last part of a page sent in parts', () => {
    const first = summarise(page, ann(), null, 100);
    const last = summarise({ ...page, mode: 'more', readChars: 10, totalChars: 20 }, ann(), first, 200);
    expect(last).toMatchObject({ readChars: 10, totalChars: 20 });
    const whole = summarise({ ...page, mode: 'more', readChars: 20, totalChars: 20 }, ann(), first, 200);
    expect(whole).not.toHaveProperty('readChars');
  });
});
