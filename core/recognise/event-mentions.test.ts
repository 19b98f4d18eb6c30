// The top event named by a word of its kind next to its place or body (event-mentions.ts): sentence
// bounds here; the whole rule runs on the real index in core/fixtures (ky-summit-named-by-kind-and-host,
// zh-summit-named-by-host, uz-presidential-election-event, tr-caparov-ots).
import { describe, expect, it } from 'vitest';
import { sentenceAround } from './event-mentions';

describe('sentenceAround', () => {
  it('stops at sentence ends and line breaks in any script', () => {
    const t = 'Первое. Саммит СНГ в Душанбе! Третье';
    const at = t.indexOf('СНГ');
    expect(t.slice(...sentenceAround(t, at))).toBe(' Саммит СНГ в Душанбе');
    const z = '会议结束。阿斯塔纳峰会开幕\n下一行';
    expect(z.slice(...sentenceAround(z, z.indexOf('峰会')))).toBe('阿斯塔纳峰会开幕');
  });
  it('takes the whole text when there is no sentence end', () => {
    expect(sentenceAround('قمة أستانا', 3)).toEqual([0, 10]);
  });
});
