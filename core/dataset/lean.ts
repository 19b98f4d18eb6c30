// The engine's own table (generated/index-engine.json, written by `npm run data`): the compiled index
// cut down to the fields the engine reads to match and resolve (names' keys live in the automaton);
// descriptions, facts, timelines, translations and name lists stay in the display records, which the
// extension reads only when a card or the panel needs them. Pure. Tested in lean.test.ts (same output
// as the full index over every fixture text).
import type { CompiledIndex, DisplayRecord } from './compiled';
import type { Figure, KnownClaim } from './schema';

/**
 * The one registry of what the engine reads (core/recognise/, core/claims/): a field missing here is
 * undefined in the extension, so lean.test.ts compares the output of both tables over every fixture.
 */
export const ENGINE_FIELDS = {
  entity: [
    'id',
    'name',
    'type',
    'wikidata',
    'wikipedia',
    'country',
    'region',
    'related',
    'prior',
    'start',
    'end',
    'places',
    'participants',
    'roles',
  ],
  /** of a person's roles: the title read before a name ("President Tokayev") and its dates */
  role: ['title', 'start', 'end'],
  /** of an office: who held it when (descriptors such as "the Kyrgyz president") */
  office: ['holders'],
  figure: [
    'id',
    'event',
    'measure',
    'min',
    'max',
    'value',
    'unit',
    'subject',
    'asOf',
    'statedBy',
    'statedByText',
    'status',
  ],
  claim: ['id', 'event', 'claimedBy', 'cues', 'date', 'status', 'context'],
  /** of a known claim's context: the English text the link note quotes */
  claimContext: ['text'],
} as const satisfies Record<string, readonly string[]>;

export type EngineRecord = Pick<DisplayRecord, (typeof ENGINE_FIELDS.entity)[number]>;

/** The engine's table: typed as a compiled index (what createEngine takes) holding only what it reads. */
export type EngineIndex = CompiledIndex;

function pick<T extends object>(o: T, keys: readonly string[]): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const v = (o as Record<string, unknown>)[k];
    if (v !== undefined) out[k] = v;
  }
  return out as Partial<T>;
}

/** The engine's table of a compiled index (no automaton, no sources: they ship apart). */
export function leanIndex(index: CompiledIndex): Omit<EngineIndex, 'automaton' | 'sources'> {
  const F = ENGINE_FIELDS;
  const entities: Record<string, DisplayRecord> = {};
  for (const [id, r] of Object.entries(index.entities)) {
    const lean = pick(r, F.entity) as DisplayRecord;
    if (r.roles) lean.roles = r.roles.map((role) => pick(role, F.role) as NonNullable<DisplayRecord['roles']>[number]);
    entities[id] = lean;
  }
  const offices = {} as CompiledIndex['offices'];
  for (const [id, o] of Object.entries(index.offices)) {
    offices[id] = pick(o, F.office) as CompiledIndex['offices'][string];
  }
  const claims = index.claims.map((c) => {
    const lean = pick(c, F.claim) as KnownClaim;
    lean.context = pick(c.context, F.claimContext) as KnownClaim['context'];
    return lean;
  });
  return {
    version: index.version,
    builtAt: index.builtAt,
    patterns: index.patterns,
    entities,
    offices,
    figures: index.figures.map((f) => pick(f, F.figure) as Figure),
    claims,
    ...(index.given ? { given: index.given } : {}),
  };
}
