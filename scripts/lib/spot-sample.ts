// Draws a seeded, reproducible sample of checkable statements from the validated dataset: facts, roles,
// figures, claim attributions and names, an equal share of each kind. Pure (no I/O); used by
// scripts/spot-check.ts and tested in spot-sample.test.ts.
import type { Merged } from '../../core/dataset/validate';

export const SPOT_KINDS = ['fact', 'role', 'figure', 'claim', 'name'] as const;
export type SpotKind = (typeof SPOT_KINDS)[number];

export interface SpotItem {
  kind: SpotKind;
  /** the record the statement belongs to */
  id: string;
  /** the statement in plain English, as a reader would check it */
  statement: string;
  /** URLs of the cited sources (a source without URL is shown by publisher and title) */
  urls: string[];
}

/** mulberry32: a small, fast, seedable PRNG, so a seed always draws the same sample. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function urlsOf(data: Merged, ids: readonly string[]): string[] {
  return ids.map((id) => {
    const s = data.sources.get(id);
    return s?.url ?? (s ? `${s.publisher}: ${s.title}` : id);
  });
}

/** Every checkable statement of one kind, in a stable order. */
export function candidates(data: Merged, kind: SpotKind): SpotItem[] {
  const out: SpotItem[] = [];
  const ents = [...data.entities.values()].sort((a, b) => a.id.localeCompare(b.id));
  const nameOf = (e: (typeof ents)[number]) => e.names.en?.[0] ?? e.id;
  if (kind === 'fact') {
    for (const e of ents)
      for (const f of e.facts ?? []) {
        const statement = `${nameOf(e)}: ${f.text} (as of ${f.asOf})`;
        out.push({ kind, id: e.id, statement, urls: urlsOf(data, f.sources) });
      }
  } else if (kind === 'role') {
    for (const e of ents)
      for (const r of e.roles ?? []) {
        const span = `${r.start ?? '?'} – ${r.end ?? 'now'}`;
        out.push({ kind, id: e.id, statement: `${nameOf(e)}: ${r.title}, ${span}`, urls: urlsOf(data, r.sources) });
      }
  } else if (kind === 'figure') {
    for (const f of [...data.figures.values()].sort((a, b) => a.id.localeCompare(b.id))) {
      const v = f.value ?? `${f.min ?? '?'}–${f.max ?? '?'}`;
      const who = f.statedBy ?? f.statedByText ?? 'unattributed';
      out.push({
        kind,
        id: f.id,
        urls: urlsOf(data, f.sources),
        statement:
          `${f.event}: ${f.measure} ${v}${f.unit ? ' ' + f.unit : ''} (${f.subject ?? 'total'}), ` +
          `stated by ${who}, as of ${f.asOf}`,
      });
    }
  } else if (kind === 'claim') {
    for (const c of [...data.claims.values()].sort((a, b) => a.id.localeCompare(b.id))) {
      const by = [...(c.claimedBy ?? []), ...(c.claimedByText?.en ? [c.claimedByText.en] : [])];
      const who = by.join('; ') || 'no claimant';
      const when = c.date ? ` (${c.date})` : '';
      const statement = `"${c.text.en}" — claimed by ${who}${when}; status ${c.status}`;
      out.push({ kind, id: c.id, statement, urls: urlsOf(data, c.sources) });
    }
  } else {
    for (const e of ents)
      for (const [lang, list] of Object.entries(e.names)) {
        if (lang === 'en' || !list?.length) continue;
        const statement = `${nameOf(e)} is written «${list[0]}» in ${lang}`;
        out.push({ kind, id: e.id, statement, urls: urlsOf(data, e.sources) });
      }
  }
  return out;
}

/** `n` items, as evenly as possible across the kinds, drawn without replacement with a seeded PRNG. */
export function drawSample(data: Merged, n: number, seed: number): SpotItem[] {
  const rnd = seededRandom(seed);
  const out: SpotItem[] = [];
  SPOT_KINDS.forEach((kind, k) => {
    const want = Math.floor(n / SPOT_KINDS.length) + (k < n % SPOT_KINDS.length ? 1 : 0);
    const pool = candidates(data, kind);
    for (let i = 0; i < want && pool.length > 0; i++) {
      out.push(pool.splice(Math.floor(rnd() * pool.length), 1)[0]!);
    }
  });
  return out;
}
