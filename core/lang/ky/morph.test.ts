// Kyrgyz: four-way harmony. Unit tests for core/lang/ky/morph.ts.
import { describe, expect, it } from 'vitest';
import { acceptsSuffix, compileMorph } from '../morph';
import { foldKey } from '../../text/fold';
import { morph } from './morph';

const m = compileMorph(morph);
describe('ky morphology', () => {
  it.each(['дун', 'нын', 'га', 'ка', 'да', 'дагы', 'дан', 'менен', 'лар', 'ларды'])('accepts the suffix %s', (s) => {
    expect(acceptsSuffix(m, foldKey(s))).toBe(true);
  });
  it.each(['чыл', 'лык'])('rejects %s', (s) => {
    expect(acceptsSuffix(m, foldKey(s))).toBe(false);
  });
  it('accepts a bare name', () => {
    expect(acceptsSuffix(m, '')).toBe(true);
  });
  it('knows the title президент', () => {
    expect(m.titles.some((t) => t.key === foldKey('президент') && t.role === 'president')).toBe(true);
  });
});
