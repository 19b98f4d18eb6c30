// `npm run bench:browser` (after `npm run build`): the built extension in real Chromium on pages
// written for the benchmark (an Arabic article like the seed, English and Russian articles of the
// same size, a 1 MB live blog, an unrelated page), served by the e2e recorder (e2e/server.ts) and
// launched by the e2e drivers (e2e/chromium.ts, e2e/firefox.ts). Prints JSON: navigation -> first
// highlight and -> claims drawn (warm worker, stopped worker, first page after start), longest task
// in page and background, bytes messaged vs characters drawn, worker and page heap; plus mark.js
// markRegExp and a RegExp alternation of all names timed in the same page. Then the same pages in
// Firefox where the measurement exists there (no stopped worker, no heap, no longtask API: the page's
// longest task is its longest timer gap). Writes pages under .tmp/bench-pages only.
// BENCH_BROWSERS=chromium|firefox|chromium,firefox (both by default).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../e2e/chromium';
import { launchFirefox } from '../e2e/firefox';
import type { TabHandle } from '../e2e/scenario';
import { startServer } from '../e2e/server';
import type { CompiledIndex } from '../core/dataset/compiled';
import { articleIn, benchArticles } from './lib/bench-text';
import type { NameLang } from '../core/dataset/schema';

const root = resolve(import.meta.dirname, '..');
// BENCH_EXT: another built extension directory (to compare two builds, e.g. content script run_at)
const ext = process.env.BENCH_EXT ? resolve(process.env.BENCH_EXT) : join(root, '.output', 'chrome-mv3');
const extFirefox = process.env.BENCH_EXT_FIREFOX
  ? resolve(process.env.BENCH_EXT_FIREFOX)
  : join(root, '.output', 'firefox-mv2');
const BROWSERS = (process.env.BENCH_BROWSERS ?? 'chromium,firefox').split(',');
export const pagesDir = join(root, '.tmp', 'bench-pages');
export const SITE = 'kun.uz'; // a starter site Oxus reads
const OFF = 'www.example.org'; // a site where Oxus is off
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
// BENCH_ONLY=startup: only the first page after start, the warm articles, the stopped worker (with
// the worker's heap after gc) and the index forms read in an extension page (issue 12, index work)
const STARTUP_ONLY = process.env.BENCH_ONLY === 'startup';
const log = (...a: unknown[]) => console.error(...a);

// ---------------------------------------------------------------- pages
const index = JSON.parse(readFileSync(join(root, 'generated', 'index.json'), 'utf8')) as CompiledIndex;
export const namesByLang: Record<string, string[]> = {};
for (const e of Object.values(index.entities))
  for (const [l, v] of Object.entries(e.names)) (namesByLang[l] ??= []).push(...(v ?? []));
const aliases = [...new Set(Object.values(namesByLang).flat())];

/** the bench text generator, one language, ~5 KB (a sentence with figures and a date is added) */
export const articleOf = (lang: string, seed: number) => articleIn(lang as NameLang, namesByLang, seed);
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
export function html(lang: string, title: string, paras: string[]): string {
  const dir = lang === 'ar' || lang === 'fa' ? 'rtl' : 'ltr';
  return `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>${esc(title)}</title>
<script>${PROBE}</script>
<meta property="article:published_time" content="2022-01-12T10:00:00Z"></head>
<body><main><article><h1>${esc(title)}</h1>${paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}</article></main></body></html>`;
}
export const FIGURES: Record<string, string> = {
  ar: 'وقالت وزارة الداخلية إن 17 من رجال الأمن قتلوا وأصيب أكثر من 1300 آخرين في 5 يناير.',
  en: 'The Interior Ministry said 17 security officers were killed and more than 1,300 injured on 5 January.',
  ru: 'МВД сообщило, что 17 сотрудников силовых структур погибли и более 1300 ранены 5 января.',
};
export const pages: Record<string, { host: string; path: string; chars: number }> = {};
export function writePage(name: string, host: string, body: string) {
  const path = `/${name}.html`;
  writeFileSync(join(pagesDir, path), body);
  pages[name] = { host, path, chars: body.length };
}

// ---------------------------------------------------------------- in-page probes
// Runs in the page's main world before its scripts (the first script of every bench page): notes
// when the registered highlight ranges change (both browsers show content-script ranges to the main
// world), the longest task (longtask API: Chromium) and the longest gap of a 4 ms timer (both).
const PROBE = `(() => {
  const o = { changes: [], longest: 0, tasks: [], maxGap: 0, lastBeat: performance.now() };
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
  setInterval(() => { const n = performance.now(); o.maxGap = Math.max(o.maxGap, n - o.lastBeat - 4); o.lastBeat = n; tick(); }, 4);
})();`;

interface Visit {
  firstMs: number | null;
  claimsMs: number | null;
  dclMs: number;
  loadMs: number;
  longestTaskMs: number;
  /** the longest task that started after the load event (Oxus reads the page at document_idle) */
  longestTaskAfterLoadMs: number;
  /** the longest gap of the page's 4 ms timer (a task, or tasks, that held its thread: both browsers) */
  longestGapMs: number;
  ranges: number;
  /** characters of page text covered by the highlight ranges at the end */
  charsDrawn: number;
  heapBytes: number | null;
}

/** One tab the bench drives: Playwright's Page in Chromium, the e2e driver's tabs in Firefox. */
interface BenchTab {
  goto(url: string): Promise<void>;
  evaluate<T>(js: string): Promise<T>;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function visit(tab: BenchTab, url: string, settleMs = 1500, timeoutMs = 20000): Promise<Visit> {
  await tab.goto(url);
  const t0 = Date.now();
  // settle: no change in the range count for settleMs
  for (;;) {
    const changes = await tab.evaluate<[number, number][]>('window.__bench.changes');
    const lastAt = changes.length ? changes[changes.length - 1]![0] : 0;
    const now = await tab.evaluate<number>('performance.now()');
    if ((changes.length && now - lastAt > settleMs) || Date.now() - t0 > timeoutMs) break;
    await pause(100);
  }
  const r = await tab.evaluate<{
    c: [number, number][];
    longest: number;
    afterLoad: number;
    gap: number;
    dcl: number;
    load: number;
    drawn: number;
    heap: number | null;
  }>(`(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const c = window.__bench.changes;
    const afterLoad = Math.max(0, ...window.__bench.tasks.filter(([at]) => at >= nav.loadEventEnd).map(([, d]) => d));
    let drawn = 0;
    for (const h of CSS.highlights.values())
      for (const r of h) {
        const x = document.createRange();
        x.setStart(r.startContainer, r.startOffset);
        x.setEnd(r.endContainer, r.endOffset);
        drawn += x.toString().length;
      }
    return { c, longest: window.__bench.longest, afterLoad, gap: window.__bench.maxGap, drawn,
      dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd,
      heap: performance.memory ? performance.memory.usedJSHeapSize : null };
  })()`);
  const nonZero = r.c.filter(([, n]) => n > 0);
  return {
    firstMs: nonZero[0] ? Math.round(nonZero[0][0]) : null,
    claimsMs: nonZero.length ? Math.round(nonZero[nonZero.length - 1]![0]) : null,
    dclMs: Math.round(r.dcl),
    loadMs: Math.round(r.load),
    longestTaskMs: Math.round(r.longest),
    longestTaskAfterLoadMs: Math.round(r.afterLoad),
    longestGapMs: Math.round(r.gap),
    ranges: nonZero.length ? nonZero[nonZero.length - 1]![1] : 0,
    charsDrawn: r.drawn,
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
    longestGapPageMs: Math.max(...vs.map((v) => v.longestGapMs)),
    ranges: pick((v) => v.ranges),
    charsDrawn: pick((v) => v.charsDrawn),
    pageHeapBytes: pick((v) => v.heapBytes),
  };
}

/** The seed-like articles (ar, en, ru) and the 1 MB live blog, written afresh; returns the live blog's text. */
export function writeArticlePages(): string {
  rmSync(pagesDir, { recursive: true, force: true });
  mkdirSync(pagesDir, { recursive: true });
  for (const lang of ['ar', 'en', 'ru']) {
    const paras = articleOf(lang, 7).split('\n');
    paras.splice(1, 0, FIGURES[lang]!);
    writePage(`article-${lang}`, SITE, html(lang, `Article ${lang}`, paras));
  }
  const { big } = benchArticles(namesByLang as never);
  writePage('live-blog', SITE, html('en', 'Live blog', big.split('\n')));
  return big;
}

async function main() {
  const big = writeArticlePages();
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
  const url = (name: string) => server.origin(pages[name]!.host) + pages[name]!.path;
  const results: Record<string, unknown> = {};
  if (BROWSERS.includes('chromium')) results.chromium = await chromiumBench(server.port, url);
  if (BROWSERS.includes('firefox')) results.firefox = await firefoxBench(server.port, url);
  await server.close();
  console.log(JSON.stringify(results, null, 2));
}

/** the issue 12 fields measured in Chromium (all of them) */
async function chromiumBench(port: number, url: (name: string) => string): Promise<Record<string, unknown>> {
  const driver = await launchChromium({ extDir: ext, proxyPort: port, hosts: [SITE, OFF] });
  const { context } = driver;
  const worker = () => context.serviceWorkers()[0];
  const workerStats = async () =>
    (await worker()
      ?.evaluate(
        `(() => { const s = globalThis.oxusStats; return s && { bytesIn: s.bytesIn, bytesOut: s.bytesOut,
          longestSliceMs: s.queue.longestSliceMs, entitiesMs: s.entitiesMs.slice(), claimsMs: s.claimsMs.slice(),
          storeMs: s.storeMs, syncMs: s.syncMs }; })()`,
      )
      .catch(() => null)) as {
      bytesIn: number;
      bytesOut: number;
      longestSliceMs: number;
      entitiesMs: number[];
      claimsMs: number[];
      storeMs: number;
      syncMs: Record<string, number>;
    } | null;
  const workerHeap = async () =>
    (await worker()
      ?.evaluate('globalThis.performance?.memory?.usedJSHeapSize ?? null')
      .catch(() => null)) as number | null;
  const page = await context.newPage();
  const tab: BenchTab = {
    goto: async (u) => void (await page.goto(u, { waitUntil: 'load' })),
    evaluate: <T>(js: string) => page.evaluate(js) as Promise<T>,
  };
  const out: Record<string, unknown> = {
    browser: 'chromium',
    runs: RUNS,
    pages: Object.fromEntries(Object.entries(pages).map(([k, v]) => [k, v.chars])),
  };

  // first page after start: the worker has just started and is reading its index
  out.firstPageAfterStart = summary([await visit(tab, url('article-ar'))]);
  // warm worker
  const timing = async () =>
    ((await worker()
      ?.evaluate(timingJs('chrome'))
      .catch(() => null)) ?? null) as Timing | null;
  await warmArticles((name) => visit(tab, url(name)), workerStats, out, timing);
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
    stopped.push(await visit(tab, url('article-ar')));
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
  // the heap of a worker that has read its index and annotated one article, after gc
  out['article-ar.stoppedWorker.workerHeapBytes'] = await workerHeapAfterGc(cdp).catch(() => null);
  if (STARTUP_ONLY) {
    out.indexForms = await indexForms(context, new URL(worker()!.url()).host);
    await driver.close();
    return out;
  }
  await worker()
    ?.evaluate('globalThis.__benchBeat.max = 0; globalThis.oxusStats.queue.longestSliceMs = 0')
    .catch(() => undefined);
  // 1 MB live blog
  const before = await workerStats();
  const trace = await startTrace(cdp);
  const blog = await visit(tab, url('live-blog'), 2500, 60000);
  const after = await claimsDone(workerStats, before?.claimsMs.length ?? 0);
  const workerCpu = await trace.workerTasks();
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
    bytesPerCharDrawn: ratio(after && before ? after.bytesOut - before.bytesOut : null, blog.charsDrawn),
    longestSliceBackgroundMs: after ? Math.round(after.longestSliceMs) : null,
    longestTaskBackgroundMs: await beatMax(),
    // CPU time of the worker's longest tasks (a trace's thread time: what a loaded machine does not inflate)
    longestTaskBackgroundCpuMs: workerCpu,
    oxusLongestStepPageMs: ownLongest,
    bgEntitiesMs: after ? Math.round(after.entitiesMs.at(-1) ?? 0) : null,
    bgClaimsMs: after ? Math.round(after.claimsMs.at(-1) ?? 0) : null,
    // the longest synchronous part of a tab-state write, and of receiving each request type
    bgStoreMs: after ? Math.round(after.storeMs) : null,
    bgReceiveMs: after?.syncMs ?? null,
  };
  // again: every language's claim and date tables are compiled by now (the first visit after a
  // worker start pays for compiling them, in the slices of its claims)
  await worker()
    ?.evaluate('globalThis.__benchBeat.max = 0; globalThis.oxusStats.queue.longestSliceMs = 0')
    .catch(() => undefined);
  const claims1 = (await workerStats())?.claimsMs.length ?? 0;
  const blog2 = await visit(tab, url('live-blog'), 2500, 60000);
  const after2 = await claimsDone(workerStats, claims1);
  out['live-blog.secondVisit'] = {
    ...summary([blog2]),
    longestSliceBackgroundMs: after2 ? Math.round(after2.longestSliceMs) : null,
    longestTaskBackgroundMs: await beatMax(),
    bgEntitiesMs: after2 ? Math.round(after2.entitiesMs.at(-1) ?? 0) : null,
    bgClaimsMs: after2 ? Math.round(after2.claimsMs.at(-1) ?? 0) : null,
  };
  const blogOff = await visit(tab, url('live-blog-off'), 500, 5000);
  out['live-blog.withoutOxus'] = {
    loadMs: blogOff.loadMs,
    dclMs: blogOff.dclMs,
    longestTaskPageMs: blogOff.longestTaskMs,
    longestTaskAfterLoadPageMs: blogOff.longestTaskAfterLoadMs,
    longestGapPageMs: blogOff.longestGapMs,
  };
  // unrelated page on a site where Oxus is off: the worker should not run at all
  const ws0 = await workerStats();
  out.unrelated = {
    ...summary([await visit(tab, url('unrelated'), 500, 3000)]),
    workerMessages:
      ws0 && (await workerStats()) ? (await workerStats())!.entitiesMs.length - ws0.entitiesMs.length : null,
    workerWakeUps: await wakeUps(cdp, () => visit(tab, url('unrelated'), 500, 3000)),
    // the same count for a page Oxus reads: the measure sees a wake-up when there is one
    workerWakeUpsOnOxusSite: await wakeUps(cdp, () => visit(tab, url('article-ar'))),
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
  out.workerHeapBytes = await workerHeap();
  await driver.close();
  return out;
}

/**
 * The same pages in Firefox ESR, where the measurement exists: its background page (reached from an
 * extension page) gives bytes, request times, longest slice and a heartbeat; no stopped-worker case
 * (an MV2 background page), no heap (no performance.memory), no longtask API (the page's longest
 * timer gap instead), no mark.js comparison (the issue asks it in Chromium).
 */
async function firefoxBench(port: number, url: (name: string) => string): Promise<Record<string, unknown>> {
  const driver = await launchFirefox({ extDir: extFirefox, proxyPort: port, hosts: [SITE, OFF] });
  let current: TabHandle | undefined;
  // a tab per visit (the e2e driver opens tabs; each waits for its load event)
  const tab: BenchTab = {
    goto: async (u) => {
      const next = await driver.openPage(u);
      await current?.close();
      current = next;
    },
    evaluate: <T>(js: string) => current!.evaluate<T>(js),
  };
  const out: Record<string, unknown> = { browser: 'firefox', runs: RUNS };
  out.firstPageAfterStart = summary([await visit(tab, url('article-ar'))]);
  // the options page reaches the background page; not the side panel, whose rendering of a big page's
  // state would run on the same extension-process thread and count as the background's longest task
  const panel = await driver.openExtensionPage('options.html');
  type Bg = {
    bytesIn: number;
    bytesOut: number;
    slice: number;
    task: number;
    entitiesMs: number[];
    claimsMs: number[];
    storeMs: number;
    syncMs: Record<string, number>;
  };
  const bg = (expr: string) =>
    panel
      .evaluate(`(() => { const s = globalThis.browser.extension.getBackgroundPage().oxusStats; return ${expr}; })()`)
      .catch(() => null);
  const stats = async () =>
    (await bg(
      '({ bytesIn: s.bytesIn, bytesOut: s.bytesOut, slice: s.queue.longestSliceMs, task: s.beat.maxMs, ' +
        'entitiesMs: s.entitiesMs.slice(), claimsMs: s.claimsMs.slice(), storeMs: s.storeMs, syncMs: s.syncMs })',
    )) as Bg | null;
  const reset = () => bg('(s.beat.start(), s.queue.longestSliceMs = 0, true)');
  // the options page asks the article's tab for its content script's timing
  const timing = async () => ((await panel.evaluate(timingJs('browser')).catch(() => null)) ?? null) as Timing | null;
  await warmArticles((name) => visit(tab, url(name)), stats, out, timing);
  if (STARTUP_ONLY) {
    await current?.close();
    await driver.close();
    return out;
  }
  for (const key of ['live-blog.warm', 'live-blog.secondVisit']) {
    await reset();
    const before = await stats();
    const v = await visit(tab, url('live-blog'), 2500, 60000);
    const after = await claimsDone(stats, before?.claimsMs.length ?? 0);
    const bytesToPage = after && before ? after.bytesOut - before.bytesOut : null;
    out[key] = {
      ...summary([v]),
      bytesFromPage: after && before ? after.bytesIn - before.bytesIn : null,
      bytesToPage,
      bytesPerCharDrawn: ratio(bytesToPage, v.charsDrawn),
      longestSliceBackgroundMs: after ? Math.round(after.slice) : null,
      longestTaskBackgroundMs: after ? Math.round(after.task) : null,
      bgEntitiesMs: after ? Math.round(after.entitiesMs.at(-1) ?? 0) : null,
      bgClaimsMs: after ? Math.round(after.claimsMs.at(-1) ?? 0) : null,
      // since the background started: the longest synchronous part of a tab-state write, of receiving a request
      bgStoreMs: after ? Math.round(after.storeMs) : null,
      bgReceiveMs: after?.syncMs ?? null,
    };
  }
  await bg('(s.beat.stop(), true)');
  const off = await visit(tab, url('live-blog-off'), 500, 5000);
  out['live-blog.withoutOxus'] = { loadMs: off.loadMs, dclMs: off.dclMs, longestGapPageMs: off.longestGapMs };
  const ws0 = await stats();
  const unrelated = summary([await visit(tab, url('unrelated'), 500, 3000)]);
  const ws1 = await stats();
  out.unrelated = { ...unrelated, workerMessages: ws0 && ws1 ? ws1.entitiesMs.length - ws0.entitiesMs.length : null };
  await current?.close();
  await driver.close();
  return out;
}

/**
 * Issue 12's "no wasted wake-ups": the worker is stopped (CDP), then `navigate` runs; the number of
 * times the extension's worker went to "running" meanwhile (0 on a site where Oxus is off), or null
 * when CDP cannot stop workers.
 */
async function wakeUps(cdp: import('playwright-core').CDPSession, navigate: () => Promise<unknown>) {
  let starts = 0;
  const onVersion = (e: { versions: { scriptURL: string; runningStatus: string }[] }) => {
    for (const v of e.versions)
      if (v.scriptURL.startsWith('chrome-extension://') && v.runningStatus === 'starting') starts++;
  };
  const ok = await cdp.send('ServiceWorker.enable').then(
    () => cdp.send('ServiceWorker.stopAllWorkers').then(() => true),
    () => false,
  );
  if (!ok) return null;
  await pause(500);
  cdp.on('ServiceWorker.workerVersionUpdated', onVersion);
  await navigate();
  await pause(1000);
  cdp.off('ServiceWorker.workerVersionUpdated', onVersion);
  return starts;
}

/**
 * A Chromium trace from now: `workerTasks()` ends it and gives the CPU (thread) time of the
 * extension service worker's three longest tasks, ms, and how many took over 50 ms.
 */
async function startTrace(cdp: import('playwright-core').CDPSession) {
  type Ev = { ph: string; name: string; pid: number; tid: number; tdur?: number; args?: { name?: string } };
  const events: Ev[] = [];
  const collect = (e: { value: object[] }) => events.push(...(e.value as Ev[]));
  cdp.on('Tracing.dataCollected', collect);
  const ok = await cdp
    .send('Tracing.start', {
      traceConfig: { includedCategories: ['toplevel', '__metadata'] },
      transferMode: 'ReportEvents',
    } as never)
    .then(
      () => true,
      () => false,
    );
  return {
    async workerTasks() {
      if (!ok) return null;
      const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
      await cdp.send('Tracing.end');
      await done;
      cdp.off('Tracing.dataCollected', collect);
      const workers = new Set(
        events
          .filter((e) => e.ph === 'M' && e.name === 'thread_name' && /ServiceWorker/i.test(e.args?.name ?? ''))
          .map((e) => `${e.pid}:${e.tid}`),
      );
      const cpu = events
        .filter(
          (e) => e.ph === 'X' && /RunTask/.test(e.name) && e.tdur !== undefined && workers.has(`${e.pid}:${e.tid}`),
        )
        .map((e) => e.tdur! / 1000)
        .sort((a, b) => b - a);
      return { longest: cpu.slice(0, 3).map(Math.round), over50: cpu.filter((x) => x > 50).length, tasks: cpu.length };
    },
  };
}

/** the background's figures once its claims part is done (more claims times than `had`), at most 60 s */
async function claimsDone<T extends { claimsMs: number[] }>(read: () => Promise<T | null>, had: number) {
  const end = Date.now() + 60000;
  let s = await read();
  while (s && s.claimsMs.length <= had && Date.now() < end) {
    await pause(250);
    s = await read();
  }
  return s;
}

/** What the warm-article step reads from the background before and after its visits. */
interface WarmStats {
  bytesOut: number;
  entitiesMs: number[];
  claimsMs: number[];
}

/**
 * Warm worker, the three articles (both browsers): per page the visits' summary, bytes sent to the
 * page per visit and per character drawn, and the background's median entity and claim times.
 */
async function warmArticles(
  visitPage: (name: string) => Promise<Visit>,
  stats: () => Promise<WarmStats | null>,
  out: Record<string, unknown>,
  timing: () => Promise<Timing | null>,
): Promise<void> {
  for (const name of ['article-ar', 'article-en', 'article-ru']) {
    const before = await stats();
    const vs: Visit[] = [];
    const ts: Timing[] = [];
    for (let i = 0; i < RUNS; i++) {
      vs.push(await visitPage(name));
      const t = await timing();
      if (t) ts.push(t);
    }
    const after = await stats();
    const sum = summary(vs);
    const bytesToPage = after && before ? Math.round((after.bytesOut - before.bytesOut) / RUNS) : null;
    out[`${name}.warm`] = {
      ...sum,
      bytesToPage,
      bytesPerCharDrawn: ratio(bytesToPage, sum.charsDrawn),
      bgEntitiesMs: after ? median(after.entitiesMs.slice(-RUNS)) : null,
      bgClaimsMs: after ? median(after.claimsMs.slice(-RUNS)) : null,
      scriptStart: breakdown(ts),
    };
  }
}

/**
 * The extension worker's used JS heap after a garbage collection, through CDP (a worker has no
 * performance.memory): attached from the page's session to the worker's target, raw messages.
 */
async function workerHeapAfterGc(cdp: import('playwright-core').CDPSession): Promise<number | null> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
  if (!sw) return null;
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false });
  let next = 0;
  const call = (method: string) =>
    new Promise<Record<string, number>>((ok) => {
      const id = ++next;
      const on = (e: { sessionId?: string; message: string }) => {
        const m = JSON.parse(e.message) as { id?: number; result?: Record<string, number> };
        if (e.sessionId !== sessionId || m.id !== id) return;
        cdp.off('Target.receivedMessageFromTarget', on);
        ok(m.result ?? {});
      };
      cdp.on('Target.receivedMessageFromTarget', on);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    });
  await call('HeapProfiler.collectGarbage');
  const { usedSize } = await call('Runtime.getHeapUsage');
  await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
  return usedSize ?? null;
}

/**
 * The forms the worker could read its engine table in, timed in an extension page (same origin, same
 * engine as the worker; medians of 5): fetch + JSON parse of the packaged file, a structured clone
 * from IndexedDB, the JSON copy chrome.storage.local keeps, and the automaton's bytes. The copies
 * are removed afterwards. Null where the build has no engine table (before it existed).
 */
async function indexForms(context: import('playwright-core').BrowserContext, extensionId: string) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`, { waitUntil: 'load' });
  const result = await page.evaluate(`(async () => {
    const has = (await fetch('/oxus-index-engine.json', { method: 'HEAD' }).catch(() => null))?.ok;
    if (!has) return null;
    const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const time = async (f) => { const a = performance.now(); await f(); return performance.now() - a; };
    const five = async (f) => { const xs = []; for (let i = 0; i < 5; i++) xs.push(await time(f)); return Math.round(median(xs) * 10) / 10; };
    let table, text, bytes;
    const jsonMs = await five(async () => { table = await (await fetch('/oxus-index-engine.json')).json(); });
    const textMs = await five(async () => { text = await (await fetch('/oxus-index-engine.json')).text(); });
    const parseMs = await five(async () => { JSON.parse(text); });
    const automatonMs = await five(async () => { bytes = await (await fetch('/oxus-index-automaton.bin')).arrayBuffer(); });
    const req = (r) => new Promise((ok, no) => { r.onsuccess = () => ok(r.result); r.onerror = () => no(r.error); });
    const open = indexedDB.open('oxus-bench-index', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('t');
    const db = await req(open);
    await req(db.transaction('t', 'readwrite').objectStore('t').put(table, 'lean'));
    const cloneMs = await five(async () => { await req(db.transaction('t').objectStore('t').get('lean')); });
    await req(db.transaction('t', 'readwrite').objectStore('t').put(text, 'text'));
    const textCloneParseMs = await five(async () => {
      JSON.parse(await req(db.transaction('t').objectStore('t').get('text')));
    });
    const time1 = async (f) => Math.round((await time(f)) * 10) / 10;
    const putObjectMs = await time1(() => req(db.transaction('t', 'readwrite').objectStore('t').put(table, 'lean2')));
    const putTextMs = await time1(() => req(db.transaction('t', 'readwrite').objectStore('t').put(text, 'text2')));
    await req(db.transaction('t', 'readwrite').objectStore('t').put(bytes, 'automaton'));
    const automatonCloneMs = await five(async () => { await req(db.transaction('t').objectStore('t').get('automaton')); });
    db.close();
    await req(indexedDB.deleteDatabase('oxus-bench-index'));
    await chrome.storage.local.set({ oxusBenchLean: table });
    const storageLocalMs = await five(async () => { await chrome.storage.local.get('oxusBenchLean'); });
    await chrome.storage.local.remove('oxusBenchLean');
    return { engineTableFetchJsonMs: jsonMs, engineTableFetchTextMs: textMs, engineTableJsonParseMs: parseMs,
      engineTableIndexedDbCloneMs: cloneMs, engineTableIndexedDbTextParseMs: textCloneParseMs,
      engineTableIndexedDbPutMs: putObjectMs, engineTableIndexedDbPutTextMs: putTextMs,
      engineTableStorageLocalMs: storageLocalMs,
      automatonFetchBytesMs: automatonMs, automatonIndexedDbCloneMs: automatonCloneMs };
  })()`);
  await page.close();
  return result;
}

/** The content script's own milestones of its first read (performance.now(), the page's clock). */
type Timing = Partial<Record<'script' | 'settings' | 'read' | 'sent' | 'reply' | 'drawn', number>>;

/**
 * Issue 12's "first highlight <= content-script start + 16 ms", broken down (medians, ms): when the
 * script started after navigation, then each step after it: settings read and text read (both from
 * script start: they run at once), first part sent, first reply, first highlight drawn;
 * `toFirstHighlightMs` is script start -> first drawn.
 */
function breakdown(ts: Timing[]) {
  const m = (f: (t: Timing) => number | undefined) => {
    const xs = ts.map(f).filter((x): x is number => x !== undefined && Number.isFinite(x));
    const v = median(xs);
    return v === null ? null : +v.toFixed(1);
  };
  const d = (a: keyof Timing, b: keyof Timing) => (t: Timing) =>
    t[a] !== undefined && t[b] !== undefined ? t[b]! - t[a]! : undefined;
  return {
    n: ts.length,
    scriptStartAfterNavMs: m((t) => t.script),
    settingsMs: m(d('script', 'settings')),
    // the text is read while the settings are (both from script start); sent once both are done
    readMs: m(d('script', 'read')),
    sendMs: m((t) => (t.sent === undefined ? undefined : t.sent - Math.max(t.read ?? 0, t.settings ?? 0))),
    roundTripMs: m(d('sent', 'reply')),
    drawMs: m(d('reply', 'drawn')),
    toFirstHighlightMs: m(d('script', 'drawn')),
  };
}

/** The content script's timing of the page open, asked through `highlight-stats` (`api`: chrome or browser). */
const timingJs = (api: string) => `(async () => {
  // every tab (tab URLs are hidden without the tabs permission): the bench has one page open at a time
  for (const tab of await ${api}.tabs.query({})) {
    const s = await ${api}.tabs.sendMessage(tab.id, { type: 'highlight-stats' }, { frameId: 0 }).catch(() => null);
    const v = s && (s.ok ?? s);
    if (v && v.timing && v.timing.drawn) return v.timing;
  }
  return null;
})()`;

/** bytes sent per character drawn (issue 12: at most 2) */
function ratio(bytes: number | null, chars: number | null): number | null {
  return bytes !== null && chars ? +(bytes / chars).toFixed(2) : null;
}

// run only as the script, not when another bench imports the page builders (bench-page-heap.ts)
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  main().catch((e) => {
    log(e);
    process.exit(1);
  });
