// Turkish: proper nouns take their case suffix after an apostrophe (Tokayev'in, Kazakistan'da),
// so anything after the apostrophe is accepted; without one, no suffix. Tested in morph.test.ts.
import type { Morphology } from '../morph';

export const morph: Morphology = {
  lang: 'tr',
  suffixes: [],
  maxChain: 0,
  apostropheSuffix: true,
  // after the possessive of a common noun (Hizmeti, Bakanlığı, bölgesi): genitive, locative, ablative, dative, accusative
  compoundSuffixes: ['nin', 'nın', 'nun', 'nün', 'nde', 'nda', 'nden', 'ndan', 'ne', 'na', 'ni', 'nı', 'nu', 'nü', 'ndeki', 'ndaki'],
  heads: ['bölgesi', 'ili', 'vilayeti', 'oblastı'],
  pluralHeads: { bölgeleri: 'bölgesi', illeri: 'ili', vilayetleri: 'vilayeti' },
  conjunctions: ['ve', 'ile'],
  eponymHeads: ['Havalimanı', 'Havaalanı', 'Üniversitesi', 'Caddesi', 'Bulvarı', 'Vakfı', 'Meydanı', 'Müzesi',
    'Okulu', 'Parkı', 'Köprüsü', 'Kütüphanesi', 'Stadyumu'],
  placeWords: ['kenti', 'şehri', 'kentinde', 'şehrinde', 'bölgesi', 'limanı'],
  titles: [
    { text: 'Cumhurbaşkanı', role: 'president' },
    { text: 'Devlet Başkanı', role: 'president' },
    { text: 'Başbakan', role: 'prime-minister' },
    { text: 'Dışişleri Bakanı', role: 'minister' },
    { text: 'Bakan', role: 'minister' },
  ],
};
