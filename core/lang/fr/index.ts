// French: elided articles before names (morph.ts).
// The French descriptor: everything the engine knows about the language, listed once in
// core/lang/registry.ts (guide: core/lang/README.md). Data only; tested by the files beside it.
import type { Language } from '../language';
import { claims } from './claims';
import { dates } from './dates';
import { morph } from './morph';
import { numbers } from './numbers';

export const language: Language = {
  code: 'fr',
  name: 'French',
  scripts: ['latn'],
  nameLangs: ['fr'],
  names: { fr: {} },
  morph,
  numbers,
  dates,
  claims,
};
