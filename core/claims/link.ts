// Linking claims to the dataset: figure claims against the event's reviewed figures (same event,
// measure, subject, and a date window around the page date), and known claims found through their
// per-language cues (folded like everything else). Notes are written for a reader.
// Pure; tested in link.test.ts.
import { fold, type Folded } from '../text/fold';
import type { Figure, KnownClaim } from '../dataset/schema';
import type { ClaimHit, ClaimLink, EntityHit, EventHit, Lang } from '../types';
import { compileCues, findRawStarts, wordStartsAt, type Cue } from './cues';
import { cliticsOf, isUnspacedLang, LANGUAGES } from '../lang/registry';

const STATUS_LABEL: Record<KnownClaim['status'], string> = {
  supported: 'Supported',
  disputed: 'Disputed',
  unsupported: 'Unsupported by evidence',
  misleading: 'Misleading',
  false: 'False',
  opinion: 'Opinion',
};

export function detectKnownClaims(
  text: string,
  lang: Lang,
  known: KnownClaim[],
  ctx: { entities: EntityHit[]; events: EventHit[] },
): ClaimHit[] {
  return knownClaimsFinder(known, ctx)(text, fold(text), lang);
}

/** One cue phrase, folded: its words, and which may continue ("попытк* переворота"). */
interface CueWords {
  parts: string[];
  open: boolean[];
  /** its first word's number in firstWords(…, lang) */
  first: number;
}

/**
 * The known claims' cue words in one language, as cue lists (in the cue table `npm run data` builds,
 * so nothing is folded at first call): `first`, the first words, joins the language's cue trie and is
 * found by the one cue walk; `words`, every word, only gives each word's folded key (never walked).
 */
interface ClaimWords {
  first: Cue<string>[];
  /** raw word (no '*') -> folded key */
  keys: Map<string, string>;
}
const claimWordsCache = new WeakMap<KnownClaim[], Map<Lang, ClaimWords>>();
function claimWords(known: KnownClaim[], lang: Lang): ClaimWords {
  let byLang = claimWordsCache.get(known);
  if (!byLang) claimWordsCache.set(known, (byLang = new Map()));
  let cw = byLang.get(lang);
  if (cw) return cw;
  const phrases = known.flatMap((claim) => cueStrings(claim, lang).map((raw) => raw.trim().split(/\s+/).map(bare)));
  const all: [string, string][] = phrases.flat().map((w) => [w, w]);
  const keys = new Map(compileCues(all, `${lang} claim words`).map((c) => [c.src, c.key]));
  // a phrase's first word with a key (what cuesOf takes as its first)
  const first: [string, string][] = [];
  for (const words of phrases) {
    const w = words.find((x) => keyOf(keys, x));
    if (w) first.push([w, w]);
  }
  cw = { first: compileCues(first, lang), keys };
  byLang.set(lang, cw);
  return cw;
}
/** A word's folded key: from the table's list, or folded here (a raw form the list dropped as a duplicate). */
const keyOf = (keys: Map<string, string>, w: string) => keys.get(w) ?? fold(w).key;
/** A cue word without its '*' (a cue list would read the '*' as its own open mark). */
const bare = (w: string) => (w.endsWith('*') ? w.slice(0, -1) : w);
/** A claim's cue phrases in one language, as written. */
const cueStrings = (claim: KnownClaim, lang: Lang) => LANGUAGES[lang].nameLangs.flatMap((k) => claim.cues[k] ?? []);
/** One number per distinct first word, shared by every language. */
const wordIds = new Map<string, number>();

/** Compiles a language's known-claim cue words (the build puts them in the cue table). */
export function compileClaimWords(known: KnownClaim[], lang: Lang): void {
  claimWords(known, lang);
}

/** Every position (ascending) where each first word occurs in key, overlapping ones included. */
function firstWordsIn(key: string, cw: ClaimWords): number[][] {
  const at: number[][] = [];
  findRawStarts(key, cw.first, (i, cue) => {
    const id = wordIds.get(cue.key);
    if (id !== undefined) (at[id] ??= []).push(i);
  });
  return at;
}

/**
 * Known claims for one annotation: which claims may count (their event found, a claimant named, or
 * neither required) is decided once per text; the returned function finds their cues in one text
 * block, on the block's folded key (the fold the caller already made). Cue phrases are folded once
 * per process and matched with indexOf and a word test, not with RegExps compiled at first call.
 */
export function knownClaimsFinder(
  known: KnownClaim[],
  ctx: { entities: EntityHit[]; events: EventHit[] },
): (text: string, f: Folded, lang: Lang) => ClaimHit[] {
  const ids = new Set(ctx.entities.map((e) => e.id));
  const events = new Set(ctx.events.map((e) => e.id));
  const active = known.filter((claim) => {
    const hasEvent = !!claim.event && events.has(claim.event);
    const hasClaimant = (claim.claimedBy ?? []).some((id) => ids.has(id));
    const free = !claim.event && !(claim.claimedBy ?? []).length;
    return hasEvent || hasClaimant || free;
  });
  // per language, the active claims that have cues in it, with those cues (looked up once per text)
  const withCues = new Map<Lang, { claim: KnownClaim; cues: CueWords[] }[]>();
  const activeIn = (lang: Lang) => {
    let list = withCues.get(lang);
    if (!list) {
      list = active.map((claim) => ({ claim, cues: cuesOf(claim, lang, known) })).filter((x) => x.cues.length);
      withCues.set(lang, list);
    }
    return list;
  };
  return (text, f, lang) => {
    const unspaced = isUnspacedLang(lang);
    const opt = { clitics: cliticsOf(lang), unspaced };
    const out: ClaimHit[] = [];
    const key = f.key;
    // where each cue's first word occurs in the block: one walk for all cues (what indexOf per cue found)
    const list = activeIn(lang);
    if (!list.length) return out;
    const at = firstWordsIn(key, claimWords(known, lang));
    // a block where no cue's first word occurs has none of them (most blocks): nothing more to do
    if (!at.length) return out;
    for (const { claim, cues } of list) {
      const spans: [number, number][] = [];
      for (const cue of cues) {
        const occ = at[cue.first];
        if (!occ) continue;
        // leftmost match, then on after it (what a global RegExp's matchAll finds): occ[o] is the
        // first occurrence at or after `from`, as key.indexOf(first, from) was
        for (let o = 0, from = 0; o < occ.length; ) {
          const i = occ[o]!;
          if (i < from) {
            o++;
            continue;
          }
          const ke = cueEndAt(key, i, cue, unspaced);
          if (ke < 0) {
            from = i + 1;
            continue;
          }
          from = ke;
          if (!wordStartsAt(key, i, opt)) continue;
          if (!spans.some(([a, b]) => i < b && a < ke)) spans.push([i, ke]);
        }
      }
      if (!spans.length) continue;
      spans.sort((a, b) => a[0] - b[0]);
      const note = `${STATUS_LABEL[claim.status]}: ${claim.context.text}`;
      for (const [ks, ke] of spans) {
        const start = f.start[ks]!;
        const end = f.end[ke - 1]!;
        const hit: ClaimHit = {
          start,
          end,
          text: text.slice(start, end),
          kind: 'known-claim',
          links: [{ id: claim.id, relation: 'known-claim', note }],
        };
        const by = claimant(claim, ctx.entities, start);
        if (by) hit.attributedTo = by;
        if (claim.date) hit.date = claim.date;
        out.push(hit);
      }
    }
    return out.sort((a, b) => a.start - b.start);
  };
}

// a claim's cue phrases per language, their words' keys read from the cue table (claimWords)
const cueCache = new WeakMap<KnownClaim, Map<Lang, CueWords[]>>();
function cuesOf(claim: KnownClaim, lang: Lang, known: KnownClaim[]): CueWords[] {
  let byLang = cueCache.get(claim);
  if (!byLang) cueCache.set(claim, (byLang = new Map()));
  let list = byLang.get(lang);
  if (!list) {
    list = [];
    const { keys } = claimWords(known, lang);
    for (const raw of cueStrings(claim, lang)) {
      const words = raw
        .trim()
        .split(/\s+/)
        .map((w) => {
          const open = w.endsWith('*');
          return { k: keyOf(keys, bare(w)), open };
        })
        .filter((w) => w.k);
      if (!words.length) continue;
      const first = words[0]!.k;
      if (!wordIds.has(first)) wordIds.set(first, wordIds.size);
      list.push({ parts: words.map((w) => w.k), open: words.map((w) => w.open), first: wordIds.get(first)! });
    }
    byLang.set(lang, list);
  }
  return list;
}

/** Where a cue that starts at key[i] ends, or -1: its words joined by one space, an open word running
 * on over letters, digits and apostrophes, and (in spaced scripts) no letter or digit right after. */
function cueEndAt(key: string, i: number, cue: CueWords, unspaced: boolean): number {
  let p = i;
  for (let j = 0; j < cue.parts.length; j++) {
    if (j > 0) {
      if (key.charCodeAt(p) !== 32) return -1;
      p++;
    }
    const part = cue.parts[j]!;
    if (!key.startsWith(part, p)) return -1;
    p += part.length;
    if (cue.open[j])
      while (p < key.length) {
        const n = letterOrDigitAt(key, p, true);
        if (!n) break;
        p += n;
      }
  }
  if (!unspaced && p < key.length && letterOrDigitAt(key, p, false)) return -1;
  return p;
}

const LN = /^[\p{L}\p{N}]$/u;
/** Length (1 or 2 code units) of the letter or digit (or apostrophe, when allowed) at key[p], else 0. */
function letterOrDigitAt(key: string, p: number, apostrophe: boolean): number {
  const c = key.charCodeAt(p);
  if (c === 39) return apostrophe ? 1 : 0;
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return 1;
  if (c < 128) return 0;
  const ch = String.fromCodePoint(key.codePointAt(p)!);
  return LN.test(ch) ? ch.length : 0;
}

/** The claimant whose mention is nearest the cue, if any claimant is named in the text. */
function claimant(claim: KnownClaim, entities: EntityHit[], at: number): { id: string; name: string } | undefined {
  let best: { id: string; name: string } | undefined;
  let bestD = Infinity;
  for (const e of entities) {
    if (!(claim.claimedBy ?? []).includes(e.id)) continue;
    for (const m of e.mentions) {
      const d = Math.abs(m.start - at);
      if (d < bestD) {
        bestD = d;
        best = { id: e.id, name: e.name };
      }
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
  if (/police|military|security|law[- ]enforcement|national guard|servicem|soldier|troops|officers|personnel/.test(t))
    return 'security';
  if (/civilian/.test(t)) return 'civilians';
  return t;
}
/** subjectClass, remembered per subject text (figures are compared with every figure claim of a page). */
const classOf = new Map<string | undefined, string>();
function norm(s: string | undefined): string {
  let c = classOf.get(s);
  if (c === undefined) {
    c = subjectClass(s);
    if (classOf.size < 10_000) classOf.set(s, c);
  }
  return c;
}

function valueText(f: Figure): string {
  const v =
    f.value !== undefined
      ? fmt(f.value)
      : f.min !== undefined && f.max !== undefined
        ? `${fmt(f.min)}–${fmt(f.max)}`
        : f.min !== undefined
          ? `at least ${fmt(f.min)}`
          : '?';
  if (!f.unit) return v;
  if (f.unit === '%' || f.unit === 'percent') return `${v}%`;
  if (f.measure === 'duration') return `${v} ${f.unit}${f.value === 1 ? '' : 's'}`;
  return `${v} ${f.unit}`;
}
/**
 * n as en-US writes it (1,234.5): plain integers and decimals of up to three places are grouped here,
 * anything else goes to toLocaleString. Why: the first toLocaleString of a process loads ICU's number
 * formatting (~30 ms, the largest part of the first page's claims); dataset figures are plain numbers.
 */
export function fmt(n: number): string {
  const s = String(n);
  const m = /^(-?)(\d+)(\.\d{1,3})?$/.exec(s);
  if (!m || Object.is(n, -0)) return n.toLocaleString('en-US');
  const int = m[2]!;
  let out = '';
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) out += ',';
    out += int[i];
  }
  return m[1]! + out + (m[3] ?? '');
}

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
  claims: ClaimHit[],
  ctx: {
    events: EventHit[];
    figures: Figure[];
    pageDate?: string;
    entities: EntityHit[];
    nameOf?: (id: string) => string | undefined;
  },
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
  // the top event's figures by measure, in dataset order (what filtering all figures per claim kept)
  const ofTop = new Map<string, Figure[]>();
  for (const f of ctx.figures) {
    if (f.event !== top.id) continue;
    const list = ofTop.get(f.measure);
    if (list) list.push(f);
    else ofTop.set(f.measure, [f]);
  }
  return claims.map((c) => {
    if (c.kind !== 'figure' || !c.measure) return c;
    const ref = c.date ?? ctx.pageDate;
    const cands = (ofTop.get(c.measure) ?? []).filter(
      (f) =>
        norm(f.subject) === norm(c.subject) &&
        (!c.unit || !f.unit || c.unit === f.unit || (c.unit === '%' && f.unit === 'percent')),
    );
    if (!cands.length) return c;
    const r = ref ? days(ref) : Infinity;
    const byCloseness = (a: Figure, b: Figure) => Math.abs(days(a.asOf) - r) - Math.abs(days(b.asOf) - r);
    const same = cands.filter((f) => matches(c, f) && days(f.asOf) <= r + 1).sort(byCloseness)[0];
    const inWindow = cands
      .filter((f) => f !== same && !matches(c, f) && days(f.asOf) >= r - WINDOW && days(f.asOf) <= r + 1)
      .sort(byCloseness)
      .slice(0, 2);
    let later = cands
      .filter((f) => f !== same && days(f.asOf) > r + 1 && !matches(c, f))
      .sort((a, b) => days(a.asOf) - days(b.asOf))
      .slice(0, 3);
    // a partial count (security personnel) is read against the later overall totals too
    if (norm(c.subject) !== 'total' && (c.measure === 'killed' || c.measure === 'injured')) {
      const totals = (ofTop.get(c.measure) ?? []).filter(
        (f) => norm(f.subject) === 'total' && f.status !== 'retracted' && days(f.asOf) > r + 1,
      );
      // the first later total and the latest, one per value
      const byDate = totals.sort((a, b) => days(a.asOf) - days(b.asOf));
      const picked = [byDate[0], byDate[byDate.length - 1]].filter(
        (f, i, all): f is Figure => !!f && all.findIndex((g) => g?.value === f.value) === i,
      );
      later = [...later, ...picked];
    }
    const earlier =
      !same && !inWindow.length
        ? cands
            .filter((f) => days(f.asOf) < r - WINDOW && !matches(c, f))
            .sort((a, b) => days(b.asOf) - days(a.asOf))[0]
        : undefined;
    const links: ClaimLink[] = [];
    const parts: string[] = [];
    if (same) {
      parts.push(`same as the ${who(same)} figure of ${readableDate(same.asOf)}`);
      links.push({ id: same.id, relation: 'same', note: '' });
    }
    for (const f of inWindow) {
      parts.push(
        `${same ? 'also ' : ''}differs from the ${who(f)} figure of ${valueText(f)} (${readableDate(f.asOf)})`,
      );
      links.push({ id: f.id, relation: 'differs', note: `${who(f)}: ${valueText(f)} (${readableDate(f.asOf)}).` });
    }
    if (earlier) {
      parts.push(`the latest figure before it: ${valueText(earlier)} (${readableDate(earlier.asOf)}, ${who(earlier)})`);
      links.push({
        id: earlier.id,
        relation: 'earlier',
        note: `Earlier: ${valueText(earlier)} (${readableDate(earlier.asOf)}, ${who(earlier)}).`,
      });
    }
    if (later.length) {
      const official = later.every((f) => f.status === 'official');
      parts.push(
        `later ${official ? 'official totals' : 'figures'}: ${later.map((f) => `${valueText(f)} (${readableDate(f.asOf)}, ${who(f)})`).join(', ')}`,
      );
      for (const f of later)
        links.push({
          id: f.id,
          relation: 'later',
          note: `Later: ${valueText(f)} (${readableDate(f.asOf)}, ${who(f)}).`,
        });
    }
    if (!links.length) return c;
    const summary = parts.join('; ');
    links[0] = { ...links[0]!, note: summary.charAt(0).toUpperCase() + summary.slice(1) + '.' };
    return { ...c, links };
  });
}
