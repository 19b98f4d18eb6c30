// Persian: plural and ezafe endings after a ZWNJ. Unit tests for core/lang/fa/morph.ts.
import { describe, expect, it } from 'vitest';
import { acceptsSuffix, compileMorph } from '../morph';
import { foldKey } from '../../text/fold';
import { morph } from './morph';

const m = compileMorph(morph);
describe('fa morphology', () => {
  it.each(['ها', 'های', 'ای', 'ی'])('accepts the suffix %s', (s) => {
    expect(acceptsSuffix(m, foldKey(s))).toBe(true);
  });
  it.each(['ان', 'تر'])('rejects %s', (s) => {
    expect(acceptsSuffix(m, foldKey(s))).toBe(false);
  });
  it('takes the ezafe after a ZWNJ but not the adjective ی glued on', () => {
    expect(acceptsSuffix(m, foldKey('\u200cی'), '\u200cی')).toBe(true);
    expect(acceptsSuffix(m, foldKey('ی'), 'ی')).toBe(false);
  });
  it('accepts a bare name', () => {
    expect(acceptsSuffix(m, '')).toBe(true);
  });
  it.each(['و', ''])('takes the proclitic "%s"', (p) => {
    expect(m.proclitic!.test(foldKey(p))).toBe(true);
  });
  it.each(['ال'])('refuses "%s" as a proclitic', (p) => {
    expect(m.proclitic!.test(foldKey(p))).toBe(false);
  });
  it('knows the title رئیس‌جمهور', () => {
    expect(m.titles.some((t) => t.key === foldKey('رئیس\u200cجمهور') && t.role === 'president')).toBe(true);
  });
});
