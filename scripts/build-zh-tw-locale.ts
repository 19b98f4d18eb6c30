// `npx tsx scripts/build-zh-tw-locale.ts`: writes public/_locales/zh_TW/messages.json (Traditional
// Chinese, Taiwan) from zh_CN's: OpenCC Simplified -> Traditional with Taiwan phrases (opencc-js, a dev
// dependency), 「」 quotes, then the reviewed fixes below. Deterministic; writes only that file;
// utils/locales.test.ts checks the committed file against this output. Rerun after changing zh_CN.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as OpenCC from 'opencc-js';

type Messages = Record<string, { message: string; description?: string; placeholders?: unknown }>;

/**
 * Where OpenCC's phrase tables give mainland or software usage that a Taiwan reader would not write,
 * found by reading every converted message (December 2026). Applied in order, to every message.
 */
export const TW_FIXES: readonly [from: string, to: string][] = [
  ['吉爾吉斯斯坦', '吉爾吉斯'], // Taiwan's name for Kyrgyzstan (as 哈薩克, 烏茲別克, 塔吉克, 土庫曼 the converter gives)
  ['工具欄', '工具列'], // toolbar
  ['許可權', '權限'], // 权限 (permission), not the legal "license right"
  ['通過', '透過'], // "through the toolbar button" (every use here means "by way of")
  ['型別', '類型'], // kind of entity; 型別 is a programming "data type"
  ['記錄支援', '記錄支持'], // a record backs a claim; 支援 is technical support
  ['報道', '報導'],
  ['高亮顯示', '醒目標示'], // highlight (verb)
  ['突出顯示', '標示'],
  ['高亮', '標示'], // highlight (noun)
  ['網站地址', '網址'], // a site's address; 地址 alone is a postal address
  ['選中', '選取'], // select (text)
];

/** One message in Taiwan Traditional Chinese (placeholders such as $1, %s and {shortcut} are ASCII: kept). */
export function toTaiwan(text: string, convert: (s: string) => string): string {
  let out = convert(text).replace(/“/g, '「').replace(/”/g, '」').replace(/‘/g, '『').replace(/’/g, '』');
  for (const [from, to] of TW_FIXES) out = out.split(from).join(to);
  return out;
}

/** zh_TW's messages from zh_CN's, keys in the same order. */
export function zhTwMessages(zhCn: Messages): Messages {
  const convert = OpenCC.Converter({ from: 'cn', to: 'twp' });
  const out: Messages = {};
  for (const [key, entry] of Object.entries(zhCn)) out[key] = { ...entry, message: toTaiwan(entry.message, convert) };
  return out;
}

const dir = resolve(import.meta.dirname, '../public/_locales');
export const zhTwSource = (): string =>
  `${JSON.stringify(zhTwMessages(JSON.parse(readFileSync(`${dir}/zh_CN/messages.json`, 'utf8'))), null, 2)}\n`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = `${dir}/zh_TW/messages.json`;
  writeFileSync(out, zhTwSource());
  console.log(`zh_TW: ${out}`);
}
