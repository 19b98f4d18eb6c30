// Kazakh (Cyrillic and Latin): suffixes chain (plural + possessive + case) and harmonise;
// folding merges most variants (қ/к, ғ/г, ң/н, ө/о, ұ/ү/у, і/и, ә/а), so one list covers both
// scripts. Tested in core/lang/kk/morph.test.ts.
import type { Morphology } from '../morph';
import { kazakhCyrillicToArabic } from './arabic-script';

/** Suffixes as written in Cyrillic (and the Latin 2021 ones folding does not reach). */
const SUFFIXES = [
  // plural
  'лар',
  'лер',
  'дар',
  'дер',
  'тар',
  'тер',
  // possessive 3rd person and others
  'ы',
  'і',
  'сы',
  'сі',
  'ның',
  'нің',
  // genitive
  'дың',
  'дің',
  'тың',
  'тің',
  // dative
  'ға',
  'ге',
  'қа',
  'ке',
  'на',
  'не',
  'а',
  'е',
  // accusative
  'ны',
  'ні',
  'ды',
  'ді',
  'ты',
  'ті',
  'н',
  // locative
  'да',
  'де',
  'та',
  'те',
  'нда',
  'нде',
  // ablative
  'дан',
  'ден',
  'тан',
  'тен',
  'нан',
  'нен',
  // instrumental
  'мен',
  'бен',
  'пен',
  'менен',
  // attributive -ғы/-гі after locative
  'ғы',
  'гі',
  'қы',
  'кі',
  // Latin (2021) spellings not reached by folding
  'nyñ',
  'niñ',
  'dyñ',
  'diñ',
  'tyñ',
  'tiñ',
  'ğa',
  'qa',
  'ny',
  'dy',
  'ty',
];

/** A suffix in the Arabic-script orthography: no hamza sign (it marks a whole word's front vowels). */
const arabicSuffix = (x: string) => kazakhCyrillicToArabic(x, { hamza: '' });

export const morph: Morphology = {
  lang: 'kk',
  // the Cyrillic endings also in the Arabic-script orthography (Xinjiang, qazaqtimes.com/tt:
  // تۇركىمەنستانعا "to Turkmenistan"): folding does not bring ع ى ڭ to the Cyrillic keys
  suffixes: [...SUFFIXES, ...SUFFIXES.filter((x) => /[\u0400-\u04ff]/.test(x)).map(arabicSuffix)],
  maxChain: 3,
  apostropheSuffix: true,
  heads: ['облысы', 'ауданы', 'су қоймасы'],
  pluralHeads: { облыстар: 'облысы', аудандар: 'ауданы', 'су қоймалар': 'су қоймасы' },
  conjunctions: ['және', 'мен', 'бен', 'пен', 'әрі'],
  placeWords: ['қаласы', 'қаласында', 'облысы', 'ауылы'],
  titles: [
    { text: 'Президент', role: 'president' },
    { text: 'Мемлекет басшысы', role: 'president' },
    { text: 'Премьер-министр', role: 'prime-minister' },
    { text: 'министр', role: 'minister' },
    { text: 'Prezident', role: 'president' },
  ],
};
