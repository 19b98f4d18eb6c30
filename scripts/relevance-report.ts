// `npx tsx scripts/relevance-report.ts --pos DIR... --neg DIR...`: measures utils/relevance.ts on
// real pages kept OUTSIDE the repository (text or HTML files; a sidecar NAME.json with {date} is
// used when present). Prints, per threshold of regional mentions, how many pages about Central Asia
// pass (true positives) and how many unrelated pages pass (false positives), and each miss.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadEngineForTests, loadIndex } from '../core/load-engine';
import { regionalSignal, RELEVANCE_RULE, type RegionalSignal } from '../utils/relevance';
import { htmlToText, looksLikeHtml } from './lib/html';
import { pageDateFrom } from '../core/dates/page-date';

function walk(d: string): string[] {
  return readdirSync(d).flatMap((f) => {
    const p = join(d, f);
    if (statSync(p).isDirectory()) return walk(p);
    return /\.(txt|html?)$/.test(f) ? [p] : [];
  });
}
const files = (dirs: string[]): string[] => dirs.flatMap((d) => walk(d));

function main() {
  const args = process.argv.slice(2);
  const pos: string[] = [];
  const neg: string[] = [];
  let into = pos;
  for (const a of args) {
    if (a === '--pos') into = pos;
    else if (a === '--neg') into = neg;
    else into.push(a);
  }
  if (!pos.length && !neg.length) {
    console.error('usage: npx tsx scripts/relevance-report.ts --pos DIR... --neg DIR...');
    process.exitCode = 2;
    return;
  }
  const engine = loadEngineForTests();
  const index = loadIndex();
  const countryOf = (id: string) => (index.entities[id] as { country?: string } | undefined)?.country;
  const measure = (file: string): RegionalSignal & { file: string } => {
    const raw = readFileSync(file, 'utf8');
    const html = looksLikeHtml(raw) ? htmlToText(raw) : undefined;
    const text = html ? html.text : raw;
    const side = file.replace(/\.(txt|html?)$/, '.json');
    const meta = existsSync(side) ? (JSON.parse(readFileSync(side, 'utf8')) as { date?: string }) : {};
    // the page's own date, as the extension reads it (meta tags, JSON-LD, <time>)
    const date = meta.date ?? (html ? pageDateFrom({ ...html.dateHints, text: html.text.slice(0, 2000) }) : undefined);
    return { file, ...regionalSignal(engine.annotate(text, date ? { date } : {}), countryOf) };
  };
  const P = files(pos).map(measure);
  const N = files(neg).map(measure);
  console.log(`pages about Central Asia: ${P.length}; unrelated pages: ${N.length}`);
  console.log(`rule: mentions >= n OR event >= ${RELEVANCE_RULE.eventScore}`);
  for (const n of [1, 2, 3, 4, 5, 6]) {
    const pass = (s: RegionalSignal) => s.mentions >= n || s.event >= RELEVANCE_RULE.eventScore;
    const tp = P.filter(pass).length;
    const fp = N.filter(pass).length;
    console.log(
      `  n=${n}: true positives ${tp}/${P.length} (${((100 * tp) / (P.length || 1)).toFixed(1)} %), false positives ${fp}/${N.length}`,
    );
  }
  for (const ev of [0.35, 0.5, 0.6, 1.01]) {
    const pass = (s: RegionalSignal) => s.mentions >= RELEVANCE_RULE.minMentions || s.event >= ev;
    console.log(
      `  n=${RELEVANCE_RULE.minMentions}, event >= ${ev > 1 ? 'never' : ev}: true positives ${P.filter(pass).length}/${P.length}, false positives ${N.filter(pass).length}/${N.length}`,
    );
  }
  const rule = (s: RegionalSignal) => s.mentions >= RELEVANCE_RULE.minMentions || s.event >= RELEVANCE_RULE.eventScore;
  console.log(`\nwith the rule (n=${RELEVANCE_RULE.minMentions}):`);
  for (const s of P.filter((x) => !rule(x)))
    console.log(
      `  missed (about CA): ${s.file} mentions ${s.mentions} entities ${s.entities} event ${s.event.toFixed(2)}`,
    );
  for (const s of N.filter(rule))
    console.log(
      `  passed (unrelated): ${s.file} mentions ${s.mentions} entities ${s.entities} event ${s.event.toFixed(2)}`,
    );
  for (const s of N.filter((x) => !rule(x) && x.mentions > 0))
    console.log(`  refused (unrelated, some mention): ${s.file} mentions ${s.mentions}`);
}

main();
