// Russian: names decline; case forms generated from the nominative (morph.ts).
// The Russian descriptor: everything the engine knows about the language, listed once in
// core/lang/registry.ts (guide: core/lang/README.md). Data only; tested by the files beside it.
import type { Language } from '../language';
import { claims } from './claims';
import { dates } from './dates';
import { morph, russianCaseForms } from './morph';
import { numbers } from './numbers';

export const language: Language = {
  code: 'ru',
  name: 'Russian',
  scripts: ['cyrl'],
  nameLangs: ['ru'],
  names: { ru: { forms: russianCaseForms } },
  morph,
  numbers,
  dates,
  claims,
};
