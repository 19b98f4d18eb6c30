// Options page: wires OptionsView to utils/storage.ts and optional host permissions (asked inside
// the click). Wiring only: settings logic is storage's, layout OptionsView's. Tested in
// components/OptionsView.test.tsx (real storage, fake browser) and e2e/locale-scenario.ts.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsView, type OptionsApi } from '../../components/OptionsView';
import {
  getKinds,
  getSites,
  getUiLanguage,
  setKindEnabled,
  getKindModes,
  setKindMode,
  setSiteEnabled,
  setUiLanguage,
  watchKinds,
  watchSites,
} from '../../utils/storage';
import { matchUiLocale, t } from '../../utils/i18n';
import { normaliseHost, starterSiteFor } from '../../utils/sites';
import { startPageI18n } from '../../utils/page-i18n';
import '../../assets/ui.css';

const origin = (host: string) => `*://${host}/*`;

const api: OptionsApi = {
  getSites,
  getKinds,
  async granted(hosts) {
    const out: string[] = [];
    for (const h of hosts) if (await browser.permissions.contains({ origins: [origin(h)] })) out.push(h);
    return out;
  },
  addSite(input) {
    const host = normaliseHost(input);
    if (!host) return Promise.resolve(t('options_error_not_site', input.slice(0, 80)));
    const starter = starterSiteFor(host);
    if (starter) return setSiteEnabled(host, true).then(() => undefined);
    const request = browser.permissions.request({ origins: [origin(host)] }); // inside the click
    return (async () => {
      await setSiteEnabled(host, true);
      if (!(await request.catch(() => false))) {
        await setSiteEnabled(host, false);
        return t('options_error_permission', host);
      }
      return undefined;
    })();
  },
  async removeSite(host) {
    await setSiteEnabled(host, false);
    await browser.permissions.remove({ origins: [origin(host)] }).catch(() => false);
  },
  async setStarter(domain, on) {
    await setSiteEnabled(domain, on);
  },
  async setKind(kind, on) {
    await setKindEnabled(kind, on);
  },
  getKindModes,
  async setKindFirst(kind, first) {
    await setKindMode(kind, first ? 'first' : 'all');
  },
  getUiLanguage,
  setUiLanguage,
  browserLocale: matchUiLocale(browser.i18n.getUILanguage()),
  subscribe(onChange) {
    const a = watchSites(onChange);
    const b = watchKinds(onChange);
    const c = () => onChange();
    browser.permissions.onAdded.addListener(c);
    browser.permissions.onRemoved.addListener(c);
    return () => {
      a();
      b();
      browser.permissions.onAdded.removeListener(c);
      browser.permissions.onRemoved.removeListener(c);
    };
  },
};

void startPageI18n(() => t('options_title')).then(() =>
  render(<OptionsView api={api} />, document.getElementById('app')!),
);
