// French: names do not inflect; elided articles (d'Almaty, l'OTSC) stand before the apostrophe,
// which is a word boundary. Tested in core/lang/fr/morph.test.ts.
import type { Morphology } from '../morph';

export const morph: Morphology = {
  lang: 'fr',
  suffixes: [],
  maxChain: 0,
  heads: ['région de', 'province de', 'oblast de', 'oblys de'],
  placeWords: ['ville', 'région', 'port', 'province'],
  titles: [
    { text: 'président', role: 'president' },
    { text: 'Premier ministre', role: 'prime-minister' },
    { text: 'ministre des Affaires étrangères', role: 'minister' },
    { text: 'ministre', role: 'minister' },
    { text: 'porte-parole', role: 'spokesperson' },
    { text: 'général', role: 'military' },
  ],
};
