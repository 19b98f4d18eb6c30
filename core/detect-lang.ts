// Language of a text block: script first (letters only some languages use decide most cases:
// қ ғ ә і -> Kazakh, ҷ ӣ ӯ -> Tajik, ў -> Uzbek, پ چ ژ گ -> Persian, ň ý -> Turkmen, ä ñ q w -> Latin
// Kazakh, ğ ı -> Turkish),
// then franc's trigram model restricted to the Latin-script candidates for what letters cannot
// settle (English vs German vs French vs Uzbek Latin). Pure; tested in detect-lang.test.ts.
// Why franc: it covers all 13 languages (incl. kaz, kir, tgk, tuk, uzn), is pure JS with no
// model download, and its `only` option lets us restrict it to one script's candidates.
import { franc } from 'franc';
import type { Lang } from './types';
import type { Script } from './lang/language';

const ISO3: Record<string, Lang> = {
  eng: 'en',
  deu: 'de',
  fra: 'fr',
  tur: 'tr',
  uzn: 'uz',
  tuk: 'tk',
  kaz: 'kk',
  rus: 'ru',
  kir: 'ky',
  tgk: 'tg',
  arb: 'ar',
  pes: 'fa',
  cmn: 'zh',
};

export function scriptOf(text: string): { script: Script; counts: Record<Script, number> } {
  const counts: Record<Script, number> = { arab: 0, cyrl: 0, latn: 0, hani: 0, other: 0 };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) counts.latn++;
    else if (c >= 0x400 && c <= 0x4ff) counts.cyrl++;
    else if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0xfb50 && c <= 0xfeff)) counts.arab++;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) counts.hani++;
  }
  let best: Script = 'other';
  let n = 0;
  for (const s of ['latn', 'cyrl', 'arab', 'hani'] as Script[])
    if (counts[s] > n) {
      n = counts[s];
      best = s;
    }
  return { script: best, counts };
}

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

/**
 * Detect the language of one block; `und` when there is too little text to say.
 * `latinDefault`: when letters alone cannot tell a Latin-script block, use this (the document's
 * language) instead of running the trigram model on every paragraph.
 */
export function detectLang(text: string, latinDefault?: Lang): { lang: Lang | 'und'; script: Script } {
  const { script, counts } = scriptOf(text);
  const letters = counts[script];
  if (letters === 0) return { lang: 'und', script };
  switch (script) {
    case 'hani':
      return { lang: 'zh', script };
    case 'arab': {
      if (count(text, /[ٵٶۇٸۋە]/g) >= 2) return { lang: 'kk', script };
      const fa = count(text, /[پچژگکی]/g);
      const ar = count(text, /[ةىيك]/g);
      return { lang: fa > ar * 0.5 ? 'fa' : 'ar', script };
    }
    case 'cyrl': {
      const kk = count(text, /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/g);
      const tg = count(text, /[ҷӣӯҳҶӢӮҲ]/g);
      const uz = count(text, /[ўЎ]/g);
      const ky = count(text, /[ңөүҢӨҮ]/g);
      const kkOnly = count(text, /[әғқұһіӘҒҚҰҺІ]/g);
      if (tg > 0 && tg >= uz) return { lang: 'tg', script };
      if (uz > 0) return { lang: 'uz', script };
      if (kkOnly > 0) return { lang: 'kk', script };
      if (ky > 0 && kk === ky) return { lang: 'ky', script };
      // Kazakh, Kyrgyz, Tajik and Uzbek prose uses its own letters within a sentence or two;
      // Cyrillic without any of them is Russian for our purposes
      return { lang: 'ru', script };
    }
    case 'latn': {
      if (count(text, /[ňýžÝŇŽ]/g) >= 1 && count(text, /[äÄ]/g) + count(text, /[ňŇ]/g) >= 1)
        return { lang: 'tk', script };
      // Kazakh in the Turkic-style Latin alphabets (2021 official: ä ğ ı ñ ö ş ü ū; press variants
      // write ұ/у as w): it shares ğ ı ş with Turkish, but Turkish writes neither ä nor ñ, nor q or w in
      // its own words, while Kazakh prose has them in nearly every sentence (jäne, qazaq, saylauı).
      // Turkmen (ä with ň ý ž) is tested above.
      if (kazakhLatin(text)) return { lang: 'kk', script };
      if (count(text, /[ğıİ]/g) >= 1) return { lang: 'tr', script };
      if (count(text, /\b[oOgG][ʻ'‘’]/g) >= 2 || count(text, /[ʻ]/g) >= 1) return { lang: 'uz', script };
      if (count(text, /[ǵńúıqQ]/g) >= 2 && count(text, /[áäóö]/g) >= 1) return { lang: 'kk', script };
      const vote = stopwordVote(text);
      if (vote) return { lang: vote, script };
      if (latinDefault) return { lang: latinDefault, script };
      if (letters < 12) return { lang: 'und', script };
      // a sample is enough for a trigram model, and keeps long blocks cheap
      const guess = franc(text.length > 400 ? text.slice(0, 400) : text, {
        only: ['eng', 'deu', 'fra', 'tur', 'uzn', 'tuk'],
        minLength: 10,
      });
      return { lang: ISO3[guess] ?? 'en', script };
    }
    default:
      return { lang: 'und', script };
  }
}

/**
 * Latin-script Kazakh: Turkic letters (ğ ı ş, which German and the other Western languages never write)
 * with at least two of ä ñ (which Turkish and Uzbek never write) and, counting q and w too (Turkish has
 * neither), at least four letters Turkish lacks.
 */
export function kazakhLatin(text: string): boolean {
  if (count(text, /[ğıİşŞ]/g) === 0) return false;
  const kkOnly = count(text, /[äÄñÑ]/g);
  return kkOnly >= 2 && kkOnly + count(text, /[qQwW]/g) >= 4;
}

const STOPWORDS: [Lang, Set<string>][] = [
  ['en', new Set(['the', 'and', 'of', 'to', 'in', 'said', 'was', 'with', 'that', 'for', 'on', 'is'])],
  ['de', new Set(['der', 'die', 'das', 'und', 'den', 'mit', 'nicht', 'ist', 'sagte', 'im', 'dem', 'auf'])],
  ['fr', new Set(['le', 'la', 'les', 'et', 'des', 'du', 'une', 'est', 'dans', 'pour', 'que', 'au'])],
  [
    'uz',
    new Set([
      'va',
      'bilan',
      'uchun',
      'bu',
      'ham',
      'kuni',
      'yili',
      'edi',
      'aytdi',
      'dedi',
      'qildi',
      'etdi',
      'haqida',
      'keyin',
    ]),
  ],
];
const WORDS = /[a-zà-ÿ]+/g;

/** English, German, French or Uzbek (Latin) by their commonest function words, when they clearly dominate. */
function stopwordVote(text: string): Lang | undefined {
  const counts = STOPWORDS.map(() => 0);
  const sample = (text.length > 600 ? text.slice(0, 600) : text).toLowerCase();
  for (const w of sample.match(WORDS) ?? [])
    STOPWORDS.forEach(([, set], i) => {
      if (set.has(w)) counts[i]!++;
    });
  const order = counts.map((_, i) => i).sort((a, b) => counts[b]! - counts[a]!);
  const [best, second] = [counts[order[0]!]!, counts[order[1]!]!];
  return best >= 3 && best >= 2 * second ? STOPWORDS[order[0]!]![0] : undefined;
}
