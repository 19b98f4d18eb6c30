// The background's hold on the compiled index and the engine: the index ships as packaged files
// (the automaton in binary, patterns and records as JSON, read from the extension's own URL: no
// network), read once per background lifetime as the worker starts (the sources, which only cards
// show, when a card first needs them), so pages never load it. Also
// resolves a record's source ids and referenced entity ids for the side panel.
// Tested in knowledge.test.ts (small index) and e2e (real index).
import { browser } from 'wxt/browser';
import { createEngine, type Engine } from '../../core/engine';
import { automatonFromBinary } from '../../core/match/automaton';
import type { CompiledIndex } from '../../core/dataset/compiled';
import type { Figure, NameLang, Source } from '../../core/dataset/schema';
import type { Details, LookupHit, LookupResult, OfficeHolder } from '../../utils/protocol';
import { createNameSearch, type NameSearch } from './name-search';

export interface Knowledge {
  engine: Engine;
  /** `lang`: the dataset name key of the UI language, for the names of referenced entities
   * (async: the sources are read on first use, off the first highlight's path) */
  details(id: string, lang?: NameLang): Promise<Details | null>;
  /** exact names and office descriptors first (the engine), then names that start with the query */
  lookup(query: string, date?: string, lang?: NameLang): LookupResult;
  /** [lat, lon] of a place, for the panel's map */
  coords(id: string): [number, number] | undefined;
  /** the usual form of an entity's name per name key */
  forms(id: string): Partial<Record<NameLang, string>> | undefined;
  /** the country an entity belongs to (utils/relevance.ts) */
  countryOf(id: string): string | undefined;
}

/** Where wxt.config.ts puts the parts of the compiled index in the built extension. */
export const INDEX_FILES = ['oxus-index-matcher.json', 'oxus-index-records.json'] as const;
export const AUTOMATON_FILE = 'oxus-index-automaton.bin';
/** the sources, which only cards and the panel show */
export const SOURCES_FILE = 'oxus-index-sources.json';

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
    const loadSources = async () =>
      ((await (await read(SOURCES_FILE)).json()) as { sources: Record<string, Source> }).sources;
    // the automaton comes as typed arrays (no parse), the rest as JSON
    const [bytes, matcher, records] = await Promise.all([
      read(AUTOMATON_FILE).then((r) => r.arrayBuffer()),
      ...INDEX_FILES.map((name) => read(name).then((r) => r.json() as Promise<object>)),
    ]);
    at.parsedMs = performance.now();
    const index = { sources: {}, ...records, ...matcher } as CompiledIndex;
    const k = createKnowledge(index, createEngine(index, automatonFromBinary(bytes as ArrayBuffer)), loadSources);
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

/** `sources`: where the sources come from when the index has none (the extension reads them late). */
export function createKnowledge(
  index: CompiledIndex,
  engine: Engine = createEngine(index),
  sources: () => Promise<Record<string, Source>> = async () => index.sources,
): Knowledge {
  const figures = new Map(index.figures.map((f) => [f.id, f]));
  const claims = new Map(index.claims.map((c) => [c.id, c]));
  const holdersByOrg = officeHolders(index);
  // read once, on the first card that cites a source (a failed read is tried again on the next)
  let sourcesRead: Promise<Record<string, Source>> | undefined;
  const sourcesOnce = () => {
    sourcesRead ??= sources();
    sourcesRead.catch(() => (sourcesRead = undefined));
    return sourcesRead;
  };
  // built on the first lookup: most background lifetimes never need it
  let nameSearch: NameSearch | undefined;

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
      const rec = index.entities[id];
      if (rec) names[id] = (lang && rec.names[lang]?.[0]) || rec.name;
    }
    return { sources: found, names };
  }

  return {
    engine,
    async details(id, lang) {
      const record = engine.record(id) ?? index.entities[id];
      if (record) {
        const holders = holdersByOrg.get(id);
        if (!holders) return { kind: 'entity', record, ...(await resolve(record, lang)) };
        // holders carry the person's id under `id`, which resolve() leaves out on purpose
        const refs = await resolve([record, holders, holders.map((h) => ({ person: h.id }))], lang);
        return { kind: 'entity', record, holders, ...refs };
      }
      const figure = figures.get(id);
      if (figure) {
        const series = seriesOf(index.figures, figure);
        return { kind: 'figure', figure, series, ...(await resolve(series, lang)) };
      }
      const claim = claims.get(id);
      if (claim) return { kind: 'claim', claim, ...(await resolve(claim, lang)) };
      return null;
    },
    coords: (id) => index.entities[id]?.coords as [number, number] | undefined,
    countryOf: (id) => index.entities[id]?.country,
    forms(id) {
      const rec = index.entities[id];
      if (!rec) return undefined;
      const out: Partial<Record<NameLang, string>> = {};
      for (const [k, v] of Object.entries(rec.names) as [NameLang, string[] | undefined][]) if (v?.[0]) out[k] = v[0];
      return out;
    },
    lookup(query, date, lang) {
      const exact = engine.lookup(query, date ? { date } : undefined);
      nameSearch ??= createNameSearch(index.entities);
      const seen = new Set(exact.map((h) => h.id));
      const more = nameSearch.search(query).filter((h) => !seen.has(h.id));
      const nameOf = (id: string, fallback: string) => (lang && index.entities[id]?.names[lang]?.[0]) || fallback;
      const hits: LookupHit[] = [
        ...exact.map((h) => ({
          id: h.id,
          name: nameOf(h.id, h.name),
          type: h.type,
          ...(h.ambiguous ? { ambiguous: h.ambiguous.note } : {}),
        })),
        ...more.flatMap((h) => {
          const rec = index.entities[h.id];
          return rec ? [{ id: rec.id, name: nameOf(rec.id, rec.name), type: rec.type }] : [];
        }),
      ].slice(0, 12);
      return { query, hits, at: Date.now() };
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
