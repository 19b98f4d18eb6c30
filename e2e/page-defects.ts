// e2e for issue 13's page-side defects, the same in every browser: a page written for each
// (e2e/fixtures/oxus-e2e/): hostile replay of WXT's script-started event and untrusted clicks, a
// hostile tab beside an ordinary article, live blogs fast / rolling / slow, an in-place SPA, an
// editor with later text, an open shadow root with a same-origin iframe, a page longer than the maximum. Each step prints its figures
// ("measure: ...") before asserting, so a run against an older build gives the "before" numbers.
import { FOCUS_NAME, HIGHLIGHT_NAMES } from '../entrypoints/content/highlight-names';
import type { Driver, StepResult, TabHandle } from './scenario';
import { runStep } from './step';
import { SITE_HOST } from './scenario';
import type { TestServer } from './server';

const TOKAYEV = 'person:kassym-jomart-tokayev';
const BASE = '/oxus-e2e/';
/** the slow blog of issue 13: one entry every 900 ms (longer than the 800 ms pause) for 2 minutes */
const SLOW = { rate: 1.1, seconds: 120 };
/** issue 13: no task over 100 ms in the page (Oxus's own longest synchronous step, from highlight-stats) */
const PAGE_STEP_MS = 100;
const FAST = { rate: 1000, seconds: 10 };
const ROLLING = { rate: 100, seconds: 10, keep: 80 };
/**
 * the hostile tab of issue 13: 120,000 paragraphs of one name; the article beside it is lit within 2 s on an
 * idle machine. Asserted load-independently: in every round the article is lit while the hostile tab is still
 * drawing (it does not wait for it), and the median stays within 2 s or 3x the same article alone in the same run
 * (a loaded machine slows both); the figures are printed for the note.
 */
const FLOOD_PARAS = 120_000;
const ORDINARY_MS = 2000;
const ALONE_FACTOR = 3;
const FLOOD_ROUNDS = Number(process.env.OXUS_E2E_ROUNDS || 3);

interface Snapshot {
  state: { url: string; entities: { id: string; count: number }[]; readChars?: number; totalChars?: number } | null;
  stats: { ranges: Record<string, number>; active: boolean; longestTaskMs?: number; inFlight?: number } | null;
}

/** run in the side panel: the most recent tab's state and its content script's highlight counts */
const snapshotJs = `(async () => {
  const api = globalThis.browser ?? globalThis.chrome;
  const st = (await api.runtime.sendMessage({ type: 'tab-state' })).ok;
  let stats = null;
  if (st) {
    try {
      stats = (await api.tabs.sendMessage(st.tabId, { type: 'highlight-stats' }, { frameId: 0 })).ok;
    } catch {}
  }
  return { state: st, stats };
})()`;

/**
 * run in the side panel right after the hostile page opened (it is the active tab): waits until its
 * content script has read the page and sent all of it (in parts) with replies still due; ms waited,
 * or -1 after 60 s without
 */
const floodSentJs = `(async () => {
  const api = globalThis.browser ?? globalThis.chrome;
  const t0 = Date.now();
  const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
  while (tab && Date.now() - t0 < 60000) {
    try {
      const st = (await api.tabs.sendMessage(tab.id, { type: 'highlight-stats' }, { frameId: 0 })).ok;
      // (a build without \`timing\` sends the page in one message: a reply due means all of it was sent)
      if ((st?.inFlight ?? 0) > 0 && (!st.timing || st.timing.read)) return Date.now() - t0;
    } catch {}
    await new Promise((r) => setTimeout(r, 50));
  }
  return -1;
})()`;

/**
 * The background's own figures (Chromium: in its service worker; Firefox: its background page, from the
 * side panel): `expr` reads `oxusStats` (entrypoints/background/index.ts). Null where neither is reachable.
 */
function backgroundEval<T>(driver: Driver, panel: TabHandle, expr: string): Promise<T | null> {
  const body = `(() => { const oxusStats = globalThis.oxusStats; return oxusStats ? (${expr}) : null; })()`;
  if (driver.backgroundEval) return driver.backgroundEval<T>(body).catch(() => null);
  return panel
    .evaluate<T | null>(
      `(() => { const oxusStats = globalThis.browser?.extension?.getBackgroundPage?.()?.oxusStats;
      return oxusStats ? (${expr}) : null; })()`,
    )
    .catch(() => null);
}
/** starts the background's heartbeat and forgets its longest slice (both measure from now on) */
const BG_RESET = 'oxusStats.beat.start(), oxusStats.queue.longestSliceMs = 0, true';
/** the background's longest slice and longest task (heartbeat gap) since BG_RESET, and its last request times */
const BG_READ =
  '({ slice: Math.round(oxusStats.queue.longestSliceMs), task: Math.round(oxusStats.beat.maxMs), ' +
  'entities: oxusStats.entitiesMs.slice(-3).map(Math.round), sync: oxusStats.syncMs, ' +
  'store: Math.round(oxusStats.storeMs ?? 0) })';
/** `sync`: per request type, the longest synchronous part of receiving it (since the worker started) */
type BgFigures = { slice: number; task: number; entities: number[]; sync?: Record<string, number>; store?: number };
const bgText = (b: BgFigures | null) =>
  b
    ? `; background: entities of the last requests ready after ${b.entities.join(' / ')} ms, ` +
      `longest slice ${b.slice} ms, longest task ${b.task} ms, longest message handling ` +
      `${JSON.stringify(b.sync ?? {})} ms, longest storage write ${b.store ?? '?'} ms`
    : '; background: not reachable';

const countOf = (s: Snapshot, id: string) => s.state?.entities.find((e) => e.id === id)?.count ?? 0;
const has = (s: Snapshot, id: string) => countOf(s, id) > 0;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function runPageDefects(
  driver: Driver,
  server: TestServer,
  log: (s: string) => void,
): Promise<StepResult[]> {
  const results: StepResult[] = [];
  const panel = await driver.openExtensionPage('sidepanel.html');
  const snap = () => panel.evaluate<Snapshot>(snapshotJs);
  const bg = <T>(expr: string) => backgroundEval<T>(driver, panel, expr);
  const url = (path: string) => server.origin(SITE_HOST) + BASE + path;
  const measure = (what: string) => log(`    measure ${driver.name}: ${what}`);
  const assert = (cond: unknown, msg: string) => {
    if (!cond) throw new Error(msg);
  };

  async function step(name: string, fn: () => Promise<void>) {
    // OXUS_E2E_STEPS=<regex>: run only the matching steps (to measure one defect)
    const pick = process.env.OXUS_E2E_STEPS;
    if (pick && !new RegExp(pick, 'i').test(name)) return;
    await runStep(results, driver.name, log, name, fn);
  }

  /** polls the snapshot until `ok` holds (returns the last one either way) */
  async function until(ok: (s: Snapshot) => boolean, ms: number): Promise<Snapshot> {
    const end = Date.now() + ms;
    let s = await snap();
    while (!ok(s) && Date.now() < end) {
      await sleep(250);
      s = await snap();
    }
    return s;
  }

  /** waits until the person range count stops changing for `quiet` ms */
  async function settle(page: TabHandle, quiet = 2500, max = 30000): Promise<Snapshot> {
    const end = Date.now() + max;
    let s = await snap();
    let last = JSON.stringify(s.stats?.ranges);
    let since = Date.now();
    // quiet: no change for `quiet` ms and no reply still due from the background
    while (Date.now() < end && (Date.now() - since < quiet || (s.stats?.inFlight ?? 0) > 0)) {
      await sleep(250);
      s = await snap();
      const now = JSON.stringify(s.stats?.ranges);
      if (now !== last) {
        last = now;
        since = Date.now();
      }
    }
    void page;
    return s;
  }

  const probe = (p: TabHandle) =>
    p.evaluate<{ maxGap: number; longest: number }>(
      '({ maxGap: Math.round(window.__probe.maxGap), longest: Math.round(window.__probe.longest) })',
    );

  // ---------------------------------------------------------------- isolation
  await step('hostile page: no message, no named event, opaque highlight names, cannot tear Oxus down', async () => {
    const page = await driver.openPage(url(`hostile.html?id=${encodeURIComponent(driver.extensionId)}`));
    try {
      const first = await until(
        (s) => (s.stats?.ranges.person ?? 0) >= 2 && s.state?.url.includes('hostile') === true,
        15000,
      );
      assert((first.stats?.ranges.person ?? 0) >= 2, `not lit: ${JSON.stringify(first.stats)}`);
      const seen = await page.evaluate<{
        names: [string, number][];
        colours: string[];
        sheets: number;
        adopted: number;
        domChanged: boolean;
        mentionsOxus: boolean;
        mentionsId: boolean;
        htmlChildren: number;
      }>('window.__hostile.look()');
      const heard = await page.evaluate<{ messages: string[]; idEvents: string[] }>(
        '({ messages: window.__hostile.messages, idEvents: window.__hostile.idEvents })',
      );
      measure(
        `page heard ${heard.messages.length} message(s) ${JSON.stringify(heard.messages.slice(0, 2))}, ` +
          `${heard.idEvents.length} event(s) named with the extension id`,
      );
      measure(
        `page sees highlight names ${JSON.stringify(seen.names)}, colours ${JSON.stringify(seen.colours)}, ` +
          `${seen.sheets} stylesheet(s), ${seen.adopted} adopted, DOM changed: ${seen.domChanged}, ` +
          `"oxus" in names: ${seen.mentionsOxus}, id in page or names: ${seen.mentionsId}`,
      );
      await page.evaluate('window.__hostile.replay()');
      await sleep(500);
      await page.evaluate('window.__hostile.addLater()');
      const after = await until((s) => has(s, 'place:bishkek'), 8000);
      measure(
        `after the replayed event: active ${after.stats?.active}, person ranges ${after.stats?.ranges.person}, ` +
          `later text read: ${has(after, 'place:bishkek')}`,
      );
      assert(heard.messages.length === 0, `the page received messages: ${heard.messages.join(' | ')}`);
      assert(heard.idEvents.length === 0, 'the page heard an event named after the extension id');
      // exactly what README.md says a page can still see: opaque names with range counts and colours
      const expected = Object.values(HIGHLIGHT_NAMES).sort();
      const names = seen.names
        .map(([n]) => n)
        .filter((n) => n !== FOCUS_NAME)
        .sort();
      assert(
        JSON.stringify(names) === JSON.stringify(expected),
        `page sees names ${JSON.stringify(names)}, expected ${JSON.stringify(expected)}`,
      );
      const personSize = seen.names.find(([n]) => n === HIGHLIGHT_NAMES.person)?.[1];
      assert(
        personSize === first.stats?.ranges.person,
        `page sees ${personSize} person ranges, Oxus has ${first.stats?.ranges.person}`,
      );
      assert(!seen.mentionsOxus && !seen.mentionsId, 'the page DOM or the names mention Oxus or its id');
      assert(!seen.domChanged, 'the page DOM changed');
      assert(
        seen.sheets === 0 && seen.adopted === 0 && seen.htmlChildren === 2,
        `page DOM grew: ${JSON.stringify(seen)}`,
      );

      assert(
        after.stats?.active && (after.stats.ranges.person ?? 0) >= 2,
        `torn down by the page: ${JSON.stringify(after.stats)}`,
      );
      assert(has(after, 'place:bishkek'), 'text added after the replayed event was not read');
    } finally {
      await page.close();
    }
  });

  await step('untrusted clicks do not open the hover card; a real click does', async () => {
    const page = await driver.openPage(url(`hostile.html?id=${encodeURIComponent(driver.extensionId)}`));
    try {
      await until((s) => (s.stats?.ranges.person ?? 0) >= 2 && s.state?.url.includes('hostile') === true, 15000);
      const at = await page.evaluate<{ x: number; y: number }>("window.__hostile.fakeClick('#tok')");
      await sleep(700);
      const fake = await page.evaluate<number>('document.documentElement.children.length');
      await page.mouseClick(at.x, at.y);
      await sleep(300);
      const real = await page.evaluate<number>('document.documentElement.children.length');
      measure(`<html> children after an untrusted click: ${fake} (2 = no card), after a real click: ${real}`);
      assert(fake === 2, 'an untrusted click opened the card');
      assert(real === 3, 'a real click on a mention did not open the card');
      await page.press('Escape');
      await sleep(200);
      assert(
        (await page.evaluate<number>('document.documentElement.children.length')) === 2,
        'Escape did not close the card',
      );
    } finally {
      await page.close();
    }
  });

  await step('keyboard: next / previous highlight focuses it and opens its card; Escape closes both', async () => {
    const page = await driver.openPage(url(`hostile.html?id=${encodeURIComponent(driver.extensionId)}`));
    try {
      await until((s) => (s.stats?.ranges.person ?? 0) >= 2 && s.state?.url.includes('hostile') === true, 15000);
      const command = (name: string) =>
        panel.evaluate<{ moved: boolean }>(`(async () => {
        const api = globalThis.browser ?? globalThis.chrome;
        const res = await api.runtime.sendMessage({ type: 'test:command', command: ${JSON.stringify(name)} });
        if (res && 'error' in res) throw new Error(res.error);
        return res.ok;
      })()`);
      const look = () =>
        page.evaluate<{ children: number; focus: number; text: string }>(`(() => {
        const f = CSS.highlights.get(${JSON.stringify(FOCUS_NAME)});
        const r = f ? [...f][0] : null;
        let text = '';
        if (r) { const x = document.createRange(); x.setStart(r.startContainer, r.startOffset); x.setEnd(r.endContainer, r.endOffset); text = x.toString(); }
        return { children: document.documentElement.children.length, focus: f ? f.size : 0, text };
      })()`);
      const first = await command('next-highlight');
      await sleep(300);
      const a = await look();
      await command('next-highlight');
      await sleep(300);
      const b = await look();
      await command('previous-highlight');
      await sleep(300);
      const c = await look();
      await page.press('Escape');
      await sleep(300);
      const d = await look();
      measure(
        `keyboard: moved ${first.moved}; focus "${a.text}" → "${b.text}" → back "${c.text}"; card shown ${a.children === 3}; ` +
          `after Escape: card ${d.children === 3}, focus ranges ${d.focus}`,
      );
      assert(first.moved && a.focus === 1 && a.children === 3, `next-highlight: ${JSON.stringify(a)}`);
      assert(b.text && b.text !== a.text && c.text === a.text, `order: ${a.text} / ${b.text} / ${c.text}`);
      assert(d.children === 2 && d.focus === 0, `Escape left ${JSON.stringify(d)}`);
    } finally {
      await page.close();
    }
  });

  // ---------------------------------------------------------------- fairness
  await step(
    `hostile tab (${FLOOD_PARAS.toLocaleString('en')} paragraphs of "Tokayev") beside an ordinary article: ` +
      `the article is lit before the hostile tab is done, within ${ORDINARY_MS / 1000} s or ${ALONE_FACTOR}x alone ` +
      `(median of ${FLOOD_ROUNDS})`,
    async () => {
      type Lit = { opened: number; first: number; last: number; ranges: number };
      const litOf = (p: TabHandle) => p.evaluate<Lit>('window.__lit');
      const lit = (p: TabHandle, ms: number) => p.waitFor('window.__lit.first > 0', ms).catch(() => undefined);
      // the same article in an idle browser, for comparison
      const idle: number[] = [];
      for (let i = 0; i < FLOOD_ROUNDS; i++) {
        const alone = await driver.openPage(url(`ordinary.html?idle=${i}`));
        await lit(alone, 10000);
        const l = await litOf(alone);
        idle.push(l.first ? l.first - l.opened : Number.POSITIVE_INFINITY);
        await alone.close();
      }
      measure(
        `ordinary article alone: lit after ${idle.map(Math.round).join(' / ')} ms (median ${Math.round(median(idle))})`,
      );
      const beside: number[] = [];
      const waited: number[] = [];
      const bgTasks: number[] = [];
      for (let i = 0; i < FLOOD_ROUNDS; i++) {
        await bg(BG_RESET);
        const flood = await driver.openPage(url(`flood.html?paras=${FLOOD_PARAS}&round=${i}`));
        // the article opens once the hostile tab's text is with the background (read and sent in parts,
        // replies still due)
        const sent = await panel.evaluate<number>(floodSentJs);
        const article = await driver.openPage(url(`ordinary.html?round=${i}`));
        try {
          await lit(article, 15000);
          const a = await litOf(article);
          // the hostile tab: first range, and when its count stopped changing (capped at MAX_MARKS)
          const end = Date.now() + 120000;
          let f = await litOf(flood);
          while (Date.now() < end) {
            await sleep(1000);
            const g = await litOf(flood);
            if (g.ranges === f.ranges && g.ranges > 0 && Date.now() - g.last > 3000) break;
            f = g;
          }
          f = await litOf(flood);
          // the background's time per request, longest slice and longest task (heartbeat) in this round
          const b = await bg<BgFigures>(BG_READ);
          if (b) bgTasks.push(b.task);
          beside.push(a.first ? a.first - a.opened : Number.POSITIVE_INFINITY);
          // the article waited for the whole hostile tab when it was lit only after the hostile tab's last range,
          // that tab still drawing when the article opened (read in parts, a hostile tab can be done drawing
          // by the time all its text is sent: the background is then still busy with it, not its page)
          if (!a.first || (f.last > a.opened && a.first > f.last)) waited.push(i + 1);
          measure(
            `beside the hostile tab, round ${i + 1}: hostile text sent ${sent >= 0 ? `${sent} ms after load` : '(not seen)'}; ` +
              `article lit ${a.first ? Math.round(a.first - a.opened) : 'never'} ms after it opened ` +
              `(${a.ranges} ranges; the hostile tab was ${f.first && f.first < a.first ? '' : 'not yet '}lit then` +
              `, still drawing: ${f.last > a.first}); hostile tab: first lit ${Math.round(f.first - f.opened)} ms, ` +
              `last range ${Math.round(f.last - f.opened)} ms after it opened (${f.ranges} ranges)${bgText(b)}`,
          );
        } finally {
          await article.close();
          await flood.close();
        }
      }
      const bound = Math.max(ORDINARY_MS, ALONE_FACTOR * median(idle));
      measure(
        `beside the hostile tab: median ${Math.round(median(beside))} ms (alone ${Math.round(median(idle))} ms; ` +
          `bound ${Math.round(bound)} ms); background's longest task per round ${bgTasks.join(' / ') || '?'} ms`,
      );
      assert(waited.length === 0, `the article waited for the hostile tab to finish in round(s) ${waited.join(', ')}`);
      assert(
        median(beside) <= bound,
        `ordinary article lit after ${beside.map(Math.round).join(' / ')} ms beside the hostile tab (bound ${bound} ms)`,
      );
    },
  );

  // ---------------------------------------------------------------- live blogs
  async function liveBlog(name: string, query: string, total: number, keep?: number, maxStepMs?: number) {
    const page = await driver.openPage(url(`live.html?${query}`));
    try {
      await until((s) => s.state?.url.includes('live.html') === true, 15000);
      await page.evaluate('window.__probe.reset()');
      const seconds = Number(new URLSearchParams(query).get('seconds'));
      await page.waitFor('window.__live.done', seconds * 1000 + 60000);
      const s = await settle(page, 2500, 90000);
      const onPage = await page.evaluate<number>('window.__live.onPage()');
      const lit = s.stats?.ranges.person ?? 0;
      const panelCount = countOf(s, TOKAYEV);
      const live = keep ?? total;
      const stale = lit > 0 ? Math.max(0, lit - onPage) / lit : 0;
      const p = await probe(page);
      measure(
        `${name}: ${total} entries added, ${onPage} on the page, ${lit} person ranges ` +
          `(${(100 * stale).toFixed(0)} % stale), panel count ${panelCount}, Oxus's longest step ${s.stats?.longestTaskMs ?? '?'} ms, ` +
          `replies due ${s.stats?.inFlight ?? '?'}; page: longest gap ${p.maxGap} ms, longest task ${p.longest} ms`,
      );
      assert(lit === live, `${lit} ranges for ${live} entries on the page`);
      assert(panelCount === onPage, `panel counts ${panelCount}, the page has ${onPage}`);
      const step = s.stats?.longestTaskMs;
      if (maxStepMs !== undefined)
        assert(step !== undefined && step <= maxStepMs, `Oxus's longest page step ${step} ms (at most ${maxStepMs})`);
      return p;
    } finally {
      await page.close();
    }
  }

  await step(
    `fast live blog (${FAST.rate} entries/s, 3 mutations each, for ${FAST.seconds} s): every entry lit, counts match`,
    async () => {
      const total = FAST.rate * FAST.seconds;
      await liveBlog('fast', `mode=append&rate=${FAST.rate}&seconds=${FAST.seconds}`, total);
    },
  );

  await step(
    `rolling live blog (${ROLLING.rate}/s for ${ROLLING.seconds} s, ${ROLLING.keep} kept): no stale ranges`,
    async () => {
      await liveBlog(
        'rolling',
        `mode=rolling&rate=${ROLLING.rate}&seconds=${ROLLING.seconds}&keep=${ROLLING.keep}`,
        ROLLING.rate * ROLLING.seconds,
        ROLLING.keep,
      );
    },
  );

  await step(
    `slow live blog (one entry per 900 ms for ${SLOW.seconds / 60} minutes): all lit, no stale range, ` +
      `Oxus's longest page step <= ${PAGE_STEP_MS} ms`,
    async () => {
      await liveBlog(
        'slow',
        `mode=append&rate=${SLOW.rate}&seconds=${SLOW.seconds}`,
        Math.round(SLOW.rate * SLOW.seconds),
        undefined,
        PAGE_STEP_MS,
      );
    },
  );

  // ---------------------------------------------------------------- SPA
  await step(
    'SPA: pushState + Text nodes rewritten in place → the new article is read; popstate → the old one',
    async () => {
      const page = await driver.openPage(url('spa.html'));
      try {
        await until((s) => has(s, TOKAYEV) && s.state?.url.endsWith('spa.html') === true, 15000);
        await page.evaluate('window.__spa.go()');
        // the tab state is saved before the page draws the reply: wait for both
        const b = await until(
          (s) => countOf(s, 'person:shavkat-mirziyoyev') === 3 && !has(s, TOKAYEV) && s.stats?.ranges.person === 3,
          8000,
        );
        measure(
          `after pushState: panel url ${b.state?.url.replace(/^.*\//, '')}, Mirziyoyev ${countOf(b, 'person:shavkat-mirziyoyev')}, ` +
            `Tokayev ${countOf(b, TOKAYEV)}, person ranges ${b.stats?.ranges.person}`,
        );
        assert(b.state?.url.endsWith('/spa-b'), `panel still on ${b.state?.url}`);
        assert(has(b, 'person:shavkat-mirziyoyev') && !has(b, TOKAYEV), 'the panel keeps article A');
        // B names Mirziyoyev in its heading and both paragraphs: 3 ranges, none left from A
        assert(
          b.stats?.ranges.person === 3 && countOf(b, 'person:shavkat-mirziyoyev') === 3,
          `person ranges ${b.stats?.ranges.person}, expected 3`,
        );
        await page.evaluate('history.back()');
        const a = await until((s) => countOf(s, TOKAYEV) === 3 && s.state?.url.endsWith('spa.html') === true, 8000);
        measure(`after popstate: panel url ${a.state?.url.replace(/^.*\//, '')}, Tokayev ${countOf(a, TOKAYEV)}`);
        assert(
          a.state?.url.endsWith('spa.html') && countOf(a, TOKAYEV) === 3 && !has(a, 'person:shavkat-mirziyoyev'),
          'popstate not followed',
        );
      } finally {
        await page.close();
      }
    },
  );

  // ---------------------------------------------------------------- skipped containers
  await step('text added later inside a contenteditable editor or an aside is not read', async () => {
    const page = await driver.openPage(url('editor.html'));
    try {
      await until((s) => has(s, TOKAYEV) && s.state?.url.endsWith('editor.html') === true, 15000);
      await page.evaluate('window.__editor.addLater()');
      const s = await until((x) => has(x, 'place:astana'), 8000);
      await sleep(1200);
      const t = await snap();
      const leaked = ['place:bishkek', 'place:dushanbe', 'place:ashgabat'].filter((id) => has(t, id));
      measure(
        `editor: article addition read ${has(s, 'place:astana')}, read from editor/aside: ${JSON.stringify(leaked)}`,
      );
      assert(has(s, 'place:astana'), 'the article addition was not read');
      assert(leaked.length === 0, `read from the editor or the aside: ${leaked.join(', ')}`);
    } finally {
      await page.close();
    }
  });

  // ---------------------------------------------------------------- shadow DOM, frames
  await step(
    'open shadow root (and its slot) and a same-origin iframe are read; the frame’s names painted',
    async () => {
      const page = await driver.openPage(url('shadow.html'));
      try {
        const s = await until(
          (x) => has(x, 'place:tashkent') && has(x, 'place:dushanbe') && has(x, 'place:samarkand'),
          10000,
        );
        const found = ['place:almaty', 'place:tashkent', 'place:samarkand', 'place:dushanbe'].map(
          (id) => `${id.slice(6)} ${has(s, id)}`,
        );
        // the frame's own registry (one per document) holds its place range, styled by the frame's copy
        // of the stylesheet: the computed ::highlight colour there is the top document's
        const place = JSON.stringify(HIGHLIGHT_NAMES.place);
        const frame = await page.evaluate<{ ranges: number; text: string; colour: string; top: string }>(`(() => {
        const win = document.getElementById('frame').contentWindow;
        const h = win.CSS.highlights.get(${place});
        const r = h ? [...h][0] : null;
        let text = '';
        if (r) { const x = win.document.createRange(); x.setStart(r.startContainer, r.startOffset);
          x.setEnd(r.endContainer, r.endOffset); text = x.toString(); }
        const colour = win.getComputedStyle(win.document.getElementById('f'), '::highlight(' + ${place} + ')').backgroundColor;
        const top = getComputedStyle(document.querySelector('article p'), '::highlight(' + ${place} + ')').backgroundColor;
        return { ranges: h ? h.size : 0, text, colour, top };
      })()`);
        measure(`shadow/frame: ${found.join(', ')}; frame registry: ${JSON.stringify(frame)}`);
        assert(has(s, 'place:almaty'), 'light DOM not read');
        assert(has(s, 'place:tashkent'), 'open shadow root not read');
        assert(has(s, 'place:samarkand'), 'slotted light DOM not read');
        assert(has(s, 'place:dushanbe'), 'same-origin iframe not read');
        assert(frame.ranges === 1 && frame.text === 'Dushanbe', `frame registry: ${JSON.stringify(frame)}`);
        assert(
          frame.colour === frame.top && frame.top !== 'rgba(0, 0, 0, 0)',
          `frame not styled: ${JSON.stringify(frame)}`,
        );
      } finally {
        await page.close();
      }
    },
  );

  await step('a same-origin iframe whose document arrives after the page was read is read and painted', async () => {
    const page = await driver.openPage(url('late-frame.html'));
    try {
      const s = await until((x) => has(x, 'place:dushanbe') && x.state?.url.includes('late-frame') === true, 15000);
      const ranges = await page.evaluate<number>(
        `document.getElementById('frame').contentWindow.CSS.highlights.get(${JSON.stringify(HIGHLIGHT_NAMES.place)})?.size ?? 0`,
      );
      measure(
        `late frame: Astana ${has(s, 'place:astana')}, Dushanbe ${has(s, 'place:dushanbe')}, frame ranges ${ranges}`,
      );
      assert(has(s, 'place:astana'), 'the page itself was not read');
      assert(has(s, 'place:dushanbe'), 'the frame that loaded later was not read');
      assert(ranges === 1, `${ranges} place ranges in the frame's registry`);
    } finally {
      await page.close();
    }
  });

  // ---------------------------------------------------------------- truncation
  await step('a page longer than the maximum: the tab state and the panel say how much was read', async () => {
    const page = await driver.openPage(url('huge.html'));
    try {
      await until((x) => x.state?.url.includes('huge.html') === true && has(x, TOKAYEV), 30000);
      const settled = await settle(page, 2000, 20000);
      // the page goes in parts: how much was read comes with the last one
      const done = await until((x) => x.state?.readChars !== undefined, 10000);
      const info = await page.evaluate<{ paras: number; chars: number }>('window.__huge');
      const p = await probe(page);
      const notice = await panel.evaluate<string>(
        `document.querySelector('[data-testid="truncated"]')?.textContent ?? ''`,
      );
      measure(
        `huge: ${info.paras} paragraphs (${info.chars} chars), ${settled.stats?.ranges.person} lit, ` +
          `read ${done.state?.readChars ?? '?'} of ${done.state?.totalChars ?? '?'}, panel notice "${notice}", ` +
          `Oxus's longest step ${settled.stats?.longestTaskMs ?? '?'} ms, ` +
          `longest gap ${p.maxGap} ms, longest task ${p.longest} ms`,
      );
      assert(
        typeof done.state?.readChars === 'number' && typeof done.state?.totalChars === 'number',
        'no readChars/totalChars in the tab state',
      );
      assert(done.state!.readChars! < done.state!.totalChars!, 'truncation not reported');
      assert(/\d/.test(notice), 'the panel does not say part of the page was not read');
    } finally {
      await page.close();
    }
  });

  await panel.close().catch(() => undefined);
  return results;
}
