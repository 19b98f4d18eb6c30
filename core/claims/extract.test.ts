// extractClaims as a whole: sentence splitting, what is and is not a figure, subjects,
// statements, and spans that always point into the text (property test on random input).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LANGS, type EntityHit, type Lang } from '../types';
import { extractClaims, isSpaceCode, splitSentences, wordBefore } from './extract';

const figs = (text: string, lang: Lang, entities: EntityHit[] = [], pageDate = '2022-01-12') =>
  extractClaims(text, lang, { pageDate, entities })
    .filter((c) => c.kind === 'figure')
    .map((c) => ({
      text: c.text,
      measure: c.measure,
      value: c.value,
      ...(c.approx ? { approx: c.approx } : {}),
      ...(c.subject ? { subject: c.subject } : {}),
    }));

describe('splitSentences', () => {
  const parts = (t: string, lang: Lang) => splitSentences(t, lang).map((s) => t.slice(s.start, s.end));
  it('splits on sentence ends, not on abbreviations, decimals, initials or ordinals', () => {
    expect(parts('Около 5 тыс. человек. В г. Алматы тихо. К. Токаев уехал.', 'ru')).toEqual([
      'Около 5 тыс. человек.',
      'В г. Алматы тихо.',
      'К. Токаев уехал.',
    ]);
    expect(parts('Es waren 1.300. Am 5. Januar kam es zu Protesten.', 'de')).toEqual([
      'Es waren 1.300.',
      'Am 5. Januar kam es zu Protesten.',
    ]);
    expect(parts('第一句。第二句！“第三句。”第四句', 'zh')).toEqual(['第一句。', '第二句！', '“第三句。”', '第四句']);
    expect(parts('الجملة الأولى. الجملة الثانية؟ الثالثة', 'ar')).toEqual([
      'الجملة الأولى.',
      'الجملة الثانية؟',
      'الثالثة',
    ]);
  });
});

describe('what is a figure', () => {
  it('needs something counted: a bare number is not a claim', () => {
    expect(figs('Match 3 ended with 2 goals on page 4.', 'en')).toEqual([]);
    expect(figs('The 2022 unrest began in Zhanaozen.', 'en')).toEqual([]);
  });

  it('drops times, scores, ages, ordinals and dates next to a measure', () => {
    expect(figs('At 10:30 a 45-year-old was killed on 5 January in the 3rd attack.', 'en')).toEqual([]);
    expect(figs('В 19:30 погиб 45-летний мужчина, это 2-я жертва за 5 января.', 'ru')).toEqual([]);
    expect(figs('قُتل رجل يبلغ من العمر 45 عاما في 5 يناير.', 'ar')).toEqual([]);
  });

  it('a four-digit number counts when something counted follows it', () => {
    expect(figs('2030 soldiers arrived.', 'en')).toEqual([{ text: '2030', measure: 'troops', value: 2030 }]);
    expect(figs('In 2030 soldiers will arrive.', 'en')).toEqual([]);
  });

  it('measures the nearest cue in the clause and shares a verb across coordinated numbers', () => {
    expect(figs('17 were killed and 1,300 injured', 'en')).toEqual([
      { text: '17', measure: 'killed', value: 17 },
      { text: '1,300', measure: 'injured', value: 1300 },
    ]);
    expect(figs('Погибли двое полицейских и трое протестующих.', 'ru')).toEqual([
      { text: 'двое', measure: 'killed', value: 2, subject: 'security personnel' },
      { text: 'трое', measure: 'killed', value: 3, subject: 'protesters' },
    ]);
    expect(figs('Police detained 40 people in 2 districts.', 'en')).toEqual([
      { text: '40', measure: 'detained', value: 40 },
    ]);
  });

  it('reads the Arabic dual as a number (يومين = 2 days)', () => {
    expect(figs('ستغادر القوات خلال يومين', 'ar')).toEqual([
      { text: 'خلال يومين', measure: 'duration', value: 2, approx: 'up-to' },
    ]);
    expect(extractClaims('ستغادر القوات خلال يومين', 'ar', { entities: [] })[0]).toMatchObject({ unit: 'day' });
  });

  it('"others" inherits the subject of the figure before it', () => {
    expect(figs('قُتل 17 من رجال الأمن، وأصيب أكثر من 1300 آخرين.', 'ar')).toEqual([
      { text: '17', measure: 'killed', value: 17, subject: 'security personnel' },
      { text: 'أكثر من 1300', measure: 'injured', value: 1300, approx: 'more-than', subject: 'security personnel' },
    ]);
  });

  it('money, prices and percentages need their context', () => {
    expect(figs('Gas prices doubled to 120 tenge per litre.', 'en')).toEqual([
      { text: '120 tenge', measure: 'price', value: 120 },
    ]);
    expect(figs('Inflation reached 8.4% in December.', 'en')).toEqual([]);
  });
});

describe('statements and dates', () => {
  it('reports an attributed sentence as a statement with its speaker and date', () => {
    const text = 'Вчера Токаев заявил, что ситуация стабилизировалась.';
    const t = {
      id: 'person:t',
      name: 'Tokayev',
      type: 'person' as const,
      mentions: [{ start: 6, end: 12, text: 'Токаев' }],
    };
    expect(extractClaims(text, 'ru', { pageDate: '2022-01-12', entities: [t] })).toEqual([
      {
        start: 0,
        end: text.length,
        text,
        kind: 'statement',
        attributedTo: { id: 'person:t', name: 'Tokayev' },
        date: '2022-01-11',
        links: [],
      },
    ]);
  });

  it('dates a figure by a date in its sentence, else by the page date', () => {
    const [a, b] = extractClaims('On 6 January 26 people were killed. 17 more died later.', 'en', {
      pageDate: '2022-01-12',
      entities: [],
    }).filter((c) => c.kind === 'figure');
    expect([a!.date, b!.date]).toEqual(['2022-01-06', '2022-01-12']);
  });
});

describe('robustness', () => {
  it('returns spans that point into the text for any input, in every language', () => {
    const alphabet = fc.constantFrom(
      ...'0123456789 ,.:-«»"“”%$ 1,300 тыс. млн более около погибли killed injured more than قتل أصيب نحو أكثر من 万 多 人 死亡 受伤 ۱۳۰۰ ٫ ٬ yüzde %'.split(
        /(?=.)/u,
      ),
    );
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 80 }).map((a) => a.join('')),
        fc.constantFrom(...LANGS),
        (text, lang) => {
          for (const c of extractClaims(text, lang, { pageDate: '2022-01-12', entities: [] })) {
            expect(c.start).toBeGreaterThanOrEqual(0);
            expect(c.end).toBeLessThanOrEqual(text.length);
            expect(text.slice(c.start, c.end)).toBe(c.text);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('isSpaceCode', () => {
  it('is /\\s/ for every UTF-16 code unit (splitSentences trims with it)', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });
});

describe('wordBefore', () => {
  const byRegExp = (t: string, i: number) => /([\p{L}\d]+)$/u.exec(t.slice(Math.max(0, i - 12), i))?.[1] ?? '';
  it('is the RegExp it replaces, on every position of mixed-script text (pairs, lone surrogates, marks)', () => {
    const parts = ['a', 'Ж', 'ب', '7', '٣', ' ', '.', 'é', '\u0301', '𝐀', '😀', '\ud835', '\udc00', '中', 'ـ', "'"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 30 }), (xs) => {
        const t = xs.join('');
        for (let i = 0; i <= t.length; i++) expect(wordBefore(t, i)).toBe(byRegExp(t, i));
      }),
      { numRuns: 400 },
    );
  });
});
