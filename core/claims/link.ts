// Linking claims to the dataset: figure claims against the event's reviewed figures (same event,
// measure, subject, and a date window around the page date), and known claims found through their
// per-language cues (folded like everything else). Notes are written for a reader.
// Pure; tested in link.test.ts.
import { fold } from '../text/fold';
import type { Figure, KnownClaim } from '../dataset/schema';
import type { ClaimHit, ClaimLink, EntityHit, EventHit, Lang } from '../types';
import { escapeRe, wordStartsAt } from './cues';
import { cliticsOf, isUnspacedLang, LANGUAGES } from '../lang/registry';


const STATUS_LABEL: Record<KnownClaim['status'], string> = {
  supported: 'Supported', disputed: 'Disputed', unsupported: 'Unsupported by evidence', misleading: 'Misleading', false: 'False', opinion: 'Opinion',
};

export function detectKnownClaims(
  text: string, lang: Lang, known: KnownClaim[], ctx: { entities: EntityHit[]; events: EventHit[] },
): ClaimHit[] {
  const f = fold(text);
  const opt = { clitics: cliticsOf(lang), unspaced: isUnspacedLang(lang) };
  const out: ClaimHit[] = [];
  for (const claim of known) {
    const cues = LANGUAGES[lang].nameLangs.flatMap((k) => claim.cues[k] ?? []);
    if (!cues.length) continue;
    const hasEvent = !!claim.event && ctx.events.some((e) => e.id === claim.event);
    const hasClaimant = (claim.claimedBy ?? []).some((id) => ctx.entities.some((e) => e.id === id));
    const free = !claim.event && !(claim.claimedBy ?? []).length;
    if (!hasEvent && !hasClaimant && !free) continue;
    const note = `${STATUS_LABEL[claim.status]}: ${claim.context.text}`;
    const spans: [number, number][] = [];
    for (const cue of cues) {
      const re = cueRegex(cue, opt.unspaced);
      if (!re) continue;
      for (const m of f.key.matchAll(re)) {
        if (!wordStartsAt(f.key, m.index!, opt)) continue;
        const ks = m.index!, ke = ks + m[0].length;
        if (!spans.some(([a, b]) => ks < b && a < ke)) spans.push([ks, ke]);
      }
    }
    spans.sort((a, b) => a[0] - b[0]);
    for (const [ks, ke] of spans) {
      const start = f.start[ks]!;
      const end = f.end[ke - 1]!;
      const hit: ClaimHit = {
        start, end, text: text.slice(start, end), kind: 'known-claim',
        links: [{ id: claim.id, relation: 'known-claim', note }],
      };
      const by = claimant(claim, ctx.entities, start);
      if (by) hit.attributedTo = by;
      if (claim.date) hit.date = claim.date;
      out.push(hit);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A cue phrase as a regex on the folded key; a word ending in '*' may continue ("попытк* переворота"). */
// Cues are compiled once per process, not once per text block (matchAll clones the RegExp, so sharing is safe).
const cueRegexCache = new Map<string, RegExp | undefined>();
function cueRegex(cue: string, unspaced: boolean): RegExp | undefined {
  const k = `${unspaced ? 1 : 0}${cue}`;
  if (!cueRegexCache.has(k)) cueRegexCache.set(k, compileCue(cue, unspaced));
  return cueRegexCache.get(k);
}

function compileCue(cue: string, unspaced: boolean): RegExp | undefined {
  const parts = cue.trim().split(/\s+/).map((w) => {
    const open = w.endsWith('*');
    const k = fold(open ? w.slice(0, -1) : w).key;
    return k ? escapeRe(k) + (open ? "[\\p{L}\\p{N}']*" : '') : '';
  }).filter(Boolean);
  if (!parts.length) return undefined;
  return new RegExp(parts.join(' ') + (unspaced ? '' : '(?![\\p{L}\\p{N}])'), 'gu');
}

/** The claimant whose mention is nearest the cue, if any claimant is named in the text. */
function claimant(claim: KnownClaim, entities: EntityHit[], at: number): { id: string; name: string } | undefined {
  let best: { id: string; name: string } | undefined;
  let bestD = Infinity;
  for (const e of entities) {
    if (!(claim.claimedBy ?? []).includes(e.id)) continue;
    for (const m of e.mentions) {
      const d = Math.abs(m.start - at);
      if (d < bestD) { bestD = d; best = { id: e.id, name: e.name }; }
    }
  }
  return best;
}

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export function readableDate(d: string): string {
  const [y, m, day] = d.split('-');
  if (day) return `${Number(day)} ${MON[Number(m) - 1]} ${y}`;
  if (m) return `${MON[Number(m) - 1]} ${y}`;
  return y!;
}

function days(d: string): number {
  const [y, m = '01', day = '01'] = d.split('-');
  return Math.floor(Date.UTC(Number(y), Number(m) - 1, Number(day)) / 86400000);
}

/** Who was counted, as a category: the dataset words it freely ("law-enforcement officers",
 * "police and military personnel", "total, including 19 ..."), claims say "security personnel". */
export function subjectClass(s: string | undefined): string {
  const t = (s ?? 'total').trim().toLowerCase();
  if (/^total\b|^overall|^all\b/.test(t)) return 'total';
  if (/protest|demonstrat|criminal|attacker|rioter/.test(t)) return 'protesters';
  if (/police|military|security|law[- ]enforcement|national guard|servicem|soldier|troops|officers|personnel/.test(t)) return 'security';
  if (/civilian/.test(t)) return 'civilians';
  return t;
}
const norm = subjectClass;

function valueText(f: Figure): string {
  const v = f.value !== undefined ? fmt(f.value) : f.min !== undefined && f.max !== undefined ? `${fmt(f.min)}–${fmt(f.max)}` : f.min !== undefined ? `at least ${fmt(f.min)}` : '?';
  if (!f.unit) return v;
  if (f.unit === '%' || f.unit === 'percent') return `${v}%`;
  if (f.measure === 'duration') return `${v} ${f.unit}${f.value === 1 ? '' : 's'}`;
  return `${v} ${f.unit}`;
}
const fmt = (n: number) => n.toLocaleString('en-US');

function matches(c: ClaimHit, f: Figure): boolean {
  if (c.range) {
    if (f.min !== undefined && f.max !== undefined) return f.min === c.range[0] && f.max === c.range[1];
    return f.value !== undefined && f.value >= c.range[0] && f.value <= c.range[1];
  }
  const v = c.value;
  if (v === undefined) return false;
  const fv = f.value;
  if (fv === v || f.min === v || f.max === v) return true;
  if (fv === undefined) return f.min !== undefined && f.max !== undefined && v >= f.min && v <= f.max;
  // "about 1000" meets 980 or 1,020
  if (c.approx === 'about') return Math.abs(fv - v) <= Math.max(1, v * 0.05);
  return false;
}

const WINDOW = 7;

export function linkClaims(
  claims: ClaimHit[], ctx: { events: EventHit[]; figures: Figure[]; pageDate?: string; entities: EntityHit[]; nameOf?: (id: string) => string | undefined },
): ClaimHit[] {
  const top = [...ctx.events].sort((a, b) => b.score - a.score)[0];
  if (!top) return claims;
  const who = (f: Figure) => {
    if (f.statedByText) return f.statedByText;
    const e = f.statedBy ? ctx.entities.find((x) => x.id === f.statedBy) : undefined;
    if (e) return e.name;
    const named = f.statedBy ? ctx.nameOf?.(f.statedBy) : undefined;
    if (named) return named;
    return f.statedBy ? f.statedBy.replace(/^[a-z]+:/, '').replace(/-/g, ' ') : 'unattributed';
  };
  return claims.map((c) => {
    if (c.kind !== 'figure' || !c.measure) return c;
    const ref = c.date ?? ctx.pageDate;
    const cands = ctx.figures.filter((f) =>
      f.event === top.id && f.measure === c.measure && norm(f.subject) === norm(c.subject) &&
      (!c.unit || !f.unit || c.unit === f.unit || (c.unit === '%' && f.unit === 'percent')));
    if (!cands.length) return c;
    const r = ref ? days(ref) : Infinity;
    const byCloseness = (a: Figure, b: Figure) => Math.abs(days(a.asOf) - r) - Math.abs(days(b.asOf) - r);
    const same = cands.filter((f) => matches(c, f) && days(f.asOf) <= r + 1).sort(byCloseness)[0];
    const inWindow = cands.filter((f) => f !== same && !matches(c, f) && days(f.asOf) >= r - WINDOW && days(f.asOf) <= r + 1).sort(byCloseness).slice(0, 2);
    let later = cands.filter((f) => f !== same && days(f.asOf) > r + 1 && !matches(c, f)).sort((a, b) => days(a.asOf) - days(b.asOf)).slice(0, 3);
    // a partial count (security personnel) is read against the later overall totals too
    if (norm(c.subject) !== 'total' && (c.measure === 'killed' || c.measure === 'injured')) {
      const totals = ctx.figures.filter((f) => f.event === top.id && f.measure === c.measure && norm(f.subject) === 'total' && f.status !== 'retracted' && days(f.asOf) > r + 1);
      // the first later total and the latest, one per value
      const byDate = totals.sort((a, b) => days(a.asOf) - days(b.asOf));
      const picked = [byDate[0], byDate[byDate.length - 1]].filter((f, i, all): f is Figure => !!f && all.findIndex((g) => g?.value === f.value) === i);
      later = [...later, ...picked];
    }
    const earlier = !same && !inWindow.length
      ? cands.filter((f) => days(f.asOf) < r - WINDOW && !matches(c, f)).sort((a, b) => days(b.asOf) - days(a.asOf))[0]
      : undefined;
    const links: ClaimLink[] = [];
    const parts: string[] = [];
    if (same) {
      parts.push(`same as the ${who(same)} figure of ${readableDate(same.asOf)}`);
      links.push({ id: same.id, relation: 'same', note: '' });
    }
    for (const f of inWindow) {
      parts.push(`${same ? 'also ' : ''}differs from the ${who(f)} figure of ${valueText(f)} (${readableDate(f.asOf)})`);
      links.push({ id: f.id, relation: 'differs', note: `${who(f)}: ${valueText(f)} (${readableDate(f.asOf)}).` });
    }
    if (earlier) {
      parts.push(`the latest figure before it: ${valueText(earlier)} (${readableDate(earlier.asOf)}, ${who(earlier)})`);
      links.push({ id: earlier.id, relation: 'earlier', note: `Earlier: ${valueText(earlier)} (${readableDate(earlier.asOf)}, ${who(earlier)}).` });
    }
    if (later.length) {
      const official = later.every((f) => f.status === 'official');
      parts.push(`later ${official ? 'official totals' : 'figures'}: ${later.map((f) => `${valueText(f)} (${readableDate(f.asOf)}, ${who(f)})`).join(', ')}`);
      for (const f of later) links.push({ id: f.id, relation: 'later', note: `Later: ${valueText(f)} (${readableDate(f.asOf)}, ${who(f)}).` });
    }
    if (!links.length) return c;
    const summary = parts.join('; ');
    links[0] = { ...links[0]!, note: summary.charAt(0).toUpperCase() + summary.slice(1) + '.' };
    return { ...c, links };
  });
}
