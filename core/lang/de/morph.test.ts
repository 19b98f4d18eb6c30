// German: genitive -s. Unit tests for core/lang/de/morph.ts.
import { describe, expect, it } from 'vitest';
import { acceptsSuffix, compileMorph } from '../morph';
import { foldKey } from '../../text/fold';
import { morph } from './morph';

const m = compileMorph(morph);
describe('de morphology', () => {
  it.each(['s'])('accepts the suffix %s', (s) => {
    expect(acceptsSuffix(m, foldKey(s))).toBe(true);
  });
  it.each(['er', 'en', 'isch'])('rejects %s', (s) => {
    expect(acceptsSuffix(m, foldKey(s))).toBe(false);
  });
  it('accepts a bare name', () => {
    expect(acceptsSuffix(m, '')).toBe(true);
  });
  it('knows the title Präsident', () => {
    expect(m.titles.some((t) => t.key === foldKey('Präsident') && t.role === 'president')).toBe(true);
  });
});
