// The worker's copy of its index parts (the automaton's bytes and the engine's table) in the
// extension's own IndexedDB: a worker that starts again reads them as one structured clone instead
// of fetching the packaged files and parsing JSON (measured by `npm run bench:browser` with
// BENCH_ONLY=startup: indexForms). Keyed by the build's index id (generated/index-id.json), so a new
// build never reads an old copy; any failure falls back to the package. Pages cannot reach it.
// Tested in index-cache.test.ts (an in-memory store) and by e2e (a restarted Chromium worker).
import type { CompiledIndex } from '../../core/dataset/compiled';

/** What the engine is built from. */
export interface IndexParts {
  automaton: ArrayBuffer;
  table: Omit<CompiledIndex, 'sources'>;
}

/** The few operations of a key-value store the cache needs (IndexedDB in the extension). */
export interface PartsStore {
  get(key: string): Promise<unknown>;
  /** replaces everything stored with this one value */
  replace(key: string, value: IndexParts): Promise<void>;
}

export interface LoadedParts {
  parts: IndexParts;
  from: 'cache' | 'package';
  /** keeps the parts read from the package for the next start (absent when they came from the cache) */
  save?: () => Promise<void>;
}

function isParts(v: unknown): v is IndexParts {
  const p = v as IndexParts | undefined;
  return !!p && p.automaton instanceof ArrayBuffer && typeof p.table === 'object' && Array.isArray(p.table?.patterns);
}

/** The parts of index `id`: the stored copy when there is one, else from the package. */
export async function loadParts(
  id: string,
  store: PartsStore | null,
  fromPackage: () => Promise<IndexParts>,
): Promise<LoadedParts> {
  const stored = store ? await store.get(id).catch(() => undefined) : undefined;
  if (isParts(stored)) return { parts: stored, from: 'cache' };
  const parts = await fromPackage();
  return { parts, from: 'package', ...(store ? { save: () => store.replace(id, parts) } : {}) };
}

const DB = 'oxus-index';
const STORE = 'parts';

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((ok, fail) => {
    r.onsuccess = () => ok(r.result);
    r.onerror = () => fail(r.error);
  });
}

/** The extension's IndexedDB as a PartsStore; null where there is none (e.g. tests in Node). */
export function indexedDbStore(): PartsStore | null {
  if (typeof indexedDB === 'undefined') return null;
  let db: Promise<IDBDatabase> | undefined;
  const open = () => {
    db ??= (() => {
      const req = indexedDB.open(DB, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE);
      return request(req);
    })();
    db.catch(() => (db = undefined));
    return db;
  };
  return {
    async get(key) {
      return request((await open()).transaction(STORE).objectStore(STORE).get(key));
    },
    async replace(key, value) {
      const tx = (await open()).transaction(STORE, 'readwrite');
      const store = tx.objectStore(STORE);
      store.clear(); // an older build's copy
      store.put(value, key);
      await new Promise<void>((ok, fail) => {
        tx.oncomplete = () => ok();
        tx.onerror = () => fail(tx.error);
        tx.onabort = () => fail(tx.error);
      });
    },
  };
}
