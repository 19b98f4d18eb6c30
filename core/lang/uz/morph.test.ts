// Uzbek: both scripts. Unit tests for core/lang/uz/morph.ts.
import { describe, expect, it } from 'vitest';
import { acceptsSuffix, compileMorph } from '../morph';
import { foldKey } from '../../text/fold';
import { morph } from './morph';

const m = compileMorph(morph);
describe('uz morphology', () => {
  it.each(['ning', 'ga', 'da', 'dan', 'dagi', 'lar', 'larning', 'нинг', 'га', 'да'])('accepts the suffix %s', (s) => {
    expect(acceptsSuffix(m, foldKey(s))).toBe(true);
  });
  it.each(['lik', 'chi', 'ча'])('rejects %s', (s) => {
    expect(acceptsSuffix(m, foldKey(s))).toBe(false);
  });
  it('accepts a bare name', () => {
    expect(acceptsSuffix(m, '')).toBe(true);
  });
  it('knows the title Prezident', () => {
    expect(m.titles.some((t) => t.key === foldKey('Prezident') && t.role === 'president')).toBe(true);
  });
});
