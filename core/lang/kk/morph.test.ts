// Kazakh: chained plural, possessive and case suffixes, both scripts. Unit tests for core/lang/kk/morph.ts.
import { describe, expect, it } from 'vitest';
import { acceptsSuffix, compileMorph } from '../morph';
import { foldKey } from '../../text/fold';
import { morph } from './morph';

const m = compileMorph(morph);
describe('kk morphology', () => {
  it.each(['тың', 'қа', 'ға', 'да', 'дағы', 'дан', 'пен', 'лары', 'ларының', 'tyñ', 'da', 'qa'])(
    'accepts the suffix %s',
    (s) => {
      expect(acceptsSuffix(m, foldKey(s))).toBe(true);
    },
  );
  it.each(['шыл', 'лық', 'ша'])('rejects %s', (s) => {
    expect(acceptsSuffix(m, foldKey(s))).toBe(false);
  });
  it('accepts a bare name', () => {
    expect(acceptsSuffix(m, '')).toBe(true);
  });
  it('knows the title Президент', () => {
    expect(m.titles.some((t) => t.key === foldKey('Президент') && t.role === 'president')).toBe(true);
  });
});

describe('kk morphology in the Arabic-script orthography', () => {
  it.each(['عا', 'نىڭ', 'دا', 'داعى', 'لارىنىڭ'])('accepts the suffix %s', (s) => {
    expect(acceptsSuffix(m, foldKey(s))).toBe(true);
  });
  it('refuses an ending that is no chain of them', () => {
    expect(acceptsSuffix(m, foldKey('شىل'))).toBe(false);
  });
});
