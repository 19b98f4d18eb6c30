// Options: which news sites Oxus reads (the starter list, switchable; sites the reader added,
// with their permission state) and which kinds of highlight to show. Every change is validated
// and saved at once; a refused input shows why and leaves the settings as they were.
import { useEffect, useState } from 'preact/hooks';
import { KINDS, type Kind } from '../utils/protocol';
import type { KindSettings, SiteSettings } from '../utils/storage';
import { STARTER_SITES } from '../utils/sites';

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
  subscribe(onChange: () => void): () => void;
}

const KIND_TEXT: Record<Kind, string> = {
  person: 'People', organisation: 'Organisations', place: 'Places', event: 'Events',
  media: 'Media outlets', facility: 'Facilities', claim: 'Figures and claims',
};

export function OptionsView({ api }: { api: OptionsApi }) {
  const [sites, setSites] = useState<SiteSettings | undefined>();
  const [kinds, setKinds] = useState<KindSettings | undefined>();
  const [granted, setGranted] = useState<string[]>([]);
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    let live = true;
    const load = async () => {
      const [s, k] = await Promise.all([api.getSites(), api.getKinds()]);
      const g = await api.granted(s.added);
      if (live) {
        setSites(s);
        setKinds(k);
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

  if (!sites || !kinds) return <p class="muted">Loading…</p>;

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
      <h1>Oxus settings</h1>
      <section>
        <h2>News sites in Oxus's list</h2>
        <ul class="list">
          {STARTER_SITES.map((s) => (
            <li key={s.domain}>
              <label class="switch">
                <input
                  type="checkbox"
                  data-site={s.domain}
                  checked={!sites.removed.includes(s.domain)}
                  onChange={(e) => void guard(api.setStarter(s.domain, (e.target as HTMLInputElement).checked))}
                />
                <span>
                  {s.name} <span class="muted small">{s.domain}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h2>Your sites</h2>
        {sites.added.length ? (
          <ul class="list" data-testid="added-sites">
            {sites.added.map((h) => (
              <li key={h} class="switch">
                <span>{h}</span>
                {granted.includes(h) ? (
                  <span class="small muted">reading</span>
                ) : (
                  <span class="small error">no permission yet: add it again to grant</span>
                )}
                <button type="button" onClick={() => void guard(api.removeSite(h))}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted small">None yet. Sites you turn Oxus on for from its toolbar button appear here too.</p>
        )}
        <form onSubmit={add} class="switch">
          <input
            type="text"
            aria-label="Site to add"
            placeholder="news.example.com"
            value={input}
            onInput={(e) => setInput((e.target as HTMLInputElement).value)}
          />
          <button type="submit">Add</button>
        </form>
        {error ? (
          <p class="error small" role="alert">
            {error}
          </p>
        ) : null}
      </section>
      <section>
        <h2>Highlights</h2>
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
                <span class={`kind-${k}`}>{KIND_TEXT[k]}</span>
              </label>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
