// Options: which news sites Oxus reads (the starter list, switchable; sites the reader added,
// with their permission state) and which kinds of highlight to show. Every change is validated
// and saved at once; a refused input shows why and leaves the settings as they were. Each kind can
// also be drawn at its first mention only. Also the UI language. Every text through t(); tested in
// OptionsView.test.tsx, axe-checked in e2e.
import { useEffect, useState } from 'preact/hooks';
import { KINDS, type Kind } from '../utils/protocol';
import type { KindModes, KindSettings, SiteSettings } from '../utils/storage';
import { STARTER_SITES, SITE_REGIONS, type SiteRegion } from '../utils/sites';
import { t, type MessageKey } from '../utils/i18n';
import { KIND_NAME_KEY } from '../utils/kind-names';
import type { UiLanguageSetting, UiLocale } from '../utils/ui-locales';
import { LanguagePicker } from './LanguagePicker';

export interface OptionsApi {
  getSites(): Promise<SiteSettings>;
  getKinds(): Promise<KindSettings>;
  /** hosts among `hosts` that Oxus has permission to read */
  granted(hosts: string[]): Promise<string[]>;
  /** called synchronously from a click: may ask for a host permission; resolves to an error text */
  addSite(input: string): Promise<string | undefined>;
  removeSite(host: string): Promise<void>;
  setStarter(domain: string, on: boolean): Promise<void>;
  setKind(kind: Kind, on: boolean): Promise<void>;
  /** per kind: every mention, the first mention of each name only, or off */
  getKindModes(): Promise<KindModes>;
  /** "first mention only" on or off for a kind that is shown */
  setKindFirst(kind: Kind, first: boolean): Promise<void>;
  getUiLanguage(): Promise<UiLanguageSetting>;
  /** saving reloads the page in the new language (utils/page-i18n.ts) */
  setUiLanguage(value: UiLanguageSetting): Promise<void>;
  /** the locale 'auto' currently resolves to (the browser's language) */
  browserLocale: UiLocale;
  subscribe(onChange: () => void): () => void;
}

const REGION_TEXT: Record<SiteRegion, MessageKey> = {
  kz: 'options_region_kz',
  kg: 'options_region_kg',
  uz: 'options_region_uz',
  tj: 'options_region_tj',
  tm: 'options_region_tm',
  region: 'options_region_region',
  international: 'options_region_international',
};

export function OptionsView({ api }: { api: OptionsApi }) {
  const [sites, setSites] = useState<SiteSettings | undefined>();
  const [kinds, setKinds] = useState<KindSettings | undefined>();
  const [modes, setModes] = useState<KindModes | undefined>();
  const [uiLanguage, setUiLanguage] = useState<UiLanguageSetting>('auto');
  const [granted, setGranted] = useState<string[]>([]);
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    let live = true;
    const load = async () => {
      const [s, k, l, m] = await Promise.all([api.getSites(), api.getKinds(), api.getUiLanguage(), api.getKindModes()]);
      const g = await api.granted(s.added);
      if (live) {
        setSites(s);
        setKinds(k);
        setModes(m);
        setUiLanguage(l);
        setGranted(g);
      }
    };
    void load();
    const stop = api.subscribe(() => void load());
    return () => {
      live = false;
      stop();
    };
  }, [api]);

  if (!sites || !kinds) return <p class="muted">{t('loading')}</p>;

  const add = (e: Event) => {
    e.preventDefault();
    setError(undefined);
    api.addSite(input).then(
      (err) => (err ? setError(err) : setInput('')),
      (x: unknown) => setError(x instanceof Error ? x.message : String(x)),
    );
  };
  const guard = (p: Promise<unknown>) => p.catch((x: unknown) => setError(x instanceof Error ? x.message : String(x)));

  return (
    <main class="options">
      <h1>{t('options_title')}</h1>
      <section aria-labelledby="opt-language">
        <h2 id="opt-language">{t('options_language_heading')}</h2>
        <LanguagePicker
          value={uiLanguage}
          browserLocale={api.browserLocale}
          onPick={(v) => {
            setUiLanguage(v);
            void guard(api.setUiLanguage(v));
          }}
        />
      </section>
      <section aria-labelledby="opt-starter">
        <h2 id="opt-starter">{t('options_sites_heading')}</h2>
        <p class="muted small">{t('options_sites_note')}</p>
        {SITE_REGIONS.map((region) => (
          <div key={region}>
            <h3>{t(REGION_TEXT[region])}</h3>
            <ul class="list sites">
              {STARTER_SITES.filter((s) => s.region === region).map((s) => (
                <li key={s.domain}>
                  <label class="switch">
                    <input
                      type="checkbox"
                      data-site={s.domain}
                      checked={!sites.removed.includes(s.domain)}
                      onChange={(e) => void guard(api.setStarter(s.domain, (e.target as HTMLInputElement).checked))}
                    />
                    <span>
                      <bdi>{s.name}</bdi>{' '}
                      <span class="muted small" dir="ltr">
                        {s.domain}
                      </span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      <section aria-labelledby="opt-yours">
        <h2 id="opt-yours">{t('options_your_sites_heading')}</h2>
        {sites.added.length ? (
          <ul class="list" data-testid="added-sites">
            {sites.added.map((h) => (
              <li key={h} class="switch">
                <span dir="ltr">{h}</span>
                {granted.includes(h) ? (
                  <span class="small muted">{t('options_site_reading')}</span>
                ) : (
                  <span class="small error">{t('options_site_no_permission')}</span>
                )}
                <button
                  type="button"
                  onClick={() => void guard(api.removeSite(h))}
                  aria-label={t('options_remove_site', h)}
                >
                  {t('options_remove')}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted small">{t('options_none_added')}</p>
        )}
        <form onSubmit={add} class="switch">
          <input
            type="text"
            aria-label={t('options_site_to_add')}
            dir="ltr"
            placeholder="news.example.com"
            value={input}
            onInput={(e) => setInput((e.target as HTMLInputElement).value)}
          />
          <button type="submit">{t('options_add')}</button>
        </form>
        {error ? (
          <p class="error small" role="alert">
            {error}
          </p>
        ) : null}
      </section>
      <section aria-labelledby="opt-kinds">
        <h2 id="opt-kinds">{t('options_highlights_heading')}</h2>
        <ul class="list">
          {KINDS.map((k) => (
            <li key={k}>
              <label class="switch">
                <input
                  type="checkbox"
                  data-kind={k}
                  checked={kinds[k]}
                  onChange={(e) => void guard(api.setKind(k, (e.target as HTMLInputElement).checked))}
                />
                <span class={`kind-${k}`}>{t(KIND_NAME_KEY[k])}</span>
              </label>{' '}
              <label class="small first-only">
                <input
                  type="checkbox"
                  data-kind-first={k}
                  checked={modes?.[k] === 'first'}
                  disabled={!kinds[k]}
                  aria-label={t('options_kind_first_only_label', t(KIND_NAME_KEY[k]))}
                  onChange={(e) => void guard(api.setKindFirst(k, (e.target as HTMLInputElement).checked))}
                />
                <span aria-hidden="true">{t('options_kind_first_only')}</span>
              </label>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
