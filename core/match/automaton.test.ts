// The automaton finds exactly what a naive search over every pattern finds.
import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { automatonFromBinary, automatonToBinary, buildAutomaton, exactPattern, loadAutomaton, scan } from './automaton';

function naive(keys: string[], text: string): string[] {
  const out: string[] = [];
  keys.forEach((k, p) => {
    for (let i = text.indexOf(k); i >= 0; i = text.indexOf(k, i + 1)) out.push(`${p}@${i}-${i + k.length}`);
  });
  return out.sort();
}
function run(keys: string[], text: string): string[] {
  const s = JSON.parse(JSON.stringify(buildAutomaton(keys)));
  const a = loadAutomaton(s);
  const out: string[] = [];
  scan(a, text, (p, st, e) => out.push(`${p}@${st}-${e}`));
  return out.sort();
}

function runBinary(keys: string[], text: string): string[] {
  const bytes = automatonToBinary(buildAutomaton(keys));
  const a = automatonFromBinary(bytes.slice().buffer);
  const out: string[] = [];
  scan(a, text, (p, st, e) => out.push(`${p}@${st}-${e}`));
  return out.sort();
}

describe('automaton', () => {
  it('loads from its binary form the same automaton as from JSON', () => {
    const keys = ['he', 'she', 'his', 'hers', 'توكايف', '托卡耶夫', 'h'];
    const json = loadAutomaton(JSON.parse(JSON.stringify(buildAutomaton(keys))));
    const bin = automatonFromBinary(automatonToBinary(buildAutomaton(keys)).slice().buffer);
    for (const k of ['edgeStart', 'edgeChar', 'fail', 'out', 'dict', 'patternLength', 'rootNext'] as const)
      expect(Array.from(bin[k])).toEqual(Array.from(json[k]));
    expect(runBinary(keys, 'ushers توكايف 托卡耶夫')).toEqual(naive(keys, 'ushers توكايف 托卡耶夫'));
    expect(() => automatonFromBinary(new ArrayBuffer(24))).toThrow(/not an Oxus automaton/);
  });
  it('finds overlapping and nested patterns', () => {
    const keys = ['he', 'she', 'his', 'hers', 'توكايف', '托卡耶夫'];
    expect(run(keys, 'ushers توكايف 托卡耶夫托卡耶夫')).toEqual(naive(keys, 'ushers توكايف 托卡耶夫托卡耶夫'));
  });
  it('agrees with a naive search on random inputs', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'ж'), minLength: 1, maxLength: 5 }), {
          minLength: 1,
          maxLength: 30,
        }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'ж', ' '), maxLength: 80 }),
        (keys, text) => {
          expect(run(keys, text)).toEqual(naive(keys, text));
          expect(runBinary(keys, text)).toEqual(naive(keys, text));
        },
      ),
      { numRuns: 300 },
    );
  });
  it('finds a pattern by its exact key', () => {
    const keys = ['almati', 'alma', 'tokaev'];
    const a = loadAutomaton(JSON.parse(JSON.stringify(buildAutomaton(keys))));
    expect(keys.map((k) => exactPattern(a, k))).toEqual([0, 1, 2]);
    expect(exactPattern(a, 'alm')).toBe(-1);
    expect(exactPattern(a, 'tokaeva')).toBe(-1);
  });
  it('rejects duplicate and empty keys at build time', () => {
    expect(() => buildAutomaton(['ab', 'ab'])).toThrow(/duplicate/);
    expect(() => buildAutomaton([''])).toThrow(/empty/);
  });
});

// the file the extension ships, against the JSON form it is made from (skipped before `npm run data`)
const generated = new URL('../../generated/', import.meta.url);
describe.skipIf(!existsSync(new URL('index-automaton.bin', generated)))('the shipped automaton file', () => {
  it('loads into the same arrays as the JSON automaton of the index', () => {
    const index = JSON.parse(readFileSync(new URL('index.json', generated), 'utf8'));
    const bytes = readFileSync(new URL('index-automaton.bin', generated));
    const bin = automatonFromBinary(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const json = loadAutomaton(index.automaton);
    for (const k of ['edgeStart', 'edgeChar', 'fail', 'out', 'dict', 'patternLength', 'rootNext'] as const)
      expect(bin[k].length === json[k].length && bin[k].every((x, i) => x === json[k][i]), k).toBe(true);
  });
});
