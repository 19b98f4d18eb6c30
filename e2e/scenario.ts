// The e2e scenario, the same in every browser: a driver (chromium.ts, firefox.ts) opens pages and
// extension pages; the steps below check highlights, the unchanged page DOM, the side panel, the
// reveal (scroll), the lookup seam, the popup, the site switch (teardown) and the network.
import { assertNothingLeft, type TestServer } from './server';
import { runStep } from './step';
import { HIGHLIGHT_NAMES } from '../entrypoints/content/highlight-names';

export interface TabHandle {
  evaluate<T>(fn: string): Promise<T>;
  waitFor(fn: string, timeoutMs?: number): Promise<void>;
  text(selector: string): Promise<string>;
  click(selector: string): Promise<void>;
  /**
   * emulates the reader's light or dark preference (prefers-color-scheme); rejects with
   * ColorSchemeUnsupported where the driver cannot (puppeteer needs CDP, which Firefox lacks)
   */
  colorScheme(scheme: 'light' | 'dark'): Promise<void>;
  /** a trusted mouse click at viewport coordinates (the browser's own input, not a page event) */
  mouseClick(x: number, y: number): Promise<void>;
  /** a trusted key press, e.g. "Escape" */
  press(key: string): Promise<void>;
  close(): Promise<void>;
}

export interface Driver {
  name: string;
  openPage(url: string): Promise<TabHandle>;
  /** e.g. "sidepanel.html" */
  openExtensionPage(path: string): Promise<TabHandle>;
  /** whether the page's main world sees CSS.highlights registered by the content script */
  mainWorldSeesHighlights: boolean;
  /** runtime.id as the content script sees it (the Chrome id, or the Gecko id in Firefox) */
  extensionId: string;
  /**
   * evaluates an expression in the background (Chromium's service worker); absent where the
   * background is reached from an extension page instead (Firefox's background page)
   */
  backgroundEval?<T>(js: string): Promise<T>;
  /** stops the background as the browser does when idle (Chromium's service worker, through CDP);
   * absent where the background does not stop (Firefox's persistent background page) */
  stopBackground?(): Promise<void>;
  close(): Promise<void>;
}

export interface StepResult {
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
}

export const SITE_HOST = 'kun.uz';
export const ARTICLE_PATH = '/2022/01/06/almaty-unrest.html';
/** written for the claim groups: one known claim stated in three sentences, two figure series */
export const CLAIMS_PATH = '/2022/01/12/csto-withdrawal.html';

/** Kinds and the ranges the test article must produce (written for the article above). */
const EXPECTED: Record<string, [min: number, max: number]> = {
  person: [3, 6], // Kassym-Jomart Tokayev, Tokayev, Tokayev (+ nothing from nav/aside/form/contenteditable)
  organisation: [2, 8], // CSTO x3 (+ Security Council, government bodies when the dataset has them)
  place: [6, 16], // Kazakhstan, Almaty x3, Astana, Russia, Moscow, Kyrgyzstan, Bishkek ...
};

const TOKAYEV = 'person:kassym-jomart-tokayev';
const CSTO = 'org:csto';
const ALMATY = 'place:almaty';
const BISHKEK = 'place:bishkek';

/** JS run in an extension page: send a message through the one protocol's wire format. */
const sendJs = (msg: unknown) => `(async () => {
  const api = globalThis.browser ?? globalThis.chrome;
  const res = await api.runtime.sendMessage(${JSON.stringify(msg)});
  if (res && 'error' in res) throw new Error(res.error);
  return res.ok;
})()`;
const statsJs = `(async () => {
  const api = globalThis.browser ?? globalThis.chrome;
  const st = await api.runtime.sendMessage({ type: 'tab-state' });
  const res = await api.tabs.sendMessage(st.ok.tabId, { type: 'highlight-stats' }, { frameId: 0 });
  return res.ok;
})()`;
/** run in the page: Oxus's highlights as the page sees them, by kind (names: highlight-names.ts) */
const mainWorldCountsJs = `(() => {
  const kinds = ${JSON.stringify(Object.fromEntries(Object.entries(HIGHLIGHT_NAMES).map(([k, n]) => [n, k])))};
  const out = {};
  for (const [name, h] of CSS.highlights) if (kinds[name]) out[kinds[name]] = h.size;
  return out;
})()`;

export async function runScenario(driver: Driver, server: TestServer, log: (s: string) => void): Promise<StepResult[]> {
  const results: StepResult[] = [];
  let page: TabHandle | undefined;
  let panel: TabHandle | undefined;
  let popup: TabHandle | undefined;
  let stats: { ranges: Record<string, number>; active: boolean } | undefined;

  async function step(name: string, fn: () => Promise<void>) {
    await runStep(results, driver.name, log, name, fn);
  }
  const need = <T>(x: T | undefined, what: string): T => {
    if (x === undefined) throw new Error(`skipped: ${what} not available (an earlier step failed)`);
    return x;
  };
  const assert = (cond: unknown, msg: string) => {
    if (!cond) throw new Error(msg);
  };

  await step('content script highlights the known names on a news-site page (CSS.highlights)', async () => {
    page = await driver.openPage(server.origin(SITE_HOST) + ARTICLE_PATH);
    await page.waitFor('window.__page && window.__page.expectedBody !== null', 15000);
    panel = await driver.openExtensionPage('sidepanel.html');
    // the live update (added by the page after load) must be read too: Bishkek is only there
    await panel.waitFor(`!!document.querySelector('[data-entity="${BISHKEK}"]')`, 15000);
    stats = await panel.evaluate(statsJs);
    assert(stats?.active, `content script reports inactive: ${JSON.stringify(stats)}`);
    for (const [kind, [min, max]] of Object.entries(EXPECTED)) {
      const n = stats!.ranges[kind] ?? 0;
      assert(
        n >= min && n <= max,
        `${kind}: ${n} ranges, expected ${min}..${max} (all: ${JSON.stringify(stats!.ranges)})`,
      );
    }
    if (driver.mainWorldSeesHighlights) {
      const seen = await page.evaluate<Record<string, number>>(mainWorldCountsJs);
      for (const kind of Object.keys(EXPECTED)) {
        assert(
          seen[kind] === stats!.ranges[kind],
          `page sees ${seen[kind]} ${kind} ranges, content script ${stats!.ranges[kind]}`,
        );
      }
    }
  });

  await step("the page's DOM is unchanged (serialised body, mutation log)", async () => {
    const p = need(page, 'article page');
    const res = await p.evaluate<{ same: boolean; mutations: string[]; extra: number }>(`({
      same: document.body.innerHTML === window.__page.expectedBody,
      mutations: window.__page.mutations,
      extra: document.documentElement.children.length,
    })`);
    assert(res.same, 'document.body.innerHTML differs from what the page itself produced');
    assert(res.mutations.length === 0, `unexpected DOM mutations: ${res.mutations.slice(0, 5).join('; ')}`);
    assert(res.extra === 2, `<html> has ${res.extra} children (expected head and body only)`);
  });

  await step('side panel lists the entities grouped by type with counts', async () => {
    const pn = need(panel, 'side panel');
    for (const id of [TOKAYEV, CSTO, ALMATY, BISHKEK]) {
      await pn.waitFor(`!!document.querySelector('[data-entity="${id}"]')`, 5000);
    }
    const tok = await pn.text(`[data-type="person"] [data-entity="${TOKAYEV}"]`);
    assert(
      /Tokayev/.test(tok) && /\D3$/.test(tok.trim()),
      `Tokayev row reads “${tok}”, expected the name and 3 mentions`,
    );
    const heads = await pn.evaluate<string[]>(
      `[...document.querySelectorAll('section[data-type] h2')].map((h) => h.textContent)`,
    );
    assert(
      heads.some((h) => /^People \(\d+\)$/.test(h)),
      `group headings: ${heads.join(' | ')}`,
    );
    assert(
      heads.some((h) => /^Places \(\d+\)$/.test(h)),
      `group headings: ${heads.join(' | ')}`,
    );
  });

  await step(
    'clicking an entity shows its card in place of the list, inside the viewport, scrolls the page; Back returns',
    async () => {
      const pn = need(panel, 'side panel');
      const p = need(page, 'article page');
      const before = await p.evaluate<number>('window.scrollY');
      await pn.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
      await pn.click(`[data-type="organisation"] [data-entity="${CSTO}"]`);
      await pn.waitFor(`!!document.querySelector('[data-card="${CSTO}"]')`, 5000);
      await p.waitFor('window.scrollY > 1500', 5000).catch(async () => {
        throw new Error(`page did not scroll to CSTO (scrollY ${before} → ${await p.evaluate('window.scrollY')})`);
      });
      const box = await pn.evaluate<{ top: number; h: number; list: boolean }>(`(() => {
      const r = document.querySelector('[data-card="${CSTO}"]').getBoundingClientRect();
      return { top: r.top, h: innerHeight, list: !!document.querySelector('[data-testid="summary"]') };
    })()`);
      assert(box.top >= 0 && box.top < box.h, `card top at ${box.top}px, viewport ${box.h}px`);
      assert(!box.list, 'the list is still shown beside the card');
      await pn.click('[data-testid="back"]');
      await pn.waitFor(
        `!!document.querySelector('[data-testid="summary"]') && !document.querySelector('[data-card]')`,
        5000,
      );
    },
  );

  await step("the person card leads with the office held on the page's date; Escape returns", async () => {
    const pn = need(panel, 'side panel');
    await pn.click(`[data-type="person"] [data-entity="${TOKAYEV}"]`);
    await pn.waitFor(`!!document.querySelector('[data-card="${TOKAYEV}"] [data-testid="then"]')`, 5000);
    const card = await pn.evaluate<{ first: string; then: string; iso: boolean }>(`(() => {
      const card = document.querySelector('[data-card="${TOKAYEV}"]');
      const first = card.querySelector('section, p[lang]');
      return { first: first.getAttribute('data-testid') ?? first.tagName, then: card.querySelector('[data-testid="then"]').textContent,
        iso: /\\d{4}-\\d{2}-\\d{2}/.test(card.textContent) };
    })()`);
    assert(card.first === 'then', `the card opens with ${card.first}, not the offices held then`);
    assert(/January 6, 2022/.test(card.then) && /President of Kazakhstan/.test(card.then), `then: ${card.then}`);
    assert(!card.iso, 'an ISO date reaches the reader');
    await pn.evaluate(`document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))`);
    await pn.waitFor(`!!document.querySelector('[data-testid="summary"]')`, 5000);
  });

  await step('lookup through the context-menu handler (test seam) shows the match in the panel', async () => {
    const pn = need(panel, 'side panel');
    const res = await pn.evaluate<{ query: string; hits: { id: string }[] }>(
      sendJs({ type: 'test:menu-click', selectionText: 'Tokayev' }),
    );
    assert(
      res.hits.some((h) => h.id === TOKAYEV),
      `lookup hits: ${JSON.stringify(res.hits)}`,
    );
    await pn.waitFor(`!!document.querySelector('[data-card="${TOKAYEV}"]')`, 5000);
    const none = await pn.evaluate<{ hits: unknown[] }>(
      sendJs({ type: 'test:menu-click', selectionText: 'Qwxzv Plorkh' }),
    );
    assert(none.hits.length === 0, `nonsense lookup matched: ${JSON.stringify(none.hits)}`);
    await pn.waitFor(
      `/matches this name/.test(document.querySelector('[data-testid="lookup"]')?.textContent ?? '')`,
      5000,
    );
  });

  await step('popup and toolbar badge show the entity count for the tab', async () => {
    const pn = need(panel, 'side panel');
    const state = await pn.evaluate<{ entities: unknown[] }>(sendJs({ type: 'tab-state' }));
    popup = await driver.openExtensionPage('popup.html');
    await popup.waitFor(`!!document.querySelector('[data-testid="top-names"]')`, 8000);
    const text = await popup.text('[data-testid="count"]');
    assert(
      text.startsWith(`${state.entities.length} known name`),
      `popup says “${text}”, state has ${state.entities.length}`,
    );
    const badge = await pn.evaluate<string>(`(async () => {
      const api = globalThis.browser ?? globalThis.chrome;
      const st = (await api.runtime.sendMessage({ type: 'tab-state' })).ok;
      return (api.action ?? api.browserAction).getBadgeText({ tabId: st.tabId });
    })()`);
    assert(badge === String(state.entities.length), `badge reads “${badge}”, expected ${state.entities.length}`);
  });

  await step('turning the site off removes every highlight; on again restores them', async () => {
    const pp = need(popup, 'popup');
    const pn = need(panel, 'side panel');
    const p = need(page, 'article page');
    await pp.waitFor(`document.querySelector('[data-testid="site-toggle"]')?.checked === true`, 5000);
    await pp.click('[data-testid="site-toggle"]');
    await pn
      .waitFor(`(${statsJs}).then((s) => !s.active && Object.values(s.ranges).every((n) => n === 0))`, 5000)
      .catch(async () => {
        throw new Error(`still active after switching off: ${JSON.stringify(await pn.evaluate(statsJs))}`);
      });
    if (driver.mainWorldSeesHighlights) {
      const left = await p.evaluate<Record<string, number>>(mainWorldCountsJs);
      assert(Object.keys(left).length === 0, `highlights left in CSS.highlights: ${JSON.stringify(left)}`);
    }
    const same = await p.evaluate<boolean>(
      'document.body.innerHTML === window.__page.expectedBody && window.__page.mutations.length === 0',
    );
    assert(same, 'page DOM changed during teardown');
    await pp.click('[data-testid="site-toggle"]');
    await pn.waitFor(`(${statsJs}).then((s) => s.active && s.ranges.person >= 3)`, 8000);
  });

  await step(
    'after a background restart (where the browser stops it), the panel has the name forms, a card its description and facts',
    async () => {
      const pn = need(panel, 'side panel');
      if (driver.stopBackground && driver.backgroundEval) {
        await driver.backgroundEval('globalThis.__e2eBeforeStop = true');
        await driver.stopBackground();
      }
      // the panel's request wakes the worker, which reads the display records only now
      const state = await pn.evaluate<{ entities: { id: string; forms?: Record<string, string> }[] }>(
        sendJs({ type: 'tab-state' }),
      );
      if (driver.stopBackground && driver.backgroundEval) {
        const fresh = await driver.backgroundEval<boolean>('globalThis.__e2eBeforeStop !== true');
        assert(fresh, 'the background was not restarted');
        // the restarted worker read its index from its stored copy (index-cache.ts), not the package
        let startup: { fromCache?: number } | null = null;
        for (let i = 0; i < 50 && !startup; i++) {
          startup = await driver.backgroundEval<{ fromCache?: number } | null>('globalThis.oxusStartup ?? null');
          if (!startup) await new Promise((r) => setTimeout(r, 200));
        }
        assert(startup?.fromCache === 1, `index after the restart: ${JSON.stringify(startup)}`);
      }
      const csto = state.entities.find((e) => e.id === CSTO);
      assert(
        csto?.forms?.ru === 'Организация Договора о коллективной безопасности',
        `CSTO's forms: ${JSON.stringify(csto?.forms)}`,
      );
      // the marker tells the reloaded document from the old one, which can still answer for a moment
      await pn.evaluate('window.__oxusBeforeReload = true; location.reload()');
      await pn.waitFor(
        `!window.__oxusBeforeReload && !!document.querySelector('[data-type="organisation"] [data-entity="${CSTO}"]')`,
        15000,
      );
      await pn.click(`[data-type="organisation"] [data-entity="${CSTO}"]`);
      await pn.waitFor(`!!document.querySelector('[data-card="${CSTO}"] details.sources')`, 8000);
      const card = await pn.text(`[data-card="${CSTO}"]`);
      assert(/Russia-led military alliance/.test(card), `no description in the card: ${card.slice(0, 300)}`);
      assert(/Collective Security Council met in Bishkek/.test(card), `no fact in the card: ${card.slice(0, 300)}`);
      await pn.click('[data-testid="back"]');
    },
  );

  let claimsPage: TabHandle | undefined;
  await step(
    'claims grouped: a known claim stated three times is one group; default panel ≤ 3,200 px at 400 px',
    async () => {
      const pn = need(panel, 'side panel');
      claimsPage = await driver.openPage(server.origin(SITE_HOST) + CLAIMS_PATH);
      await pn.waitFor(
        `/Peacekeepers to start leaving/.test(document.querySelector('[data-testid="page"]')?.textContent ?? '')`,
        15000,
      );
      await pn.waitFor(`document.querySelectorAll('[data-verdict]').length >= 6`, 10000);
      const g = await pn.evaluate<{
        keys: string[];
        withdrawal: number;
        sentences: number;
        texts: string[];
        other: string;
        height: number;
      }>(`(() => {
      document.documentElement.style.width = '400px';
      const groups = [...document.querySelectorAll('[data-group]')];
      const w = groups.filter((x) => x.getAttribute('data-group') === 'claim:kz2022-withdrawal-10-days');
      return { keys: groups.map((x) => x.getAttribute('data-group')), withdrawal: w.length,
        sentences: w[0] ? w[0].querySelectorAll('.sentences li').length : 0,
        texts: w[0] ? [...w[0].querySelectorAll('.sentences li')].map((li) => li.textContent) : [],
        other: document.querySelector('[data-testid="other-statements"] summary')?.textContent ?? '',
        height: document.querySelector('main').getBoundingClientRect().height };
    })()`);
      await pn.evaluate(`document.documentElement.style.width = ''`);
      assert(g.keys.length === 6, `${g.keys.length} claim groups: ${g.keys.join(', ')}`);
      assert(
        g.withdrawal === 1 && g.sentences === 3,
        `withdrawal claim: ${g.withdrawal} groups, ${g.sentences} sentences: ${g.texts.join(' | ')}`,
      );
      assert(/^1 other statement$/.test(g.other), `other statements: “${g.other}”`);
      assert(g.height <= 3200, `panel ${Math.round(g.height)} px tall at 400 px`);
      log(`    claim groups ${g.keys.length}, panel ${Math.round(g.height)} px at 400 px`);
    },
  );

  await step(
    'export gives valid Markdown and JSON; copy citation puts the citation text on the clipboard',
    async () => {
      const pn = need(panel, 'side panel');
      await pn.evaluate(`(() => {
      window.__blobs = [];
      const orig = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (b) => (window.__blobs.push(b), orig(b));
      window.__copied = [];
      navigator.clipboard.writeText = async (t) => { window.__copied.push(t); };
      document.querySelector('details.export').open = true;
    })()`);
      await pn.click('[data-export-format="md"]');
      await pn.waitFor('window.__blobs.length === 1', 5000);
      await pn.click('[data-export-format="json"]');
      await pn.waitFor('window.__blobs.length === 2', 5000);
      const out = await pn.evaluate<{ md: string; json: string }>(
        `(async () => ({ md: await window.__blobs[0].text(), json: await window.__blobs[1].text() }))()`,
      );
      assert(
        /^# Peacekeepers to start leaving Kazakhstan/.test(out.md) && /\n## /.test(out.md),
        `markdown: ${out.md.slice(0, 200)}`,
      );
      const data = JSON.parse(out.json) as { format: string; claims: unknown[]; page: { date: string } };
      assert(
        data.format === 'oxus-export' && data.claims.length === 6 && data.page.date === '2022-01-12',
        `json: ${out.json.slice(0, 200)}`,
      );
      await pn.click('[data-group="claim:kz2022-withdrawal-10-days"] [data-copy]');
      await pn.waitFor('window.__copied.length === 1', 5000);
      const copied = await pn.evaluate<string>('window.__copied[0]');
      assert(
        /^The CSTO withdrawal will begin in two days/.test(copied) &&
          /January \d+, 2022/.test(copied) &&
          /https?:\/\//.test(copied),
        `copied: ${copied}`,
      );
    },
  );
  await claimsPage?.close().catch(() => undefined);

  await step('no request to any host other than loopback and the served site', async () => {
    assertNothingLeft(server);
    const byHost = new Map<string, number>();
    for (const r of server.requests) byHost.set(`${r.host}`, (byHost.get(r.host) ?? 0) + 1);
    log(`    recorder saw ${server.requests.length} requests: ${[...byHost].map(([h, n]) => `${h} ×${n}`).join(', ')}`);
    const ours = server.requests.filter((r) => r.host === SITE_HOST);
    assert(ours.length >= 1, 'the recorder saw no request at all: is the browser using it as its proxy?');
  });

  for (const t of [popup, panel, page]) await t?.close().catch(() => undefined);
  return results;
}
