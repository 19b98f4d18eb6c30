// Chinese: no suffixes; titles before names. Unit tests for core/lang/zh/morph.ts.
import { describe, expect, it } from 'vitest';
import { acceptsSuffix, compileMorph } from '../morph';
import { foldKey } from '../../text/fold';
import { morph } from './morph';

const m = compileMorph(morph);
describe('zh morphology', () => {
  it.each(['的'])('rejects %s', (s) => {
    expect(acceptsSuffix(m, foldKey(s))).toBe(false);
  });
  it('accepts a bare name', () => {
    expect(acceptsSuffix(m, '')).toBe(true);
  });
  it('knows the title 总统', () => {
    expect(m.titles.some((t) => t.key === foldKey('总统') && t.role === 'president')).toBe(true);
  });
});
