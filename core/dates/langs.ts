// Per-language date data: a view of the language registry (core/lang/registry.ts), kept so the
// date modules read one record. Data only.
import { LANGUAGES } from '../lang/registry';
import type { Lang } from '../types';
import type { DatesLang } from './lang-spec';

export const DATES = Object.fromEntries(Object.values(LANGUAGES).map((l) => [l.code, l.dates])) as Record<
  Lang,
  DatesLang
>;
