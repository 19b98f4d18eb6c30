// A small dataset written for the engine's unit tests (not the shipped data): a few people,
// places and organisations with the name shapes the matcher must handle, compiled in memory.
import { compileIndex } from '../dataset/compile';
import type { CompiledIndex } from '../dataset/compiled';
import type { DataFile } from '../dataset/schema';
import { validateData } from '../dataset/validate';
import { createEngine, type Engine } from '../engine';

const S = ['src:test-ref'];
const base = { sources: S, asOf: '2026-11-01' };

export const MINI: DataFile = {
  sources: [{ id: 'src:test-ref', publisher: 'Oxus tests', title: 'Test dataset written for the unit tests' }],
  offices: [
    {
      id: 'office:kg-president',
      names: {
        en: ['President of Kyrgyzstan', 'Kyrgyz president'],
        ru: ['президент Киргизии'],
        ar: ['الرئيس القرغيزي'],
      },
      sources: S,
    },
  ],
  entities: [
    {
      id: 'person:kassym-jomart-tokayev',
      type: 'person',
      ...base,
      description: { en: 'President of Kazakhstan' },
      names: {
        en: ['Kassym-Jomart Tokayev', 'Tokayev'],
        ru: ['Касым-Жомарт Токаев', 'Токаев'],
        'kk-Cyrl': ['Қасым-Жомарт Тоқаев', 'Тоқаев'],
        ar: ['قاسم جومارت توكاييف', 'توكاييف'],
        zh: ['卡瑟姆-若马尔特·托卡耶夫', '托卡耶夫'],
        de: ['Tokajew'],
        fr: ['Tokaïev'],
      },
      roles: [{ title: 'President of Kazakhstan', start: '2019-03-20', sources: S }],
    },
    {
      id: 'person:sadyr-japarov',
      type: 'person',
      ...base,
      description: { en: 'President of Kyrgyzstan' },
      prior: 0.6,
      names: { en: ['Sadyr Japarov', 'Japarov'], ru: ['Садыр Жапаров', 'Жапаров'] },
      ambiguousWith: ['person:akylbek-japarov'],
      roles: [{ title: 'President of Kyrgyzstan', office: 'office:kg-president', start: '2021-01-28', sources: S }],
    },
    {
      id: 'person:akylbek-japarov',
      type: 'person',
      ...base,
      description: { en: 'Chairman of the Cabinet of Ministers of Kyrgyzstan' },
      prior: 0.4,
      names: { en: ['Akylbek Japarov', 'Japarov'], ru: ['Акылбек Жапаров', 'Жапаров'] },
      ambiguousWith: ['person:sadyr-japarov'],
      roles: [
        {
          title: 'Chairman of the Cabinet of Ministers of Kyrgyzstan',
          start: '2021-10-13',
          end: '2024-12-16',
          sources: S,
        },
      ],
    },
    {
      id: 'person:sooronbay-jeenbekov',
      type: 'person',
      ...base,
      description: { en: 'President of Kyrgyzstan 2017–2020' },
      names: { en: ['Sooronbay Jeenbekov', 'Jeenbekov'], ru: ['Сооронбай Жээнбеков', 'Жээнбеков'] },
      roles: [
        {
          title: 'President of Kyrgyzstan',
          office: 'office:kg-president',
          start: '2017-11-24',
          end: '2020-10-15',
          sources: S,
        },
      ],
    },
    {
      id: 'place:almaty',
      type: 'place',
      ...base,
      description: { en: 'Largest city of Kazakhstan' },
      country: 'place:kazakhstan',
      names: { en: ['Almaty', 'Alma-Ata'], ru: ['Алматы', 'Алма-Ата'], ar: ['ألماتي', 'ألما-آتا'], zh: ['阿拉木图'] },
    },
    {
      id: 'place:astana',
      type: 'place',
      ...base,
      description: { en: 'Capital of Kazakhstan' },
      country: 'place:kazakhstan',
      prior: 0.9,
      names: { en: ['Astana'], ru: ['Астана'], 'kk-Cyrl': ['Астана'] },
      ambiguousWith: ['org:fc-astana'],
    },
    {
      id: 'org:fc-astana',
      type: 'organisation',
      ...base,
      description: { en: 'Football club' },
      prior: 0.1,
      names: { en: ['FC Astana', 'Astana'] },
      ambiguousWith: ['place:astana'],
    },
    {
      id: 'place:kazakhstan',
      type: 'place',
      ...base,
      description: { en: 'Country in Central Asia' },
      names: { en: ['Kazakhstan'], ru: ['Казахстан'], ar: ['كازاخستان'], tr: ['Kazakistan'], 'kk-Cyrl': ['Қазақстан'] },
    },
    {
      id: 'place:russia',
      type: 'place',
      ...base,
      description: { en: 'Country' },
      names: { en: ['Russia'], ru: ['Россия'], ar: ['روسيا'] },
    },
    {
      id: 'place:bishkek',
      type: 'place',
      ...base,
      description: { en: 'Capital of Kyrgyzstan' },
      names: { en: ['Bishkek'], ru: ['Бишкек'], 'kk-Cyrl': ['Бішкек'] },
    },
    {
      id: 'place:osh',
      type: 'place',
      ...base,
      description: { en: 'City in Kyrgyzstan' },
      names: { en: ['Osh'], ru: ['Ош'] },
      exactOnly: ['Osh', 'Ош'],
      related: ['place:bishkek'],
    },
    {
      id: 'org:csto',
      type: 'organisation',
      ...base,
      description: { en: 'Collective Security Treaty Organization' },
      names: {
        en: ['Collective Security Treaty Organization', 'CSTO'],
        ru: ['Организация Договора о коллективной безопасности', 'ОДКБ'],
        ar: ['منظمة معاهدة الأمن الجماعي'],
      },
    },
    {
      id: 'person:shavkat-mirziyoyev',
      type: 'person',
      ...base,
      description: { en: 'President of Uzbekistan' },
      names: {
        en: ['Shavkat Mirziyoyev', 'Mirziyoyev'],
        'uz-Latn': ['Shavkat Mirziyoyev', 'Mirziyoyev'],
        ru: ['Шавкат Мирзиёев', 'Мирзиёев'],
      },
    },
    {
      id: 'event:2022-kazakhstan-unrest',
      type: 'event',
      ...base,
      description: { en: 'January 2022 unrest in Kazakhstan' },
      names: { en: ['January 2022 unrest in Kazakhstan', 'Bloody January'] },
      start: '2022-01-02',
      end: '2022-01-11',
      places: ['place:almaty', 'place:kazakhstan'],
      participants: ['person:kassym-jomart-tokayev', 'org:csto'],
      cues: { en: ['protests', 'state of emergency'], ar: ['الاحتجاجات', 'حالة الطوارئ'] },
    },
  ],
};

/** The mini dataset compiled as the shipped index is (through JSON, as the extension loads it). */
export function miniIndex(): CompiledIndex {
  const { errors, data } = validateData([{ path: 'mini', json: MINI }]);
  if (errors.length) throw new Error(errors.join('\n'));
  return JSON.parse(JSON.stringify(compileIndex(data, 'test'))) as CompiledIndex;
}

export function miniEngine(): Engine {
  return createEngine(miniIndex());
}
