// Splits a text into blocks (one per line: the content script and the CLI put one block per line)
// and gives each its language, script and compiled morphology. Pure; tested in blocks.test.ts.
import { detectLang, scriptOf } from '../detect-lang';
import type { CompiledMorph } from '../lang/morph';
import { morphFor, type Script } from '../lang/registry';
import type { Lang } from '../types';

export interface Block {
  start: number;
  end: number;
  lang: Lang | 'und';
  script: Script;
  morph: CompiledMorph;
}

/** How much of a block is read to tell its language: the opening tells it as well as the whole. */
const SAMPLE = 320;
/** Lines shorter than this in the document's script inherit the document's language. */
const SHORT_LINE = 40;

/** One block per non-empty line; `lang` forces the language of every block. */
export function splitBlocks(text: string, lang?: Lang): Block[] {
  const blocks: Block[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  const whole = lang ? undefined : detectLang(text.slice(0, 1000));
  const latinDefault = whole?.script === 'latn' && whole.lang !== 'und' ? whole.lang : undefined;
  while ((m = re.exec(text))) {
    const body = m[0];
    const sample = body.length > SAMPLE ? body.slice(0, SAMPLE) : body;
    let l: Lang | 'und';
    let script: Script;
    if (lang) {
      l = lang;
      script = scriptOf(sample).script;
    } else {
      const d = detectLang(sample, latinDefault);
      script = d.script;
      l = (d.lang === 'und' || body.length < SHORT_LINE) && whole && whole.script === d.script ? whole.lang : d.lang;
    }
    blocks.push({ start: m.index, end: m.index + body.length, lang: l, script, morph: morphFor(l, script) });
  }
  return blocks;
}

/** Index of the block that holds `pos` (binary search; blocks are sorted and non-empty). */
export function blockAt(blocks: readonly { start: number }[], pos: number): number {
  let lo = 0,
    hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (blocks[mid]!.start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The language most of the text (by characters) is in. */
export function majorityLang(blocks: readonly { lang: Lang | 'und'; start: number; end: number }[]): Lang | 'und' {
  const size = new Map<Lang | 'und', number>();
  for (const b of blocks) size.set(b.lang, (size.get(b.lang) ?? 0) + (b.end - b.start));
  let best: Lang | 'und' = 'und';
  let n = 0;
  for (const [l, s] of size)
    if (l !== 'und' && s > n) {
      n = s;
      best = l;
    }
  return best;
}
