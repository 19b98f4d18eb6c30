// The reader's languages in data/: counts, per top folder, the texts the panel shows (facts,
// timeline items, role titles, claim contexts, figure subjects and who stated them; office names) that lack a Russian or
// an Arabic wording, and fails when a folder has more than its allowance below. A completed folder
// allows 0: a new fact or timeline item there needs its ru and ar beside the English.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFiles } from '../scripts/build-data';

/** The languages every shown text needs beside English. */
const NEEDED = ['ru', 'ar'] as const;
type Kind = 'fact' | 'timeline' | 'role' | 'context' | 'subject' | 'statedBy' | 'office';

/** Most texts of a kind a folder may still lack a needed language for (absent folder or kind = 0). */
const ALLOWED: Record<string, Partial<Record<Kind, number>>> = {};

type Texts = Partial<Record<string, unknown>> | undefined;
const lacks = (t: Texts) => NEEDED.some((l) => !t?.[l]);

interface Json {
  entities?: {
    id: string;
    facts?: { i18n?: Texts }[];
    timeline?: { i18n?: Texts }[];
    roles?: { i18n?: Texts }[];
  }[];
  offices?: { id: string; names: Texts }[];
  figures?: { id: string; subject?: string; subjectI18n?: Texts; statedByText?: string; statedByTextI18n?: Texts }[];
  claims?: { id: string; context: { i18n?: Texts } }[];
}

/** Per folder and kind, the ids of records with a text lacking ru or ar (one entry per text). */
function missingTranslations(files: { path: string; json: unknown }[]): Map<string, Map<Kind, string[]>> {
  const out = new Map<string, Map<Kind, string[]>>();
  const add = (folder: string, kind: Kind, id: string) => {
    const byKind = out.get(folder) ?? out.set(folder, new Map()).get(folder)!;
    (byKind.get(kind) ?? byKind.set(kind, []).get(kind)!).push(id);
  };
  for (const f of files) {
    const folder = f.path.split('/')[1] ?? '';
    const j = (f.json ?? {}) as Json;
    for (const e of j.entities ?? []) {
      for (const x of e.facts ?? []) if (lacks(x.i18n)) add(folder, 'fact', e.id);
      for (const x of e.timeline ?? []) if (lacks(x.i18n)) add(folder, 'timeline', e.id);
      for (const x of e.roles ?? []) if (lacks(x.i18n)) add(folder, 'role', e.id);
    }
    for (const o of j.offices ?? []) if (lacks(o.names)) add(folder, 'office', o.id);
    for (const g of j.figures ?? []) if (g.subject && lacks(g.subjectI18n)) add(folder, 'subject', g.id);
    for (const g of j.figures ?? []) if (g.statedByText && lacks(g.statedByTextI18n)) add(folder, 'statedBy', g.id);
    for (const c of j.claims ?? []) if (lacks(c.context.i18n)) add(folder, 'context', c.id);
  }
  return out;
}

const { files } = loadFiles([join(resolve(import.meta.dirname), '.')]);
const missing = missingTranslations(files);
const KINDS: Kind[] = ['fact', 'timeline', 'role', 'context', 'subject', 'statedBy', 'office'];

describe('texts in the reader languages (ru, ar)', () => {
  it('counts what it should: a fact without ar is missing, one with ru and ar is not', () => {
    const m = missingTranslations([
      {
        path: 'data/zz/a.json',
        json: {
          entities: [
            { id: 'person:a', facts: [{ i18n: { ru: 'р' } }, { i18n: { ru: 'р', ar: 'ع' } }], timeline: [{}] },
          ],
          offices: [{ id: 'office:zz-a', names: { en: ['A'], ru: ['А'] } }],
          figures: [
            { id: 'fig:zz-a', statedByText: 'A body', statedByTextI18n: { ru: 'р' } },
            { id: 'fig:zz-b', statedByText: 'B body', statedByTextI18n: { ru: 'р', ar: 'ع' } },
          ],
        },
      },
    ]);
    expect(m.get('zz')?.get('fact')).toEqual(['person:a']);
    expect(m.get('zz')?.get('timeline')).toEqual(['person:a']);
    expect(m.get('zz')?.get('office')).toEqual(['office:zz-a']);
    expect(m.get('zz')?.get('statedBy')).toEqual(['fig:zz-a']);
  });
  const folders = new Set(files.map((f) => f.path.split('/')[1] ?? '').filter((f) => !f.endsWith('.json')));
  for (const folder of [...folders].sort()) {
    for (const kind of KINDS) {
      const allowed = ALLOWED[folder]?.[kind] ?? 0;
      it(`${folder}: at most ${allowed} ${kind} texts lack ru or ar`, () => {
        const ids = missing.get(folder)?.get(kind) ?? [];
        // the ids show which records to translate when this fails
        expect(ids.length > allowed ? ids : []).toEqual([]);
      });
    }
  }
});
