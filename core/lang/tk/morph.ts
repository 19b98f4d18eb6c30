// Turkmen: genitive -yň/-iň/-nyň/-niň, dative -a/-e/-ga/-ge/-na/-ne, locative -da/-de/-nda/-nde...
// after folding (ň->n, ý->i, ä->a) (Berdimuhamedowyň, Aşgabatda). Tested in morph.test.ts.
import type { Morphology } from '../morph';

export const morph: Morphology = {
  lang: 'tk',
  suffixes: [
    'yň', 'iň', 'nyň', 'niň', 'uň', 'üň', 'nuň', 'nüň',
    'a', 'e', 'ga', 'ge', 'ka', 'ke', 'na', 'ne',
    'y', 'i', 'ny', 'ni', 'ň',
    'da', 'de', 'nda', 'nde', 'ta', 'te',
    'dan', 'den', 'ndan', 'nden', 'tan', 'ten',
    'lar', 'ler', 'daky', 'däki', 'ndaky', 'ndäki', 'sy', 'si',
  ],
  maxChain: 3,
  placeWords: ['şäheri', 'şäherindäki', 'şäherinde', 'welaýaty', 'etraby'],
  titles: [
    { text: 'Prezident', role: 'president' },
    { text: 'Prezidenti', role: 'president' },
    { text: 'Президент', role: 'president' },
  ],
};
