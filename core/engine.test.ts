// Engine behaviour on a small dataset written for the tests: spans, morphology, case rules,
// disambiguation, office descriptors by date, events. The 13-language fixtures over the real
// dataset are in core/fixtures.
import { describe, expect, it } from 'vitest';
import { miniEngine } from './testing/mini-data';
import type { Lang } from './types';

const engine = miniEngine();
const spans = (text: string, opts: { lang?: Lang; date?: string } = {}) =>
  engine
    .annotate(text, { ...opts, entitiesOnly: true })
    .entities.flatMap((e) => e.mentions.map((m) => `${e.id}=${m.text}@${m.start}`));

describe('engine', () => {
  it('finds names with exact UTF-16 offsets, titles included', () => {
    const text = 'On Monday President Tokayev flew to Almaty.';
    expect(spans(text)).toEqual([
      `person:kassym-jomart-tokayev=President Tokayev@${text.indexOf('President')}`,
      `place:almaty=Almaty@${text.indexOf('Almaty')}`,
    ]);
  });
  it('prefers the longest match and does not overlap', () => {
    expect(spans('Kassym-Jomart Tokayev spoke.')).toEqual(['person:kassym-jomart-tokayev=Kassym-Jomart Tokayev@0']);
  });
  it('handles Russian case endings and generated case forms', () => {
    const text = 'Токаева поддержали в Бишкеке, Астане и России.';
    const at = (w: string) => text.indexOf(w);
    expect(spans(text, { lang: 'ru' })).toEqual([
      'person:kassym-jomart-tokayev=Токаева@0',
      `place:bishkek=Бишкеке@${at('Бишкеке')}`,
      `place:astana=Астане@${at('Астане')}`,
      `place:russia=России@${at('России')}`,
    ]);
  });
  it('handles Kazakh suffix chains and consonant merging', () => {
    expect(
      spans('Тоқаевтың сөзі. Бішкекке барды. Астанадағы жиын.', { lang: 'kk' }).map((s) => s.split('@')[0]),
    ).toEqual(['person:kassym-jomart-tokayev=Тоқаевтың', 'place:bishkek=Бішкекке', 'place:astana=Астанадағы']);
  });
  it('strips Arabic proclitics but keeps the name', () => {
    const text = 'وقال وتوكاييف إن لتوكاييف وبكازاخستان';
    expect(spans(text, { lang: 'ar' }).map((s) => s.split('@')[0])).toEqual([
      'person:kassym-jomart-tokayev=توكاييف',
      'person:kassym-jomart-tokayev=توكاييف',
      'place:kazakhstan=كازاخستان',
    ]);
  });
  it('takes Turkish apostrophe suffixes and Chinese names without spaces', () => {
    expect(spans("Cumhurbaşkanı Tokayev'in Kazakistan'da", { lang: 'tr' }).map((s) => s.split('@')[0])).toEqual([
      "person:kassym-jomart-tokayev=Cumhurbaşkanı Tokayev'in",
      "place:kazakhstan=Kazakistan'da",
    ]);
    expect(spans('哈萨克斯坦总统托卡耶夫在阿拉木图', { lang: 'zh' }).map((s) => s.split('@')[0])).toEqual([
      'person:kassym-jomart-tokayev=总统托卡耶夫',
      'place:almaty=阿拉木图',
    ]);
  });
  it('matches unlisted romanisations through folding', () => {
    expect(spans('Toqaev and Tokaev and Tokajew').length).toBe(3);
  });
  it('rejects words that only contain a name, lower-case common words, and lower-case acronyms', () => {
    expect(spans('Ошибка и ошибки. Tokayevism. osh is a dish. the csto', {})).toEqual([]);
    // an ordinary-word name counts only when the article names something it belongs with
    expect(spans('Город Ош.', { lang: 'ru' })).toEqual([]);
    expect(spans('Из Бишкека в Ош.', { lang: 'ru' }).map((s) => s.split('@')[0])).toEqual([
      'place:bishkek=Бишкека',
      'place:osh=Ош',
    ]);
  });
  it('resolves a bare surname by the full name elsewhere (one sense per article)', () => {
    const a = engine.annotate('Sadyr Japarov arrived. Later Japarov spoke.', { entitiesOnly: true });
    expect(a.entities.map((e) => [e.id, e.mentions.length])).toEqual([['person:sadyr-japarov', 2]]);
  });
  it('says ambiguous when nothing settles it', () => {
    const a = engine.annotate('Japarov spoke on Tuesday.', { entitiesOnly: true });
    expect(a.entities[0]!.ambiguous?.note).toBe('ambiguous: Akylbek Japarov or Sadyr Japarov');
    expect(a.entities[0]!.ambiguous?.candidates.map((c) => c.id)).toEqual([
      'person:akylbek-japarov',
      'person:sadyr-japarov',
    ]);
  });
  it('resolves an office descriptor by the page date', () => {
    const r2019 = engine.annotate('The Kyrgyz president spoke.', { date: '2019-06-01', entitiesOnly: true });
    expect(r2019.entities.map((e) => e.id)).toEqual(['person:sooronbay-jeenbekov']);
    const r2023 = engine.annotate('The Kyrgyz president spoke.', { date: '2023-06-01', entitiesOnly: true });
    expect(r2023.entities.map((e) => e.id)).toEqual(['person:sadyr-japarov']);
  });
  it('uses priors when they are decisive and a title when it fits a role', () => {
    expect(engine.annotate('Astana is cold.', { entitiesOnly: true }).entities.map((e) => e.id)).toEqual([
      'place:astana',
    ]);
    const pres = engine.annotate('President Japarov spoke.', { date: '2023-06-01', entitiesOnly: true });
    expect(pres.entities.map((e) => e.id)).toEqual(['person:sadyr-japarov']);
  });
  it('ranks the event an article is about', () => {
    const a = engine.annotate('Protests spread to Almaty; Tokayev declared a state of emergency in Kazakhstan.', {
      date: '2022-01-06',
    });
    expect(a.events[0]?.id).toBe('event:2022-kazakhstan-unrest');
    expect(a.events[0]!.score).toBeGreaterThan(0.6);
    const before = engine.annotate('Tokayev visited Almaty.', { date: '2020-05-01' });
    expect(before.events).toEqual([]);
  });
  it('looks up a selection', () => {
    expect(engine.lookup('Токаевым').map((e) => e.id)).toEqual(['person:kassym-jomart-tokayev']);
    expect(engine.lookup('Tokayev').map((e) => e.id)).toEqual(['person:kassym-jomart-tokayev']);
    expect(
      engine
        .lookup('Japarov')
        .map((e) => e.id)
        .sort(),
    ).toEqual(['person:akylbek-japarov', 'person:sadyr-japarov']);
    expect(engine.lookup('   ')).toEqual([]);
  });
  it('survives empty, huge-whitespace and odd input', () => {
    expect(engine.annotate('').entities).toEqual([]);
    expect(engine.annotate('\n\n\n   \n').entities).toEqual([]);
    expect(engine.annotate('\u0000\uD800Tokayev\uDFFF').entities.map((e) => e.id)).toEqual([
      'person:kassym-jomart-tokayev',
    ]);
  });
});
