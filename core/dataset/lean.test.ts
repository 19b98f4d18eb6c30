// The engine's table (lean.ts) gives the same annotation as the full compiled index: every fixture
// text (engine, held-out, claims), with its language and date given and detected, over the real
// generated index (npm run data) and over the small test index; and it holds no display fields.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine';
import { FIXTURES } from '../fixtures/all';
import { HOLDOUT } from '../fixtures/holdout/all';
import { loadIndex } from '../load-engine';
import { miniIndex } from '../testing/mini-data';
import type { Lang } from '../types';
import type { CompiledIndex } from './compiled';
import { ENGINE_FIELDS, leanIndex } from './lean';

interface Text {
  text: string;
  lang?: Lang;
  date?: string;
}

async function fixtureTexts(): Promise<Text[]> {
  const out: Text[] = [];
  for (const byLang of [FIXTURES, HOLDOUT])
    for (const list of Object.values(byLang))
      for (const f of list) out.push({ text: f.text, lang: f.lang, date: f.date });
  for (const l of ['ar', 'de', 'en', 'fa', 'fr', 'kk', 'ky', 'ru', 'tg', 'tk', 'tr', 'uz', 'zh']) {
    const mod = (await import(`../claims/fixtures/${l}.ts`)) as Record<
      string,
      { text: string; lang: Lang; pageDate?: string }
    >;
    const fx = mod[l]!;
    out.push({ text: fx.text, lang: fx.lang, date: fx.pageDate });
  }
  return out;
}

/** The engine over the lean table, with the same automaton. */
const leanOf = (index: CompiledIndex): CompiledIndex => ({
  ...leanIndex(index),
  automaton: index.automaton,
  sources: {},
});

describe('leanIndex', () => {
  it('annotates every fixture text exactly as the full index does', async () => {
    const index = loadIndex();
    const full = createEngine(index);
    const lean = createEngine(leanOf(index));
    const texts = await fixtureTexts();
    expect(texts.length).toBeGreaterThan(100);
    let entities = 0;
    for (const t of texts) {
      for (const opts of [{ lang: t.lang, date: t.date }, {}]) {
        const want = full.annotate(t.text, opts);
        expect(JSON.stringify(lean.annotate(t.text, opts))).toBe(JSON.stringify(want));
        entities += want.entities.length;
      }
    }
    expect(entities).toBeGreaterThan(500); // the texts do exercise the table
  }, 120_000);

  it('does the same on the test index, and looks names up the same', () => {
    const index = miniIndex();
    const full = createEngine(index);
    const lean = createEngine(leanOf(index));
    const text = 'President Tokayev met Japarov in Almaty on 6 January 2022; 225 people were killed.';
    expect(lean.annotate(text, { date: '2022-01-07' })).toEqual(full.annotate(text, { date: '2022-01-07' }));
    for (const q of ['Tokayev', 'Алматы', 'the Kyrgyz president'])
      expect(lean.lookup(q, { date: '2022-06-01' })).toEqual(full.lookup(q, { date: '2022-06-01' }));
  });

  it('keeps only the fields the engine reads', () => {
    const index = loadIndex();
    const lean = leanIndex(index);
    const allowed = new Set<string>(ENGINE_FIELDS.entity);
    for (const r of Object.values(lean.entities)) for (const k of Object.keys(r)) expect(allowed.has(k), k).toBe(true);
    const tokayev = lean.entities['person:kassym-jomart-tokayev']!;
    expect(tokayev.name).toBe('Kassym-Jomart Tokayev');
    expect(tokayev.roles?.length).toBeGreaterThan(0);
    expect(Object.keys(tokayev.roles![0]!).every((k) => (ENGINE_FIELDS.role as readonly string[]).includes(k))).toBe(
      true,
    );
    // the display records are most of the index: the table is well under half of them
    expect(JSON.stringify(lean.entities).length).toBeLessThan(JSON.stringify(index.entities).length / 3);
  });
});
