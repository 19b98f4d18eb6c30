// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SubtreeWatcher } from './subtree-watcher';

afterEach(() => vi.useRealTimers());

describe('SubtreeWatcher', () => {
  it('reports only the outermost new subtrees, once, after the pause', async () => {
    document.body.innerHTML = '<main id="m"><p>old</p></main><div id="own"></div>';
    const batches: string[][] = [];
    const w = new SubtreeWatcher(document.body, (roots) => batches.push(roots.map((r) => r.id || r.tagName)), {
      delay: 20,
      ignore: (el) => el.id === 'own' || !!el.closest('#own'),
    });
    const sec = document.createElement('section');
    sec.id = 'new';
    sec.innerHTML = '<p id="inner">Bishkek</p>';
    document.getElementById('m')!.append(sec);
    sec.append(document.createElement('p')); // inside a new subtree: not reported again
    document.getElementById('own')!.append(document.createElement('span')); // Oxus's own UI
    await new Promise((r) => setTimeout(r, 60));
    expect(batches).toEqual([['new']]);
    w.destroy();
    document.body.append(document.createElement('p'));
    await new Promise((r) => setTimeout(r, 60));
    expect(batches).toHaveLength(1);
  });

  it('stops after maxBatches', async () => {
    document.body.innerHTML = '';
    let n = 0;
    const w = new SubtreeWatcher(document.body, () => n++, { delay: 5, maxBatches: 2 });
    for (let i = 0; i < 4; i++) {
      document.body.append(document.createElement('p'));
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(n).toBe(2);
    w.destroy();
  });
});
