// The one place that lists the per-language date data (explicit imports, no globbing).
import type { Lang } from '../types';
import type { DatesLang } from './lang-spec';
import { dates as ar } from '../lang/ar/dates';
import { dates as de } from '../lang/de/dates';
import { dates as en } from '../lang/en/dates';
import { dates as fa } from '../lang/fa/dates';
import { dates as fr } from '../lang/fr/dates';
import { dates as kk } from '../lang/kk/dates';
import { dates as ky } from '../lang/ky/dates';
import { dates as ru } from '../lang/ru/dates';
import { dates as tg } from '../lang/tg/dates';
import { dates as tk } from '../lang/tk/dates';
import { dates as tr } from '../lang/tr/dates';
import { dates as uz } from '../lang/uz/dates';
import { dates as zh } from '../lang/zh/dates';

export const DATES: Record<Lang, DatesLang> = { ar, ru, en, kk, uz, ky, tg, tk, fa, tr, zh, de, fr };
