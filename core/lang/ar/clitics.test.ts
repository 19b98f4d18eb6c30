// The Arabic proclitic list and the forms it generates.
import { describe, expect, it } from 'vitest';
import { articleForms, NAME_PROCLITIC, PROCLITICS } from './clitics';

describe('Arabic proclitics', () => {
  it('allow one conjunction then one preposition before a name', () => {
    for (const p of ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'فل', 'ول']) expect(NAME_PROCLITIC.test(p)).toBe(true);
    for (const p of ['بو', 'وف', 'س', 'ال', 'وال']) expect(NAME_PROCLITIC.test(p)).toBe(false);
    expect([...PROCLITICS].sort().join('')).toBe([...'وفبلك'].sort().join(''));
  });
  it('write ل + ال as لل', () => {
    expect(articleForms('الاتحاد الأوروبي')).toEqual(['للاتحاد الأوروبي']);
    expect(articleForms('كازاخستان')).toEqual([]);
    expect(articleForms('اللاذقية')).toEqual([]);
  });
});
