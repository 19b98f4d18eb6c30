// `npm run bench:heap` (after `npm run build`): Oxus's part of a tab's JS heap in real Chromium (issue 12,
// "page heap per tab <= 0.6 MB"). The bench pages of bench-browser.ts (imported, not copied) are opened
// alternately in a browser with the built extension and in the same Chromium without it (same server,
// same run); each load waits until the page is lit, forces GC through CDP and reads Runtime.getHeapUsage
// of the page's isolate (the content script's isolated world lives there). Prints JSON per page: median
// heap with, without, the difference (Oxus's part) and its ratio to 0.6 MB. BENCH_HEAP_SNAPSHOT=1 adds
// the constructors whose retained self size grows most (one heap snapshot each way). Writes .tmp only.
import { mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath, launchChromium } from '../e2e/chromium';
import { startServer } from '../e2e/server';
import { pages, pagesDir, SITE, writeArticlePages } from './bench-browser';

const root = resolve(import.meta.dirname, '..');
const ext = process.env.BENCH_EXT ? resolve(process.env.BENCH_EXT) : join(root, '.output', 'chrome-mv3');
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 5));
const TARGET_BYTES = 0.6 * 1024 * 1024;
const SNAPSHOT = process.env.BENCH_HEAP_SNAPSHOT === '1';
const log = (...a: unknown[]) => console.error(...a);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
// lit = highlights drawn and unchanged for QUIET ms: on the live blog the claims of later parts can come
// more than 1 s after its entities, and the parts' text is held until they do (see the report in issue 12)
const QUIET_MS = Number(process.env.BENCH_QUIET_MS ?? 3000);

/** the pages of issue 12's page-heap target, built by bench-browser.ts's own builders */
function writePages(): string[] {
  writeArticlePages();
  return ['article-ar', 'article-en', 'article-ru', 'live-blog'];
}

/** The same Chromium, profile and flags as e2e/chromium.ts, minus the extension. */
async function launchBare(proxyPort: number): Promise<BrowserContext> {
  const profile = mkdtempSync(join(process.env.TMPDIR || '/tmp', 'oxus-chromium-bare-'));
  const args = chromiumArgs(ext, proxyPort, [SITE]).filter(
    (a) => !a.startsWith('--load-extension=') && !a.startsWith('--disable-extensions-except='),
  );
  return chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: [...args, '--disable-extensions'],
    viewport: { width: 1100, height: 800 },
  });
}

/** Waits until the highlight count (the page's probe, bench-browser PROBE) is non-zero and still for QUIET_MS. */
async function waitLit(page: Page, timeoutMs = 60000): Promise<number> {
  const t0 = Date.now();
  for (;;) {
    const s = await page.evaluate<{ n: number; quietMs: number }>(`(() => {
      const c = window.__bench.changes; const last = c[c.length - 1];
      return { n: last ? last[1] : 0, quietMs: last ? performance.now() - last[0] : 0 };
    })()`);
    if (s.n > 0 && s.quietMs > QUIET_MS) return Date.now() - t0;
    if (Date.now() - t0 > timeoutMs) throw new Error(`page not lit in ${timeoutMs} ms`);
    await pause(100);
  }
}

/** Opens url in a fresh tab, waits (lit, or waitMs for the bare browser), GC, heap of the page's isolate. */
async function load(context: BrowserContext, url: string, lit: boolean, waitMs: number) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.bringToFront();
  const waited = lit ? await waitLit(page) : (await pause(waitMs), waitMs);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  const byConstructor = SNAPSHOT ? await snapshotByConstructor(cdp) : null;
  await cdp.detach();
  await page.close(); // one tab at a time: a second same-site tab could share the renderer's isolate
  return { used: usage.usedSize, waited, byConstructor };
}

/** Self size per constructor name (objects, closures, strings, arrays...) from one heap snapshot. */
async function snapshotByConstructor(cdp: import('playwright-core').CDPSession) {
  const chunks: string[] = [];
  const on = (e: { chunk: string }) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', on);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', on);
  const snap = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
    strings: string[];
  };
  const f = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const [iType, iName, iSize, width] = [f.indexOf('type'), f.indexOf('name'), f.indexOf('self_size'), f.length];
  const out = new Map<string, number>();
  for (let i = 0; i < snap.nodes.length; i += width) {
    const type = types[snap.nodes[i + iType]!]!;
    const name = snap.strings[snap.nodes[i + iName]!]!;
    // objects and closures by constructor; native (DOM, Range) and array nodes by their name, strings by kind
    const named = type === 'object' || type === 'closure' || type === 'native' || type === 'array';
    const key = named ? `${type === 'object' ? '' : `(${type}) `}${name.slice(0, 60)}` : `(${type})`;
    out.set(key, (out.get(key) ?? 0) + snap.nodes[i + iSize]!);
  }
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mb = (b: number) => +(b / 1024 / 1024).toFixed(3);

function growth(withExt: Map<string, number>, bare: Map<string, number>) {
  return [...withExt]
    .map(([k, v]) => ({ constructor: k, bytes: v - (bare.get(k) ?? 0) }))
    .filter((g) => g.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 15);
}

async function main() {
  // BENCH_PAGES=article-ar,live-blog: a subset
  const only = process.env.BENCH_PAGES?.split(',');
  const names = writePages().filter((n) => !only || only.includes(n));
  const server = await startServer({ root: pagesDir, hosts: [SITE] });
  const url = (name: string) => server.origin(pages[name]!.host) + pages[name]!.path;
  const withExt = await launchChromium({ extDir: ext, proxyPort: server.port, hosts: [SITE] });
  const bare = await launchBare(server.port);
  const results: Record<string, unknown> = {};
  try {
    for (const name of names) {
      const w: number[] = [];
      const b: number[] = [];
      let lastWith: Awaited<ReturnType<typeof load>> | null = null;
      let lastBare: Awaited<ReturnType<typeof load>> | null = null;
      // alternate, with first: the bare tab then waits as long as the lit one took (same page age)
      for (let i = 0; i < RUNS; i++) {
        lastWith = await load(withExt.context, url(name), true, 0);
        lastBare = await load(bare, url(name), false, lastWith.waited);
        w.push(lastWith.used);
        b.push(lastBare.used);
        log(`${name} #${i + 1}: with ${mb(lastWith.used)} MB, without ${mb(lastBare.used)} MB`);
      }
      const diff = median(w) - median(b);
      results[name] = {
        n: RUNS,
        chars: pages[name]!.chars,
        heapWithMB: mb(median(w)),
        heapWithoutMB: mb(median(b)),
        oxusMB: mb(diff),
        // paired per alternation: less sensitive to drift over the run than the difference of medians
        oxusPairedMedianMB: mb(median(w.map((x, i) => x - b[i]!))),
        vsTarget06MB: +(diff / TARGET_BYTES).toFixed(2),
        ...(lastWith?.byConstructor && lastBare?.byConstructor
          ? { growthByConstructor: growth(lastWith.byConstructor, lastBare.byConstructor) }
          : {}),
      };
    }
  } finally {
    await withExt.close();
    await bare.close();
    await server.close();
  }
  console.log(JSON.stringify({ chromium: results }, null, 2));
}

main().catch((e) => {
  log(e);
  process.exit(1);
});
