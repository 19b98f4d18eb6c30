// Arabic: names take attached proclitics (و ف ب ل ك, the article ال, لل = ل + ال) but, for the
// names we index, no suffix that keeps them the same mention (nisba -ي/-ية makes an adjective).
// Tested in core/lang/ar/morph.test.ts.
import type { Morphology } from '../morph';
import { NAME_PROCLITIC } from './clitics';

export const morph: Morphology = {
  lang: 'ar',
  suffixes: [],
  maxChain: 0,
  // one conjunction then one preposition (clitics.ts); the article ال counts only where the name has it
  proclitic: NAME_PROCLITIC,
  idioms: ['يوم الدوشنبه'],
  // مقاطعة "province" is how Arabic outlets render oblast/viloyat (مقاطعة صغد, مقاطعة باتكين)
  heads: ['منطقة', 'إقليم', 'ولاية', 'محافظة', 'مقاطعة'],
  placeWords: ['مدينة', 'مدينه', 'منطقة', 'ميناء', 'ولاية', 'بلدة', 'مقاطعة'],
  titles: [
    { text: 'الرئيس', role: 'president' },
    { text: 'رئيس الوزراء', role: 'prime-minister' },
    { text: 'وزير الخارجية', role: 'minister' },
    { text: 'وزير الدفاع', role: 'minister' },
    { text: 'وزير الداخلية', role: 'minister' },
    { text: 'الوزير', role: 'minister' },
    { text: 'رئيس مجلس الدوما', role: 'speaker' },
    { text: 'المتحدث باسم', role: 'spokesperson' },
    { text: 'الجنرال', role: 'military' },
    { text: 'الأمين العام', role: 'other' },
    { text: 'السيد', role: 'other' },
  ],
};
