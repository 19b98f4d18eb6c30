// Builds the cue table `npm run data` stores in the index (CompiledIndex.cues): every language's
// claim, number, attribution and date cue lists and the known claims' cue words folded and put in one trie per language, so a process
// compiles none of them at first call (cues.ts installCueTable reads it). Build time only; pure.
// Tested in cue-table.test.ts.
import { fold } from '../text/fold';
import { LANGUAGES } from '../lang/registry';
import type { KnownClaim } from '../dataset/schema';
import type { Lang } from '../types';
import { extractDates } from '../dates/extract';
import { compileAttribution } from './attribution';
import { cueTableOfCompiled, type CueTable } from './cues';
import { extractClaims } from './extract';
import { compileClaimWords } from './link';
import { compileVagueOnly, scanNumbers } from './numbers';

/**
 * Compiles every language's lists (each module compiles all of a language's lists on first use) and
 * the known claims' cue words, and serialises them.
 */
export function buildCueTable(known: KnownClaim[] = []): CueTable {
  for (const lang of Object.keys(LANGUAGES) as Lang[]) {
    extractDates('1', lang, '2022-01-01');
    extractClaims('1', lang, { pageDate: '2022-01-01', entities: [] });
    scanNumbers(fold('1'), '1', lang);
    compileAttribution(lang);
    compileVagueOnly(lang); // compiled apart, only where a vague number is read
    compileClaimWords(known, lang);
  }
  return cueTableOfCompiled();
}
