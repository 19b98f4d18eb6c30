// Compiles validated data into the shipped index: one pattern per folded name key (ids merged,
// so a shared name lists every entity it may mean), generated variants (Russian case forms,
// initials, surname-first order, Kazakh in Arabic script), office descriptors with their holders,
// display records.
// Pure; used by scripts/build-data.ts and tests (compile.test.ts).
import { buildAutomaton } from '../match/automaton';
import { nameConvention } from '../lang/registry';
import { foldKey } from '../text/fold';
import { PATTERN_FLAGS, type CompiledIndex, type DisplayRecord, type Pattern } from './compiled';
import type { Entity, NameLang } from './schema';
import type { Merged } from './validate';
import { isExactName } from './names';
import { generatedNames } from './generated-names';
import { computeGivenNames } from '../recognise/guards';

export const INDEX_VERSION = 1;

const HAS_UPPER_FIRST = /^\p{Lu}/u;
export { isAcronym } from './names';

/** Initial-based forms of a person's full name: "K. Tokayev", "K.-J. Tokayev", "Tokayev K.-J.". */
export function initialVariants(full: string): string[] {
  const words = full.trim().split(/\s+/);
  if (words.length < 2) return [];
  const surname = words[words.length - 1]!;
  const given = words.slice(0, -1);
  if (!given.every((w) => /^\p{Lu}/u.test(w)) || !/^\p{Lu}/u.test(surname)) return [];
  const parts = given.join('-').split('-').filter(Boolean);
  const all = parts.map((p) => p[0] + '.').join('-');
  const first = given[0]![0] + '.';
  const out = new Set([`${first} ${surname}`, `${all} ${surname}`, `${surname} ${all}`]);
  return [...out];
}

interface Draft {
  ids: Set<string>;
  cues: { event: string; lang: string }[];
  exact: Map<string, Set<string>>;
  weak: Set<string>;
  allCap: boolean;
  office: boolean;
  initials: boolean;
}

export function compileIndex(data: Merged, builtAt = new Date().toISOString()): CompiledIndex {
  const drafts = new Map<string, Draft>();
  const add = (
    name: string,
    id: string,
    opts: { exactOnly?: readonly string[]; office?: boolean; initials?: boolean },
  ) => {
    const key = foldKey(name);
    if (key.length === 0) return;
    let d = drafts.get(key);
    if (!d) {
      d = {
        ids: new Set(),
        cues: [],
        exact: new Map(),
        weak: new Set(),
        allCap: true,
        office: false,
        initials: !!opts.initials,
      };
      drafts.set(key, d);
    }
    if (isExactName(name, opts.exactOnly, key)) {
      let set = d.exact.get(name.normalize('NFC'));
      if (!set) d.exact.set(name.normalize('NFC'), (set = new Set()));
      set.add(id);
      if (opts.exactOnly?.includes(name)) d.weak.add(name.normalize('NFC'));
    } else {
      d.ids.add(id);
      d.allCap &&= HAS_UPPER_FIRST.test(name) || !/[\p{Lu}\p{Ll}]/u.test(name[0]!);
    }
    d.office ||= !!opts.office;
    d.initials &&= !!opts.initials;
  };

  for (const e of data.entities.values()) {
    for (const [lang, list] of Object.entries(e.names) as [NameLang, string[]][]) {
      list.forEach((name, i) => {
        add(name, e.id, { exactOnly: e.exactOnly });
        if (isExactName(name, e.exactOnly)) return;
        // forms the language's texts use besides the listed one (Russian cases, Arabic لل + ال...)
        const conv = nameConvention(lang);
        for (const form of conv.forms?.(name, e.type) ?? []) add(form, e.id, {});
        if (e.type === 'person' && i === 0 && conv.initials !== false) {
          for (const v of initialVariants(name)) add(v, e.id, { initials: true });
        }
        // the bare surname, when the entity is written by bare surname in some language already
        if (e.type === 'person' && usesBareSurname(e)) {
          const sur = surnameOf(name, lang);
          if (sur && !list.includes(sur)) add(sur, e.id, { exactOnly: e.exactOnly });
        }
      });
    }
  }
  // event cue words ride in the same automaton: one pass finds names and cues
  for (const e of data.entities.values()) {
    for (const [nameLang, cues] of Object.entries(e.cues ?? {})) {
      for (const cue of cues ?? []) {
        const key = foldKey(cue);
        if (key.length < 3) continue;
        let d = drafts.get(key);
        if (!d)
          drafts.set(
            key,
            (d = {
              ids: new Set(),
              cues: [],
              exact: new Map(),
              weak: new Set(),
              allCap: true,
              office: false,
              initials: false,
            }),
          );
        if (!d.cues.some((c) => c.event === e.id && c.lang === nameLang.slice(0, 2)))
          d.cues.push({ event: e.id, lang: nameLang.slice(0, 2) });
      }
    }
  }
  for (const o of data.offices.values()) {
    for (const list of Object.values(o.names) as string[][]) {
      for (const name of list) add(name, o.id, { office: true });
    }
  }

  // last, so a generated form never takes a key a name, cue or office descriptor already holds
  const generated = addGeneratedNames(data, drafts, (name, id) => add(name, id, {}));

  const entries: [string, Pattern][] = [];
  for (const [key, d] of drafts) {
    let flags = 0;
    if (d.ids.size === 0) flags |= PATTERN_FLAGS.exact;
    if (d.office) flags |= PATTERN_FLAGS.office;
    if (d.initials) flags |= PATTERN_FLAGS.initials;
    if (d.allCap) flags |= PATTERN_FLAGS.cap;
    const p: Pattern = { ids: [...d.ids].sort(), flags };
    if (d.cues.length > 0) p.cues = d.cues;
    if (d.exact.size > 0)
      p.exact = [...d.exact].map(([raw, ids]) => ({
        raw,
        ids: [...ids].sort(),
        ...(d.weak.has(raw) ? { weak: true } : {}),
      }));
    entries.push([key, p]);
  }
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const patterns = entries.map(([, p]) => p);
  const automaton = buildAutomaton(entries.map(([k]) => k));

  const holders = new Map<string, { id: string; start?: string; end?: string }[]>();
  for (const e of data.entities.values()) {
    for (const r of e.roles ?? []) {
      if (!r.office) continue;
      let list = holders.get(r.office);
      if (!list) holders.set(r.office, (list = []));
      list.push({ id: e.id, start: r.start, end: r.end });
    }
  }
  const offices: CompiledIndex['offices'] = {};
  for (const o of data.offices.values()) offices[o.id] = { ...o, holders: holders.get(o.id) ?? [] };

  const figuresByEvent = new Map<string, typeof data.figures extends Map<string, infer F> ? F[] : never>();
  for (const f of data.figures.values()) {
    let l = figuresByEvent.get(f.event);
    if (!l) figuresByEvent.set(f.event, (l = []));
    l.push(f);
  }
  const claimsByEvent = new Map<string, CompiledIndex['claims']>();
  for (const c of data.claims.values()) {
    if (!c.event) continue;
    let l = claimsByEvent.get(c.event);
    if (!l) claimsByEvent.set(c.event, (l = []));
    l.push(c);
  }
  const entities: Record<string, DisplayRecord> = {};
  for (const e of data.entities.values()) {
    entities[e.id] = toDisplay(e, figuresByEvent.get(e.id), claimsByEvent.get(e.id), generated.get(e.id));
  }

  // given names folded here, not at a worker's first annotation (a person with none is left out:
  // the guard treats an empty set and a missing one alike)
  const given: Record<string, string[]> = {};
  for (const [id, keys] of computeGivenNames({ entities }).byPerson) if (keys.size) given[id] = [...keys];
  return {
    version: INDEX_VERSION,
    builtAt,
    automaton,
    patterns,
    entities,
    offices,
    figures: [...data.figures.values()],
    claims: [...data.claims.values()],
    sources: Object.fromEntries(data.sources),
    given,
  };
}

/** Does the dataset already list a one-word surname for this person in some language? */
function usesBareSurname(e: Entity): boolean {
  return Object.values(e.names).some((list) => {
    const full = list?.[0];
    if (!full || !/\s/.test(full.trim())) return false;
    const last = full.trim().split(/\s+/).pop()!;
    return list!.slice(1).some((n) => n === last);
  });
}

/** Last word of a full name, if it is a plausible surname (not Chinese, not a particle). */
function surnameOf(full: string, lang: NameLang): string | undefined {
  const own = nameConvention(lang).surname;
  if (own) return own(full);
  const words = full.trim().split(/\s+/);
  if (words.length < 2) return undefined;
  const last = words[words.length - 1]!;
  if (last.length < 4 || /^\p{Ll}/u.test(last) || /[.()]/.test(last)) return undefined;
  return last;
}

/** Shortest folded key a generated form may have: shorter ones are too likely an ordinary word. */
export const MIN_GENERATED_KEY = 5;

/**
 * Adds the generated name forms (core/dataset/generated-names.ts) that are safe to match: long enough,
 * generated for one entity only, and on a key no other entity, office or cue holds. Returns, per entity,
 * the forms kept (shown apart from attested names).
 */
function addGeneratedNames(data: Merged, drafts: Map<string, Draft>, add: (name: string, id: string) => void) {
  const candidates = new Map<string, { id: string; lang: NameLang; form: string }[]>();
  for (const e of data.entities.values()) {
    for (const [lang, forms] of Object.entries(generatedNames(e)) as [NameLang, string[]][]) {
      for (const form of forms) {
        const key = foldKey(form);
        if (key.length < MIN_GENERATED_KEY) continue;
        let list = candidates.get(key);
        if (!list) candidates.set(key, (list = []));
        list.push({ id: e.id, lang, form });
      }
    }
  }
  const kept = new Map<string, Partial<Record<NameLang, string[]>>>();
  for (const [key, list] of candidates) {
    const id = list[0]!.id;
    if (list.some((c) => c.id !== id)) continue;
    const d = drafts.get(key);
    const others =
      d && ([...d.ids].some((x) => x !== id) || [...d.exact.values()].some((s) => [...s].some((x) => x !== id)));
    if (others || d?.office || (d?.cues.length ?? 0) > 0) continue;
    for (const c of list) {
      add(c.form, id);
      let rec = kept.get(id);
      if (!rec) kept.set(id, (rec = {}));
      (rec[c.lang] ??= []).push(c.form);
    }
  }
  return kept;
}

function toDisplay(
  e: Entity,
  figures?: DisplayRecord['figures'],
  claims?: DisplayRecord['claims'],
  generated?: DisplayRecord['generatedNames'],
): DisplayRecord {
  const rec: DisplayRecord = { ...e, name: e.names.en?.[0] ?? e.id };
  if (generated && Object.keys(generated).length > 0) rec.generatedNames = generated;
  if (figures?.length) rec.figures = [...figures].sort((a, b) => (a.asOf < b.asOf ? -1 : 1));
  if (claims?.length) rec.claims = claims;
  return rec;
}
