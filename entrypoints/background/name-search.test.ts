// Search as you type: prefixes, word order, scripts and romanisations meet through the folding keys.
import { describe, expect, it } from 'vitest';
import { createNameSearch, looseKey } from './name-search';

const search = createNameSearch({
  'person:tokayev': {
    id: 'person:tokayev',
    names: { en: ['Kassym-Jomart Tokayev'], ru: ['Касым-Жомарт Токаев'], ar: ['قاسم جومارت توكاييف', 'توكاييف'] },
  },
  'place:karakalpakstan': {
    id: 'place:karakalpakstan',
    names: { en: ['Karakalpakstan', 'Republic of Karakalpakstan'], ru: ['Каракалпакстан'] },
  },
  'place:karaganda': { id: 'place:karaganda', names: { en: ['Karaganda'], ru: ['Караганда'] } },
  'org:csto': { id: 'org:csto', names: { en: ['Collective Security Treaty Organization', 'CSTO'] } },
});
const ids = (q: string) => search.search(q).map((h) => h.id);

describe('name search', () => {
  it('finds by prefix: "Karakalpak" is Karakalpakstan, "Kara" both', () => {
    expect(ids('Karakalpak')).toEqual(['place:karakalpakstan']);
    expect(ids('Kara')).toEqual(expect.arrayContaining(['place:karakalpakstan', 'place:karaganda']));
  });
  it('meets across scripts and romanisations', () => {
    expect(ids('Токаев')[0]).toBe('person:tokayev');
    expect(ids('Tokaev')[0]).toBe('person:tokayev');
    expect(ids('tokayev')[0]).toBe('person:tokayev');
    expect(ids('Tokay')[0]).toBe('person:tokayev');
    expect(ids('توكاييف')[0]).toBe('person:tokayev');
  });
  it('matches words in any order and ranks the exact name first', () => {
    expect(ids('tokayev kassym')).toEqual(['person:tokayev']);
    expect(ids('CSTO')[0]).toBe('org:csto');
    expect(ids('security treaty')).toEqual(['org:csto']);
  });
  it('finds nothing for nonsense or an empty query', () => {
    expect(ids('Qwxzv Plorkh')).toEqual([]);
    expect(ids('  ')).toEqual([]);
    expect(looseKey('tokayev')).toBe(looseKey('tokaev'));
  });
});
