// Generated Kazakh Arabic-script names: made from the kk-Cyrl names, left out when attested already,
// matched through the compiled index, kept apart from attested names, and dropped on a shared key.
import { describe, expect, it } from 'vitest';
import { MINI } from '../testing/mini-data';
import { exactPattern, loadAutomaton } from '../match/automaton';
import { foldKey } from '../text/fold';
import { compileIndex } from './compile';
import { generatedNames } from './generated-names';
import { validateData } from './validate';

const compile = (json: unknown) => {
  const index = compileIndex(validateData([{ path: 'mini', json }]).data, 'test');
  const automaton = loadAutomaton(index.automaton as never);
  return { index, ids: (name: string) => index.patterns[exactPattern(automaton, foldKey(name))]?.ids };
};

describe('generatedNames', () => {
  it('gives each Kazakh Cyrillic name its Arabic-script form, except forms already attested', () => {
    expect(generatedNames({ names: { en: ['Almaty'], 'kk-Cyrl': ['Алматы'] } })).toEqual({ 'kk-Arab': ['الماتى'] });
    expect(generatedNames({ names: { en: ['Almaty'], 'kk-Cyrl': ['Алматы'], 'kk-Arab': ['الماتى'] } })).toEqual({});
    // no Kazakh Cyrillic name: the Kyrgyz one, else the Russian one (a Kyrgyz or Tajik leader)
    expect(generatedNames({ names: { en: ['Almaty'], ru: ['Алматы'] } })).toEqual({ 'kk-Arab': ['الماتى'] });
    expect(generatedNames({ names: { ru: ['Садыр Жапаров'], ky: ['Садыр Жапаров'] } })).toEqual({
      'kk-Arab': ['سادىر جاپاروۆ'],
    });
    expect(generatedNames({ names: { en: ['Almaty'], fr: ['Almaty'] } })).toEqual({});
    // acronyms, alone or in a name, are left to attested forms
    expect(generatedNames({ names: { en: ['EEC'], 'kk-Cyrl': ['ЕЭК', 'Балқаш АЭС'] } })).toEqual({});
  });
});

describe('compiled generated names', () => {
  it('are matched and listed apart from the attested names', () => {
    const { index, ids } = compile(MINI);
    expect(ids('قازاقستان')).toEqual(['place:kazakhstan']);
    expect(ids('توقاەۆ')).toEqual(['person:kassym-jomart-tokayev']);
    expect(index.entities['place:kazakhstan']!.generatedNames).toEqual({ 'kk-Arab': ['قازاقستان'] });
    expect(index.entities['place:kazakhstan']!.names['kk-Arab']).toBeUndefined();
  });
  it('are dropped when two entities would share one, or another entity already holds the key', () => {
    const base = { type: 'person', description: { en: 'x' }, sources: ['src:test-ref'], asOf: '2026' };
    const json = {
      sources: MINI.sources,
      entities: [
        { ...base, id: 'person:a-one', names: { en: ['A One'], 'kk-Cyrl': ['Серікбаев'] } },
        {
          ...base,
          id: 'person:a-two',
          names: { en: ['A Two'], 'kk-Cyrl': ['Серікбаев'] },
          ambiguousWith: ['person:a-one'],
        },
        { ...base, id: 'person:b-one', names: { en: ['B One'], 'kk-Cyrl': ['Нұрланов'] } },
        { ...base, id: 'person:b-two', names: { en: ['B Two'], ar: ['نۇرلانوۆ'] } },
      ],
    };
    const { index, ids } = compile(json);
    expect(ids('سەرىكباەۆ')).toBeUndefined();
    expect(ids('نۇرلانوۆ')).toEqual(['person:b-two']);
    expect(index.entities['person:b-one']!.generatedNames).toBeUndefined();
  });
});
