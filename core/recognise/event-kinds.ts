// Evidence for events from ordinary words and numbers: the kinds of event a text talks about
// (election, protest, clash...: per-language words in core/lang/<code>/events.ts) and the years
// it names. An event of the dataset has kinds read from its id (2022-kyrgyz-tajik-clashes is a
// clash) and years from its dates. Pure; tested in event-kinds.test.ts.
import type { EventKind } from '../lang/language';
import { GENERATED_SCRIPTS } from '../dataset/generated-names';
import { LANGUAGES } from '../lang/registry';
import { buildTrie, childOf, ROOTS, type CueTrie } from '../claims/cue-trie';
import { foldKey, isUnspacedChar, isWordChar } from '../text/fold';
import type { Lang } from '../types';

/** The kinds an event id says it is: the slug's words (2021-uzbekistan-presidential-election: election). */
const KIND_WORDS: [RegExp, EventKind[]][] = [
  [/election/, ['election']],
  [/presidential/, ['presidential']],
  [/parliamentary|legislative/, ['parliamentary']],
  [/referendum/, ['referendum']],
  [/protest|massacre|jeltoqsan/, ['protest']],
  [/clash|conflict|war\b|operation/, ['clash']],
  [/attack|bombing/, ['attack']],
  [/summit/, ['summit']],
  [/unrest|revolution|riot/, ['unrest', 'protest']],
];
const kindsById = new Map<string, EventKind[]>();
/** (read per candidate event and page: the id's RegExps run once per id; callers only read the list) */
export function eventKindsOf(id: string): EventKind[] {
  const hit = kindsById.get(id);
  if (hit) return hit;
  const out: EventKind[] = [];
  for (const [re, kinds] of KIND_WORDS) if (re.test(id)) out.push(...kinds);
  kindsById.set(id, out);
  return out;
}

interface KindCue {
  key: string;
  prefix: boolean;
  inside: boolean;
  kind: EventKind;
}
const compiled = new Map<Lang, KindCue[]>();
/** A language's kind words, folded (exported for the test that checks kindsIn against a word-by-word search). */
export function cuesOf(lang: Lang): readonly KindCue[] {
  let list = compiled.get(lang);
  if (list) return list;
  list = [];
  // words of the language's generated scripts too (Kazakh Cyrillic words written in Arabic script)
  const scripts = GENERATED_SCRIPTS.filter((r) => LANGUAGES[lang].nameLangs.includes(r.from));
  for (const [kind, words] of Object.entries(LANGUAGES[lang].events) as [EventKind, string[]][]) {
    for (const w of words) {
      const bare = w.replace(/^\*|\*$/g, '');
      for (const form of new Set([bare, ...scripts.map((r) => r.convert(bare))])) {
        const key = foldKey(form);
        if (key.length >= 2) list.push({ key, prefix: w.endsWith('*'), inside: w.startsWith('*'), kind });
      }
    }
  }
  compiled.set(lang, list);
  return list;
}

/** Does a word start at key index i, allowing up to two of the language's glued clitic letters before it? */
function wordStart(key: string, i: number, clitics: string | undefined): boolean {
  if (i === 0 || !isWordChar(key[i - 1])) return true;
  if (!clitics) return false;
  let j = i - 1,
    n = 0;
  while (j >= 0 && n < 2 && clitics.includes(key[j]!)) {
    j--;
    n++;
  }
  return n > 0 && (j < 0 || !isWordChar(key[j]));
}

/** The kinds of event named in key[start, end) written in `lang`. */
export function kindsIn(
  key: string,
  start: number,
  end: number,
  lang: Lang,
  into = new Set<EventKind>(),
): Set<EventKind> {
  const clitics = LANGUAGES[lang].clitics;
  const text = key.slice(start, end);
  const list = cuesOf(lang);
  // every occurrence of every word, from one walk of the language's trie (not an indexOf per word):
  // a kind is named when one of its words occurs where its word edges allow
  const t = (tries.get(lang) ?? tries.set(lang, buildTrie([list.map((c) => c.key)])).get(lang))!;
  for (let i = 0; i < text.length; i++) {
    const c0 = text.charCodeAt(i);
    let node = c0 < ROOTS ? t.roots[c0]! : t.firsts[c0 >> 5]! & (1 << (c0 & 31)) ? childOf(t, 0, c0) : -1;
    for (let j = i + 1; node >= 0; j++) {
      for (let o = t.outStart[node]!, oe = t.outStart[node + 1]!; o < oe; o++) {
        const c = list[t.outCue[o]!]!;
        if (into.has(c.kind)) continue;
        const unspaced = isUnspacedChar(c.key[0]);
        if (!unspaced && !c.inside && !wordStart(text, i, clitics)) continue;
        if (!unspaced && !c.prefix && isWordChar(text[j])) continue;
        into.add(c.kind);
      }
      if (j >= text.length) break;
      node = childOf(t, node, text.charCodeAt(j));
    }
  }
  return into;
}
const tries = new Map<Lang, CueTrie>();

/** Years 1900..2099 written in the (folded) text; digits of every script fold to ASCII. */
export function yearsIn(key: string): Set<number> {
  const out = new Set<number>();
  for (const m of key.matchAll(/(?<!\d)(19\d\d|20\d\d)(?!\d)/g)) out.add(Number(m[1]));
  return out;
}
