// Uzbek in Latin and Cyrillic: suffix chains (morph.ts).
// The Uzbek descriptor: everything the engine knows about the language, listed once in
// core/lang/registry.ts (guide: core/lang/README.md). Data only; tested by the files beside it.
import type { Language } from '../language';
import { russianCaseForms } from '../ru/morph';
import { claims } from './claims';
import { dates } from './dates';
import { morph } from './morph';
import { numbers } from './numbers';

export const language: Language = {
  code: 'uz',
  name: 'Uzbek',
  scripts: ['latn', 'cyrl'],
  nameLangs: ['uz-Latn', 'uz-Cyrl'],
  names: { 'uz-Latn': {}, 'uz-Cyrl': { forms: russianCaseForms } },
  morph,
  numbers,
  dates,
  claims,
};
