// Words for figures, verdicts and citations in English and Arabic UI languages.
import { afterEach, describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import { setLocale } from '../i18n';
import { citationText, figureWhy, valueWords } from './words';

afterEach(() => setLocale('en', en));

describe('words', () => {
  it('writes approximations and floors in words, never "100–?"', () => {
    expect(valueWords({ n: 100, approx: 'at-least' })).toBe('at least 100');
    expect(valueWords({ n: 1300, approx: 'more-than' })).toBe('more than 1,300');
    expect(valueWords({ range: [50000, 100000] })).toMatch(/^50,000\s?–\s?100,000$/);
  });
  it('names the later figure, who gave it and when', () => {
    const f = {
      id: 'fig:a',
      event: 'event:x',
      measure: 'killed' as const,
      value: 19,
      subject: 'police',
      asOf: '2022-01-15',
      status: 'official' as const,
      statedBy: 'org:pg',
      sources: ['src:a'],
    };
    expect(figureWhy('later-differs', f, { 'org:pg': 'Prosecutor General' })).toBe(
      'Later figure: 19, Prosecutor General (January 15, 2022).',
    );
  });
  it('cites text, source title, URL and the date in the UI language', () => {
    const src = { id: 'src:a', publisher: 'Akorda', title: 'Address', url: 'https://akorda.kz/a', date: '2022-01-11' };
    expect(citationText({ text: 'Announced the withdrawal.', asOf: '2022-01-11', sources: [src] })).toBe(
      'Announced the withdrawal. (as of January 11, 2022)\n— Akorda, “Address”, January 11, 2022, https://akorda.kz/a',
    );
    setLocale('ar', {});
    expect(citationText({ text: 'x', sources: [src] })).toMatch(/يناير|كانون/);
  });
});
