// The one place that lists the per-language morphology modules (explicit imports, no globbing).
import type { Lang } from '../types';
import { compileMorph, unionMorph, type CompiledMorph, type Morphology } from './morph';
import { morph as ar } from './ar/morph';
import { morph as de } from './de/morph';
import { morph as en } from './en/morph';
import { morph as fa } from './fa/morph';
import { morph as fr } from './fr/morph';
import { morph as kk } from './kk/morph';
import { morph as ky } from './ky/morph';
import { morph as ru } from './ru/morph';
import { morph as tg } from './tg/morph';
import { morph as tk } from './tk/morph';
import { morph as tr } from './tr/morph';
import { morph as uz } from './uz/morph';
import { morph as zh } from './zh/morph';

export const MORPHOLOGY: Record<Lang, Morphology> = { ar, ru, en, kk, uz, ky, tg, tk, fa, tr, zh, de, fr };

export type Script = 'arab' | 'cyrl' | 'latn' | 'hani' | 'other';
export const SCRIPT_LANGS: Record<Script, Lang[]> = {
  arab: ['ar', 'fa'],
  cyrl: ['ru', 'kk', 'ky', 'tg', 'uz'],
  latn: ['en', 'de', 'fr', 'tr', 'uz', 'tk', 'kk'],
  hani: ['zh'],
  other: ['en'],
};

let compiled: Map<string, CompiledMorph> | undefined;
/** Compiled rules for a language, or for every language of a script when the language is unknown. */
export function morphFor(lang: Lang | 'und', script: Script): CompiledMorph {
  compiled ??= new Map();
  const key = lang === 'und' ? `*${script}` : lang;
  let m = compiled.get(key);
  if (!m) {
    m = lang === 'und' ? unionMorph(SCRIPT_LANGS[script].map((l) => compileMorph(MORPHOLOGY[l]))) : compileMorph(MORPHOLOGY[lang]);
    compiled.set(key, m);
  }
  return m;
}
