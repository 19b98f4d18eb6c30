// `npx tsx scripts/build-zh-hant.ts`: compiles OpenCC's Simplified -> Traditional (Taiwan) tables
// (opencc-js s2tw: STPhrases + STCharacters, then TWVariants; no vocabulary swaps) into
// utils/present/zh-hant-table.ts, which the panel uses to show the dataset's `zh` texts to a zh-Hant reader.
// Writes only that file; utils/present/zh-hant.test.ts checks the committed table against this output.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as OpenCC from 'opencc-js';
import { convertWith } from '../utils/present/zh-convert';

const root = resolve(import.meta.dirname, '..');
const HAN = /\p{Script=Han}/u;

/**
 * Where OpenCC's phrase tables are wrong for a name in the dataset, found by reading every converted
 * phrase (December 2026). They take the place of OpenCC's entry.
 */
export const NAME_FIXES: readonly [simplified: string, traditional: string][] = [
  ['马扎里沙里夫', '馬扎里沙里夫'], // Mazar-i-Sharif: 扎 as in 扎根, not 紮 (OpenCC's 马扎 is a camp stool)
];

/** One of OpenCC's dictionaries ("from to|from to|…"; the package exports no path to them). */
function openccDict(name: string): string {
  const src = readFileSync(resolve(root, `node_modules/opencc-js/dist/esm-lib/dict/${name}.js`), 'utf8');
  return JSON.parse(src.slice(src.indexOf('"'), src.lastIndexOf('"') + 1)) as string;
}

/** s2tw: characters and phrases to Taiwan's standard forms, without TWPhrases (全局 -> 全域性 is software usage). */
export const s2tw = (): ((s: string) => string) => OpenCC.Converter({ from: 'cn', to: 'tw' });

/** Simplified character -> Traditional, for every BMP Han character OpenCC changes one-for-one (its first choice). */
export function charPairs(convert: (s: string) => string): [string, string][] {
  const pairs: [string, string][] = [];
  for (let c = 0x3400; c <= 0x9fff; c++) {
    if (c > 0x4dbf && c < 0x4e00) continue;
    const ch = String.fromCharCode(c);
    const out = convert(ch);
    if (out !== ch && out.length === 1) pairs.push([ch, out]);
  }
  return pairs;
}

/** Every string with a Han character that the panel may show: the dataset's records and sources, the map's names. */
export function shownHanTexts(): string[] {
  const out = new Set<string>();
  const keep = (_k: string, v: unknown) => {
    if (typeof v === 'string' && HAN.test(v)) out.add(v);
    return v;
  };
  for (const f of ['generated/index-records.json', 'generated/index-sources.json']) {
    JSON.parse(readFileSync(resolve(root, f), 'utf8'), keep);
  }
  for (const m of readFileSync(resolve(root, 'components/map-countries.ts'), 'utf8').matchAll(/'([^'\n]+)'/g)) {
    if (HAN.test(m[1]!)) out.add(m[1]!);
  }
  return [...out].sort();
}

/**
 * OpenCC phrases that occur in `texts` and that a character-by-character conversion gets wrong
 * (克里姆林宫: 里 stays 里), then any whole text still converted differently from OpenCC.
 */
export function phrasePairs(texts: string[], convert: (s: string) => string, chars: Map<string, string>) {
  const keys = new Set<string>();
  let maxKey = 1;
  for (const dict of ['STPhrases', 'STPhrases_GeneratedFromRegionalPhrases'].map(openccDict)) {
    for (const entry of dict.split('|')) {
      const k = entry.split(' ')[0]!;
      keys.add(k);
      maxKey = Math.max(maxKey, k.length);
    }
  }
  const phrases = new Map<string, string>();
  for (const s of texts) {
    for (let i = 0; i < s.length; i++) {
      for (let n = 2; n <= maxKey && i + n <= s.length; n++) {
        const p = s.slice(i, i + n);
        if (!keys.has(p) || phrases.has(p)) continue;
        const full = convert(p);
        if (full !== convertWith(p, chars, new Map(), 1)) phrases.set(p, full);
      }
    }
  }
  const maxLen = () => Math.max(1, ...[...phrases.keys()].map((k) => k.length));
  for (const s of texts) {
    const full = convert(s);
    if (convertWith(s, chars, phrases, maxLen()) !== full) phrases.set(s, full);
  }
  for (const [k, v] of NAME_FIXES) if (texts.some((s) => s.includes(k))) phrases.set(k, v);
  return [...phrases].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** The source of utils/present/zh-hant-table.ts. */
export function tableSource(chars: [string, string][], phrases: [string, string][]): string {
  const chunk = (s: string) => (s.match(/[\s\S]{1,100}/g) ?? ['']).map((x) => `  '${x}'`).join(' +\n');
  const list = phrases.map(([k, v]) => `  ['${k}', '${v}'],`).join('\n');
  return `// Simplified -> Traditional (Taiwan) Chinese for display: ${chars.length} characters and ${phrases.length} phrases of
// the dataset, compiled from OpenCC's s2tw tables (opencc-js 1.4.2, Apache-2.0; https://github.com/BYVoid/OpenCC,
// as of 2026-12) by scripts/build-zh-hant.ts. Generated: do not edit; rebuild with that script. Read by zh-hant.ts.

/** Simplified characters; the Traditional one for FROM[i] is TO[i]. */
export const FROM =
${chunk(chars.map((p) => p[0]).join(''))};

export const TO =
${chunk(chars.map((p) => p[1]).join(''))};

/** Phrases of the dataset whose characters alone would convert wrongly (里 in names stays 里). */
export const PHRASES: readonly [string, string][] = [
${list}
];
`;
}

export function zhHantSource(): string {
  const convert = s2tw();
  const chars = charPairs(convert);
  return tableSource(chars, phrasePairs(shownHanTexts(), convert, new Map(chars)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = resolve(root, 'utils/present/zh-hant-table.ts');
  const src = zhHantSource();
  writeFileSync(out, src);
  console.log(`zh-hant: ${src.length} characters -> ${out}`);
}
