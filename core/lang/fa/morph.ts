// Persian: plural and ezafe endings attach after a zero-width non-joiner (folded away), so
// توکایف‌ها, آستانه‌ی come out as name + suffix; the kasra ezafe is a mark and already dropped.
// Tested in core/lang/fa/morph.test.ts.
import type { Morphology } from '../morph';

export const morph: Morphology = {
  lang: 'fa',
  suffixes: ['ها', 'های', 'ی', 'ای', 'هایی'],
  // a ی glued straight onto a name is the adjective ending (ایرانی "Iranian"); the ezafe comes
  // after a zero-width non-joiner (روسیه‌ی پوتین), which the raw ending keeps
  rejectRaw: ['ی', 'ي'],
  maxChain: 1,
  proclitic: /^(?:و|ب|به)?$/,
  idioms: ['در آستانه', 'روز دوشنبه', 'دوشنبه گذشته', 'دوشنبه آینده'],
  heads: ['استان', 'ولایت'],
  placeWords: ['شهر', 'استان', 'بندر'],
  titles: [
    { text: 'رئیس‌جمهور', role: 'president' },
    { text: 'رئیس جمهوری', role: 'president' },
    { text: 'نخست‌وزیر', role: 'prime-minister' },
    { text: 'وزیر امور خارجه', role: 'minister' },
    { text: 'وزیر', role: 'minister' },
    { text: 'آقای', role: 'other' },
  ],
};
