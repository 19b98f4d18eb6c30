// The cue table in generated/index.json (`npm run data`): a fresh build gives the same keys (a fold
// change without a rebuild fails here), and annotating every language's claims fixture compiles no
// cue list at run time (the table covers them). Reads generated/index.json like the engine tests.
import { describe, expect, it, vi } from 'vitest';
import { loadEngineForTests, loadIndex } from '../load-engine';
import { cueTableUse } from './cues';
import { CLAIMS } from './langs';

describe('cue table', () => {
  it('covers every cue list an annotation compiles, so none is folded at first call', async () => {
    const engine = loadEngineForTests();
    for (const lang of Object.keys(CLAIMS)) {
      const mod = (await import(`./fixtures/${lang}.ts`)) as Record<
        string,
        { text: string; lang: never; pageDate?: string }
      >;
      const fx = mod[lang]!;
      engine.annotate(fx.text, { lang: fx.lang, date: fx.pageDate });
    }
    const use = cueTableUse();
    expect(use.fromTable).toBeGreaterThan(300);
    expect(use.folded, 'lists folded at run time: the table is stale, run `npm run data`').toBe(0);
  }, 60_000); // loads the whole index: seconds on a loaded machine

  it('holds the keys a fresh build folds (fold or cue data changed: run `npm run data`)', async () => {
    const stored = loadIndex().cues!;
    // fresh modules: no table installed, no list compiled yet (the build's own state)
    vi.resetModules();
    const { buildCueTable } = await import('./cue-table');
    const fresh = buildCueTable(loadIndex().claims);
    expect(Object.keys(fresh.groups).sort()).toEqual(Object.keys(stored.groups).sort());
    for (const [name, g] of Object.entries(fresh.groups)) {
      expect(stored.groups[name]!.lists, name).toEqual(g.lists);
      expect(stored.groups[name]!.trie, name).toEqual(g.trie);
    }
  }, 60_000);
});
