// `npm run e2e [chromium|firefox ...]`: runs e2e/scenario.ts against the built extension
// (.output/chrome-mv3, .output/firefox-mv2) in each browser, through the recording server.
// Writes .tmp/results/e2e-<browser>.json for scripts/test.sh; exits 1 on any failure.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startServer } from './server';
import { runScenario, SITE_HOST, type Driver, type StepResult } from './scenario';
import { GENERAL_HOST, runLocaleScenario } from './locale-scenario';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import { runPageDefects } from './page-defects';

const root = resolve(import.meta.dirname, '..');
const resultsDir = join(root, '.tmp', 'results');
const BUILDS = { chromium: '.output/chrome-mv3', firefox: '.output/firefox-mv2' } as const;
type Name = keyof typeof BUILDS;

async function runOne(name: Name): Promise<StepResult[]> {
  // OXUS_BUILD_ROOT: measure another build (e.g. an older one copied aside) with the same steps
  const extDir = process.env.OXUS_BUILD_ROOT
    ? resolve(process.env.OXUS_BUILD_ROOT, BUILDS[name].replace('.output/', ''))
    : join(root, BUILDS[name]);
  if (!existsSync(join(extDir, 'manifest.json'))) {
    console.log(`  ✗ ${name}: no build in ${BUILDS[name]}`);
    return [
      {
        name: `build ${BUILDS[name]} exists`,
        ok: false,
        ms: 0,
        error: `missing: run wxt build${name === 'firefox' ? ' -b firefox' : ''}`,
      },
    ];
  }
  const hosts = [SITE_HOST, GENERAL_HOST];
  const server = await startServer({ root: join(root, 'e2e', 'fixtures'), hosts });
  const t0 = performance.now();
  let driver: Driver | undefined;
  try {
    driver =
      name === 'chromium'
        ? await launchChromium({ extDir, proxyPort: server.port, hosts })
        : await launchFirefox({ extDir, proxyPort: server.port, hosts });
    console.log(`${name}: launched in ${Math.round(performance.now() - t0)} ms`);
    // OXUS_E2E=defects|main|locale runs one part only (all by default)
    const only = process.env.OXUS_E2E;
    const log = (s: string) => console.log(s);
    const main = only && only !== 'main' ? [] : await runScenario(driver, server, log);
    const defects = only && only !== 'defects' ? [] : await runPageDefects(driver, server, log);
    const locale = only && only !== 'locale' ? [] : await runLocaleScenario(driver, server, log);
    return [...main, ...defects, ...locale];
  } catch (e) {
    console.log(`  ✗ ${name}: could not launch with the extension: ${String(e).slice(0, 500)}`);
    return [{ name: `launch ${name} with the extension`, ok: false, ms: performance.now() - t0, error: String(e) }];
  } finally {
    // a browser that does not close (seen with Chromium after the page-defect steps) must not hold up the
    // next browser or the summary: give each 15 s, then go on (process.exit below ends what is left)
    await closeWithin(driver?.close(), `${name} browser`);
    await closeWithin(server.close(), `${name} test server`);
  }
}

async function closeWithin(p: Promise<unknown> | undefined, what: string, ms = 15_000): Promise<void> {
  if (!p) return;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((ok) => (timer = setTimeout(() => ok('late'), ms)));
  const r = await Promise.race([
    p.then(
      () => 'ok' as const,
      () => 'ok' as const,
    ),
    late,
  ]);
  clearTimeout(timer);
  if (r === 'late') console.log(`  (${what} did not close within ${ms / 1000} s; going on)`);
}

async function main() {
  const asked = process.argv.slice(2).filter((a): a is Name => a in BUILDS);
  const names: Name[] = asked.length ? asked : ['chromium', 'firefox'];
  mkdirSync(resultsDir, { recursive: true });
  process.env.TMPDIR ||= join(root, '.tmp');
  let failed = 0;
  for (const name of names) {
    const t0 = performance.now();
    const steps = await runOne(name);
    const passed = steps.filter((s) => s.ok).length;
    const bad = steps.length - passed;
    failed += bad;
    const seconds = (performance.now() - t0) / 1000;
    writeFileSync(
      join(resultsDir, `e2e-${name}.json`),
      JSON.stringify({ suite: `e2e ${name}`, passed, failed: bad, skipped: 0, seconds, steps }, null, 2),
    );
    console.log(`e2e ${name}: ${passed} passed, ${bad} failed (${seconds.toFixed(1)} s)`);
  }
  process.exit(failed ? 1 : 0);
}

void main();
