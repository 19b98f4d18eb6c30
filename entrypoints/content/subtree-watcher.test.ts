// @vitest-environment happy-dom
// SubtreeWatcher: outermost new subtrees, text changes, removals, no batch cap, ancestor skip.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SubtreeWatcher, type Changes } from './subtree-watcher';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ids = (c: Changes) => c.roots.map((r) => r.id || r.tagName).sort();

afterEach(() => {
  document.body.innerHTML = '';
});

describe('SubtreeWatcher', () => {
  it('reports only the outermost new subtrees, once, after the pause', async () => {
    document.body.innerHTML = '<main id="m"><p>old</p></main><div id="own"></div>';
    const batches: Changes[] = [];
    const w = new SubtreeWatcher(document.body, (c) => batches.push(c), {
      delay: 20,
      skip: (el) => el.id === 'own' || !!el.closest('#own'),
    });
    const sec = document.createElement('section');
    sec.id = 'new';
    sec.innerHTML = '<p id="inner">Bishkek</p>';
    document.getElementById('m')!.append(sec);
    sec.append(document.createElement('p')); // inside a new subtree: not reported again
    document.getElementById('own')!.append(document.createElement('span')); // Oxus's own UI
    // waits for the batch (a loaded machine delays timers), then a pause more: still one batch
    await vi.waitFor(() => expect(batches.length).toBeGreaterThan(0), { timeout: 3000 });
    await tick(60);
    expect(batches.map(ids)).toEqual([['new']]);
    w.destroy();
    document.body.append(document.createElement('p'));
    await tick(60);
    expect(batches).toHaveLength(1);
  });

  it('keeps reporting for as long as the page adds (no batch cap), and every addition arrives', async () => {
    let seen = 0;
    const w = new SubtreeWatcher(document.body, (c) => (seen += c.roots.length), { delay: 2 });
    for (let i = 0; i < 150; i++) {
      document.body.append(document.createElement('p'));
      await tick(6);
    }
    await vi.waitFor(() => expect(seen).toBe(150), { timeout: 3000 });
    w.destroy();
  });

  it('loses nothing from one large burst (more than the old 1,000 cap)', async () => {
    let seen = 0;
    const w = new SubtreeWatcher(document.body, (c) => (seen += c.roots.length), { delay: 5 });
    for (let i = 0; i < 3000; i++) document.body.append(document.createElement('p'));
    await vi.waitFor(() => expect(seen).toBe(3000), { timeout: 3000 });
    w.destroy();
  });

  it('reports text edited in place and removals', async () => {
    document.body.innerHTML = '<p id="a">Tokayev</p><p id="b">Almaty</p>';
    const batches: Changes[] = [];
    const w = new SubtreeWatcher(document.body, (c) => batches.push(c), { delay: 5 });
    const text = document.getElementById('a')!.firstChild as Text;
    text.data = 'Mirziyoyev';
    document.getElementById('b')!.remove();
    await vi.waitFor(() => expect(batches.length).toBeGreaterThan(0), { timeout: 3000 });
    await tick(30);
    expect(batches).toHaveLength(1);
    expect(batches[0].changed).toEqual([text]);
    expect(ids(batches[0])).toEqual(['a']);
    expect(batches[0].removed).toBe(true);
    w.destroy();
  });

  it('leaves out additions the skip test refuses (an editor and what is inside it)', async () => {
    document.body.innerHTML = '<div id="ed" contenteditable="true"><p id="in">x</p></div><article id="art"></article>';
    const batches: Changes[] = [];
    const w = new SubtreeWatcher(document.body, (c) => batches.push(c), {
      delay: 5,
      skip: (el) => !!el.closest('[contenteditable]'),
    });
    document.getElementById('in')!.append(document.createElement('b'));
    const p = document.createElement('p');
    p.id = 'later';
    document.getElementById('art')!.append(p);
    await vi.waitFor(() => expect(batches.length).toBeGreaterThan(0), { timeout: 3000 });
    await tick(30);
    expect(batches.map(ids)).toEqual([['later']]);
    w.destroy();
  });
});
