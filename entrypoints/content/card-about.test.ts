// aboutFromDetails: the hover card's name and description in the reader's UI language, with the
// page's language and English as fallbacks, and Traditional characters for a zh-Hant reader.
import { describe, expect, it } from 'vitest';
import type { Details } from '../../utils/protocol';
import { aboutFromDetails } from './card-about';

const entity = {
  kind: 'entity',
  record: {
    id: 'org:csto',
    type: 'organisation',
    name: 'Collective Security Treaty Organization',
    names: { ar: ['منظمة معاهدة الأمن الجماعي'], zh: ['集体安全条约组织'], ru: ['ОДКБ'] },
    description: { en: 'A military alliance.', ru: 'Военный союз.', zh: '军事同盟。' },
  },
  sources: {},
  names: {},
} as unknown as Details;
const verdict = (s: string) => `verdict:${s}`;

describe('aboutFromDetails', () => {
  it("titles the card with the name in the reader's UI language, not the record's English name", () => {
    expect(aboutFromDetails(entity, 'ar', 'en', verdict).title).toBe('منظمة معاهدة الأمن الجماعي');
    expect(aboutFromDetails(entity, 'en', 'ar', verdict).title).toBe('Collective Security Treaty Organization');
  });
  it('falls back to the English name and to the page language, then English, for the description', () => {
    const ar = aboutFromDetails(entity, 'ar', 'ru', verdict);
    expect(ar.text).toBe('Военный союз.'); // no Arabic description: the page's language
    expect(aboutFromDetails(entity, 'de', 'de', verdict)).toEqual({
      title: 'Collective Security Treaty Organization',
      text: 'A military alliance.',
      verdict: '',
    });
  });
  it('shows the Simplified data in Traditional characters to a zh-TW reader, unchanged to zh-CN', () => {
    expect(aboutFromDetails(entity, 'zh-TW', 'en', verdict)).toMatchObject({
      title: '集體安全條約組織',
      text: '軍事同盟。',
    });
    expect(aboutFromDetails(entity, 'zh-CN', 'en', verdict).title).toBe('集体安全条约组织');
  });
  it("gives a claim its context in the reader's language and its verdict", () => {
    const claim = {
      kind: 'claim',
      claim: {
        id: 'claim:x',
        status: 'disputed',
        context: { text: 'Said in January.', i18n: { ru: 'Сказано в январе.' } },
      },
      sources: {},
      names: {},
    } as unknown as Details;
    expect(aboutFromDetails(claim, 'ru', 'en', verdict)).toEqual({
      text: 'Сказано в январе.',
      verdict: 'verdict:disputed',
    });
  });
  it('says nothing for a missing answer or a figure', () => {
    expect(aboutFromDetails(null, 'en', 'en', verdict)).toEqual({ text: '', verdict: '' });
  });
});
