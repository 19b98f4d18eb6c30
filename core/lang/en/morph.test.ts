// English: names do not inflect. Unit tests for core/lang/en/morph.ts.
import { describe, expect, it } from 'vitest';
import { acceptsSuffix, compileMorph } from '../morph';
import { foldKey } from '../../text/fold';
import { morph } from './morph';

const m = compileMorph(morph);
describe('en morphology', () => {
  it.each(['s', 'ian', 'ism'])('rejects %s', (s) => {
    expect(acceptsSuffix(m, foldKey(s))).toBe(false);
  });
  it('accepts a bare name', () => {
    expect(acceptsSuffix(m, '')).toBe(true);
  });
  it('knows the title President', () => {
    expect(m.titles.some((t) => t.key === foldKey('President') && t.role === 'president')).toBe(true);
  });
});
