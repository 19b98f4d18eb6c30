// pageDateFrom: meta tags, JSON-LD, <time>, URL patterns, text; in that order of trust.
import { describe, expect, it } from 'vitest';
import { pageDateFrom, parseDateString } from './page-date';

describe('pageDateFrom', () => {
  it('prefers article:published_time and keeps the local date as written', () => {
    expect(pageDateFrom({ metaPublished: ['2022-01-12T01:30:00+06:00'], url: 'https://x.kz/2021/12/31/a' })).toBe(
      '2022-01-12',
    );
  });

  it('reads JSON-LD datePublished, in @graph and from broken JSON', () => {
    expect(pageDateFrom({ jsonLd: ['{"@type":"NewsArticle","datePublished":"2022-01-12T08:00:00Z"}'] })).toBe(
      '2022-01-12',
    );
    expect(
      pageDateFrom({
        jsonLd: ['{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2022-01-11"}]}'],
      }),
    ).toBe('2022-01-11');
    expect(pageDateFrom({ jsonLd: ['{"datePublished": "2022-01-10T10:00", "headline": "x" ,,}'] })).toBe('2022-01-10');
    expect(pageDateFrom({ jsonLd: ['[{"@type":"Organization"}]'] })).toBeUndefined();
  });

  it('reads <time datetime>', () => {
    expect(pageDateFrom({ timeDatetime: ['', '2022-01-09'] })).toBe('2022-01-09');
  });

  it('reads dates in URLs', () => {
    expect(pageDateFrom({ url: 'https://example.org/news/2022/01/12/csto-leaves/' })).toBe('2022-01-12');
    expect(pageDateFrom({ url: 'https://example.org/2022-01-12/csto' })).toBe('2022-01-12');
    expect(pageDateFrom({ url: 'https://example.org/news/20220112-csto.html' })).toBe('2022-01-12');
    expect(pageDateFrom({ url: 'https://example.org/a?id=7&date=2022-01-12' })).toBe('2022-01-12');
    expect(pageDateFrom({ url: 'https://example.org/2022/13/40/x' })).toBeUndefined();
  });

  it('falls back to the first full date in the text, in any reading language', () => {
    expect(pageDateFrom({ text: 'Опубликовано 12.01.2022 в 10:15' })).toBe('2022-01-12');
    expect(pageDateFrom({ text: 'الأربعاء 12 كانون الثاني 2022' })).toBe('2022-01-12');
    expect(pageDateFrom({ text: 'no date here' })).toBeUndefined();
  });

  it('parses the forms publishers write', () => {
    expect(parseDateString('Wed, 12 Jan 2022 10:00:00 GMT')).toBe('2022-01-12');
    expect(parseDateString('January 12, 2022')).toBe('2022-01-12');
    expect(parseDateString('20220112T100000Z')).toBe('2022-01-12');
    expect(parseDateString('2022/1/12')).toBe('2022-01-12');
    expect(parseDateString('2022-02-30')).toBeUndefined();
  });
});
