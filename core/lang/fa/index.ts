// Persian: suffixes after a zero-width non-joiner, و and ب glued before a name (morph.ts).
// The Persian descriptor: everything the engine knows about the language, listed once in
// core/lang/registry.ts (guide: core/lang/README.md). Data only; tested by the files beside it.
import type { Language } from '../language';
import { articleForms } from '../ar/clitics';
import { claims } from './claims';
import { dates } from './dates';
import { morph } from './morph';
import { numbers } from './numbers';

export const language: Language = {
  code: 'fa',
  name: 'Persian',
  scripts: ['arab'],
  nameLangs: ['fa'],
  names: { fa: { initials: false, forms: articleForms } },
  morph,
  numbers,
  dates,
  claims,
  clitics: 'و',
};
