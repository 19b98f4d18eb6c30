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

describe('Turkish names ending in a common noun', () => {
  it('take one glued case ending after the whole name (compoundSuffixes); a bare -den is not one', () => {
    expect(m.compoundSuffixKeys.has(foldKey('nden'))).toBe(true);
    expect(m.compoundSuffixKeys.has(foldKey('nın'))).toBe(true);
    expect(m.compoundSuffixKeys.has(foldKey('den'))).toBe(false);
    // the ordinary suffix list stays empty: a single proper noun needs its apostrophe
    expect(acceptsSuffix(m, foldKey('nden'))).toBe(false);
  });
});
