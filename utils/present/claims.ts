// One view per claim: the claims found on a page grouped by what they are about (one known claim,
// or one figure series), each with every sentence of the page that states it; the rest as "other
// statements". Plus the verdict in a word and the series table a figure group shows.
// Pure (no DOM, no i18n: components put words on the codes). Tested in claims.test.ts.
import type { Figure, KnownClaim } from '../../core/dataset/schema';
import type { ClaimSummary } from '../protocol';

export interface ClaimGroup {
  key: string;
  /** what to load for the group: the known claim, or the linked figure most like the page's */
  id: string;
  kind: 'claim' | 'figure';
  measure?: string;
  /** the hits of the group in page order */
  hits: ClaimSummary[];
  /** distinct sentences of the page that state it, in page order */
  sentences: string[];
  /** linked figure id → how the page's figure relates to it (same, differs, earlier, later) */
  relations: Record<string, string>;
}

export interface GroupedClaims {
  groups: ClaimGroup[];
  /** statements and quotes the dataset has nothing on, once each */
  other: ClaimSummary[];
}

const CLAIM_RELATIONS = new Set(['known-claim', 'context']);
const FIGURE_PREFERENCE = ['same', 'differs', 'earlier', 'later'];

/** The sentence a hit stands in: its own, else the nearest earlier statement that contains it. */
function sentenceOf(claims: readonly ClaimSummary[], i: number): string {
  const c = claims[i]!;
  if (c.sentence) return c.sentence;
  for (let j = i - 1; j >= 0 && j >= i - 8; j--) {
    const s = claims[j]!;
    if ((s.kind === 'statement' || s.kind === 'quote') && s.text.includes(c.text)) return s.text;
  }
  return c.text;
}

function groupKey(c: ClaimSummary): { key: string; kind: 'claim' | 'figure'; id: string } | undefined {
  const claimLink = c.links.find((l) => CLAIM_RELATIONS.has(l.relation) && l.id.startsWith('claim:'));
  if (claimLink) return { key: claimLink.id, kind: 'claim', id: claimLink.id };
  const figs = c.links.filter((l) => l.id.startsWith('fig:'));
  if (!figs.length) return undefined;
  const best = FIGURE_PREFERENCE.map((r) => figs.find((l) => l.relation === r)).find(Boolean) ?? figs[0]!;
  return { key: `figure:${c.measure ?? best.id}`, kind: 'figure', id: best.id };
}

export function groupClaims(claims: readonly ClaimSummary[]): GroupedClaims {
  const groups = new Map<string, ClaimGroup>();
  const grouped = new Set<string>();
  claims.forEach((c, i) => {
    const g = groupKey(c);
    if (!g) return;
    let group = groups.get(g.key);
    if (!group) {
      group = { key: g.key, id: g.id, kind: g.kind, hits: [], sentences: [], relations: {} };
      if (c.measure) group.measure = c.measure;
      groups.set(g.key, group);
    }
    // a figure group loads the figure most like the page's: 'same' wins over what came first
    if (g.kind === 'figure' && c.links.some((l) => l.id === g.id && l.relation === 'same')) group.id = g.id;
    group.hits.push(c);
    for (const l of c.links) if (l.id.startsWith('fig:') && !group.relations[l.id]) group.relations[l.id] = l.relation;
    const sentence = sentenceOf(claims, i);
    if (!group.sentences.includes(sentence)) group.sentences.push(sentence);
    grouped.add(sentence);
  });
  const seen = new Set<string>();
  const other = claims.filter((c, i) => {
    if (c.links.length) return false;
    const s = sentenceOf(claims, i);
    // a statement whose sentence already stands under a group is not repeated
    if (grouped.has(s) || grouped.has(c.text) || [...grouped].some((g) => g.includes(c.text))) return false;
    if (seen.has(c.text)) return false;
    seen.add(c.text);
    return true;
  });
  return { groups: [...groups.values()], other };
}

export type Verdict = 'consistent' | 'later-differs' | 'disputed' | 'contradicted' | 'opinion' | 'no-record';

const CLAIM_VERDICT: Record<KnownClaim['status'], Verdict> = {
  supported: 'consistent',
  disputed: 'disputed',
  misleading: 'disputed',
  opinion: 'opinion',
  unsupported: 'contradicted',
  false: 'contradicted',
};

/** First sentence of a context text: the "why" in one line. */
export function firstSentence(text: string): string {
  const m = /^(.+?[.!?؟。])(\s|$)/su.exec(text.trim());
  return (m ? m[1]! : text).trim();
}

/** `context`: the context text as shown (the reader's language when the dataset has it). */
export const claimVerdict = (claim: KnownClaim, context = claim.context.text): { verdict: Verdict; why: string } => ({
  verdict: CLAIM_VERDICT[claim.status],
  why: firstSentence(context),
});

const STATUS_RANK: Record<Figure['status'], number> = {
  official: 0,
  independent: 1,
  estimate: 2,
  superseded: 3,
  retracted: 4,
};

/**
 * A figure group's verdict from how the page's figures relate to the recorded ones: later figures
 * that differ outweigh a match (the page was right then, the record moved on); a match alone is
 * consistent; only other figures of the time is disputed. `basis` is the figure the "why" names.
 */
export function figureVerdict(
  relations: Record<string, string>,
  series: readonly Figure[],
): { verdict: Verdict; basis?: Figure } {
  const linked = (rel: string) => series.filter((f) => relations[f.id] === rel);
  const later = linked('later').sort(
    (a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || b.asOf.localeCompare(a.asOf),
  );
  if (later.length) return { verdict: 'later-differs', basis: later[0] };
  const same = linked('same');
  if (same.length) return { verdict: 'consistent', basis: same[0] };
  const other = [...linked('differs'), ...linked('earlier')];
  if (other.length) return { verdict: 'disputed', basis: other[0] };
  return { verdict: 'no-record' };
}

export type SeriesRow =
  | { kind: 'figure'; figure: Figure; relation?: string }
  | { kind: 'page'; hit: ClaimSummary; date?: string };

/** The series as table rows, oldest first, with the page's own figures placed at the page's date. */
export function seriesRows(
  series: readonly Figure[],
  relations: Record<string, string>,
  pageHits: readonly ClaimSummary[],
  pageDate: string | undefined,
): SeriesRow[] {
  const rows: SeriesRow[] = series.map((figure) => ({
    kind: 'figure',
    figure,
    ...(relations[figure.id] ? { relation: relations[figure.id] } : {}),
  }));
  // a page figure equal to the recorded one it matches is that row, marked; not a row of its own
  const matched = new Set(
    series.filter((f) => relations[f.id] === 'same').flatMap((f) => [f.value, f.min].filter((v) => v !== undefined)),
  );
  const page: SeriesRow[] = pageHits
    .filter((h) => (h.value !== undefined && !matched.has(h.value)) || h.range)
    .map((hit) => ({ kind: 'page', hit, ...(pageDate ? { date: pageDate } : {}) }));
  if (!pageDate) return [...rows, ...page];
  const at = rows.findIndex((r) => r.kind === 'figure' && r.figure.asOf > pageDate);
  if (at < 0) return [...rows, ...page];
  return [...rows.slice(0, at), ...page, ...rows.slice(at)];
}

export type Approx = 'about' | 'more-than' | 'at-least' | 'less-than' | 'at-most' | 'up-to';

/** A figure's value as the pieces to word: one number with an approximation, or a range. */
export type ValueParts = { n: number; approx?: Approx } | { range: [number, number] };

export function hitValue(c: ClaimSummary): ValueParts | undefined {
  if (c.range) return { range: c.range };
  if (c.value === undefined) return undefined;
  return c.approx && c.approx !== 'exact' ? { n: c.value, approx: c.approx as Approx } : { n: c.value };
}

/** The dataset's min/max: "at least min" when only a floor is known, never "min–?". */
export function figureValue(f: Pick<Figure, 'value' | 'min' | 'max'>): ValueParts | undefined {
  if (f.value !== undefined) return { n: f.value };
  if (f.min !== undefined && f.max !== undefined) return { range: [f.min, f.max] };
  if (f.min !== undefined) return { n: f.min, approx: 'at-least' };
  if (f.max !== undefined) return { n: f.max, approx: 'up-to' };
  return undefined;
}
