// Arabic: names take glued proclitics (clitics.ts) and no suffix; لل forms generated for names with ال.
// The Arabic descriptor: everything the engine knows about the language, listed once in
// core/lang/registry.ts (guide: core/lang/README.md). Data only; tested by the files beside it.
import type { Language } from '../language';
import { articleForms, PROCLITICS } from './clitics';
import { claims } from './claims';
import { dates } from './dates';
import { morph } from './morph';
import { numbers } from './numbers';

export const language: Language = {
  code: 'ar',
  name: 'Arabic',
  scripts: ['arab'],
  nameLangs: ['ar'],
  names: { ar: { initials: false, forms: articleForms } },
  morph,
  numbers,
  dates,
  claims,
  clitics: PROCLITICS,
};
