// The recognition engine: folds a text once, runs the automaton over it in one pass, keeps the
// matches that the language's morphology and the case rules allow, resolves ambiguous names,
// ranks the events the text is about, and adds claims and dates. Pure: no DOM, no extension API;
// used by the background script, the CLI, eval and bench. Tested in engine.test.ts and core/fixtures.
import { PATTERN_FLAGS, type CompiledIndex, type DisplayRecord, type Pattern } from './dataset/compiled';
import { detectLang, scriptOf } from './detect-lang';
import { acceptsSuffix, type CompiledMorph, type TitleRole } from './lang/morph';
import { morphFor, type Script } from './lang/registry';
import { exactPattern, loadAutomaton, scan, type Automaton } from './match/automaton';
import { fold, foldKey, isUnspacedChar, isWordChar, type Folded } from './text/fold';
import type { Annotation, EntityHit, EventHit, Lang, Span } from './types';
import { enrichClaims } from './claims-step';

export interface AnnotateOptions {
  /** language of the whole text; detected per block when absent */
  lang?: Lang;
  /** page date, YYYY-MM-DD: resolves "the president", relative dates, event timing */
  date?: string;
  /** skip claims and dates (the content script's first pass, bench) */
  entitiesOnly?: boolean;
}

export interface Engine {
  annotate(text: string, opts?: AnnotateOptions): Annotation;
  lookup(query: string, opts?: { date?: string }): EntityHit[];
  record(id: string): DisplayRecord | undefined;
  readonly index: CompiledIndex;
}

/** One accepted occurrence of a pattern, before disambiguation. */
export interface Mention {
  start: number;
  end: number;
  pattern: number;
  /** candidate entity ids (office descriptors already expanded to holders) */
  options: string[];
  title?: TitleRole;
  /** where the name starts when a title was joined to it */
  nameStart?: number;
  viaOffice?: string;
  block: number;
  /** only an ordinary-word name matched: kept only if the article corroborates it */
  weak?: boolean;
  /** a word for "city", "region"... stands next to it */
  placeCue?: boolean;
}

/** Is the word before or after [ks, ke) a place word ("city", "şäher", "город") of the language? */
function nearPlaceWord(key: string, ks: number, ke: number, morph: CompiledMorph): boolean {
  if (morph.placeWords.size === 0) return false;
  let a = ke;
  while (a < key.length && !isWordChar(key[a])) a++;
  let b = a;
  while (b < key.length && isWordChar(key[b])) b++;
  if (morph.placeWords.has(key.slice(a, b))) return true;
  let d = ks;
  while (d > 0 && !isWordChar(key[d - 1])) d--;
  let c = d;
  while (c > 0 && isWordChar(key[c - 1])) c--;
  return morph.placeWords.has(key.slice(c, d));
}

interface Block { start: number; end: number; lang: Lang | 'und'; script: Script; morph: CompiledMorph }

// conjunctions and prepositions may be glued to a name; the article ال only where the name has it
// (الروسية "the Russian" is not روسية "Russia"; لل before a name that starts with ال is compiled in)
const ARABIC_PROCLITIC = /^[وف]?[بلك]?$/;
const isArabicChar = (ch: string | undefined) => ch !== undefined && ch >= '\u0600' && ch <= '\u06ff';
const isBicameral = (ch: string) => ch.toLowerCase() !== ch.toUpperCase();
/** characters Chinese uses to transliterate foreign names (a short name next to them is part of a longer one) */
const TRANSLIT_ZH = new Set([...'克斯夫尔特娃诺科亚拉罗里利尼姆德布普吉基奇茨兹索托多蒂莫娜妮丽琳莉卡加哈扎萨塔纳马巴帕法瓦维韦耶叶伊乌因恩安阿奥欧埃艾']);

export function createEngine(index: CompiledIndex): Engine {
  const patterns = index.patterns;
  const automaton: Automaton = loadAutomaton(index.automaton as never);
  const eventRecords = Object.values(index.entities).filter((r) => r.type === 'event');

  function annotate(text: string, opts: AnnotateOptions = {}): Annotation {
    const date = opts.date;
    const blocks = splitBlocks(text, opts.lang);
    const docLang = opts.lang ?? majorityLang(blocks);
    const folded = fold(text);
    const cues = new Map<string, Set<number>>();
    const mentions = findMentions(text, folded, blocks, date, cues);
    const entities = resolve(mentions, text, date);
    const events = inferEvents(entities, cues, date);
    const annotation: Annotation = { lang: docLang, date, entities, events, claims: [], dates: [] };
    if (!opts.entitiesOnly) enrichClaims(annotation, text, blocks, index);
    return annotation;
  }

  function splitBlocks(text: string, lang?: Lang): Block[] {
    const blocks: Block[] = [];
    const re = /[^\n]+/g;
    let m: RegExpExecArray | null;
    const whole = lang ? undefined : detectLang(text.slice(0, 1000));
    const latinDefault = whole?.script === 'latn' && whole.lang !== 'und' ? whole.lang : undefined;
    while ((m = re.exec(text))) {
      const body = m[0];
      let l: Lang | 'und';
      let script: Script;
      if (lang) { l = lang; script = scriptOf(body.length > 320 ? body.slice(0, 320) : body).script; }
      else {
        // the opening of a block tells its language as well as the whole of it, for less work
        const d = detectLang(body.length > 320 ? body.slice(0, 320) : body, latinDefault);
        script = d.script;
        // short lines in the document's script inherit the document's language
        l = (d.lang === 'und' || body.length < 40) && whole && whole.script === d.script ? whole.lang : d.lang;
      }
      blocks.push({ start: m.index, end: m.index + body.length, lang: l, script, morph: morphFor(l, script) });
    }
    return blocks;
  }

  function blockAt(blocks: Block[], pos: number): number {
    let lo = 0, hi = blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (blocks[mid]!.start <= pos) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  /** Mentions, in one pass; event cue words seen on the way go into `cues` (event -> cue patterns). */
  function findMentions(text: string, f: Folded, blocks: Block[], date: string | undefined, cues: Map<string, Set<number>>): Mention[] {
    const key = f.key;
    const found: Mention[] = [];
    if (blocks.length === 0) return found;
    scan(automaton, key, (p, ks, ke) => {
      // most raw hits sit inside longer words: drop those before any other work
      if (ks > 0 && isWordChar(key[ks - 1]) && !isArabicChar(key[ks]) && !isUnspacedChar(key[ks])) return;
      const pat = patterns[p]!;
      const b = blockAt(blocks, f.start[ks]!);
      if (pat.cues) {
        const lang = blocks[b]!.lang;
        for (const c of pat.cues) {
          if (lang !== 'und' && c.lang !== lang) continue;
          let set = cues.get(c.event);
          if (!set) cues.set(c.event, (set = new Set()));
          set.add(p);
        }
        if (pat.ids.length === 0 && !pat.exact) return;
      }
      const m = accept(text, f, pat, ks, ke, blocks[b]!.morph);
      if (!m) return;
      const options = expandOptions(pat, m.ids, date);
      if (options.length === 0) return;
      const placeCue = options.length > 1 && nearPlaceWord(f.key, ks, ke, blocks[b]!.morph);
      found.push({ start: m.start, end: m.end, nameStart: m.nameStart, pattern: p, options, title: m.title, viaOffice: pat.flags & PATTERN_FLAGS.office ? pat.ids[0] : undefined, block: b, ...(m.weak ? { weak: true } : {}), ...(placeCue ? { placeCue } : {}) });
    });
    // longest first, then leftmost; keep non-overlapping
    found.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
    const taken: Mention[] = [];
    const occupied = new Uint8Array(text.length);
    const free = (a: number, b: number) => { for (let i = a; i < b; i++) if (occupied[i]) return false; return true; };
    for (let m of found) {
      if (!free(m.start, m.end)) {
        // a title joined to a name may give way to a longer descriptor before it; the name stays
        if (m.nameStart === undefined || m.nameStart <= m.start || !free(m.nameStart, m.end)) continue;
        m = { ...m, start: m.nameStart, title: undefined, nameStart: undefined };
      }
      occupied.fill(1, m.start, m.end);
      taken.push(m);
    }
    taken.sort((a, b) => a.start - b.start);
    // "Kazakh President Tokayev", "哈萨克斯坦总统托卡耶夫": a descriptor right before its holder's
    // name is one mention of that person
    const merged: Mention[] = [];
    for (let i = 0; i < taken.length; i++) {
      const d = taken[i]!;
      const n = taken[i + 1];
      if (d.viaOffice && n && !n.viaOffice && /^[\s\u00a0]{0,2}$/.test(text.slice(d.end, n.start))) {
        const both = n.options.filter((id) => d.options.includes(id));
        if (both.length > 0) {
          merged.push({ ...n, start: d.start, options: both, viaOffice: d.viaOffice, title: n.title ?? d.title });
          i++;
          continue;
        }
      }
      merged.push(d);
    }
    // an office descriptor names its institution or country too ("Chairman of the State Duma",
    // "President of Kazakhstan"): keep the one found inside it as a mention of its own
    const byStart = found.filter((m) => m.options.length === 1).sort((a, b) => a.start - b.start);
    const firstAt = (pos: number) => {
      let lo = 0, hi = byStart.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (byStart[mid]!.start < pos) lo = mid + 1; else hi = mid; }
      return lo;
    };
    for (const d of merged.filter((m) => m.viaOffice || m.title)) {
      let best: Mention | undefined;
      for (let i = firstAt(d.start); i < byStart.length && byStart[i]!.start < d.end; i++) {
        const m = byStart[i]!;
        if (m.end > d.end || (m.start === d.start && m.end === d.end)) continue;
        const type = index.entities[m.options[0]!]?.type;
        if (type !== 'organisation' && type !== 'place') continue;
        if (!best || m.end - m.start > best.end - best.start) best = m;
      }
      if (best && !merged.includes(best)) merged.push(best);
    }
    return merged.sort((a, b) => a.start - b.start);
  }

  /** Boundaries, morphology, case, title: the span to report and whose name it is, or null. */
  function accept(text: string, f: Folded, pat: Pattern, ks: number, ke: number, morph: CompiledMorph): { start: number; end: number; nameStart?: number; ids: string[]; title?: TitleRole; weak?: boolean } | null {
    const key = f.key;
    const start = f.start[ks]!;
    const nameEnd = f.end[ke - 1]!;
    // exact names (acronyms, common words) count only as written, and take no suffix
    let written: { raw: string; ids: string[]; weak?: boolean } | undefined;
    if (pat.exact) {
      const asWritten = text.slice(start, nameEnd).normalize('NFC');
      written = pat.exact.find((x) => x.raw === asWritten);
    }
    if (pat.ids.length === 0 && !written) return null;
    const unspacedStart = isUnspacedChar(key[ks]);
    const unspacedEnd = isUnspacedChar(key[ke - 1]);
    // set phrases where the name-looking word is an ordinary one
    for (const idiom of morph.idioms) {
      for (let from = Math.max(0, ke - idiom.length); from <= ks; from++) if (key.startsWith(idiom, from)) return null;
    }
    // left edge: a word boundary, or an Arabic-script proclitic
    if (!unspacedStart && ks > 0 && isWordChar(key[ks - 1])) {
      if (!isArabicChar(key[ks])) return null;
      let ws = ks - 1;
      while (ws > 0 && isWordChar(key[ws - 1])) ws--;
      const prefix = key.slice(ws, ks);
      if (!(morph.proclitic?.test(prefix) || ARABIC_PROCLITIC.test(prefix))) return null;
    }
    // right edge: a word boundary, or a suffix chain of the block's language
    let ek = ke;
    if (!unspacedEnd && ke < key.length && isWordChar(key[ke])) {
      // exact names take a suffix only when written exactly before it (МИДа, ЕККУнун, ЕАЭС-ке)
      if (pat.ids.length === 0 && !written) return null;
      let we = ke;
      while (we < key.length && isWordChar(key[we])) we++;
      // no chain of this language's suffixes is that long: not an inflected name
      if (we - ke > morph.maxSuffixKey * morph.maxChain + 1) return null;
      // the ending as written, with the zero-width non-joiner that may tie it to the name (folding drops it)
      const raw = text.slice(text.charCodeAt(nameEnd - 1) === 0x200c ? nameEnd - 1 : nameEnd, f.end[we - 1]!);
      const inKey = key.slice(ke, we);
      if (!(acceptsSuffix(morph, inKey, raw) || acceptsSuffix(morph, key[ke - 1] + inKey, raw))) {
        // the suffix list is folded word by word; fold the ending alone too before giving up
        const rest = foldKey(raw);
        if (rest === inKey || !(acceptsSuffix(morph, rest, raw) || acceptsSuffix(morph, key[ke - 1] + rest, raw))) return null;
      }
      ek = we;
    }
    if (morph.apostropheSuffix && key[ek] === "'" && isWordChar(key[ek + 1])) {
      let we = ek + 1;
      while (we < key.length && we - ek <= 10 && isWordChar(key[we])) we++;
      if (we >= key.length || !isWordChar(key[we])) ek = we;
    }
    let ids = pat.ids;
    // capitalised names need a capital in the text (Osh the city, not osh the dish)
    if (ids.length > 0 && pat.flags & PATTERN_FLAGS.cap) {
      const first = text[start]!;
      if (isBicameral(first) && first !== first.toUpperCase()) ids = [];
    }
    const weak = ids.length === 0 && !!written?.weak;
    // an ordinary word joined into a compound (Aral-Tankstelle) is not the name
    if (weak && /^[-‐‑]\p{L}/u.test(text.slice(nameEnd, nameEnd + 2))) return null;
    if (written) ids = ids.length ? [...new Set([...ids, ...written.ids])] : written.ids;
    if (ids.length === 0) return null;
    // a short transliterated Chinese name running on into more transliteration is a longer name (马雷 in 马雷克)
    if (unspacedStart && ke - ks <= 2 && (TRANSLIT_ZH.has(key[ke] ?? '') || TRANSLIT_ZH.has(key[ks - 1] ?? ''))) return null;
    let s = start;
    let title: TitleRole | undefined;
    if (ids.some((id) => id.startsWith('person:')) || pat.flags & PATTERN_FLAGS.office) {
      const t = titleBefore(f, ks, morph);
      if (t) { s = t.start; title = t.role; }
    }
    return { start: s, end: f.end[ek - 1]!, ...(title ? { nameStart: start } : {}), ids, title, ...(weak ? { weak } : {}) };
  }

  function titleBefore(f: Folded, ks: number, morph: CompiledMorph): { start: number; role: TitleRole } | null {
    const key = f.key;
    const j = key[ks - 1] === ' ' ? ks - 1 : isUnspacedChar(key[ks]) ? ks : -1;
    if (j <= 0) return null;
    for (const t of morph.titles) {
      const ts = j - t.key.length;
      if (ts < 0 || key.slice(ts, j) !== t.key) continue;
      if (ts > 0 && isWordChar(key[ts - 1]) && !isUnspacedChar(key[ts])) {
        let ws = ts - 1;
        while (ws > 0 && isWordChar(key[ws - 1])) ws--;
        if (!isArabicChar(key[ts]) || !ARABIC_PROCLITIC.test(key.slice(ws, ts))) continue;
      }
      return { start: f.start[ts]!, role: t.role };
    }
    return null;
  }

  function expandOptions(pat: Pattern, ids: string[], date?: string): string[] {
    if (!(pat.flags & PATTERN_FLAGS.office)) return ids;
    const out = new Set<string>();
    for (const id of ids) {
      const office = index.offices[id];
      if (!office) { if (index.entities[id]) out.add(id); continue; }
      for (const h of office.holders) if (!date || within(date, h.start, h.end)) out.add(h.id);
    }
    return [...out];
  }

  function resolve(all: Mention[], text: string, date?: string): EntityHit[] {
    const anchors = new Set<string>();
    for (const m of all) if (m.options.length === 1 && !m.weak) anchors.add(m.options[0]!);
    // ordinary-word names count only when the article names something they belong with
    const mentions = all
      .map((m) => (m.weak ? { ...m, options: m.options.filter((id) => corroborated(id, anchors)) } : m))
      .filter((m) => m.options.length > 0);
    for (const m of mentions) if (m.options.length === 1) anchors.add(m.options[0]!);
    const groups = new Map<string, { ids: string[]; mentions: Span[] }>();
    const push = (ids: string[], m: Mention) => {
      const k = ids.join('|');
      let g = groups.get(k);
      if (!g) groups.set(k, (g = { ids, mentions: [] }));
      g.mentions.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end) });
    };
    for (const m of mentions) {
      if (m.options.length === 1) { push(m.options, m); continue; }
      const scored = m.options
        .map((id) => ({ id, score: scoreOption(id, m, anchors, date) }))
        .sort((a, b) => b.score - a.score);
      const [top, second] = scored;
      if (top && (!second || top.score - second.score >= 1.5)) push([top.id], m);
      else push(scored.filter((s) => top && top.score - s.score < 1.5).map((s) => s.id).sort(), m);
    }
    const hits: EntityHit[] = [];
    for (const g of groups.values()) {
      const recs = g.ids.map((id) => index.entities[id]).filter((r): r is DisplayRecord => !!r);
      if (recs.length === 0) continue;
      if (recs.length === 1) {
        const r = recs[0]!;
        hits.push({ id: r.id, name: r.name, type: r.type, ...(r.wikidata ? { wikidata: r.wikidata } : {}), ...(r.wikipedia ? { wikipedia: r.wikipedia } : {}), mentions: g.mentions });
      } else {
        const names = recs.map((r) => r.name);
        hits.push({
          id: g.ids.join('|'),
          name: names.join(' or '),
          type: recs[0]!.type,
          ambiguous: { note: `ambiguous: ${names.join(' or ')}`, candidates: recs.map((r) => ({ id: r.id, name: r.name })) },
          mentions: g.mentions,
        });
      }
    }
    // merge groups that resolved to the same id from different patterns
    const byId = new Map<string, EntityHit>();
    for (const h of hits) {
      const prev = byId.get(h.id);
      if (prev) prev.mentions.push(...h.mentions);
      else byId.set(h.id, h);
    }
    const out = [...byId.values()];
    for (const h of out) h.mentions.sort((a, b) => a.start - b.start);
    return out.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  }

  function corroborated(id: string, anchors: Set<string>): boolean {
    if (anchors.has(id)) return true;
    const r = index.entities[id];
    if (!r) return false;
    if ((r.country && anchors.has(r.country)) || (r.region && anchors.has(r.region))) return true;
    if ((r.related ?? []).some((x) => anchors.has(x))) return true;
    for (const a of anchors) {
      const o = index.entities[a];
      if (!o) continue;
      if (o.country === id || o.region === id || o.related?.includes(id)) return true;
      if (r.country && o.country === r.country) return true;
    }
    return false;
  }

  function scoreOption(id: string, m: Mention, anchors: Set<string>, date?: string): number {
    const r = index.entities[id];
    if (!r) return -Infinity;
    let score = (r.prior ?? 0.5) * 2;
    if (anchors.has(id)) score += 10; // one sense per article: the unambiguous form elsewhere
    for (const rel of r.related ?? []) if (anchors.has(rel)) score += 2;
    for (const a of anchors) if (index.entities[a]?.related?.includes(id)) score += 2;
    if (r.country && anchors.has(r.country)) score += 2;
    if (m.placeCue && r.type === 'place') score += 3;
    if (m.viaOffice && date) {
      const h = index.offices[m.viaOffice]?.holders.find((x) => x.id === id);
      if (h && within(date, h.start, h.end)) score += 5;
    }
    if (m.title) {
      for (const role of r.roles ?? []) {
        if (!roleMatches(role.title, m.title)) continue;
        score += date ? (within(date, role.start, role.end) ? 4 : 0.5) : 2;
      }
    }
    return score;
  }

  function inferEvents(entities: EntityHit[], cueHits: Map<string, Set<number>>, date?: string): EventHit[] {
    const present = new Set<string>();
    const mentionCount = new Map<string, number>();
    for (const e of entities) {
      const ids = e.ambiguous ? [] : [e.id];
      for (const id of ids) { present.add(id); mentionCount.set(id, e.mentions.length); }
    }
    // cue words count only for events that have an entity on the page
    const candidates = eventRecords.filter((ev) => mentionCount.has(ev.id) || ev.places?.some((p) => present.has(p)) || ev.participants?.some((p) => present.has(p)));
    const out: EventHit[] = [];
    for (const ev of candidates) {
      let score = 3 * Math.min(mentionCount.get(ev.id) ?? 0, 3);
      // a country or an international body says little about which event it is; a town or a person says more
      const weight = (id: string) => {
        const r = index.entities[id];
        return !r ? 0 : (r.type === 'place' && !r.country) || (r.type === 'organisation' && !r.country) ? 0.25 : 1;
      };
      const places = (ev.places ?? []).filter((p) => present.has(p)).reduce((n, p) => n + weight(p), 0);
      const people = (ev.participants ?? []).filter((p) => present.has(p)).reduce((n, p) => n + weight(p), 0);
      score += Math.min(places * 1.5, 4.5) + Math.min(people, 4);
      score += Math.min((cueHits.get(ev.id)?.size ?? 0) * 0.75, 3);
      if (score === 0) continue;
      // the cue words alone say little: they need an entity of the event too
      if (places + people + (mentionCount.get(ev.id) ?? 0) === 0) continue;
      if (date && ev.start) {
        const end = ev.end ?? ev.start;
        if (date < ev.start) score *= 0.2;
        else if (date <= addDays(end, 60)) score += 3;
        else if (date > addDays(end, 730)) score *= 0.6;
      }
      const conf = 1 - Math.exp(-score / 6);
      if (conf >= 0.35) out.push({ id: ev.id, name: ev.name, ...(ev.wikipedia ? { wikipedia: ev.wikipedia } : {}), score: Math.round(conf * 100) / 100 });
    }
    out.sort((a, b) => b.score - a.score);
    // others only when they come close to the best: an article is mostly about one event
    const best = out[0]?.score ?? 0;
    return out.filter((e) => e.score >= best * 0.75).slice(0, 5);
  }

  function lookup(query: string, opts: { date?: string } = {}): EntityHit[] {
    const q = query.trim().slice(0, 500);
    if (!q) return [];
    const k = foldKey(q);
    const i = exactPattern(automaton, k);
    if (i >= 0) {
      const pat = patterns[i]!;
      const exactIds = pat.exact?.find((x) => x.raw === q.normalize('NFC'))?.ids ?? [];
      const ids = expandOptions(pat, [...new Set([...pat.ids, ...exactIds])], opts.date);
      return ids
        .map((id) => index.entities[id])
        .filter((r): r is DisplayRecord => !!r)
        .map((r) => ({ id: r.id, name: r.name, type: r.type, ...(r.wikidata ? { wikidata: r.wikidata } : {}), ...(r.wikipedia ? { wikipedia: r.wikipedia } : {}), mentions: [{ start: 0, end: q.length, text: q }] }));
    }
    return annotate(q, { date: opts.date, entitiesOnly: true }).entities;
  }

  return { annotate, lookup, record: (id) => index.entities[id], index };
}

function majorityLang(blocks: { lang: Lang | 'und'; start: number; end: number }[]): Lang | 'und' {
  const size = new Map<Lang | 'und', number>();
  for (const b of blocks) size.set(b.lang, (size.get(b.lang) ?? 0) + (b.end - b.start));
  let best: Lang | 'und' = 'und';
  let n = 0;
  for (const [l, s] of size) if (l !== 'und' && s > n) { n = s; best = l; }
  return best;
}

/** Is a YYYY[-MM[-DD]] date inside [start, end] (open ends allowed), comparing at the shared precision? */
function within(date: string, start?: string, end?: string): boolean {
  if (start && date < start.padEnd(10, start.length === 4 ? '-01-01' : '-01')) return false;
  if (end) {
    const e = end.length === 4 ? `${end}-12-31` : end.length === 7 ? `${end}-31` : end;
    if (date > e) return false;
  }
  return true;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-28` : date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function roleMatches(roleTitle: string, title: TitleRole): boolean {
  const t = roleTitle.toLowerCase();
  switch (title) {
    case 'president': return t.includes('president') && !t.includes('vice');
    case 'prime-minister': return t.includes('prime minister') || t.includes('chairman of the cabinet') || t.includes('premier');
    case 'minister': return t.includes('minister');
    case 'speaker': return t.includes('speaker') || t.includes('chairman of the state duma') || t.includes('chair');
    case 'military': return t.includes('general') || t.includes('commander');
    case 'spokesperson': return t.includes('spokes');
    default: return false;
  }
}

