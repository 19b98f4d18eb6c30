// Turkish: suffixes only after an apostrophe. Unit tests for core/lang/tr/morph.ts.
import { describe, expect, it } from 'vitest';
import { acceptsSuffix, compileMorph } from '../morph';
import { foldKey } from '../../text/fold';
import { morph } from './morph';

const m = compileMorph(morph);
describe('tr morphology', () => {
  it.each(['in', 'da', 'li'])('rejects %s', (s) => {
    expect(acceptsSuffix(m, foldKey(s))).toBe(false);
  });
  it('accepts a bare name', () => {
    expect(acceptsSuffix(m, '')).toBe(true);
  });
  it('knows the title Cumhurbaşkanı', () => {
    expect(m.titles.some((t) => t.key === foldKey('Cumhurbaşkanı') && t.role === 'president')).toBe(true);
  });
  it('takes any suffix after an apostrophe', () => {
    expect(m.apostropheSuffix).toBe(true);
  });
});
