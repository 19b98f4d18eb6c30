// The worker's stored copy of its index parts (index-cache.ts) over an in-memory store: read from
// the package and saved on a first start, from the copy on the next, never a copy of another build,
// and the package whenever the store fails or holds something else. (IndexedDB itself: e2e.)
import { describe, expect, it } from 'vitest';
import { loadParts, type IndexParts, type PartsStore } from './index-cache';

function memoryStore(): PartsStore & { data: Map<string, unknown>; fail?: boolean } {
  const data = new Map<string, unknown>();
  const s = {
    data,
    fail: false,
    async get(key: string) {
      if (s.fail) throw new Error('store unavailable');
      return data.get(key);
    },
    async replace(key: string, value: IndexParts) {
      data.clear();
      data.set(key, structuredClone(value));
    },
  };
  return s;
}

const parts = (tag: number): IndexParts => ({
  automaton: new Uint8Array([tag, 1, 2, 3]).buffer,
  table: { version: tag, builtAt: '', automaton: null, patterns: [{ ids: ['place:x'], flags: 0 }] } as never,
});

function fromPackage(tag: number) {
  const calls = { n: 0 };
  return { calls, read: async () => (calls.n++, parts(tag)) };
}

describe('loadParts', () => {
  it('reads the package on a first start and saves it; the next start reads the copy', async () => {
    const store = memoryStore();
    const pkg = fromPackage(1);
    const first = await loadParts('build-a', store, pkg.read);
    expect(first.from).toBe('package');
    expect(pkg.calls.n).toBe(1);
    await first.save!();
    const again = await loadParts('build-a', store, pkg.read);
    expect(again.from).toBe('cache');
    expect(again.save).toBeUndefined();
    expect(pkg.calls.n).toBe(1);
    expect(new Uint8Array(again.parts.automaton)).toEqual(new Uint8Array([1, 1, 2, 3]));
    expect(again.parts.table.patterns).toEqual(parts(1).table.patterns);
  });
  it('never reads the copy of another build, and a new build replaces it', async () => {
    const store = memoryStore();
    await (await loadParts('build-a', store, fromPackage(1).read)).save!();
    const pkg = fromPackage(2);
    const next = await loadParts('build-b', store, pkg.read);
    expect(next.from).toBe('package');
    expect(next.parts.table.version).toBe(2);
    await next.save!();
    expect([...store.data.keys()]).toEqual(['build-b']);
  });
  it('falls back to the package when the store fails, holds something else, or there is none', async () => {
    const store = memoryStore();
    store.data.set('build-a', { automaton: 'not bytes', table: {} });
    expect((await loadParts('build-a', store, fromPackage(1).read)).from).toBe('package');
    store.fail = true;
    expect((await loadParts('build-a', store, fromPackage(1).read)).from).toBe('package');
    const none = await loadParts('build-a', null, fromPackage(1).read);
    expect(none.from).toBe('package');
    expect(none.save).toBeUndefined();
  });
  it('passes a failed package read on (the worker retries on the next message)', async () => {
    const failing = async (): Promise<IndexParts> => {
      throw new Error('missing from the package');
    };
    await expect(loadParts('build-a', memoryStore(), failing)).rejects.toThrow('missing from the package');
  });
});
