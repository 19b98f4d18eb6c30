// The language, accessibility and where-it-runs steps, after scenario.ts in the same browser: a
// general outlet (www.dw.com, in the starter list as `general`) shows nothing on a page that is not
// about Central Asia and annotates one that is; axe-core on the panel (list with its map, a place's card
// with its map, a person's card), popup, options and first-run page in light and dark, and right to left
// in Arabic (0 serious or critical); with the UI language set to Arabic every extension page is
// right-to-left and speaks Arabic, and the panel shows no raw ISO date; in zh_TW the panel names a place in
// Traditional characters; in Russian no name in the panel's list is cut short.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { assertNothingLeft, type TestServer } from './server';
import type { Driver, StepResult, TabHandle } from './scenario';
import { runStep } from './step';

export const GENERAL_HOST = 'www.dw.com';
const UNRELATED = '/2024/11/07/haushalt-streit.html';
const ABOUT_CA = '/2022/01/11/csto-withdrawal-en.html';
const PAGES = ['sidepanel.html', 'popup.html', 'options.html', 'welcome.html'] as const;

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const api = 'globalThis.browser ?? globalThis.chrome';
const tabStateJs = `(async () => (await (${api}).runtime.sendMessage({ type: 'tab-state' })).ok)()`;
const rangesJs = `(async () => {
  const b = ${api};
  const st = (await b.runtime.sendMessage({ type: 'tab-state' })).ok;
  const res = await b.tabs.sendMessage(st.tabId, { type: 'highlight-stats' }, { frameId: 0 });
  return Object.values(res.ok.ranges).reduce((n, x) => n + x, 0);
})()`;
// waits for the extension API: a page caught mid-reload (after the last language change) has none for a moment
const setUiLanguageJs = (v: string) => `(async () => {
  for (let i = 0; i < 50 && !(${api})?.storage; i++) await new Promise((r) => setTimeout(r, 100));
  return (${api}).storage.local.set({ uiLanguage: ${JSON.stringify(v)} });
})()`;
/** axe on the whole document, WCAG 2.1 A/AA rules; the serious and critical violations, one line each */
const axeRunJs = `(async () => {
  const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => v.id + ' ×' + v.nodes.length + ': ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', '));
})()`;
const ARABIC = /[\u0600-\u06FF]/;
/** the id of the first entity of a kind in the panel's list, after clicking it ('' when there is none) */
const openCardJs = (prefix: string) => `(() => {
  const b = document.querySelector('[data-entity^="${prefix}"]');
  if (!b) return '';
  b.click();
  return b.getAttribute('data-entity');
})()`;

/**
 * An evaluate that survives the page reloading under it: extension pages reload when the UI language changes
 * (utils/page-i18n.ts), and that reload can land during a check. Retries idempotent reads and writes only.
 */
async function evaluateStable<T>(h: { evaluate<R>(js: string): Promise<R> }, js: string, tries = 4): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await h.evaluate<T>(js);
    } catch (e) {
      if (i >= tries || !/context was destroyed|navigat/i.test(String(e))) throw e;
      await new Promise((ok) => setTimeout(ok, 500));
    }
  }
}

export async function runLocaleScenario(
  driver: Driver,
  server: TestServer,
  log: (s: string) => void,
): Promise<StepResult[]> {
  const results: StepResult[] = [];
  const opened: TabHandle[] = [];
  async function step(name: string, fn: () => Promise<void>) {
    await runStep(results, driver.name, log, name, fn, 8);
  }
  const assert = (cond: unknown, msg: string) => {
    if (!cond) throw new Error(msg);
  };
  const open = async (path: string) => {
    const h = await driver.openExtensionPage(path);
    opened.push(h);
    await h.waitFor(`!!document.querySelector('main')`, 10000);
    return h;
  };
  let ext: TabHandle | undefined;
  const axeOn = async (h: TabHandle): Promise<string[]> => {
    if (!(await h.evaluate<boolean>('typeof axe !== "undefined"'))) await h.evaluate(axeSource);
    return h.evaluate<string[]>(axeRunJs);
  };
  /**
   * axe on a page; on the panel in three states: the list with its map, a place's card (its own map)
   * and a person's card. Violations as `page state: rule ×n: targets`.
   */
  const axePage = async (h: TabHandle, path: string, label: string): Promise<string[]> => {
    if (path !== 'sidepanel.html') return (await axeOn(h)).map((v) => `${path} (${label}): ${v}`);
    await h.waitFor(`!!document.querySelector('[data-entity]') && !!document.querySelector('svg.minimap')`, 10000);
    const out = (await axeOn(h)).map((v) => `${path} list+map (${label}): ${v}`);
    for (const prefix of ['place:', 'person:']) {
      // back to the list (the card is replaced on the next render)
      await h.evaluate(`document.querySelector('[data-testid="back"]')?.click()`);
      await h.waitFor(`!document.querySelector('[data-card]') && !!document.querySelector('[data-entity]')`, 5000);
      const id = await h.evaluate<string>(openCardJs(prefix));
      assert(id, `${path}: no ${prefix} entity in the list to open`);
      await h.waitFor(`!!document.querySelector('[data-card="${id}"]')`, 10000);
      if (prefix === 'place:') await h.waitFor(`!!document.querySelector('[data-card] svg.minimap')`, 5000);
      out.push(...(await axeOn(h)).map((v) => `${path} card ${id} (${label}): ${v}`));
    }
    return out;
  };

  await step('general outlet: a page not about Central Asia shows nothing (no highlight, no badge)', async () => {
    const url = server.origin(GENERAL_HOST) + UNRELATED;
    opened.push(await driver.openPage(url));
    ext = await open('options.html');
    // the background records every annotated page, an empty one included
    await ext.waitFor(`(${tabStateJs}).then((s) => s && s.url === ${JSON.stringify(url)})`, 15000);
    const st = await ext!.evaluate<{ entities: unknown[]; events: unknown[] }>(tabStateJs);
    assert(
      st.entities.length === 0 && st.events.length === 0,
      `shown on an unrelated page: ${JSON.stringify(st).slice(0, 300)}`,
    );
    const ranges = await ext!.evaluate<number>(rangesJs);
    assert(ranges === 0, `${ranges} highlight ranges on an unrelated page`);
  });

  await step('general outlet: a page about Central Asia is annotated', async () => {
    const url = server.origin(GENERAL_HOST) + ABOUT_CA;
    opened.push(await driver.openPage(url));
    if (!ext) throw new Error('skipped: the options page did not open in the step before');
    await ext.waitFor(
      `(${tabStateJs}).then((s) => s && s.url === ${JSON.stringify(url)} && s.entities.length >= 5)`,
      15000,
    );
    await ext.waitFor(`(${rangesJs}).then((n) => n >= 5)`, 10000);
  });

  for (const scheme of ['light', 'dark'] as const) {
    const probe = await open('options.html');
    const supported = await probe.colorScheme(scheme).then(
      () => true,
      () => false,
    );
    await probe.close();
    opened.splice(opened.indexOf(probe), 1);
    if (!supported) {
      log(`  - ${driver.name}: axe-core in ${scheme}: skipped (this driver cannot emulate prefers-color-scheme)`);
      continue;
    }
    await step(
      `axe-core: 0 serious or critical violations on panel, popup, options, first run (${scheme})`,
      async () => {
        const found: string[] = [];
        for (const path of PAGES) {
          const h = await open(path);
          await h.colorScheme(scheme);
          const v = await axePage(h, path, scheme);
          log(`    axe ${scheme} ${path}: ${v.length} serious/critical${v.length ? `: ${v.join(' | ')}` : ''}`);
          found.push(...v);
          await h.close();
          opened.splice(opened.indexOf(h), 1);
        }
        assert(found.length === 0, found.join('\n'));
      },
    );
  }

  await step(
    'UI language Arabic: every extension page right-to-left, in Arabic, 0 serious or critical axe violations; ' +
      'the panel shows no raw ISO date',
    async () => {
      const first = ext ?? (await open('options.html'));
      await evaluateStable(first, setUiLanguageJs('ar'));
      const violations: string[] = [];
      try {
        for (const path of PAGES) {
          const h = await open(path);
          // the page may have loaded before the language change reached it: it then reloads in Arabic
          await h.waitFor(`document.documentElement.lang === 'ar'`, 10000).catch(() => undefined);
          if (path === 'sidepanel.html') await h.waitFor(`!!document.querySelector('[data-entity]')`, 10000);
          const page = await evaluateStable<{ dir: string; lang: string; headings: string[]; text: string }>(
            h,
            `({
          dir: document.documentElement.dir, lang: document.documentElement.lang,
          headings: [...document.querySelectorAll('h1, h2')].map((x) => x.textContent.trim()).filter((x) => x && x !== 'Oxus'),
          text: document.body.innerText,
        })`,
          );
          assert(page.dir === 'rtl' && page.lang === 'ar', `${path}: dir=${page.dir} lang=${page.lang}`);
          const english = page.headings.filter((x) => !ARABIC.test(x));
          assert(english.length === 0, `${path}: headings not in Arabic: ${english.join(' | ')}`);
          const iso = page.text.match(/\b\d{4}-\d{2}-\d{2}\b/g) ?? [];
          assert(iso.length === 0, `${path}: raw ISO dates shown: ${iso.slice(0, 5).join(', ')}`);
          const v = await axePage(h, path, 'ar, rtl');
          log(`    axe ar rtl ${path}: ${v.length} serious/critical${v.length ? `: ${v.join(' | ')}` : ''}`);
          violations.push(...v);
        }
        assert(violations.length === 0, violations.join('\n'));
      } finally {
        await first.evaluate(setUiLanguageJs('auto')).catch(() => undefined);
      }
    },
  );

  await step(
    'UI language zh_TW: the panel names places in Traditional characters; Russian: no list name cut short',
    async () => {
      const first = ext ?? (await open('options.html'));
      try {
        await evaluateStable(first, setUiLanguageJs('zh_TW'));
        const zh = await open('sidepanel.html');
        await zh.waitFor(`document.documentElement.lang === 'zh-TW'`, 10000).catch(() => undefined);
        await zh.waitFor(`!!document.querySelector('[data-entity="place:kazakhstan"]')`, 10000);
        const name = await evaluateStable<string>(
          zh,
          `document.querySelector('[data-entity="place:kazakhstan"] bdi').textContent`,
        );
        assert(name === '哈薩克斯坦', `zh_TW panel shows Kazakhstan as ${name}, not 哈薩克斯坦`);
        await evaluateStable(first, setUiLanguageJs('ru'));
        const ru = await open('sidepanel.html');
        await ru.waitFor(`document.documentElement.lang === 'ru'`, 10000).catch(() => undefined);
        await ru.waitFor(`!!document.querySelector('[data-entity]')`, 10000);
        // at a side panel's width (the test window is wider): a name is cut when its own box reaches past
        // the line's clipped box (the page's form after it may be cut)
        await evaluateStable(ru, `document.body.style.width = '380px'`);
        const cut = await evaluateStable<string[]>(
          ru,
          `[...document.querySelectorAll('[data-entity] > span:first-child')].filter((line) => {
            const n = line.querySelector('bdi').getBoundingClientRect(), l = line.getBoundingClientRect();
            return n.bottom > l.bottom + 1 || n.left < l.left - 1 || n.right > l.right + 1;
          }).map((line) => line.querySelector('bdi').textContent)`,
        );
        assert(cut.length === 0, `Russian names cut short in the list: ${cut.join(' | ')}`);
      } finally {
        await first.evaluate(setUiLanguageJs('auto')).catch(() => undefined);
      }
    },
  );

  await step('still no request to any host other than loopback and the served sites', async () => {
    assertNothingLeft(server);
  });

  // an extension page that does not close (seen in Chromium) must not hold up the run: 5 s each
  for (const h of opened) {
    await Promise.race([h.close().catch(() => undefined), new Promise((ok) => setTimeout(ok, 5000))]);
  }
  return results;
}
