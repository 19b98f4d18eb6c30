// Acceptance on the seed article (shared/seed, beside the repository; skipped where it is absent):
// the five figures with their speakers, and the relative dates resolved against 2022-01-12.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract';
import { extractDates } from '../dates/extract';
import { entityHits } from './fixtures/types';

const path = resolve(__dirname, '../../../shared/seed/kazakhstan-csto-withdrawal-ar.txt');
const present = existsSync(path);

describe.skipIf(!present)('seed article (ar, 2022-01-12)', () => {
  const text = present ? readFileSync(path, 'utf8') : '';
  // stand-ins for the matcher's output: plain search for the names the article uses
  const entities = entityHits(text, [
    { id: 'person:kassym-jomart-tokayev', name: 'Kassym-Jomart Tokayev', type: 'person', mentions: ['توكاييف'] },
    { id: 'org:un', name: 'United Nations', type: 'organisation', mentions: ['الأمم المتحدة'] },
    {
      id: 'org:kz-interior-ministry',
      name: 'Ministry of Internal Affairs of Kazakhstan',
      type: 'organisation',
      mentions: ['وزارة الشؤون الداخلية في كازاخستان'],
    },
    { id: 'person:peter-stano', name: 'Peter Stano', type: 'person', mentions: ['بيتر ستانو', 'ستانو'] },
  ]);
  const claims = extractClaims(text, 'ar', { pageDate: '2022-01-12', entities });
  const figures = claims.filter((c) => c.kind === 'figure');
  const pick = (f: (typeof figures)[number]) => ({
    text: f.text,
    measure: f.measure,
    value: f.value,
    approx: f.approx,
    unit: f.unit,
    subject: f.subject,
    by: f.attributedTo?.id,
  });

  it('finds the withdrawal durations: within two days (Arabic dual), no more than 10 days', () => {
    const d = figures.filter((f) => f.measure === 'duration').map(pick);
    expect(d).toContainEqual({
      text: 'في غضون يومين',
      measure: 'duration',
      value: 2,
      approx: 'up-to',
      unit: 'day',
      subject: undefined,
      by: 'person:kassym-jomart-tokayev',
    });
    expect(d).toContainEqual({
      text: 'أكثر من 10 أيام',
      measure: 'duration',
      value: 10,
      approx: 'at-most',
      unit: 'day',
      subject: undefined,
      by: 'person:kassym-jomart-tokayev',
    });
  });

  it('finds the casualty figures with their sources', () => {
    const c = figures.filter((f) => f.measure !== 'duration').map(pick);
    expect(c).toEqual([
      {
        text: 'نحو 1000',
        measure: 'injured',
        value: 1000,
        approx: 'about',
        unit: undefined,
        subject: undefined,
        by: 'org:un',
      },
      {
        text: '17',
        measure: 'killed',
        value: 17,
        approx: undefined,
        unit: undefined,
        subject: 'security personnel',
        by: 'org:kz-interior-ministry',
      },
      {
        text: 'أكثر من 1300',
        measure: 'injured',
        value: 1300,
        approx: 'more-than',
        unit: undefined,
        subject: 'security personnel',
        by: 'org:kz-interior-ministry',
      },
    ]);
  });

  it('does not report the year, the emergency end date or the day of the month as figures', () => {
    for (const f of figures) expect(['2022', '19', '5']).not.toContain(f.text);
  });

  it('resolves yesterday, last Friday, the fifth of this month and until the 19th', () => {
    const dates = extractDates(text, 'ar', '2022-01-12').map((d) => [d.text, d.date]);
    expect(dates).toContainEqual(['أمس', '2022-01-11']);
    expect(dates).toContainEqual(['يوم الجمعة الفائت', '2022-01-07']);
    expect(dates).toContainEqual(['الخامس من الشهر الجاري', '2022-01-05']);
    expect(dates).toContainEqual(['19 الشهر الحالي', '2022-01-19']);
  });

  it('attributes the quote to Peter Stano', () => {
    const q = claims.filter((c) => c.kind === 'quote').map((c) => c.attributedTo?.id);
    expect(q[0]).toBe('person:peter-stano');
  });
});
