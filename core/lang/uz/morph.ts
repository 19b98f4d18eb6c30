// Uzbek (Latin and Cyrillic): case and plural suffixes attach without harmony
// (Mirziyoyevning, Toshkentda, Тошкентга); both scripts fold to one key. Tested in morph.test.ts.
import type { Morphology } from '../morph';

export const morph: Morphology = {
  lang: 'uz',
  suffixes: [
    'ning',
    'ni',
    'ga',
    'ka',
    'qa',
    'da',
    'dan',
    'dagi',
    'gacha',
    'lar',
    'i',
    'si',
    'niki',
    'day',
    'нинг',
    'ни',
    'га',
    'ка',
    'қа',
    'да',
    'дан',
    'даги',
    'гача',
    'лар',
    'и',
    'си',
  ],
  maxChain: 3,
  placeWords: ['shahri', 'shahrida', 'viloyati', 'шаҳри', 'вилояти'],
  titles: [
    { text: 'Prezident', role: 'president' },
    // "head of state": the president's title, never Iran's Leader (rahbar)
    { text: 'davlat rahbari', role: 'president' },
    { text: 'давлат раҳбари', role: 'president' },
    { text: 'Президент', role: 'president' },
    { text: 'Bosh vazir', role: 'prime-minister' },
    { text: 'Бош вазир', role: 'prime-minister' },
    { text: 'vazir', role: 'minister' },
  ],
};
