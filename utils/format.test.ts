// safeHref: only web links become links (the panel shows anything else as text).
import { describe, expect, it } from 'vitest';
import { safeHref } from './format';

describe('safeHref', () => {
  it('keeps http(s) links, normalised, and refuses every other scheme and junk', () => {
    expect(safeHref('https://www.akorda.kz/en')).toBe('https://www.akorda.kz/en');
    expect(safeHref('http://24.kg')).toBe('http://24.kg/');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,x')).toBeUndefined();
    expect(safeHref('not a url')).toBeUndefined();
    expect(safeHref(undefined)).toBeUndefined();
  });
});
