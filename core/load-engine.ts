// Node-side loader: builds an Engine from generated/index.json (npm run data writes it).
// For the CLI, eval, bench and tests; the extension imports the index through its bundler.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CompiledIndex } from './dataset/compiled';
import { createEngine, type Engine } from './engine';

export const INDEX_PATH = resolve(import.meta.dirname, '..', 'generated', 'index.json');

export function loadIndex(path = INDEX_PATH): CompiledIndex {
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run data\` first`);
  return JSON.parse(readFileSync(path, 'utf8')) as CompiledIndex;
}

let cached: Engine | undefined;
/** One engine per process (tests share it). */
export function loadEngineForTests(): Engine {
  cached ??= createEngine(loadIndex());
  return cached;
}
