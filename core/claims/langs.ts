// Per-language claim and number data: a view of the language registry (core/lang/registry.ts),
// kept so the claim modules read one record per kind. Data only.
import { LANGUAGES } from '../lang/registry';
import type { Lang } from '../types';
import type { ClaimsLang, NumberLang } from './lang-spec';

const view = <T>(pick: (l: (typeof LANGUAGES)[Lang]) => T) =>
  Object.fromEntries(Object.values(LANGUAGES).map((l) => [l.code, pick(l)])) as Record<Lang, T>;

export const CLAIMS: Record<Lang, ClaimsLang> = view((l) => l.claims);
export const NUMBERS: Record<Lang, NumberLang> = view((l) => l.numbers);
