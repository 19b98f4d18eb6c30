// Chromium driver (playwright-core, the Debian chromium): loads the unpacked Chrome build, maps the
// news-site host to 127.0.0.1 and sends all traffic through the recorder (e2e/server.ts).
import { chromium, type Page } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver, TabHandle } from './scenario';
import { pollUntil } from './poll';

export const chromiumPath = () => process.env.CHROME_PATH || '/usr/bin/chromium';

export function chromiumArgs(extDir: string, proxyPort: number, hosts: string[]): string[] {
  return [
    `--disable-extensions-except=${extDir}`,
    `--load-extension=${extDir}`,
    `--proxy-server=http://127.0.0.1:${proxyPort}`,
    '--proxy-bypass-list=<-loopback>',
    `--host-resolver-rules=${hosts.map((h) => `MAP ${h} 127.0.0.1`).join(', ')}, EXCLUDE 127.0.0.1, MAP * ~NOTFOUND`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider,NetworkTimeServiceQuerying,AutofillServerCommunication,AccountConsistency,SigninInterception',
    '--disable-client-side-phishing-detection',
    '--allow-browser-signin=false',
    // the browser's own services (sign-in, component updates) pointed at a closed loopback port
    '--gaia-url=http://127.0.0.1:9',
    '--lso-url=http://127.0.0.1:9',
    '--google-apis-url=http://127.0.0.1:9',
    '--component-updater=url-source=http://127.0.0.1:9/',
    '--disable-default-apps',
    '--disable-domain-reliability',
    '--metrics-recording-only',
    '--safebrowsing-disable-auto-update',
  ];
}

function handle(page: Page): TabHandle {
  return {
    evaluate: <T>(js: string) => page.evaluate(js) as Promise<T>,
    waitFor: (expr, timeout = 5000) => pollUntil((js) => page.evaluate(js), expr, timeout),
    text: async (sel) => (await page.textContent(sel, { timeout: 5000 })) ?? '',
    click: (sel) => page.click(sel, { timeout: 5000 }),
    colorScheme: (scheme) => page.emulateMedia({ colorScheme: scheme }),
    mouseClick: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    close: () => page.close(),
  };
}

export async function launchChromium(opts: {
  extDir: string;
  proxyPort: number;
  hosts: string[];
  headless?: boolean;
  viewport?: { width: number; height: number };
  /** browser UI language: Chromium's --lang plus the context's locale (i18n.getUILanguage follows) */
  lang?: string;
  colorScheme?: 'light' | 'dark';
}): Promise<Driver & { extensionId: string; context: import('playwright-core').BrowserContext }> {
  const profile = mkdtempSync(join(process.env.TMPDIR || '/tmp', 'oxus-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: opts.headless ?? true,
    args: [...chromiumArgs(opts.extDir, opts.proxyPort, opts.hosts), ...(opts.lang ? [`--lang=${opts.lang}`] : [])],
    viewport: opts.viewport ?? { width: 1100, height: 800 },
    ...(opts.lang ? { locale: opts.lang } : {}),
    ...(opts.colorScheme ? { colorScheme: opts.colorScheme } : {}),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15000 }));
  const extensionId = new URL(worker.url()).host;
  const base = `chrome-extension://${extensionId}/`;
  return {
    name: 'chromium',
    extensionId,
    context,
    mainWorldSeesHighlights: true,
    // the newest worker: Chrome may have stopped and restarted it since launch
    backgroundEval: async <T>(js: string) => (await context.serviceWorkers().at(-1)?.evaluate(js)) as T,
    async stopBackground() {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
    },
    async openPage(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      // the tab under test in front: a hidden tab's timers are throttled to once a second
      await page.bringToFront();
      return handle(page);
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(base + path, { waitUntil: 'load' });
      return handle(page);
    },
    close: () => context.close(),
  };
}
