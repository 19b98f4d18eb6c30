// The typed-array cue trie: every key found where it occurs (as indexOf finds it), outputs in list
// order, and the JSON form read back to the same trie.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildTrie, childOf, ROOTS, trieFromJson, trieToJson, type CueTrie } from './cue-trie';

/** Every (start, end, list, cue) the trie reports in text, walking from each position. */
function walk(t: CueTrie, text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let node = c < ROOTS ? t.roots[c]! : childOf(t, 0, c);
    for (let j = i + 1; node >= 0; j++) {
      for (let o = t.outStart[node]!; o < t.outStart[node + 1]!; o++)
        out.push(`${i}-${j}:${t.outList[o]}.${t.outCue[o]}`);
      if (j >= text.length) break;
      node = childOf(t, node, text.charCodeAt(j));
    }
  }
  return out;
}
function naive(lists: string[][], text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i++)
    for (let j = i + 1; j <= text.length; j++)
      for (const [l, keys] of lists.entries())
        for (const [n, k] of keys.entries()) if (k === text.slice(i, j)) out.push(`${i}-${j}:${l}.${n}`);
  return out;
}

describe('buildTrie', () => {
  it('finds every key where it occurs, in Latin, Cyrillic, Arabic and Han', () => {
    const lists = [['do', 'dom', 'до'], ['om', 'حتى', '截至', '至'], ['dom']];
    const text = 'dom до حتى 截至 domom';
    expect(walk(buildTrie(lists), text)).toEqual(naive(lists, text));
  });

  it('agrees with a naive search on random keys and texts', () => {
    const word = fc.stringMatching(/^[abcя至]{1,4}$/);
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { maxLength: 5 }), { maxLength: 4 }),
        fc.stringMatching(/^[abcя至 ]{0,30}$/),
        (lists, text) => {
          expect(walk(buildTrie(lists), text)).toEqual(naive(lists, text));
        },
      ),
    );
  });

  it('reads back from JSON unchanged', () => {
    const t = buildTrie([['abc', 'ab', '截至'], ['b']]);
    const back = trieFromJson(JSON.parse(JSON.stringify(trieToJson(t))));
    expect(walk(back, 'xabcab截至b')).toEqual(walk(t, 'xabcab截至b'));
    expect(back.firsts).toEqual(t.firsts);
  });
});
