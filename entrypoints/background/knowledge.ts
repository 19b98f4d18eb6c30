// The background's hold on the compiled index and the engine: the index ships as a packaged file
// (oxus-index.json, read from the extension's own URL: no network), parsed once per background
// lifetime on first use, so pages never load it. Also resolves a record's source ids and
// referenced entity ids for the side panel. Tested through e2e (real index).
import { browser } from 'wxt/browser';
import { createEngine, type Engine } from '../../core/engine';
import type { CompiledIndex } from '../../core/dataset/compiled';
import type { Source } from '../../core/dataset/schema';
import type { Details, LookupHit, LookupResult } from '../../utils/protocol';

export interface Knowledge {
  engine: Engine;
  details(id: string): Details | null;
  lookup(query: string, date?: string): LookupResult;
  /** [lat, lon] of a place, for the panel's map */
  coords(id: string): [number, number] | undefined;
  /** the country an entity belongs to (utils/relevance.ts) */
  countryOf(id: string): string | undefined;
}

/** Where wxt.config.ts puts the two halves of the compiled index in the built extension. */
export const INDEX_FILES = ['oxus-index-matcher.json', 'oxus-index-records.json'] as const;

let cached: Promise<Knowledge> | undefined;

export function knowledge(): Promise<Knowledge> {
  cached ??= (async () => {
    // the files are added at build time (not in public/), so WXT's typed path list does not know them
    const getURL = browser.runtime.getURL as (path: string) => string;
    const [matcher, records] = await Promise.all(INDEX_FILES.map(async (name) => {
      const res = await fetch(getURL(`/${name}`));
      if (!res.ok) throw new Error(`Oxus index file ${name} missing from the package (${res.status})`);
      return res.json() as Promise<object>;
    }));
    return createKnowledge({ ...records, ...matcher } as CompiledIndex);
  })();
  // a failed load is retried on the next message rather than cached forever
  cached.catch(() => { cached = undefined; });
  return cached;
}

export function createKnowledge(index: CompiledIndex, engine: Engine = createEngine(index)): Knowledge {
  const figures = new Map(index.figures.map((f) => [f.id, f]));
  const claims = new Map(index.claims.map((c) => [c.id, c]));

  /** Every source id and entity id mentioned anywhere in a record (they are all strings). */
  function collectRefs(value: unknown, out: { sources: Set<string>; ids: Set<string> }, key = ''): void {
    if (typeof value === 'string') {
      if (value.startsWith('src:')) out.sources.add(value);
      else if (key !== 'id' && /^(?:person|org|place|event|media|facility):/.test(value)) out.ids.add(value);
    } else if (Array.isArray(value)) {
      for (const v of value) collectRefs(v, out, key);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) collectRefs(v, out, k);
    }
  }

  function resolve(value: unknown): { sources: Record<string, Source>; names: Record<string, string> } {
    const refs = { sources: new Set<string>(), ids: new Set<string>() };
    collectRefs(value, refs);
    const sources: Record<string, Source> = {};
    for (const id of refs.sources) if (index.sources[id]) sources[id] = index.sources[id];
    const names: Record<string, string> = {};
    for (const id of refs.ids) {
      const rec = index.entities[id];
      if (rec) names[id] = rec.name;
    }
    return { sources, names };
  }

  return {
    engine,
    details(id) {
      const record = engine.record(id) ?? index.entities[id];
      if (record) return { kind: 'entity', record, ...resolve(record) };
      const figure = figures.get(id);
      if (figure) return { kind: 'figure', figure, ...resolve(figure) };
      const claim = claims.get(id);
      if (claim) return { kind: 'claim', claim, ...resolve(claim) };
      return null;
    },
    coords: (id) => index.entities[id]?.coords as [number, number] | undefined,
    countryOf: (id) => index.entities[id]?.country,
    lookup(query, date) {
      const hits: LookupHit[] = engine.lookup(query, date ? { date } : undefined).map((h) => ({
        id: h.id,
        name: h.name,
        type: h.type,
        ...(h.ambiguous ? { ambiguous: h.ambiguous.note } : {}),
      }));
      return { query, hits, at: Date.now() };
    },
  };
}
