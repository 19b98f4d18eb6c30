// The compiler merges shared names, flags acronyms, generates case forms and initials.
import { describe, expect, it } from 'vitest';
import { MINI } from '../testing/mini-data';
import { PATTERN_FLAGS, textIn } from './compiled';
import { compileIndex, initialVariants, isAcronym } from './compile';
import { validateData } from './validate';
import { foldKey } from '../text/fold';
import { exactPattern, loadAutomaton } from '../match/automaton';

const index = compileIndex(validateData([{ path: 'mini', json: MINI }]).data, 'test');
const automaton = loadAutomaton(index.automaton as never);
const pattern = (name: string) => index.patterns[exactPattern(automaton, foldKey(name))];

describe('compileIndex', () => {
  it('merges entities that share a name into one pattern', () => {
    expect(pattern('Japarov')?.ids).toEqual(['person:akylbek-japarov', 'person:sadyr-japarov']);
  });
  it('marks acronyms exact and keeps their written form', () => {
    const p = pattern('ОДКБ')!;
    expect(p.flags & PATTERN_FLAGS.exact).toBeTruthy();
    expect(p.exact).toEqual([{ raw: 'ОДКБ', ids: ['org:csto'] }]);
    expect(isAcronym('CSTO')).toBe(true);
    expect(isAcronym('Almaty')).toBe(false);
  });
  it('generates Russian case forms of vowel-final names', () => {
    expect(pattern('Астаны')?.ids).toContain('place:astana');
    expect(pattern('России')?.ids).toContain('place:russia');
  });
  it('generates initials for people', () => {
    expect(initialVariants('Kassym-Jomart Tokayev')).toEqual(
      expect.arrayContaining(['K.-J. Tokayev', 'K. Tokayev', 'Tokayev K.-J.']),
    );
    expect(pattern('К.-Ж. Токаев')?.ids).toEqual(['person:kassym-jomart-tokayev']);
  });
  it('lists office holders with their terms', () => {
    expect(index.offices['office:kg-president']!.holders.map((h) => h.id).sort()).toEqual([
      'person:sadyr-japarov',
      'person:sooronbay-jeenbekov',
    ]);
  });
  it('gives every pattern a node of its own in the automaton', () => {
    const a = index.automaton as { outPattern: number[] };
    expect([...a.outPattern].sort((x, y) => x - y)).toEqual(index.patterns.map((_, i) => i));
  });
  it('carries translated facts, timeline items and claim contexts to the display records', () => {
    const src = { id: 'src:t-a', publisher: 'Test', title: 'A test source' };
    const i18n = { ru: 'Основана в 1992 году.', ar: 'تأسست عام 1992.' };
    const fact = { text: 'Founded in 1992.', i18n, asOf: '1992', sources: ['src:t-a'] };
    const ev = {
      id: 'event:1992-test',
      type: 'event',
      names: { en: ['Test event'] },
      description: { en: 'A test' },
      sources: ['src:t-a'],
      asOf: '1992',
      facts: [fact],
      timeline: [{ date: '1992-05', text: 'It began.', i18n: { ru: 'Началось.' }, sources: ['src:t-a'] }],
    };
    const claim = {
      id: 'claim:test-one',
      event: 'event:1992-test',
      text: { en: 'A claim' },
      claimedBy: ['event:1992-test'],
      cues: {},
      status: 'disputed',
      sources: ['src:t-a'],
      context: { text: 'Disputed.', i18n: { ar: 'محل خلاف.' }, sources: ['src:t-a'] },
    };
    const r = validateData([{ path: 't', json: { sources: [src], entities: [ev], claims: [claim] } }]);
    expect(r.errors).toEqual([]);
    const rec = compileIndex(r.data, 'test').entities['event:1992-test']!;
    expect(textIn(rec.facts![0]!, 'ar')).toBe('تأسست عام 1992.');
    expect(textIn(rec.timeline![0]!, 'ru')).toBe('Началось.');
    expect(textIn(rec.timeline![0]!, 'ar')).toBe('It began.');
    expect(textIn(rec.claims![0]!.context, 'ar')).toBe('محل خلاف.');
  });
  it('rejects an English entry in i18n (the English is the text)', () => {
    const src = { id: 'src:t-a', publisher: 'Test', title: 'A test source' };
    const e = {
      id: 'place:testville',
      type: 'place',
      names: { en: ['Testville'] },
      description: { en: 'A town' },
      sources: ['src:t-a'],
      asOf: '2020',
      facts: [{ text: 'A fact.', i18n: { en: 'A fact.' }, asOf: '2020', sources: ['src:t-a'] }],
    };
    expect(validateData([{ path: 't', json: { sources: [src], entities: [e] } }]).errors.join()).toMatch(/i18n/);
  });
});
