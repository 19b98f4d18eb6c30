// `npm run screenshots`: store-ready 1280×800 PNGs of Oxus in Chromium with the browser in English,
// Russian and Arabic (--lang plus the context locale): an article written for the project with its
// highlights and hover card beside the side panel, the popup over the page, options and first run.
// Needs `npm run build` first; writes .tmp/screenshots/ (`-- --dark`, `-- --lang=xx`). Look at them all.
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { startServer } from '../e2e/server';
import { launchChromium } from '../e2e/chromium';
import { HIGHLIGHT_NAMES } from '../entrypoints/content/highlight-names';

const root = resolve(import.meta.dirname, '..');
const OUT = join(root, '.tmp', 'screenshots');
const EXT = join(root, '.output', 'chrome-mv3');
const HOST = 'kun.uz';
const W = 1280;
const H = 800;
const PANEL_W = 400;
const LANGS = ['en', 'ru', 'ar'] as const;
type Lang = (typeof LANGS)[number];
const RTL = new Set<Lang>(['ar']);

/** Puts PNGs side by side (or one over another) in a 1280×800 frame, drawn by the browser itself. */
async function compose(ctx: BrowserContext, html: string, path: string): Promise<void> {
  const page = await ctx.newPage();
  await page.setViewportSize({ width: W, height: H });
  await page.setContent(
    `<!doctype html><body style="margin:0;width:${W}px;height:${H}px;overflow:hidden;position:relative;background:#dfe3e8">${html}</body>`,
  );
  await page.evaluate(() => Promise.all([...document.images].map((i) => i.decode())));
  await page.screenshot({ path });
  await page.close();
}
const img = (png: Buffer, style: string) =>
  `<img style="position:absolute;${style}" src="data:image/png;base64,${png.toString('base64')}">`;

/** Hovers the first highlighted person so the hover card shows (Chromium: the page sees CSS.highlights). */
async function hoverFirstPerson(page: Page): Promise<void> {
  const at = await page.evaluate((name) => {
    const h = CSS.highlights.get(name) as unknown as Set<AbstractRange> | undefined;
    // the content script may register StaticRanges: measure each as a live Range
    const live = [...(h ?? [])].map((s) => {
      const r = document.createRange();
      r.setStart(s.startContainer, s.startOffset);
      r.setEnd(s.endContainer, s.endOffset);
      return r;
    });
    const first = live.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))[0];
    if (!first) return null;
    const r = first.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, HIGHLIGHT_NAMES.person);
  if (!at) return;
  await page.mouse.move(at.x, at.y);
  await page.mouse.move(at.x + 1, at.y);
  await page.waitForTimeout(900);
}

async function shoot(lang: Lang, port: number, origin: string, colorScheme: 'light' | 'dark'): Promise<string[]> {
  const suffix = colorScheme === 'dark' ? `${lang}-dark` : lang;
  const driver = await launchChromium({
    extDir: EXT,
    proxyPort: port,
    hosts: [HOST],
    lang,
    colorScheme,
    viewport: { width: W, height: H },
  });
  const ctx = driver.context;
  const base = `chrome-extension://${driver.extensionId}/`;
  const written: string[] = [];
  const out = (name: string) => (written.push(join(OUT, name)), join(OUT, name));
  try {
    // first run (opened by the extension itself on install)
    const welcome = ctx.pages().find((p) => p.url().endsWith('/welcome.html')) ?? (await ctx.newPage());
    if (!welcome.url().endsWith('/welcome.html')) await welcome.goto(base + 'welcome.html');
    await welcome.setViewportSize({ width: W, height: H });
    await welcome.waitForSelector('main.firstrun');
    await welcome.screenshot({ path: out(`firstrun-${suffix}.png`) });

    const page = await ctx.newPage();
    await page.setViewportSize({ width: W - PANEL_W, height: H });
    await page.goto(`${origin}/2022/01/11/csto-withdrawal-${lang}.html`);
    await page.waitForFunction(
      (name) => (CSS.highlights.get(name) as unknown as Set<Range> | undefined)?.size,
      HIGHLIGHT_NAMES.person,
      { timeout: 20000 },
    );

    const panel = await ctx.newPage();
    await panel.setViewportSize({ width: PANEL_W, height: H });
    await panel.goto(base + 'sidepanel.html');
    await panel.waitForSelector('[data-entity^="person:"]', { timeout: 20000 });
    const person = await panel.getAttribute('[data-entity^="person:"]', 'data-entity');
    await panel.click(`[data-entity="${person}"]`);
    await panel.waitForSelector(`[data-card="${person}"]`, { timeout: 10000 }).catch(() => undefined);
    await panel.evaluate(() => window.scrollTo(0, 0));
    const panelPng = await panel.screenshot();

    await page.bringToFront();
    await hoverFirstPerson(page);
    const pagePng = await page.screenshot();
    // the side panel sits on the reading end: right in a left-to-right browser, left in Arabic
    const rtl = RTL.has(lang);
    await compose(
      ctx,
      img(pagePng, `top:0;${rtl ? 'right' : 'left'}:0`) +
        img(panelPng, `top:0;${rtl ? 'left' : 'right'}:0;box-shadow:0 0 0 1px #9aa4ae`),
      out(`page-panel-${suffix}.png`),
    );

    // the popup over the full-width page, under the toolbar button's corner
    await page.setViewportSize({ width: W, height: H });
    await page.mouse.move(0, 0);
    await page.waitForTimeout(300);
    const widePng = await page.screenshot();
    const popup = await ctx.newPage();
    await popup.setViewportSize({ width: 340, height: 300 });
    await popup.goto(base + 'popup.html');
    await popup.waitForSelector('[data-testid="count"]', { timeout: 10000 });
    const popupPng = await popup.locator('body').screenshot();
    await compose(
      ctx,
      img(widePng, 'top:0;left:0') +
        img(popupPng, `top:8px;${rtl ? 'left' : 'right'}:16px;box-shadow:0 4px 18px rgba(0,0,0,.35);border-radius:8px`),
      out(`popup-${suffix}.png`),
    );

    const options = await ctx.newPage();
    await options.setViewportSize({ width: W, height: H });
    await options.goto(base + 'options.html');
    await options.waitForSelector('main.options');
    await options.screenshot({ path: out(`options-${suffix}.png`) });
  } finally {
    await driver.close();
  }
  return written;
}

async function main() {
  if (!existsSync(join(EXT, 'manifest.json'))) {
    console.error('No build in .output/chrome-mv3: run `npm run build` first.');
    process.exitCode = 1;
    return;
  }
  mkdirSync(OUT, { recursive: true });
  process.env.TMPDIR ||= join(root, '.tmp');
  const server = await startServer({ root: join(root, 'e2e', 'fixtures'), hosts: [HOST] });
  const themes = process.argv.includes('--dark') ? (['light', 'dark'] as const) : (['light'] as const);
  try {
    // `-- --lang=ar` shoots one language only
    const only = process.argv.find((a) => a.startsWith('--lang='))?.slice(7);
    for (const lang of LANGS.filter((l) => !only || l === only)) {
      for (const theme of themes) {
        const files = await shoot(lang, server.port, server.origin(HOST), theme);
        console.log(
          `${lang}${theme === 'dark' ? ' (dark)' : ''}: ${files.map((f) => f.slice(root.length + 1)).join(', ')}`,
        );
      }
    }
  } finally {
    await server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
