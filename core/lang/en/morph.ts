// English: names do not inflect; the possessive 's stays outside the mention (the apostrophe is a
// word boundary). Titles precede names. Tested in core/lang/en/morph.test.ts.
import type { Morphology } from '../morph';

export const morph: Morphology = {
  lang: 'en',
  suffixes: [],
  maxChain: 0,
  heads: ['Region', 'Province', 'Oblast', 'Reservoir'],
  pluralHeads: { regions: 'Region', provinces: 'Province', oblasts: 'Oblast', reservoirs: 'Reservoir' },
  conjunctions: ['and', 'or'],
  eponymHeads: ['Airport', 'University', 'Foundation', 'Street', 'Avenue', 'Prize', 'Institute', 'School', 'Stadium',
    'Museum', 'Library', 'Square', 'Park', 'Bridge', 'Boulevard', 'Fund'],
  mastheadHeads: ['Post', 'Times', 'Herald', 'Tribune', 'Journal', 'Gazette', 'Examiner'],
  placeWords: ['city', 'town', 'region', 'province', 'port'],
  titles: [
    { text: 'President', role: 'president' },
    { text: 'Prime Minister', role: 'prime-minister' },
    { text: 'PM', role: 'prime-minister' },
    { text: 'Foreign Minister', role: 'minister' },
    { text: 'Defence Minister', role: 'minister' },
    { text: 'Defense Minister', role: 'minister' },
    { text: 'Interior Minister', role: 'minister' },
    { text: 'Minister', role: 'minister' },
    { text: 'Speaker', role: 'speaker' },
    { text: 'General', role: 'military' },
    { text: 'Gen.', role: 'military' },
    { text: 'spokesperson', role: 'spokesperson' },
    { text: 'spokesman', role: 'spokesperson' },
    { text: 'Secretary-General', role: 'other' },
  ],
};
