// Who said it: entity mentions next to "according to" / speech verbs in each word order, and
// the short phrase used when no entity is named.
import { describe, expect, it } from 'vitest';
import { fold } from '../text/fold';
import type { EntityHit, Lang } from '../types';
import { findAttributions } from './attribution';

const ent = (text: string, id: string, type: EntityHit['type'], word: string): EntityHit => {
  const i = text.indexOf(word);
  return { id, name: id, type, mentions: i < 0 ? [] : [{ start: i, end: i + word.length, text: word }] };
};
const speakers = (text: string, lang: Lang, entities: EntityHit[] = []) =>
  findAttributions(fold(text), text, 0, lang, entities).map((a) => a.speaker?.id ?? a.speaker?.name);

describe('findAttributions', () => {
  it('according to X: the speaker follows (en, ar, ru, fr, de, zh, fa, tg)', () => {
    const cases: [Lang, string, string][] = [
      ['en', 'According to the UN, 1,000 were hurt.', 'UN'],
      ['ar', 'وحسب الأمم المتحدة أصيب 1000', 'الأمم المتحدة'],
      ['ru', 'По данным МВД, погибли 17', 'МВД'],
      ['fr', 'Selon le ministère, 17 morts', 'ministère'],
      ['de', 'Laut Innenministerium starben 17', 'Innenministerium'],
      ['zh', '据内务部消息，17人死亡', '内务部'],
      ['fa', 'به گفته وزارت کشور ۱۷ نفر کشته شدند', 'وزارت کشور'],
      ['tg', 'Ба гуфтаи вазорат 8 нафар кушта шуд', 'вазорат'],
    ];
    for (const [lang, text, who] of cases)
      expect(speakers(text, lang, [ent(text, 'org:x', 'organisation', who)]), text).toEqual(['org:x']);
  });

  it("X'e göre / X мәліметінше: the speaker precedes (tr, kk, uz, ky, tk)", () => {
    const cases: [Lang, string, string][] = [
      ['tr', 'Bakanlığa göre 16 kişi öldü', 'Bakanlığa'],
      ['kk', 'ІІМ мәліметінше, 16 адам қаза тапты', 'ІІМ'],
      ['uz', "IIV ma'lumotiga ko'ra 18 kishi halok bo'ldi", 'IIV'],
      ['ky', 'Министрликтин маалыматы боюнча 59 адам каза тапты', 'Министрликтин'],
      ['tk', 'Ministrligiň maglumatyna görä 12 adam wepat boldy', 'Ministrligiň'],
    ];
    for (const [lang, text, who] of cases)
      expect(speakers(text, lang, [ent(text, 'org:x', 'organisation', who)]), text).toEqual(['org:x']);
  });

  it('speech verbs: Arabic verb-first, "X said" and "said X", verb-final languages', () => {
    const t1 = 'قالت الأمم المتحدة إن 1000 أصيبوا';
    expect(speakers(t1, 'ar', [ent(t1, 'org:un', 'organisation', 'الأمم المتحدة')])).toEqual(['org:un']);
    const t2 = '17 people died, the ministry said.';
    expect(speakers(t2, 'en')).toEqual(['the ministry']);
    const t3 = '17 people died, said Tokayev.';
    expect(speakers(t3, 'en', [ent(t3, 'person:t', 'person', 'Tokayev')])).toEqual(['person:t']);
    const t4 = 'Tokayev 10 gün içinde ayrılacaklarını söyledi.';
    expect(speakers(t4, 'tr', [ent(t4, 'person:t', 'person', 'Tokayev')])).toEqual(['person:t']);
    const t5 = 'Bakanlık 16 kişinin öldüğünü açıkladı.';
    expect(speakers(t5, 'tr')).toEqual(['Bakanlık']);
  });

  it('a verb followed by "that" has its speaker before it (Arabic أكد أن)', () => {
    const t = 'وأكد توكاييف أن منظمة معاهدة الأمن الجماعي أظهرت قدرتها';
    expect(
      speakers(t, 'ar', [
        ent(t, 'person:t', 'person', 'توكاييف'),
        ent(t, 'org:csto', 'organisation', 'منظمة معاهدة الأمن الجماعي'),
      ]),
    ).toEqual(['person:t']);
    const u = 'وأوضح أن منظمة معاهدة الأمن الجماعي أظهرت قدرتها';
    expect(speakers(u, 'ar', [ent(u, 'org:csto', 'organisation', 'منظمة معاهدة الأمن الجماعي')])).toEqual([undefined]);
  });

  it('prefers people and organisations over places', () => {
    const t = 'أعلن رئيس كازاخستان، قاسم جومارت توكاييف، أمس';
    expect(
      speakers(t, 'ar', [ent(t, 'place:kz', 'place', 'كازاخستان'), ent(t, 'person:t', 'person', 'توكاييف')]),
    ).toEqual(['person:t']);
  });

  it('does not take a pronoun or a preposition for a name', () => {
    expect(speakers('He said 17 died.', 'en')).toEqual([undefined]);
    expect(speakers('وأشار إلى أن 17 قتلوا', 'ar')).toEqual([undefined]);
  });
});

describe('reported speech', () => {
  it('"نقلت وكالة X عن Y": Y is the one quoted', () => {
    const t = 'ونقلت وكالة «نوفوستي» عن فولودين قوله إن 17 قتلوا';
    const media = { ...ent(t, 'media:ria', 'media', 'نوفوستي') };
    expect(speakers(t, 'ar', [media, ent(t, 'person:v', 'person', 'فولودين')])[0]).toBe('person:v');
  });
});
