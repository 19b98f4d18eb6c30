// French: names do not inflect. Unit tests for core/lang/fr/morph.ts.
import { describe, expect, it } from 'vitest';
import { acceptsSuffix, compileMorph } from '../morph';
import { foldKey } from '../../text/fold';
import { morph } from './morph';

const m = compileMorph(morph);
describe('fr morphology', () => {
  it.each(['s', 'ien', 'ais'])('rejects %s', (s) => {
    expect(acceptsSuffix(m, foldKey(s))).toBe(false);
  });
  it('accepts a bare name', () => {
    expect(acceptsSuffix(m, '')).toBe(true);
  });
  it('knows the title président', () => {
    expect(m.titles.some((t) => t.key === foldKey('président') && t.role === 'president')).toBe(true);
  });
});
