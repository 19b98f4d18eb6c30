// Russian: names decline. Consonant-final names take case endings (Токаев-а/-у/-ым/-е, Бишкек-е,
// Ташкент-а); vowel-final ones change their last letter (Астана -> Астаны/Астане/Астану/Астаной,
// Россия -> России/Россию/Россией): those forms are generated into the index by caseForms.
// Indeclinable names (Алматы, Душанбе) simply have no ending. Tested in core/lang/ru/morph.test.ts.
import type { Morphology } from '../morph';

const CYRILLIC_WORD = /[\u0400-\u04ff]+$/;

/** Case forms of a name whose last word ends in -а/-я/-ия/-ий/-ь (the rest decline by suffix);
 * for two-word person names, both words declined together (Алмазбеку Атамбаеву, Розы Отунбаевой). */
export function russianCaseForms(name: string, type: string): string[] {
  if (type === 'person') {
    const two = /^([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?) ([А-ЯЁ][а-яё]+)$/.exec(name);
    if (two) return personForms(two[1]!, two[2]!);
  }
  const adjNoun = /^([А-ЯЁ][а-яё-]*(?:ая|яя|ое|ее|ий|ый|ой)) ([а-яёА-ЯЁ-]+)$/.exec(name);
  if (adjNoun && type !== 'person') return adjectiveNounForms(adjNoun[1]!, adjNoun[2]!);
  const m = CYRILLIC_WORD.exec(name);
  if (!m) return [];
  const word = m[0];
  const head = name.slice(0, name.length - word.length);
  const lower = word.toLowerCase();
  const out: string[] = [];
  const add = (stem: string, endings: string[]) => {
    for (const e of endings) out.push(head + stem + e);
  };
  if (word.length < 4) return out;
  if (lower.endsWith('ия')) add(word.slice(0, -1), ['и', 'ю', 'ей']);
  else if (lower.endsWith('ая') && type !== 'person') add(word.slice(0, -2), ['ой', 'ую']);
  else if (lower.endsWith('я')) add(word.slice(0, -1), ['и', 'е', 'ю', 'ей']);
  else if (lower.endsWith('ова') || lower.endsWith('ева') || lower.endsWith('ина'))
    add(word.slice(0, -1), ['ой', 'у']); // feminine surnames
  else if (lower.endsWith('а'))
    add(word.slice(0, -1), /[кгхжшчщ]а$/.test(lower) ? ['и', 'е', 'у', 'ой'] : ['ы', 'е', 'у', 'ой']);
  else if (lower.endsWith('ь') && type === 'place') add(word.slice(0, -1), ['и', 'ью', 'я', 'ю', 'ем', 'е']);
  else if (/[аеоуэ]й$/.test(lower) && type !== 'person') add(word.slice(0, -1), ['я', 'ю', 'ем', 'е']); // Китай, Семей
  return out;
}

const FEMININE_SURNAME = /(?:ова|ева|ёва|ина|ына|ская)$/;
function personForms(first: string, last: string): string[] {
  const out: string[] = [];
  const decl = (w: string, kind: 'first' | 'last') => {
    const l = w.toLowerCase();
    if (kind === 'last' && FEMININE_SURNAME.test(l))
      return {
        gen: w.slice(0, -1) + 'ой',
        dat: w.slice(0, -1) + 'ой',
        acc: w.slice(0, -1) + 'у',
        ins: w.slice(0, -1) + 'ой',
        pre: w.slice(0, -1) + 'ой',
      };
    if (/[а]$/.test(l)) {
      const st = w.slice(0, -1);
      const y = /[кгхжшчщ]$/.test(st) ? 'и' : 'ы';
      return { gen: st + y, dat: st + 'е', acc: st + 'у', ins: st + 'ой', pre: st + 'е' };
    }
    if (/я$/.test(l)) {
      const st = w.slice(0, -1);
      return { gen: st + 'и', dat: st + 'е', acc: st + 'ю', ins: st + 'ей', pre: st + 'е' };
    }
    if (/[бвгджзклмнпрстфхцчшщ]$/.test(l))
      return {
        gen: w + 'а',
        dat: w + 'у',
        acc: w + 'а',
        ins: w + (kind === 'last' && /(ов|ев|ин|ын)$/.test(l) ? 'ым' : 'ом'),
        pre: w + 'е',
      };
    if (/й$/.test(l)) {
      const st = w.slice(0, -1);
      return { gen: st + 'я', dat: st + 'ю', acc: st + 'я', ins: st + 'ем', pre: st + 'е' };
    }
    return null; // indeclinable (-о, -и, -у, foreign)
  };
  const f = decl(first, 'first');
  const s = decl(last, 'last');
  if (!f || !s) return out;
  for (const c of ['gen', 'dat', 'acc', 'ins', 'pre'] as const) out.push(`${f[c]} ${s[c]}`);
  return [...new Set(out)];
}

export const morph: Morphology = {
  lang: 'ru',
  suffixes: [
    'а',
    'у',
    'ом',
    'ым',
    'ем',
    'е',
    'ой',
    'ей',
    'ою',
    'ы',
    'и',
    'ю',
    'ам',
    'ами',
    'ах',
    'ов',
    'ыми',
    'ых',
    'я',
  ],
  maxChain: 1,
  placeWords: ['город', 'города', 'городе', 'городом', 'области', 'область', 'порт', 'порту', 'посёлок', 'село'],
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

type Case = 'gen' | 'dat' | 'acc' | 'ins' | 'pre';
const CASES: Case[] = ['gen', 'dat', 'acc', 'ins', 'pre'];

/** "Ферганская долина" -> "Ферганской долины/долине/долину/долиной", "Токтогульское водохранилище" -> "...ого водохранилища"... */
function adjectiveNounForms(adj: string, noun: string): string[] {
  const a = adj.toLowerCase();
  const n = noun.toLowerCase();
  let adjForms: Record<Case, string> | undefined;
  const stem = adj.slice(0, -2);
  const soft = /[кгхжшчщ]$/.test(stem.toLowerCase()) ? 'и' : 'ы';
  if (/(ая|яя)$/.test(a))
    adjForms = { gen: stem + 'ой', dat: stem + 'ой', acc: stem + 'ую', ins: stem + 'ой', pre: stem + 'ой' };
  else if (/(ое|ее)$/.test(a))
    adjForms = { gen: stem + 'ого', dat: stem + 'ому', acc: adj, ins: stem + soft + 'м', pre: stem + 'ом' };
  else if (/(ий|ый|ой)$/.test(a))
    adjForms = { gen: stem + 'ого', dat: stem + 'ому', acc: adj, ins: stem + soft + 'м', pre: stem + 'ом' };
  if (!adjForms) return [];
  const ns = noun.slice(0, -1);
  let nounForms: Record<Case, string> | undefined;
  if (/а$/.test(n)) {
    const y = /[кгхжшчщ]$/.test(ns.toLowerCase()) ? 'и' : 'ы';
    nounForms = { gen: ns + y, dat: ns + 'е', acc: ns + 'у', ins: ns + 'ой', pre: ns + 'е' };
  } else if (/я$/.test(n)) nounForms = { gen: ns + 'и', dat: ns + 'е', acc: ns + 'ю', ins: ns + 'ей', pre: ns + 'е' };
  else if (/ие$/.test(n)) nounForms = { gen: ns + 'я', dat: ns + 'ю', acc: noun, ins: ns + 'ем', pre: ns + 'и' };
  else if (/[жшщчц]е$/.test(n)) nounForms = { gen: ns + 'а', dat: ns + 'у', acc: noun, ins: ns + 'ем', pre: ns + 'е' };
  else if (/е$/.test(n))
    nounForms = { gen: ns + 'я', dat: ns + 'ю', acc: noun, ins: ns + 'ем', pre: ns + 'е' }; // море -> моря
  else if (/о$/.test(n)) nounForms = { gen: ns + 'а', dat: ns + 'у', acc: noun, ins: ns + 'ом', pre: ns + 'е' };
  else if (/[бвгджзклмнпрстфхцчшщ]$/.test(n))
    nounForms = { gen: noun + 'а', dat: noun + 'у', acc: noun, ins: noun + 'ом', pre: noun + 'е' };
  // soft sign: feminine after a feminine adjective (область -> области, областью), else masculine
  else if (/ь$/.test(n) && /(ая|яя)$/.test(a))
    nounForms = { gen: ns + 'и', dat: ns + 'и', acc: noun, ins: ns + 'ью', pre: ns + 'и' };
  else if (/ь$/.test(n)) nounForms = { gen: ns + 'я', dat: ns + 'ю', acc: noun, ins: ns + 'ем', pre: ns + 'е' };
  if (!nounForms) return [];
  const forms = CASES.map((c) => `${adjForms![c]} ${nounForms![c]}`);
  // "Баткенской обл.": the abbreviated region word, in every case of the adjective
  if (n === 'область') forms.push(...CASES.map((c) => `${adjForms![c]} обл.`), `${adj} обл.`);
  return [...new Set(forms)].filter((f) => f !== `${adj} ${noun}`);
}
