// Precision guards, each alone on short written strings.
import { describe, expect, it } from 'vitest';
import { morphFor } from '../lang/registry';
import { miniIndex } from '../testing/mini-data';
import { foldKey } from '../text/fold';
import {
  agencyCredit,
  quotedTitle,
  apostropheCompound,
  computeGivenNames,
  deputyBefore,
  dropForeignInstitutions,
  dropNamesakes,
  formerPrefixStart,
  givenNames,
  hyphenPrefixed,
  isTitleWord,
  namedAfter,
  surnameAfter,
} from './guards';

describe('guards', () => {
  it("apostropheCompound: Xi'an yes, Xi's no, Turkish suffixes no", () => {
    const en = morphFor('en', 'latn');
    expect(apostropheCompound("Xi'an", 2, en)).toBe(true);
    expect(apostropheCompound('Xi’s speech', 2, en)).toBe(false);
    expect(apostropheCompound('Xi spoke', 2, en)).toBe(false);
    expect(apostropheCompound("Tokayev'in", 7, morphFor('tr', 'latn'))).toBe(false);
  });
  it('hyphenPrefixed and formerPrefixStart: vice- is someone else, экс- is a former title', () => {
    const fr = 'La vice-présidente';
    expect(hyphenPrefixed(fr, fr.indexOf('présidente'))).toBe(true);
    expect(hyphenPrefixed('La présidente', 3)).toBe(false);
    const ru = 'Экс-президент Атамбаев';
    expect(formerPrefixStart(ru, ru.indexOf('президент'))).toBe(0);
    expect(formerPrefixStart('вице-президент', 5)).toBe(-1);
  });
  it('deputyBefore: the word before is vice/deputy', () => {
    const k = foldKey('the deputy prime minister');
    expect(deputyBefore(k, k.indexOf('prime'))).toBe(true);
    const k2 = foldKey('the new prime minister');
    expect(deputyBefore(k2, k2.indexOf('prime'))).toBe(false);
  });
  it('isTitleWord: Tajik раиси is a title word', () => {
    const k = foldKey('раиси');
    expect(isTitleWord(k, 0, k.length, morphFor('tg', 'cyrl'))).toBe(true);
    expect(isTitleWord(k, 0, k.length, morphFor('ru', 'cyrl'))).toBe(false);
  });
  it('surnameAfter: a surname-shaped word one space after', () => {
    expect(surnameAfter("Isroil Xo'jayev keldi", 6)).toBe(true);
    expect(surnameAfter('Исроил Каримов', 6)).toBe(true);
    expect(surnameAfter('Isroil va Eron', 6)).toBe(false);
    expect(surnameAfter('Israel, Iran', 6)).toBe(false);
  });
  it('dropNamesakes: another known given name before the surname drops the person', () => {
    const index = miniIndex();
    const ids = ['person:sadyr-japarov', 'person:akylbek-japarov'];
    expect(dropNamesakes(index, 'Akylbek Japarov', 8, ids)).toEqual(['person:akylbek-japarov']);
    expect(dropNamesakes(index, 'Sadyr Japarov', 6, ids)).toEqual(['person:sadyr-japarov']);
    // an unknown word before the surname says nothing
    expect(dropNamesakes(index, 'Kyrgyz Japarov', 7, ids)).toEqual(ids);
    // and the same without the given names the build writes into the index
    const bare = { ...miniIndex(), given: undefined };
    expect(dropNamesakes(bare, 'Akylbek Japarov', 8, ids)).toEqual(['person:akylbek-japarov']);
  });
  it('the given names the build writes are the ones computed from the records', () => {
    const index = miniIndex();
    expect(index.given?.['person:sadyr-japarov']).toContain('sadir');
    const computed = computeGivenNames(index);
    const fromIndex = givenNames(index);
    expect(fromIndex.all).toEqual(computed.all);
    for (const [id, keys] of computed.byPerson) expect(fromIndex.byPerson.get(id) ?? new Set()).toEqual(keys);
  });
});

describe('agencyCredit and dropForeignInstitutions', () => {
  it('agencyCredit: after a dateline or alone on its line; not inside a sentence', () => {
    const t = 'АСТАНА, 15 қараша – Sputnik. Тоқаев сөйледі.';
    const at = t.indexOf('Sputnik');
    expect(agencyCredit(t, at, at + 7)).toBe(true);
    expect(agencyCredit('Sputnik\nТОШКЕНТ, 31 май', 0, 7)).toBe(true);
    const s = 'Жаңа Sputnik спутнигі ұшырылды.';
    expect(agencyCredit(s, 5, 12)).toBe(false);
  });
  it('quotedTitle: a name that is the whole quoted span, in any quotation marks; not part of a longer quote', () => {
    const ar = 'وحسب «الميادين» أكد الرئيس';
    const at = ar.indexOf('الميادين');
    expect(quotedTitle(ar, at, at + 'الميادين'.length)).toBe(true);
    const ru = 'сообщает „Sputnik“, а также "Sputnik"';
    expect(quotedTitle(ru, ru.indexOf('Sputnik'), ru.indexOf('Sputnik') + 7)).toBe(true);
    expect(quotedTitle(ru, ru.lastIndexOf('Sputnik'), ru.lastIndexOf('Sputnik') + 7)).toBe(true);
    const inside = 'قال «في الميادين العامة» أمس';
    const i = inside.indexOf('الميادين');
    expect(quotedTitle(inside, i, i + 'الميادين'.length)).toBe(false);
    expect(quotedTitle('the Sputnik satellite', 4, 11)).toBe(false);
  });
  it('dropForeignInstitutions: a foreign country next to a generic name removes that country’s body', () => {
    const index = miniIndex();
    // a stand-in institution of Kazakhstan in the mini dataset (org:csto has no country, so use a fake)
    index.entities['org:kz-prosecutor-test'] = {
      ...index.entities['place:almaty']!,
      id: 'org:kz-prosecutor-test',
      type: 'organisation',
      country: 'place:kazakhstan',
    };
    const text = 'Russia Prosecutors said';
    const country = { start: 0, end: 6, options: ['place:russia'] };
    const body = { start: 7, end: 18, options: ['org:kz-prosecutor-test'] };
    // Russia is a country only when some record names it as its country
    index.entities['place:moscow-test'] = { ...index.entities['place:almaty']!, country: 'place:russia' };
    expect(dropForeignInstitutions(index, text, [country, body], () => false)).toEqual([country]);
    // the body's own name holds its country: left alone
    expect(dropForeignInstitutions(index, text, [country, body], () => true)).toEqual([country, body]);
    // its own country next to it: kept
    const own = { start: 0, end: 6, options: ['place:kazakhstan'] };
    expect(dropForeignInstitutions(index, text, [own, body], () => false)).toEqual([own, body]);
  });
});

describe('namedAfter', () => {
  it('a head noun after up to two capitalised words ends a longer proper name', () => {
    const heads = new Set(['havalimani', 'post'].map(foldKey));
    const t = "Nursultan Nazarbayev Uluslararası Havalimanı'nda";
    expect(namedAfter(t, t.indexOf(' Uluslararası'), heads)).toBe(true);
    const w = 'The Washington Post said';
    expect(namedAfter(w, w.indexOf(' Post'), heads)).toBe(true);
    expect(namedAfter('Washington said', 10, heads)).toBe(false);
    expect(namedAfter('Nazarbayev visited the airport', 10, heads)).toBe(false);
  });
});
