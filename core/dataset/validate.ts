// Validation of the dataset as a whole: schema per file, then cross-record rules (duplicate ids,
// one Wikidata id per record, sources defined, references resolved, alias collisions).
// Pure: takes parsed file contents, returns errors/warnings and the merged data. Tested in validate.test.ts.
import * as v from 'valibot';
import { DataFile, type Entity, type Figure, type KnownClaim, type Office, type Source } from './schema';
import { foldKey } from '../text/fold';
import { isExactName } from './names';

export interface LoadedFile { path: string; json: unknown }
export interface Merged {
  sources: Map<string, Source>;
  entities: Map<string, Entity>;
  offices: Map<string, Office>;
  figures: Map<string, Figure>;
  claims: Map<string, KnownClaim>;
  /** file each id was defined in, for messages */
  origin: Map<string, string>;
}
export interface ValidationResult { errors: string[]; warnings: string[]; data: Merged }

export interface ValidateOptions {
  /** references to ids outside the loaded files become warnings (checking one slice alone) */
  partial?: boolean;
}

export function validateData(files: LoadedFile[], opts: ValidateOptions = {}): ValidationResult {
  const errors: string[] = [];
  const warnings: string[] = [];
  const data: Merged = { sources: new Map(), entities: new Map(), offices: new Map(), figures: new Map(), claims: new Map(), origin: new Map() };

  for (const f of files) {
    const r = v.safeParse(DataFile, f.json);
    if (!r.success) {
      for (const issue of r.issues.slice(0, 20)) {
        const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
        errors.push(`${f.path}: schema: ${path ? path + ': ' : ''}${issue.message}`);
      }
      if (r.issues.length > 20) errors.push(`${f.path}: schema: ... ${r.issues.length - 20} more`);
      continue;
    }
    const add = <T extends { id: string }>(map: Map<string, T>, rec: T) => {
      const prev = data.origin.get(rec.id);
      if (prev !== undefined) {
        // the same source defined twice with identical content is harmless
        if (map === (data.sources as unknown) && JSON.stringify(map.get(rec.id)) === JSON.stringify(rec)) return;
        errors.push(`${f.path}: duplicate id ${rec.id} (also in ${prev})`);
        return;
      }
      data.origin.set(rec.id, f.path);
      map.set(rec.id, rec);
    };
    for (const s of r.output.sources ?? []) add(data.sources, s);
    for (const e of r.output.entities ?? []) add(data.entities, e);
    for (const o of r.output.offices ?? []) add(data.offices, o);
    for (const g of r.output.figures ?? []) add(data.figures, g);
    for (const c of r.output.claims ?? []) add(data.claims, c);
  }

  const where = (id: string) => data.origin.get(id) ?? '?';
  const checkSources = (owner: string, ids: readonly string[] | undefined) => {
    for (const s of ids ?? []) if (!data.sources.has(s)) errors.push(`${where(owner)}: ${owner} cites undefined source ${s}`);
  };
  const checkRef = (owner: string, field: string, id: string | undefined, kinds: Map<string, unknown>[]) => {
    if (id === undefined) return;
    if (kinds.some((m) => m.has(id))) return;
    const msg = `${where(owner)}: ${owner}.${field} refers to unknown ${id}`;
    (opts.partial ? warnings : errors).push(msg);
  };
  const E = [data.entities];

  const qids = new Map<string, string>();
  for (const e of data.entities.values()) {
    checkSources(e.id, e.sources);
    if (!e.id.startsWith(prefixOf(e.type) + ':')) errors.push(`${where(e.id)}: ${e.id} has type ${e.type}; its id must start with ${prefixOf(e.type)}:`);
    if (e.wikidata) {
      const other = qids.get(e.wikidata);
      if (other) errors.push(`${where(e.id)}: Wikidata ${e.wikidata} is on both ${other} and ${e.id}`);
      else qids.set(e.wikidata, e.id);
    }
    for (const f of e.facts ?? []) checkSources(e.id, f.sources);
    if (e.population) checkSources(e.id, e.population.sources);
    for (const t of e.timeline ?? []) checkSources(e.id, t.sources);
    for (const role of e.roles ?? []) {
      checkSources(e.id, role.sources);
      if (role.office) checkRef(e.id, 'roles.office', role.office, [data.offices]);
      checkRef(e.id, 'roles.org', role.org, E);
      if (role.start && role.end && role.end < role.start) errors.push(`${where(e.id)}: ${e.id} role "${role.title}" ends before it starts`);
    }
    checkRef(e.id, 'country', e.country, E);
    checkRef(e.id, 'region', e.region, E);
    for (const r of e.related ?? []) checkRef(e.id, 'related', r, E);
    for (const r of e.places ?? []) checkRef(e.id, 'places', r, E);
    for (const r of e.participants ?? []) checkRef(e.id, 'participants', r, E);
    for (const r of e.ambiguousWith ?? []) checkRef(e.id, 'ambiguousWith', r, E);
    if (e.start && e.end && e.end < e.start) errors.push(`${where(e.id)}: ${e.id} ends before it starts`);
  }
  for (const o of data.offices.values()) { checkSources(o.id, o.sources); checkRef(o.id, 'country', o.country, E); }
  for (const g of data.figures.values()) {
    checkSources(g.id, g.sources);
    checkRef(g.id, 'event', g.event, E);
    checkRef(g.id, 'statedBy', g.statedBy, E);
    if (g.value === undefined && g.min === undefined && g.max === undefined) errors.push(`${where(g.id)}: ${g.id} has no value, min or max`);
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
        if (key.length === 0) { errors.push(`${where(e.id)}: ${e.id} has a name that folds to nothing: "${name}"`); continue; }
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
        errors.push(`alias collision: "${key}" is a name of both ${a} (${where(a)}) and ${b} (${where(b)}); mark them ambiguousWith or drop the alias`);
      }
    }
  };
  for (const [key, slot] of byKey) {
    check(key, slot.loose);
    // a loose name matches every spelling, exact ones included
    for (const ids of slot.exact.values()) check(key, new Set([...slot.loose, ...ids]));
  }
  return { errors, warnings, data };
}

function prefixOf(type: Entity['type']): string {
  return type === 'organisation' ? 'org' : type;
}
