// Turkmen. Unit tests for core/lang/tk/morph.ts.
import { describe, expect, it } from 'vitest';
import { acceptsSuffix, compileMorph } from '../morph';
import { foldKey } from '../../text/fold';
import { morph } from './morph';

const m = compileMorph(morph);
describe('tk morphology', () => {
  it.each(['yň', 'nyň', 'a', 'da', 'dan', 'daky', 'lar'])('accepts the suffix %s', (s) => {
    expect(acceptsSuffix(m, foldKey(s))).toBe(true);
  });
  it.each(['çy', 'lyk'])('rejects %s', (s) => {
    expect(acceptsSuffix(m, foldKey(s))).toBe(false);
  });
  it('accepts a bare name', () => {
    expect(acceptsSuffix(m, '')).toBe(true);
  });
  it('knows the title Prezident', () => {
    expect(m.titles.some((t) => t.key === foldKey('Prezident') && t.role === 'president')).toBe(true);
  });
});
