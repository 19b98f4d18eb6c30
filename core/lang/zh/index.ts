// Chinese: no spaces, no inflection; foreign names transliterated with a middle dot.
// The Chinese descriptor: everything the engine knows about the language, listed once in
// core/lang/registry.ts (guide: core/lang/README.md). Data only; tested by the files beside it.
import type { Language } from '../language';
import { claims } from './claims';
import { dates } from './dates';
import { morph } from './morph';
import { numbers } from './numbers';

/** The part after the last middle dot of a transliterated foreign name (托卡耶夫 in 卡瑟姆-若马尔特·托卡耶夫). */
export function chineseSurname(full: string): string | undefined {
  const parts = full.split(/[·・•]/);
  return parts.length > 1 && parts[parts.length - 1]!.length >= 2 ? parts[parts.length - 1] : undefined;
}

export const language: Language = {
  code: 'zh',
  name: 'Chinese',
  scripts: ['hani'],
  nameLangs: ['zh'],
  names: { zh: { initials: false, surname: chineseSurname } },
  morph,
  numbers,
  dates,
  claims,
  unspaced: true,
};
