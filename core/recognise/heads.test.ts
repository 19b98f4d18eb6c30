// Head nouns on a dataset written here: lists sharing one plural head, synonyms of a head next to a
// name, and the helpers alone. Sentences composed for the tests.
import { describe, expect, it } from 'vitest';
import { compileIndex } from '../dataset/compile';
import type { CompiledIndex } from '../dataset/compiled';
import type { DataFile } from '../dataset/schema';
import { validateData } from '../dataset/validate';
import { createEngine } from '../engine';
import { morphFor } from '../lang/registry';
import { capitalisedRun, separatorBefore } from './heads';

const S = ['src:test-ref'];
const base = { sources: S, asOf: '2026-11-01' };
const place = (id: string, names: Record<string, string[]>, country?: string) => ({
  id,
  type: 'place' as const,
  ...base,
  description: { en: 'test place' },
  ...(country ? { country } : {}),
  names,
});
const DATA: DataFile = {
  sources: [{ id: 'src:test-ref', publisher: 'Oxus tests', title: 'Test dataset written for the unit tests' }],
  entities: [
    place('place:kazakhstan', { en: ['Kazakhstan'] }),
    place('place:kyrgyzstan', { en: ['Kyrgyzstan'], ky: ['Кыргызстан'], ar: ['قرغيزستان'] }),
    place('place:aktobe', { en: ['Aktobe'] }, 'place:kazakhstan'),
    place('place:aktobe-region', { en: ['Aktobe Region'] }, 'place:kazakhstan'),
    place('place:atyrau', { en: ['Atyrau'] }, 'place:kazakhstan'),
    place('place:atyrau-region', { en: ['Atyrau Region'] }, 'place:kazakhstan'),
    place('place:west-kazakhstan-region', { en: ['West Kazakhstan Region'] }, 'place:kazakhstan'),
    place('place:osh', { en: ['Osh'], ky: ['Ош'] }, 'place:kyrgyzstan'),
    place(
      'place:batken',
      { en: ['Batken'], ky: ['Баткен'], ar: ['باتكين'], fr: ['Batken'], tr: ['Batken'] },
      'place:kyrgyzstan',
    ),
    place(
      'place:batken-region',
      {
        en: ['Batken Region'],
        ky: ['Баткен облусу'],
        ar: ['منطقة باتكين'],
        fr: ['Province de Batken'],
        tr: ['Batken bölgesi'],
      },
      'place:kyrgyzstan',
    ),
    place('place:sughd-region', { en: ['Sughd Region'], ky: ['Согд облусу'] }),
  ],
};
function headsEngine() {
  const { errors, data } = validateData([{ path: 'heads-test', json: DATA }]);
  if (errors.length) throw new Error(errors.join('\n'));
  return createEngine(JSON.parse(JSON.stringify(compileIndex(data, 'test'))) as CompiledIndex);
}
const engine = headsEngine();
const ids = (text: string) =>
  engine
    .annotate(text, { entitiesOnly: true })
    .entities.flatMap((e) => e.mentions.map((m) => `${m.text}=${e.id}`))
    .sort();

describe('lists sharing one plural head', () => {
  it('names every item with the singular head (English, a two-word item, a serial comma)', () => {
    expect(ids('Water reached the Aktobe, West Kazakhstan, and Atyrau regions on Monday.')).toEqual([
      'Aktobe=place:aktobe-region',
      'Atyrau=place:atyrau-region',
      'West Kazakhstan=place:west-kazakhstan-region',
    ]);
  });
  it('reads a Kyrgyz list with a genitive country inside an item and a case-marked plural', () => {
    expect(ids('Бүгүн Кыргызстандын Баткен жана Тажикстандын Согд облустарынын башчылары жолукту.')).toEqual([
      'Баткен=place:batken-region',
      'Кыргызстандын=place:kyrgyzstan',
      'Согд=place:sughd-region',
    ]);
  });
  it('leaves an item the head does not name as it is, and a name before a singular alone', () => {
    expect(ids('Osh and Atyrau regions')).toEqual(['Atyrau=place:atyrau-region', 'Osh=place:osh']);
    expect(ids('Aktobe is a city; Atyrau has a port.')).toEqual(['Aktobe=place:aktobe', 'Atyrau=place:atyrau']);
  });
});

describe('a synonym of a head next to a name', () => {
  it('Arabic إقليم, French "région de", Turkish inflected ili name the region the dataset writes otherwise', () => {
    expect(ids('اشتباكات في إقليم باتكين')).toEqual(['باتكين=place:batken-region']);
    expect(ids('Des tirs dans la région de Batken.')).toEqual(['Batken=place:batken-region']);
    expect(ids('Batken ilindeki köylerde')).toEqual(['Batken=place:batken-region']);
  });
  it('leaves the town alone without a head word', () => {
    expect(ids('Des tirs à Batken.')).toEqual(['Batken=place:batken']);
  });
});

describe('helpers', () => {
  it('capitalisedRun: capitalised words one space apart, at most three', () => {
    const t = 'the Aktobe, West Kazakhstan regions';
    expect(capitalisedRun(t, t.indexOf(' regions')).map((s) => t.slice(s, s + 4))).toEqual(['West', 'Kaza']);
    expect(capitalisedRun('the aktobe', 10)).toEqual([]);
  });
  it('separatorBefore: a comma, a conjunction of the language, both; not another word', () => {
    const en = morphFor('en', 'latn');
    expect(separatorBefore('Aktobe, Atyrau', 8, en)).toBe(6);
    expect(separatorBefore('Aktobe and Atyrau', 11, en)).toBe(6);
    expect(separatorBefore('Aktobe, and Atyrau', 12, en)).toBe(6);
    expect(separatorBefore('Aktobe near Atyrau', 12, en)).toBe(-1);
  });
});
