// Attribution inside one sentence: "according to X", "X said", "قال X", "X мәліметінше", and the
// speaker, taken from the entity mentions the matcher found (nearest mention in the attribution
// phrase), else a short phrase of the text. Pure; tested in attribution.test.ts.
import type { Folded } from '../text/fold';
import type { EntityHit, Lang } from '../types';
import { compileCues, findCues, type Cue, type MatchOptions } from './cues';
import type { ClaimsLang } from './lang-spec';
import { CLAIMS } from './langs';
import { isUnspacedLang } from '../lang/registry';

export interface Speaker {
  id?: string;
  name: string;
  start: number;
  end: number;
}

export interface Attribution {
  /** key indices of the cue in the sentence's fold */
  ks: number;
  ke: number;
  kind: 'source' | 'said';
  speaker?: Speaker;
}

interface Compiled {
  spec: ClaimsLang;
  opt: MatchOptions;
  cues: Cue<'next' | 'prev' | 'said'>[];
  that: Cue<true>[];
  breaks: Cue<true>[];
  from: Cue<true>[];
}
const cache = new Map<Lang, Compiled>();

export function compileAttribution(lang: Lang): Compiled {
  const hit = cache.get(lang);
  if (hit) return hit;
  const spec = CLAIMS[lang];
  const entries: [string, 'next' | 'prev' | 'said'][] = [
    ...spec.sourceNext.map((c) => [c, 'next'] as [string, 'next']),
    ...(spec.sourcePrev ?? []).map((c) => [c, 'prev'] as [string, 'prev']),
    ...spec.said.map((c) => [c, 'said'] as [string, 'said']),
  ];
  const c: Compiled = {
    spec,
    opt: { clitics: spec.clitics, unspaced: spec.unspaced },
    cues: compileCues(entries, lang),
    that: compileCues(
      (spec.that ?? []).map((w) => [w, true] as const),
      lang,
    ),
    breaks: compileCues(
      (spec.clauseBreak ?? []).map((w) => [w, true] as const),
      lang,
    ),
    from: compileCues(
      (spec.reportedFrom ?? []).map((w) => [w, true] as const),
      lang,
    ),
  };
  cache.set(lang, c);
  return c;
}

/** Languages whose speech verb ends the sentence: a speaker not found is the sentence subject. */
const VERB_FINAL = new Set<Lang>(['kk', 'uz', 'ky', 'tg', 'tk', 'fa', 'tr']);
const SPEAKER_TYPES = new Set(['person', 'organisation', 'media']);
/** Pronouns and fillers that are not a speaker name on their own. */
const NOT_NAMES = new Set([
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'он',
  'она',
  'они',
  'мы',
  'هو',
  'هي',
  'هم',
  'er',
  'sie',
  'es',
  'il',
  'elle',
  'ils',
  'elles',
  'on',
  'u',
  'ol',
  'ular',
  'ол',
  'олар',
  'у',
  'вай',
  'او',
  'آنها',
  'o',
  'onlar',
  '他',
  '她',
  '他们',
  'that',
  'this',
  'also',
  'again',
  'earlier',
  'later',
]);

/** Words a speaker phrase cannot start with (prepositions, conjunctions, articles alone). */
const FUNCTION_WORDS = new Set([
  'إلى',
  'الى',
  'في',
  'على',
  'من',
  'عن',
  'أن',
  'إن',
  'ان',
  'بأن',
  'مع',
  'بعد',
  'قبل',
  'أمس',
  'اليوم',
  'خلال',
  'to',
  'in',
  'at',
  'on',
  'of',
  'for',
  'with',
  'by',
  'from',
  'that',
  'after',
  'before',
  'yesterday',
  'today',
  'on',
  'and',
  'в',
  'на',
  'о',
  'об',
  'что',
  'с',
  'по',
  'из',
  'и',
  'вчера',
  'сегодня',
  'также',
  'ранее',
  'dass',
  'am',
  'im',
  'und',
  'zu',
  'von',
  'mit',
  'gestern',
  'heute',
  'que',
  'à',
  'de',
  'du',
  'le',
  'la',
  'les',
  'et',
  'hier',
  'va',
  'ва',
  'и',
  'da',
  'de',
  've',
  'ki',
  'ва',
  'дар',
  'ба',
  'که',
  'در',
  'به',
  'از',
  'و',
]);

interface Mention {
  id: string;
  name: string;
  type: string;
  start: number;
  end: number;
}

function mentionsIn(entities: EntityHit[], start: number, end: number): Mention[] {
  const out: Mention[] = [];
  for (const e of entities)
    for (const m of e.mentions) {
      if (m.start >= start && m.end <= end)
        out.push({ id: e.id, name: e.name, type: e.type, start: m.start, end: m.end });
    }
  return out;
}

function pick(cands: Mention[], dist: (m: Mention) => number): Mention | undefined {
  const pref = cands.filter((m) => SPEAKER_TYPES.has(m.type));
  const pool = pref.length ? pref : cands.filter((m) => m.type === 'place');
  return pool.sort((a, b) => dist(a) - dist(b))[0];
}

const STOP = /[,.;:!?،؛؟«»"“”„()\[\]—–\n]/;

/** A short phrase after or before the cue, used when no entity was found there. */
function phrase(
  text: string,
  from: number,
  dir: 'next' | 'prev',
  maxWords: number,
  lang: Lang,
  thatKeys: Set<string>,
): Speaker | undefined {
  if (isUnspacedLang(lang)) return undefined; // no word boundaries to cut a phrase at
  let s = from,
    e = from;
  const words: [number, number][] = [];
  if (dir === 'next') {
    let i = from;
    while (i < text.length && /\s/.test(text[i]!)) i++;
    while (i < text.length && words.length < maxWords) {
      if (STOP.test(text[i]!)) break;
      const m = /^[^\s,.;:!?،؛؟«»"“”„()\[\]—–]+/u.exec(text.slice(i));
      if (!m) break;
      const w = m[0];
      if (thatKeys.has(w.toLowerCase()) || /^\d/.test(w)) break;
      words.push([i, i + w.length]);
      i += w.length;
      while (i < text.length && /[ \t\u00a0]/.test(text[i]!)) i++;
    }
    if (!words.length) return undefined;
    s = words[0]![0];
    e = words[words.length - 1]![1];
  } else {
    let i = from;
    while (i > 0 && /\s/.test(text[i - 1]!)) i--;
    while (i > 0 && words.length < maxWords) {
      if (STOP.test(text[i - 1]!)) break;
      const m = /[^\s,.;:!?،؛؟«»"“”„()\[\]—–]+$/u.exec(text.slice(0, i));
      if (!m) break;
      if (/^\d/.test(m[0])) break;
      words.unshift([i - m[0].length, i]);
      i -= m[0].length;
      while (i > 0 && /[ \t\u00a0]/.test(text[i - 1]!)) i--;
    }
    if (!words.length) return undefined;
    s = words[0]![0];
    e = words[words.length - 1]![1];
  }
  const name = text.slice(s, e).trim();
  if (!name || NOT_NAMES.has(name.toLowerCase())) return undefined;
  const first = name.split(/\s+/)[0]!.toLowerCase();
  if (FUNCTION_WORDS.has(first) || FUNCTION_WORDS.has(name.toLowerCase())) return undefined;
  return { name, start: s, end: e };
}

/**
 * Attributions in one sentence. `f` is the fold of `sentence`; `base` its offset in the full text;
 * entity mentions are absolute offsets.
 */
export function findAttributions(
  f: Folded,
  sentence: string,
  base: number,
  lang: Lang,
  entities: EntityHit[],
): Attribution[] {
  const C = compileAttribution(lang);
  const K = f.key;
  const matches = findCues(K, C.cues, C.opt);
  if (!matches.length) return [];
  const thats = findCues(K, C.that, C.opt);
  const thatKeys = new Set((C.spec.that ?? []).map((w) => w.toLowerCase()));
  const all = mentionsIn(entities, base, base + sentence.length);
  const out: Attribution[] = [];
  for (const m of matches) {
    const cs = f.start[m.ks]! + base;
    const ce = f.end[m.ke - 1]! + base;
    let dir: 'next' | 'prev' | 'either' = m.tag === 'said' ? C.spec.saidSpeaker : m.tag;
    // a speech verb followed by "that" has its speaker before it ("أكد أن", "said that")
    if (m.tag === 'said' && dir === 'next' && thats.some((t) => t.ks >= m.ke && t.ks - m.ke <= 2)) dir = 'prev';
    // a speaker after the verb comes before any "that" ("أوضح الرئيس ... أن", "said that")
    const thatAfter = thats.find((t) => t.ks >= m.ke);
    const limit = thatAfter ? f.start[thatAfter.ks]! + base : Infinity;
    let after = all.filter((x) => x.start >= ce && x.start - ce <= 45 && x.end <= limit);
    // "نقلت وكالة نوفوستي عن فولودين": the agency reports, the one after "عن" is quoted
    const via =
      m.tag === 'said' && C.from.length
        ? findCues(K, C.from, C.opt, m.ke, Math.min(K.length, m.ke + 40)).find((x) => !thatAfter || x.ks < thatAfter.ks)
        : undefined;
    if (via) {
      const vs = f.end[via.ke - 1]! + base;
      const quoted = all.filter((x) => x.start >= vs && x.start - vs <= 30);
      if (quoted.length) after = quoted;
    }
    // the subject of a speech verb may stand anywhere before it in the sentence
    const before = all.filter((x) => x.end <= cs && (m.tag === 'said' ? true : cs - x.end <= 45));
    let sp: Mention | undefined;
    if (dir === 'next') sp = pick(after, (x) => x.start - ce);
    else if (dir === 'prev') sp = pick(before, (x) => cs - x.end);
    else {
      const a = pick(
        after.filter((x) => x.start - ce <= 30),
        (x) => x.start - ce,
      );
      const b = pick(before, (x) => cs - x.end);
      sp = a && b ? (a.start - ce <= cs - b.end ? a : b) : (a ?? b);
    }
    let speaker: Speaker | undefined;
    if (sp) speaker = { id: sp.id, name: sp.name, start: sp.start, end: sp.end };
    else {
      // verb-final languages: the speaker is the subject at the start of the sentence
      const local =
        m.tag === 'said' && VERB_FINAL.has(lang)
          ? phrase(sentence, 0, 'next', 4, lang, thatKeys)
          : dir === 'prev' || (dir === 'either' && m.tag === 'said')
            ? phrase(sentence, cs - base, 'prev', 4, lang, thatKeys)
            : phrase(sentence, ce - base, 'next', m.tag === 'said' ? 2 : 6, lang, thatKeys);
      if (dir === 'either' && m.tag === 'said' && !local) {
        const n = phrase(sentence, ce - base, 'next', 3, lang, thatKeys);
        if (n) speaker = { ...n, start: n.start + base, end: n.end + base };
      } else if (local) speaker = { ...local, start: local.start + base, end: local.end + base };
    }
    out.push({ ks: m.ks, ke: m.ke, kind: m.tag === 'said' ? 'said' : 'source', speaker });
  }
  return out;
}

/** Key index ranges of the attribution scopes in a sentence (split at "while", "في حين"...). */
export function scopes(f: Folded, lang: Lang): [number, number][] {
  const C = compileAttribution(lang);
  const cuts = findCues(f.key, C.breaks, C.opt).map((m) => m.ks);
  const out: [number, number][] = [];
  let s = 0;
  for (const c of cuts) {
    out.push([s, c]);
    s = c;
  }
  out.push([s, f.key.length]);
  return out;
}
