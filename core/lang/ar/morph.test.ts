// Arabic: proclitics attach before names; no suffix keeps a name a name (nisba makes an adjective). Unit tests for core/lang/ar/morph.ts.
import { describe, expect, it } from 'vitest';
import { acceptsSuffix, compileMorph } from '../morph';
import { foldKey } from '../../text/fold';
import { morph } from './morph';

const m = compileMorph(morph);
describe('ar morphology', () => {
  it.each(['ي', 'ية', 'ين'])('rejects %s', (s) => {
    expect(acceptsSuffix(m, foldKey(s))).toBe(false);
  });
  it('accepts a bare name', () => {
    expect(acceptsSuffix(m, '')).toBe(true);
  });
  it.each(['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'فل', 'فب'])('takes the proclitic "%s"', (p) => {
    expect(m.proclitic!.test(foldKey(p))).toBe(true);
  });
  it.each(['ا', 'م', 'ت', 'وم', 'ال', 'وال', 'بال', 'لل'])('refuses "%s" as a proclitic', (p) => {
    expect(m.proclitic!.test(foldKey(p))).toBe(false);
  });
  it('knows the title الرئيس', () => {
    expect(m.titles.some((t) => t.key === foldKey('الرئيس') && t.role === 'president')).toBe(true);
  });
});
