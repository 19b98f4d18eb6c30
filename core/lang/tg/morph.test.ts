// Tajik: ezafe, object marker and plural. Unit tests for core/lang/tg/morph.ts.
import { describe, expect, it } from 'vitest';
import { acceptsSuffix, compileMorph } from '../morph';
import { foldKey } from '../../text/fold';
import { morph } from './morph';

const m = compileMorph(morph);
describe('tg morphology', () => {
  it.each(['и', 'ро', 'ҳо', 'ҳоро'])('accepts the suffix %s', (s) => {
    expect(acceptsSuffix(m, foldKey(s))).toBe(true);
  });
  it.each(['ӣ', 'чи'])('rejects %s', (s) => {
    expect(acceptsSuffix(m, foldKey(s), s)).toBe(false);
  });
  it('accepts a bare name', () => {
    expect(acceptsSuffix(m, '')).toBe(true);
  });
  it('knows the title Президент', () => {
    expect(m.titles.some((t) => t.key === foldKey('Президент') && t.role === 'president')).toBe(true);
  });
});
