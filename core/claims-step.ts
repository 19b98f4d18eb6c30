// Adds claims and dates to an annotation, block by block (each block in its own language).
// Kept apart from the engine so the entity pass stays small; the extraction itself is in
// core/claims and core/dates. Pure.
import type { CompiledIndex } from './dataset/compiled';
import type { CompiledMorph } from './lang/morph';
import type { Annotation, Lang } from './types';

export interface BlockInfo { start: number; end: number; lang: Lang | 'und'; morph: CompiledMorph }

export function enrichClaims(_a: Annotation, _text: string, _blocks: BlockInfo[], _index: CompiledIndex): void {
  // wired to core/claims and core/dates once they land
}
