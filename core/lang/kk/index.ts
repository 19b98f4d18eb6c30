// Kazakh in Cyrillic, Latin (2021) and Arabic script (China): suffix chains (morph.ts).
// The Kazakh descriptor: everything the engine knows about the language, listed once in
// core/lang/registry.ts (guide: core/lang/README.md). Data only; tested by the files beside it.
import type { Language } from '../language';
import { russianCaseForms } from '../ru/morph';
import { claims } from './claims';
import { dates } from './dates';
import { morph } from './morph';
import { numbers } from './numbers';

export const language: Language = {
  code: 'kk',
  name: 'Kazakh',
  scripts: ['cyrl', 'latn'],
  nameLangs: ['kk-Cyrl', 'kk-Latn', 'kk-Arab'],
  names: {
    // Russian-language text borrows Kazakh Cyrillic spellings and declines them
    'kk-Cyrl': { forms: russianCaseForms },
    'kk-Latn': {},
    'kk-Arab': { initials: false },
  },
  morph,
  numbers,
  dates,
  claims,
};
