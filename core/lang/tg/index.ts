// Tajik: izofat -и and object -ро after names (morph.ts).
// The Tajik descriptor: everything the engine knows about the language, listed once in
// core/lang/registry.ts (guide: core/lang/README.md). Data only; tested by the files beside it.
import type { Language } from '../language';
import { russianCaseForms } from '../ru/morph';
import { claims } from './claims';
import { dates } from './dates';
import { morph } from './morph';
import { numbers } from './numbers';

export const language: Language = {
  code: 'tg',
  name: 'Tajik',
  scripts: ['cyrl'],
  nameLangs: ['tg'],
  names: { tg: { forms: russianCaseForms } },
  morph,
  numbers,
  dates,
  claims,
};
