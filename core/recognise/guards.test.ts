// Precision guards, each alone on short written strings.
import { describe, expect, it } from 'vitest';
import { morphFor } from '../lang/registry';
import { miniIndex } from '../testing/mini-data';
import { foldKey } from '../text/fold';
import {
  apostropheCompound,
  computeGivenNames,
  deputyBefore,
  dropNamesakes,
  formerPrefixStart,
  givenNames,
  hyphenPrefixed,
  isTitleWord,
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
