// Quotes in every mark style, nested quotes, names in quotes that are not quotes, speakers.
import { describe, expect, it } from 'vitest';
import type { EntityHit } from '../types';
import { extractQuotes, findQuoteSpans } from './quotes';

const person = (text: string, word: string): EntityHit => {
  const i = text.indexOf(word);
  return { id: 'person:x', name: 'X', type: 'person', mentions: [{ start: i, end: i + word.length, text: word }] };
};

describe('quotes', () => {
  it('finds every mark style', () => {
    for (const q of [
      '«один два три четыре»',
      '"one two three four"',
      '„eins zwei drei vier“',
      '“one two three four”',
      '「我们支持通过对话解决」',
      '『我们支持通过对话解决』',
    ]) {
      expect(
        findQuoteSpans(`a ${q} b`, q.startsWith('「') || q.startsWith('『') ? 'zh' : 'en').map((s) => s.end - s.start),
        q,
      ).toEqual([q.length]);
    }
  });

  it('ignores quoted names and keeps the outer quote when quotes nest', () => {
    expect(findQuoteSpans('وحسب «الميادين» أكد', 'ar')).toEqual([]);
    const t = '«Партия „Аманат“ получила большинство голосов», — сказал он.';
    expect(findQuoteSpans(t, 'ru').map((s) => t.slice(s.start, s.end))).toEqual([
      '«Партия „Аманат“ получила большинство голосов»',
    ]);
  });

  it('takes the speaker before or after the quote, not from inside it', () => {
    const a = 'Токаев заявил: «Мы не позволим Назарбаеву вернуться к власти».';
    expect(extractQuotes(a, 'ru', [person(a, 'Токаев')]).map((q) => q.attributedTo?.id)).toEqual(['person:x']);
    const b = '«Ситуация полностью под контролем», — заявил Руслан Желдибай.';
    expect(extractQuotes(b, 'ru', [person(b, 'Руслан Желдибай')]).map((q) => q.attributedTo?.id)).toEqual(['person:x']);
    const c = '«Ситуация полностью под контролем Токаева», — говорится в сообщении.';
    expect(extractQuotes(c, 'ru', [person(c, 'Токаева')])[0]?.attributedTo?.id).toBeUndefined();
  });

  it('has a quote kind, the page date and empty links', () => {
    const t = '"We will not allow chaos here," Tokayev said.';
    expect(extractQuotes(t, 'en', [person(t, 'Tokayev')], '2022-01-12')).toEqual([
      {
        start: 0,
        end: 31,
        text: '"We will not allow chaos here,"',
        kind: 'quote',
        attributedTo: { id: 'person:x', name: 'X' },
        date: '2022-01-12',
        links: [],
      },
    ]);
  });
});
