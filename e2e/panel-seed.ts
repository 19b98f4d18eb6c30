// `npx tsx e2e/panel-seed.ts [seed.txt] [out-dir]`: the reader's check of the side panel on the
// seed article (../shared/seed, never committed): serves its text as a dated page under a starter
// site's host, opens the panel at 400 × 800 (OXUS_PANEL_WIDTH=320: narrower) in headless Chromium,
// prints its height, claim groups, tab stops and source links, and writes screenshots to
// .tmp/panel-seed/. Skips (exit 0) without the seed. Not part of the e2e suite: the suite uses
// articles written for the project.
// UI language: OXUS_UI_LANG=ar (any UI locale) sets the reader's setting before the panel opens.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startServer } from './server';
import { launchChromium } from './chromium';

const root = resolve(import.meta.dirname, '..');
const seed = process.argv[2] ?? resolve(root, '../shared/seed/kazakhstan-csto-withdrawal-ar.txt');
const out = process.argv[3] ?? join(root, '.tmp', 'panel-seed');
const HOST = 'kun.uz';
/** the side panel's width: Chrome lets a reader narrow it to 320 px */
const WIDTH = Number(process.env.OXUS_PANEL_WIDTH) || 400;
const PATH = '/2022/01/12/seed.html';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function main() {
  if (!existsSync(seed)) {
    console.log(`skipped: no seed article at ${seed}`);
    return;
  }
  process.env.TMPDIR ||= join(root, '.tmp');
  const [title, ...body] = readFileSync(seed, 'utf8')
    .split(/\n+/)
    .filter((l) => l.trim());
  const site = join(out, 'site');
  mkdirSync(join(site, '2022/01/12'), { recursive: true });
  writeFileSync(
    join(site, PATH),
    `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${escapeHtml(title!)}</title>` +
      `<meta property="article:published_time" content="2022-01-12T08:00:00+03:00"></head><body><article><h1>${escapeHtml(title!)}</h1>` +
      body.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n') +
      '</article></body></html>',
  );
  const server = await startServer({ root: site, hosts: [HOST] });
  const driver = await launchChromium({
    extDir: join(root, '.output/chrome-mv3'),
    proxyPort: server.port,
    hosts: [HOST],
    viewport: { width: WIDTH, height: 800 },
  });
  try {
    const page = await driver.context.newPage();
    await page.goto(server.origin(HOST) + PATH, { waitUntil: 'load' });
    const panel = await driver.context.newPage();
    await panel.setViewportSize({ width: WIDTH, height: 800 });
    await panel.goto(`chrome-extension://${driver.extensionId}/sidepanel.html`);
    const uiLang = process.env.OXUS_UI_LANG;
    if (uiLang) {
      // the options page's setting (utils/storage.ts uiLanguage); the panel reads it when it loads
      // (the panel reloads itself on the change: wait for that, then open it again)
      await panel.evaluate(`chrome.storage.local.set({ uiLanguage: ${JSON.stringify(uiLang)} })`);
      await panel.waitForTimeout(1000);
      await panel.goto(`chrome-extension://${driver.extensionId}/sidepanel.html`);
    }
    await panel.waitForSelector('[data-testid="summary"]', { timeout: 20000 });
    await panel.waitForFunction(
      () => !document.querySelector('.claims .muted')?.textContent?.includes('Loading'),
      null,
      { timeout: 10000 },
    );
    await panel.waitForTimeout(800);
    const m = await panel.evaluate(() => ({
      height: document.documentElement.scrollHeight,
      groups: document.querySelectorAll('[data-group]').length,
      other: document.querySelector('[data-testid="other-statements"] summary')?.textContent ?? '',
      // what Tab reaches and what a reader sees: closed disclosures hide their content from both
      tabStops: [
        ...document.querySelectorAll<HTMLElement>('a[href], button, input, summary, [tabindex], svg [tabindex]'),
      ].filter((e) => e.tabIndex >= 0 && e.checkVisibility()).length,
      sourceLinks: [...document.querySelectorAll('details.sources a[href]')].length,
      visibleSourceLinks: [...document.querySelectorAll<HTMLElement>('a[href^="http"]')].filter((a) =>
        a.checkVisibility(),
      ).length,
      parts: [...document.querySelectorAll('main > *, [data-view] > section, [data-group], .other-statements')].map(
        (e) =>
          `${e.tagName}.${e.className || e.getAttribute('data-type') || ''} ${Math.round(e.getBoundingClientRect().height)}`,
      ),
      verdicts: [...document.querySelectorAll('[data-group]')].map(
        (g) =>
          `${g.querySelector('h3')?.textContent} → ${g.querySelector('[data-verdict]')?.getAttribute('data-verdict')}`,
      ),
    }));
    console.log(JSON.stringify(m, null, 2));
    await panel.screenshot({ path: join(out, 'panel-full.png'), fullPage: true });
    for (let y = 0, i = 0; y < m.height; y += 800, i++) {
      await panel.screenshot({
        path: join(out, `panel-screen-${i + 1}.png`),
        fullPage: true,
        clip: { x: 0, y, width: WIDTH, height: Math.min(800, m.height - y) },
      });
    }
    // the first two claim groups alone, to read their mixed-direction lines
    for (const [i, g] of (await panel.locator('[data-group]').all()).slice(0, 2).entries()) {
      await g.screenshot({ path: join(out, `claim-${i + 1}.png`) });
    }
    // the map alone, at twice the size, to read its labels
    const map = panel.locator('svg.minimap').first();
    if (await map.count()) {
      await panel.setViewportSize({ width: 800, height: 800 });
      await map.screenshot({ path: join(out, 'map.png') });
      await panel.setViewportSize({ width: WIDTH, height: 800 });
    }
    // a name's card: inside the viewport, Back returns
    await panel.click('[data-entity="person:kassym-jomart-tokayev"]');
    await panel.waitForSelector('[data-card="person:kassym-jomart-tokayev"]');
    await panel.waitForTimeout(300);
    const card = await panel.evaluate(() => ({
      top: document.querySelector('[data-card]')!.getBoundingClientRect().top,
      thenText: document.querySelector('[data-testid="then"]')?.textContent,
      height: document.documentElement.scrollHeight,
    }));
    console.log('card', JSON.stringify(card));
    await panel.screenshot({ path: join(out, 'card-tokayev.png'), fullPage: true });
    for (const id of ['org:csto', 'event:2022-kazakhstan-unrest', 'media:ria-novosti', 'place:almaty']) {
      await panel.click('[data-testid="back"]');
      await panel.click(`[data-entity="${id}"]`);
      await panel.waitForSelector(`[data-card="${id}"]`);
      await panel.waitForTimeout(200);
      await panel.screenshot({ path: join(out, `card-${id.replace(/[:]/g, '-')}.png`), fullPage: true });
    }
    // the place card's own map, at twice the size
    await panel.setViewportSize({ width: 800, height: 800 });
    await panel.locator('[data-card] svg.minimap').screenshot({ path: join(out, 'map-card.png') });
    console.log(`screenshots in ${out}`);
  } finally {
    await driver.close();
    await server.close();
  }
}

void main();
