// The side panel: what Oxus found on the reader's tab. A list (names "by type" or "as you read",
// filter chips by type, map, the page's claims grouped) and, in its place, one card with Back
// (button, Escape or Alt+←). Cards are anchored to the page's date. Follows tab changes.
// Browser access is injected (PanelApi) so this renders in tests. Tested in SidePanelApp.test.tsx.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { EntityType } from '../core/dataset/schema';
import type { LookupResult as Lookup, TabState } from '../utils/protocol';
import { useTabState, type TabStateSource } from '../hooks/use-tab-state';
import { useDetails, type DetailsLoader } from '../hooks/use-details';
import { t, textDir, tn, uiDir, uiLocale } from '../utils/i18n';
import { TYPE_ORDER } from '../utils/format';
import { todayIso } from '../utils/present/dates';
import { dateWords } from '../utils/present/words';
import { shownName } from '../utils/present/names';
import { EntityList, typeLabel, type ListView } from './EntityList';
import { EntityCard } from './EntityCard';
import { ClaimList } from './ClaimList';
import { LookupResult } from './LookupResult';
import { MiniMap, type MapPoint } from './MiniMap';
import { ExportMenu } from './ExportMenu';

export interface PanelApi extends TabStateSource {
  details: DetailsLoader;
  /** scrolls the page to the entity's first mention; false when it is not on the page */
  reveal(id: string): Promise<boolean>;
  /** `typing`: results as the reader types (not kept as the tab's lookup) */
  lookup(query: string, typing?: boolean): Promise<Lookup>;
}

export interface SidePanelAppProps {
  api: PanelApi;
  /** ms to wait after a keystroke before looking up (0 in tests) */
  typeDelay?: number;
}

type Filter = 'all' | EntityType | 'claim';

function SelectedCard({
  id,
  api,
  state,
  onSelect,
}: {
  id: string;
  api: PanelApi;
  state: TabState | null;
  onSelect: (id: string) => void;
}) {
  const st = useDetails(id, api.details);
  if (!st || st.status === 'loading') return <p class="muted">{t('panel_loading')}</p>;
  if (st.status === 'error') return <p class="error">{t('panel_load_error', st.message)}</p>;
  if (st.details?.kind !== 'entity') return <p class="muted">{t('panel_no_details')}</p>;
  const summary = state?.entities.find((e) => e.id === id);
  const eventFigures =
    st.details.record.type === 'event'
      ? (state?.claims ?? []).filter((c) => c.kind === 'figure' && c.links.some((l) => l.id.startsWith('fig:')))
      : [];
  return (
    <EntityCard
      details={st.details}
      at={state?.date ?? todayIso()}
      pageForm={summary?.page}
      pageFigures={eventFigures}
      onSelect={onSelect}
    />
  );
}

/** Back on Escape or Alt+Left (Alt+Right in a right-to-left UI, the way browsers map it). */
export function isBackKey(e: KeyboardEvent, dir: 'ltr' | 'rtl'): boolean {
  if (e.key === 'Escape') return true;
  return e.altKey && e.key === (dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft');
}

export function SidePanelApp({ api, typeDelay = 150 }: SidePanelAppProps) {
  const { state, loading, error } = useTabState(api);
  const [stack, setStack] = useState<string[]>([]);
  const [view, setView] = useState<ListView>('type');
  const [filter, setFilter] = useState<Filter>('all');
  const [query, setQuery] = useState('');
  const [ownLookup, setOwnLookup] = useState<Lookup | undefined>();
  const cardTop = useRef<HTMLDivElement>(null);
  const listScroll = useRef(0);
  const dir = uiDir();
  const selected = stack.at(-1);

  // Newest lookup wins: the context menu's (in the tab state) or one typed here.
  const lookup = [state?.lookup, ownLookup].filter(Boolean).sort((a, b) => b!.at - a!.at)[0];

  const open = (id: string) => {
    if (!stack.length) listScroll.current = window.scrollY;
    setStack((s) => (s.at(-1) === id ? s : [...s, id]));
  };
  const back = () => setStack((s) => s.slice(0, -1));

  // A new lookup from the menu or a hover-card request opens its card.
  useEffect(() => {
    if (!state?.lookup) return;
    // a menu lookup is a new question: its first match, or the list with "nothing matches"
    const first = state.lookup.hits[0]?.id;
    setStack(first ? [first] : []);
  }, [state?.lookup?.at]);
  useEffect(() => {
    if (state?.focus) open(state.focus);
  }, [state?.focus]);
  // another tab: its own results, no card from the last one
  const shownTab = useRef<number | undefined>(undefined);
  useEffect(() => {
    const prev = shownTab.current;
    shownTab.current = state?.tabId;
    if (prev === undefined || state?.tabId === undefined || prev === state.tabId) return;
    const first = state.focus ?? state.lookup?.hits[0]?.id;
    setStack(first ? [first] : []);
    setOwnLookup(undefined);
    setFilter('all');
  }, [state?.tabId]);

  // A card replaces the list: show its top, focus its title (announced), never off-screen.
  useEffect(() => {
    if (selected) {
      window.scrollTo?.(0, 0);
      cardTop.current?.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
    } else {
      window.scrollTo?.(0, listScroll.current);
    }
  }, [selected]);
  useEffect(() => {
    if (!selected) return;
    const onKey = (e: KeyboardEvent) => {
      if (isBackKey(e, dir)) {
        e.preventDefault();
        back();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [selected, dir]);

  // results as you type (the newest answer wins)
  const seq = useRef(0);
  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setOwnLookup(undefined);
      return;
    }
    const mine = ++seq.current;
    const timer = setTimeout(() => {
      api.lookup(q, true).then(
        (r) => mine === seq.current && setOwnLookup(r),
        () => undefined,
      );
    }, typeDelay);
    return () => clearTimeout(timer);
  }, [query]);

  const select = (id: string) => {
    open(id);
    void api.reveal(id).catch(() => false);
  };

  const points = useMemo<MapPoint[]>(
    () =>
      (state?.entities ?? []).flatMap((e) =>
        e.coords ? [{ id: e.id, name: shownName(e.forms, e.name, uiLocale()).text, coords: e.coords }] : [],
      ),
    [state?.entities],
  );
  const types = TYPE_ORDER.filter((ty) => state?.entities.some((e) => e.type === ty));
  const showEntities = filter !== 'claim';
  const showClaims = filter === 'all' || filter === 'claim';

  const submit = (e: Event) => {
    e.preventDefault();
    const q = query.trim();
    if (!q) return;
    api.lookup(q).then(
      (r) => {
        setOwnLookup(r);
        if (r.hits[0]) open(r.hits[0].id);
      },
      () => undefined,
    );
  };

  return (
    <main class="panel" dir={dir} lang={uiLocale()}>
      <header>
        <h1>Oxus</h1>
        {state?.url ? (
          // the line (clamped to two) takes the title's direction: an Arabic title in an English UI is
          // cut at its own end, not with the ellipsis over its second line's start
          <p class="small muted" data-testid="page" dir={textDir(state.title || state.url)}>
            {state.date ? (
              <>
                <bdi>{dateWords(state.date)}</bdi> ·{' '}
              </>
            ) : null}
            <bdi>{state.title || state.url}</bdi>
          </p>
        ) : null}
        {state?.url && !state.date ? <p class="small muted">{t('panel_no_date')}</p> : null}
        {state?.readChars !== undefined && state.totalChars !== undefined ? (
          <p class="small muted" data-testid="truncated">
            {t('panel_truncated', state.readChars, state.totalChars)}
          </p>
        ) : null}
      </header>
      {selected ? (
        <div class="card-view" ref={cardTop}>
          <button type="button" class="back" data-testid="back" onClick={back}>
            <span aria-hidden="true">{dir === 'rtl' ? '→' : '←'}</span> {t('panel_back')}
          </button>
          <SelectedCard id={selected} api={api} state={state} onSelect={select} />
        </div>
      ) : (
        <>
          <form onSubmit={submit} role="search">
            <input
              type="search"
              placeholder={t('panel_search_placeholder')}
              aria-label={t('panel_search_label')}
              dir="auto"
              value={query}
              onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
            />
          </form>
          {error ? <p class="error">{error}</p> : null}
          {lookup ? <LookupResult lookup={lookup} selected={selected} onSelect={select} /> : null}
          {loading ? (
            <p class="muted">{t('panel_loading')}</p>
          ) : !state || !state.url ? (
            <div data-testid="empty">
              <p>{t('panel_empty')}</p>
              <p class="small muted">{t('panel_empty_next')}</p>
            </div>
          ) : (
            <>
              <p class="small" data-testid="summary">
                {tn(
                  'panel_summary',
                  state.entities.length,
                  state.entities.reduce((n, e) => n + e.count, 0),
                )}
              </p>
              {state.events.length ? (
                <section class="about">
                  <h2>{t('panel_about')}</h2>
                  <ul class="list">
                    {state.events.map((ev, i) => (
                      <li key={ev.id} data-close={ev.close ? 'true' : undefined}>
                        {/* the text does not tell this event from the one above it: "or ..." */}
                        {ev.close && i > 0 && state.events[i - 1]?.close ? <span>{t('panel_event_or')} </span> : null}
                        <button type="button" class="item" data-entity={ev.id} onClick={() => select(ev.id)}>
                          <bdi>
                            {shownName(state.entities.find((e) => e.id === ev.id)?.forms, ev.name, uiLocale()).text}
                          </bdi>
                        </button>
                      </li>
                    ))}
                  </ul>
                </section>
              ) : null}
              <div class="toolbar">
                <div role="radiogroup" aria-label={t('panel_views')} class="views">
                  {(['type', 'read'] as const).map((v) => (
                    <button
                      key={v}
                      type="button"
                      role="radio"
                      aria-checked={view === v}
                      data-view={v}
                      onClick={() => setView(v)}
                    >
                      {t(v === 'type' ? 'panel_view_type' : 'panel_view_read')}
                    </button>
                  ))}
                </div>
                <div role="group" aria-label={t('panel_filters')} class="chips">
                  {(['all', ...types, 'claim'] as Filter[]).map((f) => (
                    <button
                      key={f}
                      type="button"
                      class={`chip-button kind-${f}`}
                      aria-pressed={filter === f}
                      data-filter={f}
                      onClick={() => setFilter(f)}
                    >
                      {f === 'all' ? t('panel_filter_all') : f === 'claim' ? t('type_claim_many') : typeLabel(f, true)}
                    </button>
                  ))}
                </div>
              </div>
              {showEntities ? (
                <EntityList
                  entities={state.entities}
                  view={view}
                  only={filter === 'all' ? undefined : filter}
                  selected={selected}
                  onSelect={select}
                />
              ) : null}
              {showEntities && points.length && (filter === 'all' || filter === 'place') ? (
                <section>
                  <h2>{t('panel_map')}</h2>
                  <MiniMap points={points} selected={selected} onSelect={select} height={130} />
                </section>
              ) : null}
              {showClaims ? (
                <section>
                  <h2>{t('panel_claims')}</h2>
                  <ClaimList
                    claims={state.claims}
                    load={api.details}
                    pageDate={state.date}
                    pageLang={state.lang === 'und' ? undefined : state.lang}
                  />
                </section>
              ) : null}
              <ExportMenu state={state} load={api.details} />
            </>
          )}
        </>
      )}
    </main>
  );
}
