// The 14 message files against English and against the code: same keys (plural groups carry exactly
// the CLDR categories of their language), no empty message, the same $1…$9 / %s slots, every
// t('…') / tn('…') key used in components/, entrypoints/ and utils/ present in en. Reads files only.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UI_LOCALES, type UiLocale } from './ui-locales';
import { zhTwSource } from '../scripts/build-zh-tw-locale';

const root = resolve(import.meta.dirname, '..');
const localesDir = join(root, 'public', '_locales');
type Entry = { message: string; description?: string };
const read = (locale: string): Record<string, Entry> =>
  JSON.parse(readFileSync(join(localesDir, locale, 'messages.json'), 'utf8'));

const en = read('en');
const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];
const PLURAL_RE = new RegExp(`^(.+)_(${CATEGORIES.join('|')})$`);
/** plural groups: bases with an `_other` form in English */
const pluralBases = new Set(
  Object.keys(en).flatMap((k) => {
    const m = PLURAL_RE.exec(k);
    return m && en[`${m[1]}_other`] ? [m[1]] : [];
  }),
);
const isPlural = (k: string) => {
  const m = PLURAL_RE.exec(k);
  return !!m && pluralBases.has(m[1]);
};
const bcp47 = (locale: string) => locale.replace('_', '-');
const slots = (s: string) => [...new Set(s.match(/\$\d|%s/g) ?? [])].sort();

/** the keys `locale` must have: every plain key of en, and each plural base in its language's categories */
function expectedKeys(locale: string): string[] {
  const cats = new Intl.PluralRules(bcp47(locale)).resolvedOptions().pluralCategories;
  const plain = Object.keys(en).filter((k) => !isPlural(k));
  const plural = [...pluralBases].flatMap((b) => cats.map((c) => `${b}_${c}`));
  return [...plain, ...plural].sort();
}

describe('locale files', () => {
  it('has a folder for each of the 14 UI locales and nothing else', () => {
    const folders = readdirSync(localesDir).filter((f) => statSync(join(localesDir, f)).isDirectory());
    expect(folders.sort()).toEqual(Object.keys(UI_LOCALES).sort());
  });

  it('describes every English message for translators', () => {
    const bare = Object.entries(en).filter(([, e]) => !e.description?.trim());
    expect(bare.map(([k]) => k)).toEqual([]);
  });

  for (const locale of Object.keys(UI_LOCALES) as UiLocale[]) {
    it(`${locale}: same keys as en (plurals in its CLDR categories), none empty, same slots`, () => {
      const messages = read(locale);
      expect(Object.keys(messages).sort()).toEqual(expectedKeys(locale));
      for (const [key, entry] of Object.entries(messages)) {
        expect(entry.message?.trim(), `${locale}/${key}`).toBeTruthy();
        const m = PLURAL_RE.exec(key);
        const source = en[key] ?? (m ? en[`${m[1]}_other`] : undefined);
        // a plural form may leave out the count ("one person", "bir kişi"); the other slots stay
        const want = slots(source.message).filter((s) => !(m && isPlural(key) && s === '$1'));
        const got = slots(entry.message).filter((s) => !(m && isPlural(key) && s === '$1'));
        expect(got, `${locale}/${key}: ${entry.message}`).toEqual(want);
      }
    });
  }
});

describe('zh_TW', () => {
  it('is what scripts/build-zh-tw-locale.ts makes of zh_CN (rerun it after changing zh_CN)', () => {
    expect(readFileSync(join(localesDir, 'zh_TW', 'messages.json'), 'utf8')).toBe(zhTwSource());
  });
  it('is written in Traditional characters with Taiwan usage', () => {
    const all = Object.values(read('zh_TW'))
      .map((e) => e.message)
      .join('\n');
    for (const simplified of ['设置', '载入', '网络', '这', '个', '语言', '“']) expect(all).not.toContain(simplified);
    for (const mainland of ['工具欄', '許可權', '吉爾吉斯斯坦', '高亮']) expect(all).not.toContain(mainland);
    expect(read('zh_TW').options_title.message).toBe('Oxus 設定');
  });
});

describe('keys used in the code', () => {
  const walk = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((d) =>
      d.isDirectory()
        ? walk(join(dir, d.name))
        : /\.tsx?$/.test(d.name) && !/\.test\.tsx?$/.test(d.name)
          ? [join(dir, d.name)]
          : [],
    );
  const files = ['components', 'entrypoints', 'utils'].flatMap((d) => walk(d));
  const used = files.flatMap((f) => {
    const src = readFileSync(join(root, f), 'utf8');
    return [
      ...[...src.matchAll(/\bt\(\s*['"]([A-Za-z0-9_]+)['"]/g)].map((m) => ({ f, key: m[1] })),
      ...[...src.matchAll(/\btn\(\s*['"]([A-Za-z0-9_]+)['"]/g)].map((m) => ({ f, key: `${m[1]}_other` })),
    ];
  });

  it('finds the calls (the scan itself works)', () => {
    expect(used.length).toBeGreaterThan(5);
  });

  it('every key exists in en', () => {
    expect(used.filter((u) => !en[u.key])).toEqual([]);
  });
});
