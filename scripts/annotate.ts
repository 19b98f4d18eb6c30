// `npm run --silent annotate -- [--json] [--lang xx] [--date YYYY-MM-DD] FILE...`
// Prints, per file, the engine's annotation as JSON ({ file, lang, date, entities, events, claims,
// dates }); offsets are UTF-16 indices into the extracted text. Plain text or HTML (parsed).
// A missing, unreadable, binary or non-regular file (FIFO, device): message on stderr, exit 1,
// other files still processed. Large files are annotated in slices (scripts/lib/chunked.ts) and
// written out piece by piece,
// and the exit status is set without `process.exit`, so a pipe always gets the whole output.
import { isUtf8 } from 'node:buffer';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pageDateFrom } from '../core/dates/page-date';
import { loadEngineForTests } from '../core/load-engine';
import { LANGS, type Lang } from '../core/types';
import { htmlToText, looksLikeHtml } from './lib/html';
import { annotateInSlices, SLICE_CHARS } from './lib/chunked';
import { Spooled, writeJsonLine } from './lib/json-out';

function usage(msg?: string): never {
  if (msg) console.error(`annotate: ${msg}`);
  console.error('usage: npm run --silent annotate -- [--json] [--lang xx] [--date YYYY-MM-DD] FILE...');
  // nothing has been written to stdout yet, so exiting here cannot cut output
  process.exit(2);
}

const args = process.argv.slice(2);
let lang: Lang | undefined;
let date: string | undefined;
let pretty = true;
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--json') pretty = false;
  else if (a === '--lang') {
    const v = args[++i];
    if (!v || !(LANGS as readonly string[]).includes(v)) usage(`--lang must be one of ${LANGS.join(' ')}`);
    lang = v as Lang;
  } else if (a === '--date') {
    const v = args[++i];
    if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) usage('--date must be YYYY-MM-DD');
    date = v;
  } else if (a === '--help' || a === '-h') usage();
  else if (a.startsWith('--')) usage(`unknown option ${a}`);
  else files.push(a);
}
if (files.length === 0) usage('no FILE given');

/** Above this many items a result is written piece by piece (one JSON line) even without --json. */
const PRETTY_MAX_ITEMS = 50_000;

/** Why `file` cannot be read as a text file, or undefined when it can. */
function unreadable(file: string): string | undefined {
  try {
    const st = statSync(file);
    if (st.isDirectory()) return 'is a directory';
    if (!st.isFile()) return 'not a regular file (a pipe, socket or device): give a file';
    return undefined;
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return e.code === 'ENOENT' ? 'no such file' : e.code === 'EACCES' ? 'permission denied' : e.message;
  }
}

async function main(): Promise<number> {
  let engine: ReturnType<typeof loadEngineForTests>;
  try {
    engine = loadEngineForTests();
  } catch (err) {
    console.error(`annotate: ${(err as Error).message}`);
    return 1;
  }
  let failed = false;
  for (const file of files) {
    const why = unreadable(file);
    let buf: Buffer | undefined;
    if (!why) {
      try {
        buf = readFileSync(file);
      } catch (err) {
        console.error(`annotate: ${file}: ${(err as Error).message}`);
      }
    } else console.error(`annotate: ${file}: ${why}`);
    if (!buf) {
      failed = true;
      continue;
    }
    if (buf.includes(0) || !isUtf8(buf)) {
      console.error(`annotate: ${file}: binary or not UTF-8 text, skipped`);
      failed = true;
      continue;
    }
    let text = buf.toString('utf8').replace(/^\uFEFF/, '');
    buf = undefined;
    let pageDate = date;
    if (looksLikeHtml(text)) {
      const h = htmlToText(text);
      text = h.text;
      pageDate ??= pageDateFrom({ ...h.dateHints, url: undefined, text: h.text.slice(0, 600) });
    } else {
      pageDate ??= pageDateFrom({ text: text.slice(0, 600) });
    }
    // a text of several slices spools its claims to a temporary file (most of a large result)
    const dir = text.length > SLICE_CHARS ? mkdtempSync(join(tmpdir(), 'oxus-annotate-')) : undefined;
    const spool = dir ? new Spooled(join(dir, 'claims.json')) : undefined;
    try {
      const sink = spool ? (claims: readonly unknown[]) => spool.add(claims) : undefined;
      const a = annotateInSlices(engine, text, { lang, date: pageDate }, SLICE_CHARS, sink);
      const items = a.entities.length + (spool?.count ?? a.claims.length) + a.dates.length;
      if (pretty && items <= PRETTY_MAX_ITEMS) {
        const claims = spool ? spool.readAll() : a.claims;
        await write(JSON.stringify({ file, ...a, claims }, null, 2) + '\n');
      } else await writeJsonLine(process.stdout, { file, ...a, ...(spool ? { claims: spool } : {}) });
    } finally {
      spool?.dispose();
      if (dir) rmSync(dir, { recursive: true, force: true });
    }
  }
  return failed ? 1 : 0;
}

function write(s: string): Promise<void> {
  return new Promise((res) => (process.stdout.write(s) ? res() : process.stdout.once('drain', () => res())));
}

main().then(
  (code) => {
    process.exitCode = code;
    // for `npm run bench:cli`: this process's CPU (all threads) and peak memory, one JSON line on stderr
    if (process.env.OXUS_CLI_STATS) {
      const r = process.resourceUsage();
      const cpuS = (r.userCPUTime + r.systemCPUTime) / 1e6;
      console.error(JSON.stringify({ cpuS, rssMb: r.maxRSS / 1024 }));
    }
  },
  (err: unknown) => {
    console.error(`annotate: ${(err as Error).stack ?? err}`);
    process.exitCode = 1;
  },
);
