// Validation of the dataset as a whole: schema per file, then cross-record rules (duplicate ids,
// one Wikidata id per record, sources defined, references resolved, alias collisions). Errors name the
// file and the record id; references to records that failed to load are not reported a second time.
// Pure: takes parsed file contents, returns errors/warnings and the merged data. Tested in validate.test.ts.
import * as v from 'valibot';
import { Entity, Figure, KnownClaim, Office, Source, YearMonth } from './schema';
import { foldKey } from '../text/fold';
import { isExactName } from './names';

export interface LoadedFile {
  path: string;
  json: unknown;
  /** set when the file could not be parsed as JSON (json is then undefined) */
  parseError?: string;
}
export interface Merged {
  sources: Map<string, Source>;
  entities: Map<string, Entity>;
  offices: Map<string, Office>;
  figures: Map<string, Figure>;
  claims: Map<string, KnownClaim>;
  /** file each id was defined in, for messages */
  origin: Map<string, string>;
  /** the month the dataset is current to (data/dataset.json), if declared */
  asOf?: string;
}
export interface ValidationResult {
  errors: string[];
  warnings: string[];
  data: Merged;
}

export interface ValidateOptions {
  /** references to ids outside the loaded files become warnings (checking one slice alone) */
  partial?: boolean;
}

const COLLECTIONS = {
  sources: Source,
  entities: Entity,
  offices: Office,
  figures: Figure,
  claims: KnownClaim,
} as const;
type Collection = keyof typeof COLLECTIONS;
const TOP_KEYS = ['$comment', 'asOf', ...Object.keys(COLLECTIONS)];
const MAX_ISSUES_PER_RECORD = 5;

/** What a file's top level is, for the message when it is not an object. */
function shapeOf(json: unknown): string {
  if (Array.isArray(json)) return 'an array';
  if (json === null) return 'null';
  return `a ${typeof json}`;
}

/** How a record is named in messages: its id when it has one, else its place in the file. */
function recordLabel(rec: unknown, key: string, i: number): string {
  const id = (rec as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id.length > 0 ? id : `${key}[${i}] (no id)`;
}

function issueText(issue: v.BaseIssue<unknown>): string {
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  return `${path ? path + ': ' : ''}${issue.message}`;
}

export function validateData(files: LoadedFile[], opts: ValidateOptions = {}): ValidationResult {
  const errors: string[] = [];
  const warnings: string[] = [];
  const data: Merged = {
    sources: new Map(),
    entities: new Map(),
    offices: new Map(),
    figures: new Map(),
    claims: new Map(),
    origin: new Map(),
  };
  // Ids of records that failed the schema, and files whose records could not be read at all:
  // references to them are not reported again (their file's error is the one to fix).
  const failedIds = new Set<string>();
  const unreadable: string[] = [];
  let asOfFrom: string | undefined;

  const add = <T extends { id: string }>(path: string, map: Map<string, T>, rec: T) => {
    const prev = data.origin.get(rec.id);
    if (prev !== undefined) {
      // the same source defined twice with identical content is harmless
      if (map === (data.sources as unknown) && JSON.stringify(map.get(rec.id)) === JSON.stringify(rec)) return;
      errors.push(`${path}: duplicate id ${rec.id} (also in ${prev})`);
      return;
    }
    data.origin.set(rec.id, path);
    map.set(rec.id, rec);
  };

  for (const f of files) {
    if (f.parseError !== undefined) {
      errors.push(`${f.path}: not valid JSON: ${f.parseError}`);
      unreadable.push(f.path);
      continue;
    }
    const json = f.json;
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      errors.push(`${f.path}: the top level must be an object like { "entities": [...] }, not ${shapeOf(json)}`);
      unreadable.push(f.path);
      continue;
    }
    const top = json as Record<string, unknown>;
    for (const key of Object.keys(top)) {
      if (!TOP_KEYS.includes(key))
        errors.push(`${f.path}: unknown top-level key "${key}" (allowed: ${TOP_KEYS.join(', ')})`);
    }
    if (top.$comment !== undefined && typeof top.$comment !== 'string')
      errors.push(`${f.path}: $comment must be a string`);
    if (top.asOf !== undefined) {
      const r = v.safeParse(YearMonth, top.asOf);
      if (!r.success) errors.push(`${f.path}: asOf: ${r.issues[0]!.message}`);
      else if (asOfFrom !== undefined)
        errors.push(`${f.path}: the dataset's asOf is declared twice (also in ${asOfFrom})`);
      else {
        data.asOf = r.output;
        asOfFrom = f.path;
      }
    }
    for (const key of Object.keys(COLLECTIONS) as Collection[]) {
      const list = top[key];
      if (list === undefined) continue;
      if (!Array.isArray(list)) {
        errors.push(`${f.path}: ${key} must be an array of records, not ${shapeOf(list)}`);
        unreadable.push(f.path);
        continue;
      }
      list.forEach((rec, i) => {
        const r = v.safeParse(COLLECTIONS[key], rec);
        const label = recordLabel(rec, key, i);
        if (r.success) {
          add(f.path, data[key] as Map<string, { id: string }>, r.output);
          return;
        }
        for (const issue of r.issues.slice(0, MAX_ISSUES_PER_RECORD))
          errors.push(`${f.path}: ${label}: schema: ${issueText(issue)}`);
        if (r.issues.length > MAX_ISSUES_PER_RECORD)
          errors.push(`${f.path}: ${label}: schema: ... ${r.issues.length - MAX_ISSUES_PER_RECORD} more`);
        if (label.includes(' (no id)')) unreadable.push(f.path);
        else failedIds.add(label);
      });
    }
  }

  // A reference to an id that did not load because of an error above is not a second error.
  let suppressed = 0;
  const isCascade = (id: string) => {
    if (!failedIds.has(id) && unreadable.length === 0) return false;
    suppressed++;
    return true;
  };
  const where = (id: string) => data.origin.get(id) ?? '?';
  const checkSources = (owner: string, ids: readonly string[] | undefined) => {
    for (const s of ids ?? []) {
      if (data.sources.has(s) || isCascade(s)) continue;
      // checking one folder alone, its records may cite sources kept in another folder
      (opts.partial ? warnings : errors).push(`${where(owner)}: ${owner} cites undefined source ${s}`);
    }
  };
  const checkRef = (owner: string, field: string, id: string | undefined, kinds: Map<string, unknown>[]) => {
    if (id === undefined) return;
    if (kinds.some((m) => m.has(id)) || isCascade(id)) return;
    const msg = `${where(owner)}: ${owner}.${field} refers to unknown ${id}`;
    (opts.partial ? warnings : errors).push(msg);
  };
  const E = [data.entities];

  const qids = new Map<string, string>();
  for (const e of data.entities.values()) {
    checkSources(e.id, e.sources);
    if (!e.id.startsWith(prefixOf(e.type) + ':'))
      errors.push(`${where(e.id)}: ${e.id} has type ${e.type}; its id must start with ${prefixOf(e.type)}:`);
    if (e.wikidata) {
      const other = qids.get(e.wikidata);
      if (other) errors.push(`${where(e.id)}: Wikidata ${e.wikidata} is on both ${other} and ${e.id}`);
      else qids.set(e.wikidata, e.id);
    }
    for (const f of e.facts ?? []) checkSources(e.id, f.sources);
    if (e.population) checkSources(e.id, e.population.sources);
    if (e.owner) checkSources(e.id, e.owner.sources);
    for (const t of e.timeline ?? []) checkSources(e.id, t.sources);
    for (const role of e.roles ?? []) {
      checkSources(e.id, role.sources);
      if (role.office) checkRef(e.id, 'roles.office', role.office, [data.offices]);
      checkRef(e.id, 'roles.org', role.org, E);
      if (role.start && role.end && role.end < role.start)
        errors.push(`${where(e.id)}: ${e.id} role "${role.title}" ends before it starts`);
    }
    checkRef(e.id, 'country', e.country, E);
    checkRef(e.id, 'region', e.region, E);
    checkRef(e.id, 'owner.entity', e.owner?.entity, E);
    for (const r of e.related ?? []) checkRef(e.id, 'related', r, E);
    for (const r of e.places ?? []) checkRef(e.id, 'places', r, E);
    for (const r of e.participants ?? []) checkRef(e.id, 'participants', r, E);
    for (const r of e.ambiguousWith ?? []) checkRef(e.id, 'ambiguousWith', r, E);
    if (e.start && e.end && e.end < e.start) errors.push(`${where(e.id)}: ${e.id} ends before it starts`);
  }
  for (const o of data.offices.values()) {
    checkSources(o.id, o.sources);
    checkRef(o.id, 'country', o.country, E);
  }
  for (const g of data.figures.values()) {
    checkSources(g.id, g.sources);
    checkRef(g.id, 'event', g.event, E);
    checkRef(g.id, 'statedBy', g.statedBy, E);
    if (g.value === undefined && g.min === undefined && g.max === undefined)
      errors.push(`${where(g.id)}: ${g.id} has no value, min or max`);
  }
  for (const c of data.claims.values()) {
    checkSources(c.id, c.sources);
    checkSources(c.id, c.context.sources);
    checkRef(c.id, 'event', c.event, E);
    for (const p of c.claimedBy ?? []) checkRef(c.id, 'claimedBy', p, E);
  }

  // Alias collisions: two entities whose names the matcher cannot tell apart must know about
  // each other. Names that fold to one key collide, except exact names (acronyms, listed common
  // words) written differently: ҰҚК and UK share a key but not a spelling.
  const byKey = new Map<string, { loose: Set<string>; exact: Map<string, Set<string>> }>();
  for (const e of data.entities.values()) {
    for (const list of Object.values(e.names)) {
      for (const name of list ?? []) {
        const key = foldKey(name);
        if (key.length === 0) {
          errors.push(`${where(e.id)}: ${e.id} has a name that folds to nothing: "${name}"`);
          continue;
        }
        let slot = byKey.get(key);
        if (!slot) byKey.set(key, (slot = { loose: new Set(), exact: new Map() }));
        if (isExactName(name, e.exactOnly, key)) {
          const raw = name.normalize('NFC');
          let set = slot.exact.get(raw);
          if (!set) slot.exact.set(raw, (set = new Set()));
          set.add(e.id);
        } else slot.loose.add(e.id);
      }
    }
  }
  const knows = (a: string, b: string) =>
    (data.entities.get(a)?.ambiguousWith ?? []).includes(b) || (data.entities.get(b)?.ambiguousWith ?? []).includes(a);
  const reported = new Set<string>();
  const check = (key: string, ids: Set<string>) => {
    const list = [...ids].sort();
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i]!, list[j]!];
        if (knows(a, b) || reported.has(`${key}|${a}|${b}`)) continue;
        reported.add(`${key}|${a}|${b}`);
        errors.push(
          `alias collision: "${key}" is a name of both ${a} (${where(a)}) and ${b} (${where(b)}); mark them ambiguousWith or drop the alias`,
        );
      }
    }
  };
  for (const [key, slot] of byKey) {
    check(key, slot.loose);
    // a loose name matches every spelling, exact ones included
    for (const ids of slot.exact.values()) check(key, new Set([...slot.loose, ...ids]));
  }
  if (suppressed > 0) {
    const cause = [...new Set(unreadable)].join(', ') || 'records with schema errors';
    warnings.push(`${suppressed} reference(s) to ids that did not load not reported: fix ${cause} first`);
  }
  return { errors, warnings, data };
}

function prefixOf(type: Entity['type']): string {
  return type === 'organisation' ? 'org' : type;
}
