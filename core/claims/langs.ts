// The one place that lists the per-language claim and number data (explicit imports, no globbing).
import type { Lang } from '../types';
import type { ClaimsLang, NumberLang } from './lang-spec';
import { claims as arC } from '../lang/ar/claims';
import { claims as deC } from '../lang/de/claims';
import { claims as enC } from '../lang/en/claims';
import { claims as faC } from '../lang/fa/claims';
import { claims as frC } from '../lang/fr/claims';
import { claims as kkC } from '../lang/kk/claims';
import { claims as kyC } from '../lang/ky/claims';
import { claims as ruC } from '../lang/ru/claims';
import { claims as tgC } from '../lang/tg/claims';
import { claims as tkC } from '../lang/tk/claims';
import { claims as trC } from '../lang/tr/claims';
import { claims as uzC } from '../lang/uz/claims';
import { claims as zhC } from '../lang/zh/claims';
import { numbers as arN } from '../lang/ar/numbers';
import { numbers as deN } from '../lang/de/numbers';
import { numbers as enN } from '../lang/en/numbers';
import { numbers as faN } from '../lang/fa/numbers';
import { numbers as frN } from '../lang/fr/numbers';
import { numbers as kkN } from '../lang/kk/numbers';
import { numbers as kyN } from '../lang/ky/numbers';
import { numbers as ruN } from '../lang/ru/numbers';
import { numbers as tgN } from '../lang/tg/numbers';
import { numbers as tkN } from '../lang/tk/numbers';
import { numbers as trN } from '../lang/tr/numbers';
import { numbers as uzN } from '../lang/uz/numbers';
import { numbers as zhN } from '../lang/zh/numbers';

export const CLAIMS: Record<Lang, ClaimsLang> = {
  ar: arC, ru: ruC, en: enC, kk: kkC, uz: uzC, ky: kyC, tg: tgC, tk: tkC, fa: faC, tr: trC, zh: zhC, de: deC, fr: frC,
};
export const NUMBERS: Record<Lang, NumberLang> = {
  ar: arN, ru: ruN, en: enN, kk: kkN, uz: uzN, ky: kyN, tg: tgN, tk: tkN, fa: faN, tr: trN, zh: zhN, de: deN, fr: frN,
};
