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
}

/** One registry of generated scripts. */
export const GENERATED_SCRIPTS: readonly ScriptRule[] = [
  // Kazakh in Arabic script (Xinjiang, Arabic-script Kazakh pages) from the Kazakh Cyrillic names
  { from: 'kk-Cyrl', to: 'kk-Arab', convert: (name) => kazakhCyrillicToArabic(name) },
];

/** The forms each rule generates for an entity, without those its record already lists (attested). */
export function generatedNames(e: Pick<Entity, 'names'>): Partial<Record<NameLang, string[]>> {
  const out: Partial<Record<NameLang, string[]>> = {};
  for (const rule of GENERATED_SCRIPTS) {
    const attested = new Set((e.names[rule.to] ?? []).map((n) => n.normalize('NFC')));
    const forms = new Set<string>();
    for (const name of e.names[rule.from] ?? []) {
      // an acronym (ЕЭК) is not written letter by letter in running Arabic-script text
      if (isAcronym(name) || name.split(/\s+/).some(isAcronym)) continue;
      const form = rule.convert(name).normalize('NFC');
      if (form !== name && !attested.has(form)) forms.add(form);
    }
    if (forms.size > 0) out[rule.to] = [...forms];
  }
  return out;
}
