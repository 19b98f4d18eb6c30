// Russian: names decline. Consonant-final names take case endings (Токаев-а/-у/-ым/-е, Бишкек-е,
// Ташкент-а); vowel-final ones change their last letter (Астана -> Астаны/Астане/Астану/Астаной,
// Россия -> России/Россию/Россией): those forms are generated into the index by caseForms.
// Indeclinable names (Алматы, Душанбе) simply have no ending. Tested in core/lang/ru/morph.test.ts.
import type { Morphology } from '../morph';

const CYRILLIC_WORD = /[\u0400-\u04ff]+$/;

/** Case forms of a name whose last word ends in -а/-я/-ия/-ь (the rest decline by suffix). */
export function russianCaseForms(name: string, type: string): string[] {
  const m = CYRILLIC_WORD.exec(name);
  if (!m) return [];
  const word = m[0];
  const head = name.slice(0, name.length - word.length);
  const lower = word.toLowerCase();
  const out: string[] = [];
  const add = (stem: string, endings: string[]) => { for (const e of endings) out.push(head + stem + e); };
  if (word.length < 4) return out;
  if (lower.endsWith('ия')) add(word.slice(0, -1), ['и', 'ю', 'ей']);
  else if (lower.endsWith('ая') && type !== 'person') add(word.slice(0, -2), ['ой', 'ую']);
  else if (lower.endsWith('я')) add(word.slice(0, -1), ['и', 'е', 'ю', 'ей']);
  else if (lower.endsWith('ова') || lower.endsWith('ева') || lower.endsWith('ина')) add(word.slice(0, -1), ['ой', 'у']); // feminine surnames
  else if (lower.endsWith('а')) add(word.slice(0, -1), /[кгхжшчщ]а$/.test(lower) ? ['и', 'е', 'у', 'ой'] : ['ы', 'е', 'у', 'ой']);
  else if (lower.endsWith('ь') && type === 'place') add(word.slice(0, -1), ['и', 'ью', 'я', 'ю', 'ем', 'е']);
  return out;
}

export const morph: Morphology = {
  lang: 'ru',
  suffixes: ['а', 'у', 'ом', 'ым', 'ем', 'е', 'ой', 'ей', 'ою', 'ы', 'и', 'ю', 'ам', 'ами', 'ах', 'ов', 'ыми', 'ых', 'я'],
  maxChain: 1,
  titles: [
    { text: 'президент', role: 'president' },
    { text: 'премьер-министр', role: 'prime-minister' },
    { text: 'премьер', role: 'prime-minister' },
    { text: 'председатель кабмина', role: 'prime-minister' },
    { text: 'глава МИД', role: 'minister' },
    { text: 'министр', role: 'minister' },
    { text: 'спикер', role: 'speaker' },
    { text: 'председатель Госдумы', role: 'speaker' },
    { text: 'генерал', role: 'military' },
    { text: 'генсек', role: 'other' },
    { text: 'официальный представитель', role: 'spokesperson' },
  ],
  caseForms: russianCaseForms,
};
