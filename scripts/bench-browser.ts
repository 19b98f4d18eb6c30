// `npm run bench:browser` (after `npm run build`): the built extension in real Chromium on pages
// written for the benchmark (an Arabic article like the seed, English and Russian articles of the
// same size, a 1 MB live blog, an unrelated page), served by the e2e recorder (e2e/server.ts) and
// launched by the e2e driver (e2e/chromium.ts). Prints JSON: navigation -> first highlight and ->
// claims drawn (warm worker, stopped worker, first page after start), longest task in page and
// background, bytes messaged, page heap; plus mark.js markRegExp and a RegExp alternation of all
// names timed in the same page. Writes pages under .tmp/bench-pages only. Firefox: not measured.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../e2e/chromium';
import { startServer } from '../e2e/server';
import type { CompiledIndex } from '../core/dataset/compiled';
import { articleIn, benchArticles } from './lib/bench-text';
import type { NameLang } from '../core/dataset/schema';

const root = resolve(import.meta.dirname, '..');
// BENCH_EXT: another built extension directory (to compare two builds, e.g. content script run_at)
const ext = process.env.BENCH_EXT ? resolve(process.env.BENCH_EXT) : join(root, '.output', 'chrome-mv3');
const pagesDir = join(root, '.tmp', 'bench-pages');
const SITE = 'kun.uz'; // a starter site Oxus reads
const OFF = 'www.example.org'; // a site where Oxus is off
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const log = (...a: unknown[]) => console.error(...a);

// ---------------------------------------------------------------- pages
const index = JSON.parse(readFileSync(join(root, 'generated', 'index.json'), 'utf8')) as CompiledIndex;
const namesByLang: Record<string, string[]> = {};
for (const e of Object.values(index.entities))
  for (const [l, v] of Object.entries(e.names)) (namesByLang[l] ??= []).push(...(v ?? []));
const aliases = [...new Set(Object.values(namesByLang).flat())];

/** the bench text generator, one language, ~5 KB (a sentence with figures and a date is added) */
const articleOf = (lang: string, seed: number) => articleIn(lang as NameLang, namesByLang, seed);
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
function html(lang: string, title: string, paras: string[]): string {
  const dir = lang === 'ar' || lang === 'fa' ? 'rtl' : 'ltr';
  return `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>${esc(title)}</title>
<meta property="article:published_time" content="2022-01-12T10:00:00Z"></head>
<body><main><article><h1>${esc(title)}</h1>${paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}</article></main></body></html>`;
}
const FIGURES: Record<string, string> = {
  ar: 'وقالت وزارة الداخلية إن 17 من رجال الأمن قتلوا وأصيب أكثر من 1300 آخرين في 5 يناير.',
  en: 'The Interior Ministry said 17 security officers were killed and more than 1,300 injured on 5 January.',
  ru: 'МВД сообщило, что 17 сотрудников силовых структур погибли и более 1300 ранены 5 января.',
};
const pages: Record<string, { host: string; path: string; chars: number }> = {};
function writePage(name: string, host: string, body: string) {
  const path = `/${name}.html`;
  writeFileSync(join(pagesDir, path), body);
  pages[name] = { host, path, chars: body.length };
}

// ---------------------------------------------------------------- in-page probes
// Runs in the page's main world before its scripts: notes when the registered highlight ranges
// change (Chromium shows content-script ranges to the main world) and the longest task.
const PROBE = `(() => {
  const o = { changes: [], longest: 0, tasks: [] };
  window.__bench = o;
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) { o.longest = Math.max(o.longest, e.duration); o.tasks.push([e.startTime, e.duration]); } }).observe({ type: 'longtask', buffered: true }); } catch {}
  let last = 0;
  const tick = () => {
    let n = 0;
    if (window.CSS && CSS.highlights) for (const h of CSS.highlights.values()) n += h.size;
    if (n !== last) { o.changes.push([performance.now(), n]); last = n; }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  setInterval(tick, 4);
})();`;

interface Visit {
  firstMs: number | null;
  claimsMs: number | null;
  dclMs: number;
  loadMs: number;
  longestTaskMs: number;
  /** the longest task that started after the load event (Oxus reads the page at document_idle) */
  longestTaskAfterLoadMs: number;
  ranges: number;
  heapBytes: number | null;
}

async function visit(page: Page, url: string, settleMs = 1500, timeoutMs = 20000): Promise<Visit> {
  await page.goto(url, { waitUntil: 'load' });
  const t0 = Date.now();
  // settle: no change in the range count for settleMs
  for (;;) {
    const changes = (await page.evaluate('window.__bench.changes')) as [number, number][];
    const lastAt = changes.length ? changes[changes.length - 1]![0] : 0;
    const now = (await page.evaluate('performance.now()')) as number;
    if ((changes.length && now - lastAt > settleMs) || Date.now() - t0 > timeoutMs) break;
    await page.waitForTimeout(100);
  }
  const r = (await page.evaluate(`(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const c = window.__bench.changes;
    const afterLoad = Math.max(0, ...window.__bench.tasks.filter(([at]) => at >= nav.loadEventEnd).map(([, d]) => d));
    return { c, longest: window.__bench.longest, afterLoad, dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd,
      heap: performance.memory ? performance.memory.usedJSHeapSize : null };
  })()`)) as {
    c: [number, number][];
    longest: number;
    afterLoad: number;
    dcl: number;
    load: number;
    heap: number | null;
  };
  const nonZero = r.c.filter(([, n]) => n > 0);
  return {
    firstMs: nonZero[0] ? Math.round(nonZero[0][0]) : null,
    claimsMs: nonZero.length ? Math.round(nonZero[nonZero.length - 1]![0]) : null,
    dclMs: Math.round(r.dcl),
    loadMs: Math.round(r.load),
    longestTaskMs: Math.round(r.longest),
    longestTaskAfterLoadMs: Math.round(r.afterLoad),
    ranges: nonZero.length ? nonZero[nonZero.length - 1]![1] : 0,
    heapBytes: r.heap,
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : null;
};
function summary(vs: Visit[]) {
  const pick = (f: (v: Visit) => number | null) => median(vs.map(f).filter((x): x is number => x !== null));
  return {
    n: vs.length,
    navToFirstHighlightMs: pick((v) => v.firstMs),
    navToClaimsDrawnMs: pick((v) => v.claimsMs),
    firstHighlightAfterDclMs: pick((v) => (v.firstMs === null ? null : v.firstMs - v.dclMs)),
    dclMs: pick((v) => v.dclMs),
    loadMs: pick((v) => v.loadMs),
    longestTaskPageMs: Math.max(...vs.map((v) => v.longestTaskMs)),
    longestTaskAfterLoadPageMs: Math.max(...vs.map((v) => v.longestTaskAfterLoadMs)),
    ranges: pick((v) => v.ranges),
    pageHeapBytes: pick((v) => v.heapBytes),
  };
}

async function main() {
  rmSync(pagesDir, { recursive: true, force: true });
  mkdirSync(pagesDir, { recursive: true });
  for (const lang of ['ar', 'en', 'ru']) {
    const paras = articleOf(lang, 7).split('\n');
    paras.splice(1, 0, FIGURES[lang]!);
    writePage(`article-${lang}`, SITE, html(lang, `Article ${lang}`, paras));
  }
  const { big } = benchArticles(namesByLang as never);
  writePage('live-blog', SITE, html('en', 'Live blog', big.split('\n')));
  // the same page where Oxus is off: the page's own longest task and load event, for comparison
  writePage('live-blog-off', OFF, html('en', 'Live blog', big.split('\n')));
  writePage(
    'unrelated',
    OFF,
    html(
      'en',
      'Gardening',
      Array.from(
        { length: 40 },
        (_, i) => `Water the tomatoes every ${i + 2} days in dry weather, and mulch the beds.`,
      ),
    ),
  );
  writePage('markjs-article-ar', OFF, html('ar', 'mark.js', articleOf('ar', 7).split('\n')));

  const server = await startServer({ root: pagesDir, hosts: [SITE, OFF] });
  const driver = await launchChromium({ extDir: ext, proxyPort: server.port, hosts: [SITE, OFF] });
  const { context } = driver;
  await context.addInitScript({ content: PROBE });
  const url = (name: string) => server.origin(pages[name]!.host) + pages[name]!.path;
  const worker = () => context.serviceWorkers()[0];
  const workerStats = async () =>
    (await worker()
      ?.evaluate(
        `(() => { const s = globalThis.oxusStats; return s && { bytesIn: s.bytesIn, bytesOut: s.bytesOut, longestSliceMs: s.queue.longestSliceMs, entitiesMs: s.entitiesMs.slice(), claimsMs: s.claimsMs.slice() }; })()`,
      )
      .catch(() => null)) as {
      bytesIn: number;
      bytesOut: number;
      longestSliceMs: number;
      entitiesMs: number[];
      claimsMs: number[];
    } | null;
  const page = await context.newPage();
  const out: Record<string, unknown> = {
    browser: 'chromium',
    runs: RUNS,
    pages: Object.fromEntries(Object.entries(pages).map(([k, v]) => [k, v.chars])),
  };

  // first page after start: the worker has just started and is reading its index
  out.firstPageAfterStart = summary([await visit(page, url('article-ar'))]);
  // warm worker
  for (const name of ['article-ar', 'article-en', 'article-ru']) {
    const before = await workerStats();
    const vs: Visit[] = [];
    for (let i = 0; i < RUNS; i++) vs.push(await visit(page, url(name)));
    const after = await workerStats();
    out[`${name}.warm`] = {
      ...summary(vs),
      bytesToPage: after && before ? Math.round((after.bytesOut - before.bytesOut) / RUNS) : null,
      bgEntitiesMs: after ? median(after.entitiesMs.slice(-RUNS)) : null,
      bgClaimsMs: after ? median(after.claimsMs.slice(-RUNS)) : null,
    };
  }
  // stopped worker (what Chrome does after 30 s idle), through CDP
  const cdp = await context.newCDPSession(page);
  const stopped: Visit[] = [];
  for (let i = 0; i < Math.min(RUNS, 3); i++) {
    await cdp.send('ServiceWorker.enable').catch(() => undefined);
    const ok = await cdp.send('ServiceWorker.stopAllWorkers').then(
      () => true,
      () => false,
    );
    if (!ok) break;
    await page.waitForTimeout(300);
    stopped.push(await visit(page, url('article-ar')));
  }
  out['article-ar.stoppedWorker'] = stopped.length ? summary(stopped) : 'ServiceWorker.stopAllWorkers unavailable';
  // the worker's longest task, as the longest gap of a 5 ms heartbeat (all of its work, not only slices)
  const beat = `(() => { const g = globalThis.__benchBeat = { max: 0, last: performance.now() };
    setInterval(() => { const n = performance.now(); g.max = Math.max(g.max, n - g.last); g.last = n; }, 5); })()`;
  await worker()
    ?.evaluate(beat)
    .catch(() => undefined);
  const beatMax = async () => {
    const v = (await worker()
      ?.evaluate('globalThis.__benchBeat?.max ?? null')
      .catch(() => null)) as number | null;
    return v === null ? null : Math.round(Math.max(0, v - 5));
  };
  const startup = (await worker()
    ?.evaluate('globalThis.oxusStartup ?? null')
    .catch(() => null)) as Record<string, number> | null;
  out['article-ar.stoppedWorker.startup'] = startup;
  await worker()
    ?.evaluate('globalThis.__benchBeat.max = 0; globalThis.oxusStats.queue.longestSliceMs = 0')
    .catch(() => undefined);
  // 1 MB live blog
  const before = await workerStats();
  const blog = await visit(page, url('live-blog'), 2500, 60000);
  const after = await workerStats();
  // Oxus's own longest synchronous step in the page (reading, applying), from its content script
  const ownLongest = (await worker()
    ?.evaluate(
      `(async () => { let best = null; // tab URLs are hidden without the tabs permission: ask every tab
        for (const t of await chrome.tabs.query({})) {
          const s = await chrome.tabs.sendMessage(t.id, { type: 'highlight-stats' }).catch(() => null);
          const v = s && (s.ok ?? s);
          if (v && v.longestTaskMs != null) best = Math.max(best ?? 0, v.longestTaskMs);
        }
        return best; })()`,
    )
    .catch(() => null)) as number | null;
  out['live-blog.warm'] = {
    ...summary([blog]),
    bytesFromPage: after && before ? after.bytesIn - before.bytesIn : null,
    bytesToPage: after && before ? after.bytesOut - before.bytesOut : null,
    longestSliceBackgroundMs: after ? Math.round(after.longestSliceMs) : null,
    longestTaskBackgroundMs: await beatMax(),
    oxusLongestStepPageMs: ownLongest,
    bgEntitiesMs: after ? Math.round(after.entitiesMs.at(-1) ?? 0) : null,
    bgClaimsMs: after ? Math.round(after.claimsMs.at(-1) ?? 0) : null,
  };
  // again: every language's claim and date tables are compiled by now (the first visit after a
  // worker start pays for compiling them, in the slices of its claims)
  await worker()
    ?.evaluate('globalThis.__benchBeat.max = 0; globalThis.oxusStats.queue.longestSliceMs = 0')
    .catch(() => undefined);
  const blog2 = await visit(page, url('live-blog'), 2500, 60000);
  const after2 = await workerStats();
  out['live-blog.secondVisit'] = {
    ...summary([blog2]),
    longestSliceBackgroundMs: after2 ? Math.round(after2.longestSliceMs) : null,
    longestTaskBackgroundMs: await beatMax(),
    bgEntitiesMs: after2 ? Math.round(after2.entitiesMs.at(-1) ?? 0) : null,
    bgClaimsMs: after2 ? Math.round(after2.claimsMs.at(-1) ?? 0) : null,
  };
  const blogOff = await visit(page, url('live-blog-off'), 500, 5000);
  out['live-blog.withoutOxus'] = {
    loadMs: blogOff.loadMs,
    dclMs: blogOff.dclMs,
    longestTaskPageMs: blogOff.longestTaskMs,
    longestTaskAfterLoadPageMs: blogOff.longestTaskAfterLoadMs,
  };
  // unrelated page on a site where Oxus is off: the worker should not run at all
  const ws0 = await workerStats();
  out.unrelated = {
    ...summary([await visit(page, url('unrelated'), 500, 3000)]),
    workerMessages:
      ws0 && (await workerStats()) ? (await workerStats())!.entitiesMs.length - ws0.entitiesMs.length : null,
  };

  // in-page comparison, same page: mark.js markRegExp with one alternation of every name, and the
  // same RegExp alternation counted over the page's text
  const mp = await context.newPage();
  await mp.goto(url('markjs-article-ar'), { waitUntil: 'load' });
  await mp.addScriptTag({
    content: readFileSync(join(root, 'node_modules', 'mark.js', 'dist', 'mark.min.js'), 'utf8'),
  });
  const escaped = [...aliases].sort((a, b) => b.length - a.length).map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const inPage = (await mp.evaluate(`((alt) => {
    const t0 = performance.now();
    const re = new RegExp(alt, 'gi');
    'x'.match(re);
    const compileMs = performance.now() - t0;
    const text = document.body.innerText;
    const times = [];
    let hits = 0;
    for (let i = 0; i < 7; i++) { const a = performance.now(); hits = 0; for (const _ of text.matchAll(re)) hits++; times.push(performance.now() - a); }
    times.sort((a, b) => a - b);
    const m0 = performance.now();
    let marks = 0;
    new Mark(document.body).markRegExp(new RegExp(alt, 'gi'), { each: () => { marks++; } });
    const markMs = performance.now() - m0;
    return { chars: text.length, regExpCompileMs: compileMs, regExpMs: times[3], regExpHits: hits, markjsMs: markMs, markjsMarks: marks };
  })(${JSON.stringify(escaped.join('|'))})`)) as Record<string, number>;
  const oxusEntitiesMs = (out['article-ar.warm'] as { bgEntitiesMs: number | null }).bgEntitiesMs;
  out.inPage = {
    ...inPage,
    oxusEntitiesMs,
    vsMarkjs: oxusEntitiesMs ? +(inPage.markjsMs! / oxusEntitiesMs).toFixed(1) : null,
    vsRegExp: oxusEntitiesMs ? +(inPage.regExpMs! / oxusEntitiesMs).toFixed(1) : null,
    note: 'oxusEntitiesMs: the background from the page message to its entities reply (engine entities pass plus queue)',
  };
  await driver.close();
  await server.close();
  console.log(JSON.stringify(out, null, 2));
}

main().catch((e) => {
  log(e);
  process.exit(1);
});
