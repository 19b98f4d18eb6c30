// The dataset's Simplified Chinese (`zh`) texts in Traditional characters (Taiwan forms) for a zh-Hant
// reader: OpenCC's s2tw tables compiled into zh-hant-table.ts (longest phrase first, then one character
// for one). Display only: never applied to stored or matched data. Pure; tested in zh-hant.test.ts.
import { convertWith } from './zh-convert';
import { FROM, PHRASES, TO } from './zh-hant-table';

let tables: { chars: Map<string, string>; phrases: Map<string, string>; maxLen: number } | undefined;

/** Built on first use: a reader in another script never pays for the maps. */
function load() {
  if (!tables) {
    const chars = new Map<string, string>();
    for (let i = 0; i < FROM.length; i++) chars.set(FROM[i]!, TO[i]!);
    const maxLen = Math.max(1, ...PHRASES.map(([k]) => k.length));
    tables = { chars, phrases: new Map(PHRASES), maxLen };
  }
  return tables;
}

/** `text` with its Simplified characters in Traditional (哈萨克斯坦 -> 哈薩克斯坦); other scripts unchanged. */
export function toTraditional(text: string): string {
  const { chars, phrases, maxLen } = load();
  return convertWith(text, chars, phrases, maxLen);
}

/**
 * UI locales that read Chinese in Traditional characters (BCP 47, lower case, prefix match), with the
 * `lang` tag a converted text gets so the font draws Taiwan glyph forms.
 */
const TRADITIONAL_LOCALES: readonly [prefix: string, tag: string][] = [
  ['zh-hant', 'zh-Hant'],
  ['zh-tw', 'zh-Hant-TW'],
  ['zh-hk', 'zh-Hant-HK'],
  ['zh-mo', 'zh-Hant-MO'],
];

/** The `lang` tag of Traditional text for a UI locale ("zh-TW" -> "zh-Hant-TW"), or undefined if it reads Simplified. */
export function traditionalTag(locale: string): string | undefined {
  const l = locale.replace(/_/g, '-').toLowerCase();
  return TRADITIONAL_LOCALES.find(([p]) => l === p || l.startsWith(`${p}-`))?.[1];
}
