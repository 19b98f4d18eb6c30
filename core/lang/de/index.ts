// German: genitive -s on names (morph.ts).
// The German descriptor: everything the engine knows about the language, listed once in
// core/lang/registry.ts (guide: core/lang/README.md). Data only; tested by the files beside it.
import type { Language } from '../language';
import { claims } from './claims';
import { dates } from './dates';
import { morph } from './morph';
import { numbers } from './numbers';

export const language: Language = {
  code: 'de',
  name: 'German',
  scripts: ['latn'],
  nameLangs: ['de'],
  names: { de: {} },
  morph,
  numbers,
  dates,
  claims,
};
