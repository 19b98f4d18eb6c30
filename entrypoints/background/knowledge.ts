// The background's hold on the compiled index and the engine: the index ships as packaged files read
// from the extension's own URL (no network), so pages never load it. As the worker starts it reads
// the automaton (binary) and the engine's table (only what matching reads, core/dataset/lean.ts); the
// display records and the sources only when a card, lookup or the panel first needs them. Also
// resolves a record's source ids and referenced entity ids for the side panel.
// Tested in knowledge.test.ts (small index) and e2e (real index).
import { browser } from 'wxt/browser';
import { createEngine, type Engine } from '../../core/engine';
import { automatonFromBinary } from '../../core/match/automaton';
import type { CompiledIndex } from '../../core/dataset/compiled';
import type { Figure, NameLang, Source } from '../../core/dataset/schema';
import type { Details, LookupHit, LookupResult, OfficeHolder } from '../../utils/protocol';
import INDEX_ID from '../../generated/index-id.json';
import { indexedDbStore, loadParts, type IndexParts } from './index-cache';
import { createNameSearch, type NameSearch } from './name-search';

export interface Knowledge {
  /** over the engine's table (core/dataset/lean.ts), read as the worker starts */
  engine: Engine;
  /** `lang`: the dataset name key of the UI language, for the names of referenced entities
   * (async: the display records and sources are read on first use, off the first highlight's path) */
  details(id: string, lang?: NameLang): Promise<Details | null>;
  /** exact names and office descriptors first (the engine), then names that start with the query */
  lookup(query: string, date?: string, lang?: NameLang): Promise<LookupResult>;
  /** what the panel shows beside an entity (a place's coordinates, the usual forms of its name),
   * from the display records (read on the first call) */
  display(): Promise<DisplayFields>;
  /** the country an entity belongs to (utils/relevance.ts; the engine's table has it) */
  countryOf(id: string): string | undefined;
}

export interface DisplayFields {
  /** [lat, lon] of a place, for the panel's map */
  coords(id: string): [number, number] | undefined;
  /** the usual form of an entity's name per name key */
  forms(id: string): Partial<Record<NameLang, string>> | undefined;
}

/** What cards and the panel show: the full records (generated/index-records.json). */
export type DisplayIndex = Pick<CompiledIndex, 'entities' | 'offices' | 'figures' | 'claims'>;

/** Where wxt.config.ts puts the parts of the compiled index in the built extension: read at start, */
export const AUTOMATON_FILE = 'oxus-index-automaton.bin';
export const ENGINE_FILE = 'oxus-index-engine.json';
/** read when a card or the panel first needs them */
export const RECORDS_FILE = 'oxus-index-records.json';
export const SOURCES_FILE = 'oxus-index-sources.json';

/** how long after the index is read from the package its copy is stored (off the first pages' path) */
const SAVE_AFTER_MS = 3000;

let cached: Promise<Knowledge> | undefined;

export function knowledge(): Promise<Knowledge> {
  cached ??= (async () => {
    // the files are added at build time (not in public/), so WXT's typed path list does not know them
    const getURL = browser.runtime.getURL as (path: string) => string;
    const at = { startMs: performance.now() } as Record<string, number>;
    const read = async (name: string) => {
      const res = await fetch(getURL(`/${name}`));
      if (!res.ok) throw new Error(`Oxus index file ${name} missing from the package (${res.status})`);
      return res;
    };
    // from the package the automaton comes as typed arrays (no parse), the engine's table as JSON (of
    // JSON, binary patterns and a structured clone the fastest to parse: `npm run bench:index`); a
    // worker that starts again reads both from its stored copy, faster than fetching the package
    // (index-cache.ts; BENCH_ONLY=startup npm run bench:browser)
    const store = indexedDbStore();
    const loaded = await loadParts(INDEX_ID.id, store, async () => {
      const [automaton, table] = await Promise.all([
        read(AUTOMATON_FILE).then((r) => r.arrayBuffer()),
        read(ENGINE_FILE).then((r) => r.json() as Promise<IndexParts['table']>),
      ]);
      return { automaton, table };
    });
    at.parsedMs = performance.now();
    at.fromCache = loaded.from === 'cache' ? 1 : 0;
    const { automaton, table } = loaded.parts;
    const index: CompiledIndex = { ...table, sources: {} };
    // stored in a task of its own once the first pages are served (the copy is a structured clone)
    if (loaded.save) setTimeout(() => void loaded.save?.().catch(() => undefined), SAVE_AFTER_MS);
    const k = createKnowledge(index, createEngine(index, automatonFromBinary(automaton)), {
      records: async () => (await read(RECORDS_FILE)).json() as Promise<DisplayIndex>,
      sources: async () => ((await (await read(SOURCES_FILE)).json()) as { sources: Record<string, Source> }).sources,
    });
    at.engineMs = performance.now();
    // worker-relative times, read by `npm run bench:browser` only
    (globalThis as Record<string, unknown>).oxusStartup = at;
    return k;
  })();
  // a failed load is retried on the next message rather than cached forever
  cached.catch(() => {
    cached = undefined;
  });
  return cached;
}

/** A loader run once, its result kept; a failed load is tried again on the next call. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined;
  return () => {
    if (!p) {
      p = load();
      p.catch(() => (p = undefined));
    }
    return p;
  };
}

/**
 * `index`: what the engine reads (in the extension the engine's table; in tests a full index).
 * `load`: where the display records and the sources come from when the index has not got them
 * (the extension reads them late); by default the index's own.
 */
export function createKnowledge(
  index: CompiledIndex,
  engine: Engine = createEngine(index),
  load: { records?: () => Promise<DisplayIndex>; sources?: () => Promise<Record<string, Source>> } = {},
): Knowledge {
  const records = once(load.records ?? (async () => index));
  const sourcesOnce = once(load.sources ?? (async () => index.sources));
  // built on the first card or lookup: most background lifetimes never need them
  const views = once(async () => displayViews(await records()));

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

  async function resolve(
    display: DisplayIndex,
    value: unknown,
    lang?: NameLang,
  ): Promise<{ sources: Record<string, Source>; names: Record<string, string> }> {
    const refs = { sources: new Set<string>(), ids: new Set<string>() };
    collectRefs(value, refs);
    const all = refs.sources.size ? await sourcesOnce() : {};
    const found: Record<string, Source> = {};
    for (const id of refs.sources) if (all[id]) found[id] = all[id];
    const names: Record<string, string> = {};
    for (const id of refs.ids) {
      const rec = display.entities[id];
      if (rec) names[id] = (lang && rec.names[lang]?.[0]) || rec.name;
    }
    return { sources: found, names };
  }

  return {
    engine,
    async details(id, lang) {
      const v = await views();
      const d = v.index;
      const record = d.entities[id];
      if (record) {
        const holders = v.holdersByOrg.get(id);
        if (!holders) return { kind: 'entity', record, ...(await resolve(d, record, lang)) };
        // holders carry the person's id under `id`, which resolve() leaves out on purpose
        const refs = await resolve(d, [record, holders, holders.map((h) => ({ person: h.id }))], lang);
        return { kind: 'entity', record, holders, ...refs };
      }
      const figure = v.figures.get(id);
      if (figure) {
        const series = seriesOf(d.figures, figure);
        return { kind: 'figure', figure, series, ...(await resolve(d, series, lang)) };
      }
      const claim = v.claims.get(id);
      if (claim) return { kind: 'claim', claim, ...(await resolve(d, claim, lang)) };
      return null;
    },
    display: views,
    countryOf: (id) => index.entities[id]?.country,
    async lookup(query, date, lang) {
      const exact = engine.lookup(query, date ? { date } : undefined);
      const v = await views();
      const entities = v.index.entities;
      const seen = new Set(exact.map((h) => h.id));
      const more = v
        .nameSearch()
        .search(query)
        .filter((h) => !seen.has(h.id));
      const nameOf = (id: string, fallback: string) => (lang && entities[id]?.names[lang]?.[0]) || fallback;
      const hits: LookupHit[] = [
        ...exact.map((h) => ({
          id: h.id,
          name: nameOf(h.id, h.name),
          type: h.type,
          ...(h.ambiguous ? { ambiguous: h.ambiguous.note } : {}),
        })),
        ...more.flatMap((h) => {
          const rec = entities[h.id];
          return rec ? [{ id: rec.id, name: nameOf(rec.id, rec.name), type: rec.type }] : [];
        }),
      ].slice(0, 12);
      return { query, hits, at: Date.now() };
    },
  };
}

/** The display records with what cards, lookup and the panel look up in them. */
function displayViews(index: DisplayIndex) {
  let nameSearch: NameSearch | undefined;
  return {
    index,
    figures: new Map(index.figures.map((f) => [f.id, f])),
    claims: new Map(index.claims.map((c) => [c.id, c])),
    holdersByOrg: officeHolders(index),
    // built on the first lookup: most background lifetimes never need it
    nameSearch: () => (nameSearch ??= createNameSearch(index.entities)),
    coords: (id: string) => index.entities[id]?.coords as [number, number] | undefined,
    forms(id: string) {
      const rec = index.entities[id];
      if (!rec) return undefined;
      const out: Partial<Record<NameLang, string>> = {};
      for (const [k, v] of Object.entries(rec.names) as [NameLang, string[] | undefined][]) if (v?.[0]) out[k] = v[0];
      return out;
    },
  };
}

/** The figures of one event for one measure, oldest first: the series a figure belongs to. */
export function seriesOf(all: readonly Figure[], figure: Figure): Figure[] {
  return all
    .filter((f) => f.event === figure.event && f.measure === figure.measure)
    .sort((a, b) => a.asOf.localeCompare(b.asOf) || a.id.localeCompare(b.id));
}

/** People whose roles name an organisation, per organisation id: who led or served in it, and when. */
export function officeHolders(index: Pick<CompiledIndex, 'entities'>): Map<string, OfficeHolder[]> {
  const out = new Map<string, OfficeHolder[]>();
  for (const rec of Object.values(index.entities)) {
    for (const role of rec.roles ?? []) {
      if (!role.org) continue;
      let list = out.get(role.org);
      if (!list) out.set(role.org, (list = []));
      const { title, i18n, start, end, sources } = role;
      list.push({ id: rec.id, title, ...(i18n ? { i18n } : {}), start, end, sources });
    }
  }
  return out;
}
