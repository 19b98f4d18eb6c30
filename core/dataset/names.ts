// How a dataset name is matched: shared by validation (collision check) and the compiler, so the
// build refuses exactly the collisions the matcher would suffer. Pure; tested in compile.test.ts.
import { foldKey } from '../text/fold';

const HAS_LOWER = /\p{Ll}/u;
const LETTERS = /\p{L}/gu;

/** CSTO, ОДКБ, UN, EU: all capitals, short. Matched case-sensitively. */
export function isAcronym(name: string): boolean {
  const letters = name.match(LETTERS) ?? [];
  return letters.length >= 2 && letters.length <= 8 && !HAS_LOWER.test(name) && /\p{Lu}/u.test(name);
}

/** Is this name matched only exactly as written (acronyms, listed common words, very short keys)? */
export function isExactName(name: string, exactOnly: readonly string[] | undefined, key = foldKey(name)): boolean {
  return (exactOnly?.includes(name) ?? false) || isAcronym(name) || key.length <= 2;
}
