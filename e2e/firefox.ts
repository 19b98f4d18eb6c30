// Firefox ESR driver (puppeteer-core over WebDriver BiDi, no geckodriver): installs the unpacked
// Firefox build as a temporary add-on with a pinned moz-extension UUID, maps the news-site host to
// 127.0.0.1 and sends all traffic through the recorder (e2e/server.ts).
import puppeteer, { type Page } from 'puppeteer-core';
import { GECKO_ID } from '../utils/extension-id';
import type { Driver, TabHandle } from './scenario';
import { pollUntil } from './poll';

export const firefoxPath = () => process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const UUID = '3f1c2a9e-6b7d-4e58-9a0c-5d2e8f1b4c7a';

function quietPrefs(proxyPort: number, hosts: string[]): Record<string, unknown> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
    'network.dns.localDomains': hosts.join(','),
    // every request through the recorder, loopback included
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.allow_hijacking_localhost': true,
    'network.proxy.no_proxies_on': '',
    // the browser's own background traffic, off
    'app.update.enabled': false,
    'app.update.auto': false,
    'app.normandy.enabled': false,
    'app.shield.optoutstudies.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.safebrowsing.provider.google4.updateURL': '',
    'browser.newtabpage.enabled': false,
    'browser.newtabpage.activity-stream.feeds.system.topstories': false,
    'browser.newtabpage.activity-stream.feeds.topsites': false,
    'browser.topsites.contile.enabled': false,
    'browser.search.update': false,
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'captivedetect.canonicalURL': '',
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'network.dns.disablePrefetch': true,
    'network.http.speculative-parallel-limit': 0,
    'network.prefetch-next': false,
    'datareporting.healthreport.uploadEnabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.server': '',
    'extensions.getAddons.cache.enabled': false,
    'extensions.update.enabled': false,
    'extensions.blocklist.enabled': false,
    'services.settings.server': 'http://127.0.0.1:9/v1',
    'messaging-system.rsexperimentloader.enabled': false,
    'identity.fxaccounts.enabled': false,
    'dom.push.enabled': false,
    'dom.push.connection.enabled': false,
    'media.gmp-manager.url': '',
    'media.gmp-gmpopenh264.enabled': false,
    'browser.ping-centre.telemetry': false,
    'security.OCSP.enabled': 0,
    'security.remote_settings.crlite_filters.enabled': false,
    'network.trr.mode': 5,
  };
}

function handle(page: Page): TabHandle {
  return {
    evaluate: <T>(js: string) => page.evaluate(js) as Promise<T>,
    waitFor: (expr, timeout = 5000) => pollUntil((js) => page.evaluate(js), expr, timeout),
    text: async (sel) => (await page.$eval(sel, (el) => el.textContent)) ?? '',
    click: async (sel) => {
      await page.waitForSelector(sel, { timeout: 5000 });
      // input over BiDi does not reach a tab in the background (seen on the panel page after later
      // tabs opened in front of it): a real click is one on the tab the reader is looking at
      if ((await page.evaluate('document.visibilityState')) === 'hidden') await page.bringToFront();
      await page.click(sel);
    },
    // no media emulation over WebDriver BiDi in puppeteer 24: the profile's own (light) scheme only
    colorScheme: async (scheme) => {
      if (scheme !== 'light') throw new Error('ColorSchemeUnsupported: no prefers-color-scheme emulation in Firefox');
    },
    mouseClick: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]),
    close: () => page.close(),
  };
}

export async function launchFirefox(opts: { extDir: string; proxyPort: number; hosts: string[] }): Promise<Driver> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    args: ['--remote-allow-system-access'],
    // lets the remote-settings server pref below take effect in a release build
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: quietPrefs(opts.proxyPort, opts.hosts),
  });
  await browser.installExtension(opts.extDir);
  const base = `moz-extension://${UUID}/`;
  return {
    name: 'firefox',
    mainWorldSeesHighlights: true,
    extensionId: GECKO_ID,
    async openPage(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return handle(page);
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      // extension pages never report a load event over BiDi: do not await it
      void page.goto(base + path).catch(() => undefined);
      await pollUntil(
        (js) => page.evaluate(js),
        `location.href.startsWith(${JSON.stringify(base)}) && document.readyState === 'complete' && !!document.querySelector('main')`,
        15000,
      );
      return handle(page);
    },
    close: () => browser.close(),
  };
}
