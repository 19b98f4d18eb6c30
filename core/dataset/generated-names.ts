// Name forms the build generates (never written in data/): each rule turns the names of one script into
// another by a tested transliterator. Generated forms are matched and shown apart from attested ones
// (DisplayRecord.generatedNames). Pure; used by compile.ts and scripts/dataset-report.ts; tested in
// generated-names.test.ts.
import { kazakhCyrillicToArabic } from '../lang/kk/arabic-script';
import { isAcronym } from './names';
import type { Entity, NameLang } from './schema';

export interface ScriptRule {
  from: NameLang;
  to: NameLang;
  convert: (name: string) => string;
  /** read these instead, in order, when the entity has no `from` names (the first that has some) */
  fallback?: readonly NameLang[];
}

/** One registry of generated scripts. */
export const GENERATED_SCRIPTS: readonly ScriptRule[] = [
  // Kazakh in Arabic script (Xinjiang, Arabic-script Kazakh pages) from the Kazakh Cyrillic names; a
  // record with none (a Kyrgyz or Tajik leader: Садыр Жапаров, Эмомали Рахмон) is written from its
  // Kyrgyz or Russian Cyrillic name, as Kazakh Cyrillic writes such names (read on
  // https://qazaqtimes.com/tt/article/87490: سادىر جاپاروۆ, ەمومالي راحمون)
  { from: 'kk-Cyrl', to: 'kk-Arab', convert: (name) => kazakhCyrillicToArabic(name), fallback: ['ky', 'ru'] },
];

/** The forms each rule generates for an entity, without those its record already lists (attested). */
export function generatedNames(e: Pick<Entity, 'names'>): Partial<Record<NameLang, string[]>> {
  const out: Partial<Record<NameLang, string[]>> = {};
  for (const rule of GENERATED_SCRIPTS) {
    const attested = new Set((e.names[rule.to] ?? []).map((n) => n.normalize('NFC')));
    const forms = new Set<string>();
    const from = e.names[rule.from]?.length
      ? rule.from
      : (rule.fallback ?? []).find((l) => (e.names[l]?.length ?? 0) > 0);
    for (const name of from ? (e.names[from] ?? []) : []) {
      // an acronym (ЕЭК) is not written letter by letter in running Arabic-script text
      if (isAcronym(name) || name.split(/\s+/).some(isAcronym)) continue;
      const form = rule.convert(name).normalize('NFC');
      if (form !== name && !attested.has(form)) forms.add(form);
    }
    if (forms.size > 0) out[rule.to] = [...forms];
  }
  return out;
}
