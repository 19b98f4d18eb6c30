// `npm start`: builds the Chrome extension, serves the demo article (scripts/demo/, written for
// the project) on 127.0.0.1 under a news site's host name, and opens Chromium with Oxus loaded:
// a window when there is a display; otherwise headless, writing screenshots of the annotated page
// and the side panel to .tmp/ and printing what Oxus found. All traffic goes through the recorder.
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startServer } from '../e2e/server';
import { launchChromium } from '../e2e/chromium';
import type { TabState } from '../utils/protocol';

const root = resolve(import.meta.dirname, '..');
const HOST = 'www.rferl.org';
const ARTICLE = '/a/kazakhstan-january-2022.html';
const OUT_PAGE = join(root, '.tmp', 'oxus-demo-page.png');
const OUT_PANEL = join(root, '.tmp', 'oxus-demo-panel.png');
const OUT_PANEL_FULL = join(root, '.tmp', 'oxus-demo-panel-full.png');

const sh = (cmd: string) => execSync(cmd, { cwd: root, stdio: 'inherit' });

async function main() {
  mkdirSync(join(root, '.tmp'), { recursive: true });
  process.env.TMPDIR = join(root, '.tmp');
  sh('bash scripts/ensure-browsers.sh chromium');
  sh('npm run --silent build');

  const server = await startServer({ root: join(root, 'scripts', 'demo'), hosts: [HOST] });
  const headless = !process.env.DISPLAY;
  const driver = await launchChromium({
    extDir: join(root, '.output', 'chrome-mv3'),
    proxyPort: server.port,
    hosts: [HOST],
    headless,
    viewport: { width: 1280, height: 900 },
  });
  const url = server.origin(HOST) + ARTICLE;
  const ctx = driver.context;
  const page = await ctx.newPage();
  await page.goto(url);

  if (!headless) {
    for (const p of ctx.pages()) if (p !== page && p.url() === 'about:blank') await p.close();
    console.log(`\nOxus is loaded. The demo article is open at ${url}`);
    console.log(
      'Point at a highlighted name, right-click a selected name for "Look up", or press Alt+Shift+O for the side panel.',
    );
    console.log('Close the browser window to stop.\n');
    await new Promise<void>((done) => ctx.on('close', () => done()));
    await server.close();
    return;
  }

  const base = `chrome-extension://${driver.extensionId}/`;
  const panel = await ctx.newPage();
  await panel.setViewportSize({ width: 420, height: 1400 });
  await panel.goto(base + 'sidepanel.html');
  await panel.waitForSelector('[data-testid="summary"]', { timeout: 30000 });
  await page.bringToFront();
  // hover the first mention of a person so the card shows in the screenshot
  const rect = await page.evaluate(() => {
    const h = CSS.highlights.get('oxus-person');
    const first = h
      ? [...(h as unknown as Set<Range>)].sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))[0]
      : undefined;
    if (!first) return null;
    first.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const r = first.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  if (rect) {
    await page.mouse.move(rect.x, rect.y);
    await page.mouse.move(rect.x + 1, rect.y);
    await page.waitForTimeout(800);
  }
  await page.screenshot({ path: OUT_PAGE });

  const state = await panel.evaluate(async () => {
    type Api = { runtime: { sendMessage(m: unknown): Promise<{ ok: TabState }> } };
    const api = (globalThis as unknown as { chrome: Api }).chrome;
    const res = await api.runtime.sendMessage({ type: 'tab-state' });
    return res.ok;
  });
  const first = state.entities.find((e) => e.type === 'person') ?? state.entities[0];
  if (first) {
    await panel.click(`[data-entity="${first.id}"]`);
    await panel.waitForSelector(`[data-card="${first.id}"]`, { timeout: 10000 });
  }
  await panel.evaluate(() => window.scrollTo(0, 0));
  // what the reader sees first, and the whole panel scrolled out
  await panel.screenshot({ path: OUT_PANEL });
  await panel.screenshot({ path: OUT_PANEL_FULL, fullPage: true });

  console.log(`\nOxus read ${url}`);
  console.log(`Page date: ${state.date ?? 'unknown'}; language: ${state.lang}`);
  console.log(`${state.entities.length} known names, ${state.entities.reduce((n, e) => n + e.count, 0)} mentions:`);
  for (const e of state.entities) console.log(`  ${e.type.padEnd(12)} ${e.name} ×${e.count}`);
  if (state.events.length)
    console.log(`About: ${state.events.map((e) => `${e.name} (${Math.round(e.score * 100)}%)`).join(', ')}`);
  if (state.claims.length) {
    console.log(`${state.claims.length} figures/claims:`);
    for (const c of state.claims.slice(0, 10))
      console.log(
        `  [${c.kind}] ${c.text.slice(0, 100)}${c.links.length ? `  → ${c.links.map((l) => l.relation).join(', ')}` : '  (no context yet)'}`,
      );
  }
  const foreign = server.foreign();
  console.log(`Network: ${server.requests.length} requests, ${foreign.length} to hosts other than this computer.`);
  console.log(`\nScreenshots:\n  ${OUT_PAGE}\n  ${OUT_PANEL}\n  ${OUT_PANEL_FULL}`);
  await driver.close();
  await server.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
