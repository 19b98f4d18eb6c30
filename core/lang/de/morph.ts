// German: proper-noun genitive -s (Tokajews, Kasachstans); titles precede names.
// Tested in core/lang/de/morph.test.ts.
import type { Morphology } from '../morph';

export const morph: Morphology = {
  lang: 'de',
  suffixes: ['s'],
  maxChain: 1,
  heads: ['Region', 'Gebiet', 'Provinz'],
  placeWords: ['Stadt', 'Region', 'Hafen', 'Gebiet'],
  titles: [
    { text: 'Präsident', role: 'president' },
    { text: 'Präsidenten', role: 'president' },
    { text: 'Staatschef', role: 'president' },
    { text: 'Ministerpräsident', role: 'prime-minister' },
    { text: 'Regierungschef', role: 'prime-minister' },
    { text: 'Außenminister', role: 'minister' },
    { text: 'Minister', role: 'minister' },
  ],
};
