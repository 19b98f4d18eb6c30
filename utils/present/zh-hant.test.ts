// The dataset's Simplified names in Traditional characters for a zh-Hant reader: real expected characters,
// the committed table against OpenCC (scripts/build-zh-hant.ts), every shown dataset text as OpenCC gives it.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { charPairs, NAME_FIXES, s2tw, shownHanTexts } from '../../scripts/build-zh-hant';
import { readerName, readerNames, readerText, shownName, shownText } from './names';
import { toTraditional, traditionalTag } from './zh-hant';
import { FROM, TO } from './zh-hant-table';

describe('toTraditional', () => {
  it('converts names and texts to Taiwan Traditional characters', () => {
    expect(toTraditional('哈萨克斯坦')).toBe('哈薩克斯坦');
    expect(toTraditional('托卡耶夫')).toBe('托卡耶夫');
    expect(toTraditional('集体安全条约组织')).toBe('集體安全條約組織');
    expect(toTraditional('乌兹别克斯坦')).toBe('烏茲別克斯坦');
    expect(toTraditional('俄罗斯联邦安全局')).toBe('俄羅斯聯邦安全局');
  });
  it('keeps 里 in transliterated names (a phrase of the table) and converts it elsewhere by character', () => {
    expect(toTraditional('克里姆林宫')).toBe('克里姆林宮');
    expect(toTraditional('德米特里·佩斯科夫')).toBe('德米特里·佩斯科夫');
    expect(toTraditional('马扎里沙里夫')).toBe('馬扎里沙里夫');
  });
  it('leaves other scripts, digits and punctuation alone', () => {
    expect(toTraditional('CSTO 2022年1月')).toBe('CSTO 2022年1月');
    expect(toTraditional('Токаев')).toBe('Токаев');
  });
});

describe('traditionalTag', () => {
  it('names the locales that read Traditional', () => {
    expect(traditionalTag('zh-TW')).toBe('zh-Hant-TW');
    expect(traditionalTag('zh_TW')).toBe('zh-Hant-TW');
    expect(traditionalTag('zh-Hant')).toBe('zh-Hant');
    expect(traditionalTag('zh-HK')).toBe('zh-Hant-HK');
    expect(traditionalTag('zh-CN')).toBeUndefined();
    expect(traditionalTag('zh')).toBeUndefined();
    expect(traditionalTag('ru')).toBeUndefined();
  });
});

describe('names in a zh-Hant UI', () => {
  const forms = { en: 'Kazakhstan', zh: '哈萨克斯坦', ru: 'Казахстан' };
  it('shows the zh form in Traditional with a zh-Hant lang, and Simplified in zh-CN', () => {
    expect(shownName(forms, 'x', 'zh-TW')).toEqual({ text: '哈薩克斯坦', lang: 'zh-Hant-TW' });
    expect(shownName(forms, 'x', 'zh-CN')).toEqual({ text: '哈萨克斯坦', lang: 'zh' });
  });
  it('shows a Traditional page form once (it is the shown name)', () => {
    expect(shownName(forms, 'x', 'zh-TW', '哈薩克斯坦')).toEqual({ text: '哈薩克斯坦', lang: 'zh-Hant-TW' });
  });
  it('converts sourced texts and details names, not English ones', () => {
    const fact = { text: 'Signed.', i18n: { zh: '签署了集体安全条约' } };
    expect(shownText(fact.text, fact.i18n, 'zh-TW')).toEqual({ text: '簽署了集體安全條約', lang: 'zh-Hant-TW' });
    expect(shownText(fact.text, {}, 'zh-TW')).toEqual({ text: 'Signed.', lang: 'en' });
    expect(readerText('签署', 'ru', 'zh-TW')).toEqual({ text: '签署', lang: 'ru' });
    expect(readerNames({ a: '集体安全条约组织', b: 'CSTO' }, 'zh-TW')).toEqual({ a: '集體安全條約組織', b: 'CSTO' });
    expect(readerName('托卡耶夫', 'zh-TW')).toBe('托卡耶夫');
    expect(readerName('乌兹别克斯坦', 'zh-Hant')).toBe('烏茲別克斯坦');
    expect(readerName('乌兹别克斯坦', 'zh-CN')).toBe('乌兹别克斯坦');
    const names = { a: '集体安全条约组织' };
    expect(readerNames(names, 'zh-CN')).toBe(names);
  });
});

describe('zh-hant-table.ts', () => {
  const convert = s2tw();
  it('holds OpenCC s2tw character table (rerun scripts/build-zh-hant.ts if not)', () => {
    const pairs = charPairs(convert);
    expect(FROM).toBe(pairs.map((p) => p[0]).join(''));
    expect(TO).toBe(pairs.map((p) => p[1]).join(''));
  });
  const built = existsSync(resolve(import.meta.dirname, '../../generated/index-records.json'));
  it.skipIf(!built)('shows every Han text of the dataset as OpenCC does (skipped before `npm run data`)', () => {
    const fixed = (s: string) => NAME_FIXES.some(([k]) => s.includes(k));
    const wrong = shownHanTexts()
      .filter((s) => !fixed(s))
      .filter((s) => toTraditional(s) !== convert(s))
      .map((s) => `${s}: ${toTraditional(s)} != ${convert(s)}`);
    // a new phrase in the data: rerun `npx tsx scripts/build-zh-hant.ts`
    expect(wrong).toEqual([]);
  });
});
