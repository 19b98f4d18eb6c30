// The side panel: the active tab's entities grouped by type, the selected entity's card, the
// events the article is about, the claims with their context, a map of the places, and lookups.
// All data comes through PanelApi (entrypoints/sidepanel builds it from utils/protocol.ts).
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { LookupResult as Lookup } from '../utils/protocol';
import { useTabState, type TabStateSource } from '../hooks/use-tab-state';
import { useDetails, type DetailsLoader } from '../hooks/use-details';
import { EntityList } from './EntityList';
import { EntityCard } from './EntityCard';
import { ClaimList } from './ClaimList';
import { LookupResult } from './LookupResult';
import { MiniMap, type MapPoint } from './MiniMap';
import { t } from '../utils/i18n';

export interface PanelApi extends TabStateSource {
  details: DetailsLoader;
  /** scrolls the page to the entity's first mention; false when it is not on the page */
  reveal(id: string): Promise<boolean>;
  lookup(query: string): Promise<Lookup>;
}

export interface SidePanelAppProps {
  api: PanelApi;
}

function SelectedCard({ id, api, lang, onSelect }: { id: string; api: PanelApi; lang?: string; onSelect: (id: string) => void }) {
  const st = useDetails(id, api.details);
  if (!st || st.status === 'loading') return <p class="muted">Loading…</p>;
  if (st.status === 'error') return <p class="error">Could not load details: {st.message}</p>;
  if (st.details?.kind !== 'entity') return <p class="muted">No details for {id}.</p>;
  return <EntityCard details={st.details} lang={lang} onSelect={onSelect} />;
}

export function SidePanelApp({ api }: SidePanelAppProps) {
  const { state, loading, error } = useTabState(api);
  const [selected, setSelected] = useState<string | undefined>();
  const [query, setQuery] = useState('');
  const [ownLookup, setOwnLookup] = useState<Lookup | undefined>();

  // Newest lookup wins: the context menu's (in the tab state) or one typed here.
  const lookup = [state?.lookup, ownLookup].filter(Boolean).sort((a, b) => b!.at - a!.at)[0];

  // A new lookup or a hover-card request selects its entity.
  useEffect(() => {
    if (state?.lookup?.hits[0]) setSelected(state.lookup.hits[0].id);
  }, [state?.lookup?.at]);
  useEffect(() => {
    if (state?.focus) setSelected(state.focus);
  }, [state?.focus]);
  // another tab: its own entities, nothing selected from the last one
  const shownTab = useRef<number | undefined>(undefined);
  useEffect(() => {
    const prev = shownTab.current;
    shownTab.current = state?.tabId;
    if (prev === undefined || state?.tabId === undefined || prev === state.tabId) return;
    setSelected(state.focus ?? state.lookup?.hits[0]?.id);
    setOwnLookup(undefined);
  }, [state?.tabId]);

  const select = (id: string) => {
    setSelected(id);
    void api.reveal(id).catch(() => false);
  };

  const points = useMemo<MapPoint[]>(
    () => (state?.entities ?? []).flatMap((e) => (e.coords ? [{ id: e.id, name: e.name, coords: e.coords }] : [])),
    [state?.entities],
  );

  const submit = (e: Event) => {
    e.preventDefault();
    const q = query.trim();
    if (!q) return;
    api.lookup(q).then((r) => {
      setOwnLookup(r);
      if (r.hits[0]) setSelected(r.hits[0].id);
    }, () => undefined);
  };

  return (
    <main class="panel">
      <header>
        <h1>Oxus</h1>
        {state ? (
          <p class="small muted" dir="auto" data-testid="page">
            {state.title || state.url}
            {state.date ? ` · ${state.date}` : ''}
          </p>
        ) : null}
        {state?.readChars !== undefined && state.totalChars !== undefined ? (
          <p class="small muted" data-testid="truncated">
            {t('panel_truncated', state.readChars, state.totalChars)}
          </p>
        ) : null}
      </header>
      <form onSubmit={submit} role="search">
        <input
          type="search"
          placeholder="Look up a name…"
          aria-label="Look up a name"
          dir="auto"
          value={query}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        />
      </form>
      {error ? <p class="error">{error}</p> : null}
      {lookup ? <LookupResult lookup={lookup} selected={selected} onSelect={select} /> : null}
      {selected ? <SelectedCard id={selected} api={api} lang={state?.lang} onSelect={select} /> : null}
      {loading ? (
        <p class="muted">Loading…</p>
      ) : !state || !state.url ? (
        <p class="muted" data-testid="empty">
          Oxus has nothing for this tab. It reads pages on the news sites in its list and on sites you turn it on for (toolbar
          button).
        </p>
      ) : (
        <>
          <p class="small" data-testid="summary">
            {state.entities.length} known name{state.entities.length === 1 ? '' : 's'} on this page,{' '}
            {state.entities.reduce((n, e) => n + e.count, 0)} mentions
          </p>
          {state.events.length ? (
            <section>
              <h2>This article is about</h2>
              <ul class="list">
                {state.events.map((ev) => (
                  <li key={ev.id}>
                    <button type="button" class="item" data-entity={ev.id} onClick={() => select(ev.id)}>
                      <span dir="auto">{ev.name}</span>
                      <span class="count">{Math.round(ev.score * 100)}%</span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <EntityList entities={state.entities} selected={selected} onSelect={select} />
          {points.length ? (
            <section>
              <h2>Map</h2>
              <MiniMap points={points} selected={selected} onSelect={select} />
            </section>
          ) : null}
          <section>
            <h2>Figures and claims</h2>
            <ClaimList claims={state.claims} load={api.details} />
          </section>
        </>
      )}
    </main>
  );
}
