// Arabic proclitics, defined once: letters glued before a word. Names, cues, numbers and dates all
// take them from here (through the language descriptor). Data only; tested in clitics.test.ts.

/** conjunctions "and", "so" glued before a word */
export const CONJUNCTIONS = 'وف';
/** prepositions "with/in", "to/for", "like" glued before a word, after a conjunction if any */
export const PREPOSITIONS = 'بلك';
/** every letter that may be glued before any word */
export const PROCLITICS = CONJUNCTIONS + PREPOSITIONS;
/** the future prefix سـ, glued to verbs only (claim cues) */
export const FUTURE = 'س';
/**
 * What may stand glued before a name, on folded text: one conjunction, then one preposition
 * (وبكازاخستان, فلتوكاييف). The article ال counts only where the name has it (الروسية "the Russian"
 * is not روسية "Russia"); ل + ال written لل is generated for names with ال (articleForms).
 */
export const NAME_PROCLITIC = new RegExp(`^[${CONJUNCTIONS}]?[${PREPOSITIONS}]?$`);

/** ل + ال is written لل: للاتحاد الأوروبي is ل + الاتحاد الأوروبي. */
export function articleForms(name: string): string[] {
  return /^ال[^ل]/.test(name) ? ['لل' + name.slice(2)] : [];
}
