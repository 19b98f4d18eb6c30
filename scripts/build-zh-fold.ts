// `npx tsx scripts/build-zh-fold.ts`: compiles OpenCC's Traditional -> Simplified character tables
// (npm package opencc-js, a dev dependency) into core/text/zh-trad.ts, a compact one-character ->
// one-character map, so folding stays offset-exact and the engine needs no OpenCC at run time.
// Writes only that file; core/text/zh-trad.test.ts checks the committed table against this output.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as OpenCC from 'opencc-js';

/** Traditional character -> Simplified character, for every BMP Han character OpenCC changes one-for-one. */
export function tradToSimpPairs(): [string, string][] {
  // Taiwan and Hong Kong variants first go to standard Traditional, then to Simplified
  const converters = (['t', 'tw', 'hk'] as const).map((from) => OpenCC.Converter({ from, to: 'cn' }));
  const pairs: [string, string][] = [];
  for (let c = 0x3400; c <= 0xfaff; c++) {
    if ((c > 0x4dbf && c < 0x4e00) || (c > 0x9fff && c < 0xf900)) continue;
    const ch = String.fromCharCode(c);
    for (const conv of converters) {
      const out = conv(ch);
      if (out !== ch && out.length === 1) {
        pairs.push([ch, out]);
        break;
      }
    }
  }
  // a target that is itself converted (麼 -> 么 -> 幺) is followed to the end, so that folding once
  // puts every spelling on the same character
  const map = new Map(pairs);
  for (const p of pairs) {
    for (let i = 0; i < 4 && map.has(p[1]) && map.get(p[1]) !== p[1]; i++) p[1] = map.get(p[1])!;
  }
  return pairs.filter((p) => p[0] !== p[1]);
}

/** The source of core/text/zh-trad.ts for these pairs. */
export function tableSource(pairs: [string, string][]): string {
  const from = pairs.map((p) => p[0]).join('');
  const to = pairs.map((p) => p[1]).join('');
  const chunk = (s: string) => (s.match(/[\s\S]{1,100}/g) ?? []).map((x) => `  '${x}'`).join(' +\n');
  return `// Traditional -> Simplified Chinese, one character for one (${pairs.length} pairs), compiled from OpenCC's
// character tables (opencc-js 1.4.2, Apache-2.0; https://github.com/BYVoid/OpenCC, as of 2026-12) by
// scripts/build-zh-fold.ts. Generated: do not edit; rebuild with that script. Read by fold.ts.

/** Traditional characters; the Simplified one for FROM[i] is TO[i]. */
export const FROM =
${chunk(from)};

export const TO =
${chunk(to)};
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const pairs = tradToSimpPairs();
  const out = resolve(import.meta.dirname, '../core/text/zh-trad.ts');
  writeFileSync(out, tableSource(pairs));
  console.log(`zh-trad: ${pairs.length} pairs -> ${out}`);
}
