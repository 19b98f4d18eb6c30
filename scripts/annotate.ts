// `npm run --silent annotate -- [--json] [--lang xx] [--date YYYY-MM-DD] FILE...`
// Prints, per file, the engine's annotation as JSON ({ file, lang, date, entities, events, claims,
// dates }); offsets are UTF-16 indices into the extracted text. Plain text or HTML (parsed).
// A missing, unreadable or binary file: message on stderr, exit 1, other files still processed.
import { readFileSync, statSync } from 'node:fs';
import { pageDateFrom } from '../core/dates/page-date';
import { loadEngineForTests } from '../core/load-engine';
import { LANGS, type Lang } from '../core/types';
import { htmlToText, looksLikeHtml } from './lib/html';

function usage(msg?: string): never {
  if (msg) console.error(`annotate: ${msg}`);
  console.error('usage: npm run --silent annotate -- [--json] [--lang xx] [--date YYYY-MM-DD] FILE...');
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

let engine;
try {
  engine = loadEngineForTests();
} catch (err) {
  console.error(`annotate: ${(err as Error).message}`);
  process.exit(1);
}

let failed = false;
const results: unknown[] = [];
for (const file of files) {
  let buf: Buffer;
  try {
    if (statSync(file).isDirectory()) throw new Error('is a directory');
    buf = readFileSync(file);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    console.error(`annotate: ${file}: ${e.code === 'ENOENT' ? 'no such file' : e.code === 'EACCES' ? 'permission denied' : e.message}`);
    failed = true;
    continue;
  }
  if (buf.includes(0) || !isUtf8(buf)) {
    console.error(`annotate: ${file}: binary or not UTF-8 text, skipped`);
    failed = true;
    continue;
  }
  let text = buf.toString('utf8').replace(/^\uFEFF/, '');
  let pageDate = date;
  if (looksLikeHtml(text)) {
    const h = htmlToText(text);
    text = h.text;
    pageDate ??= pageDateFrom({ ...h.dateHints, url: undefined, text: h.text.slice(0, 600) });
  } else {
    pageDate ??= pageDateFrom({ text: text.slice(0, 600) });
  }
  const a = engine.annotate(text, { lang, date: pageDate });
  results.push({ file, ...a });
}
for (const r of results) console.log(pretty ? JSON.stringify(r, null, 2) : JSON.stringify(r));
process.exit(failed ? 1 : 0);

function isUtf8(b: Buffer): boolean {
  try { new TextDecoder('utf-8', { fatal: true }).decode(b); return true; } catch { return false; }
}
