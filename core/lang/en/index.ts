// English: names do not inflect.
// The English descriptor: everything the engine knows about the language, listed once in
// core/lang/registry.ts (guide: core/lang/README.md). Data only; tested by the files beside it.
import type { Language } from '../language';
import { claims } from './claims';
import { dates } from './dates';
import { morph } from './morph';
import { numbers } from './numbers';

export const language: Language = {
  code: 'en',
  name: 'English',
  scripts: ['latn', 'other'],
  nameLangs: ['en'],
  names: { en: {} },
  morph,
  numbers,
  dates,
  claims,
};
