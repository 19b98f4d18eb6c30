// The compiler merges shared names, flags acronyms, generates case forms and initials.
import { describe, expect, it } from 'vitest';
import { MINI } from '../testing/mini-data';
import { PATTERN_FLAGS } from './compiled';
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
    expect(initialVariants('Kassym-Jomart Tokayev')).toEqual(expect.arrayContaining(['K.-J. Tokayev', 'K. Tokayev', 'Tokayev K.-J.']));
    expect(pattern('К.-Ж. Токаев')?.ids).toEqual(['person:kassym-jomart-tokayev']);
  });
  it('lists office holders with their terms', () => {
    expect(index.offices['office:kg-president']!.holders.map((h) => h.id).sort()).toEqual(['person:sadyr-japarov', 'person:sooronbay-jeenbekov']);
  });
  it('gives every pattern a node of its own in the automaton', () => {
    const a = index.automaton as { outPattern: number[] };
    expect([...a.outPattern].sort((x, y) => x - y)).toEqual(index.patterns.map((_, i) => i));
  });
});
