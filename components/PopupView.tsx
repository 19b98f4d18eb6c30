// The toolbar popup: what this article is about and the names found most, the site's on/off switch,
// open panel, settings, shortcuts; one empty state that says what to do next. No browser API here:
// actions come from the entrypoint (permission requests must run inside the click).
// Tested in PopupView.test.tsx.
import { useState } from 'preact/hooks';
import type { TabState } from '../utils/protocol';
import { t, tn, uiDir, uiLocale } from '../utils/i18n';
import { shownName } from '../utils/present/names';
import { typeLabel } from './EntityList';

export interface SiteInfo {
  host: string;
  /** the switch's key: a starter domain or the host the reader added */
  key: string;
  starter: boolean;
  enabled: boolean;
}

export interface PopupViewProps {
  state: TabState | null;
  site: SiteInfo | null;
  /** must be called synchronously from the click (it may ask for a host permission) */
  onToggle(on: boolean): Promise<string | undefined>;
  onOpenPanel(): void;
  onOpenSettings?(): void;
  /** the browser's shortcut for opening the panel, e.g. "Alt+Shift+O" (empty when unset) */
  panelShortcut?: string;
}

const TOP_NAMES = 5;

export function PopupView({ state, site, onToggle, onOpenPanel, onOpenSettings, panelShortcut }: PopupViewProps) {
  const [enabled, setEnabled] = useState(site?.enabled ?? false);
  const [message, setMessage] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const count = state?.entities.length ?? 0;
  const mentions = state?.entities.reduce((n, e) => n + e.count, 0) ?? 0;
  const locale = uiLocale();
  const event = state?.events[0];
  // the article does not tell the best event from the next one: both are named ("X or Y")
  const other = event?.close && state?.events[1]?.close ? state.events[1] : undefined;
  const top = [...(state?.entities ?? [])]
    .filter((e) => e.type !== 'event')
    .sort((a, b) => b.count - a.count)
    .slice(0, TOP_NAMES);

  const toggle = (on: boolean) => {
    setBusy(true);
    setMessage(undefined);
    onToggle(on).then(
      (error) => {
        setBusy(false);
        if (error) setMessage(error);
        else setEnabled(on);
      },
      (e: unknown) => {
        setBusy(false);
        setMessage(e instanceof Error ? e.message : String(e));
      },
    );
  };

  const found = !!state?.url && count > 0;
  return (
    <main class="popup" dir={uiDir()} lang={locale}>
      <h1>Oxus</h1>
      {found ? (
        <>
          {event ? (
            <p class="small" data-testid="popup-event">
              {t('popup_about')}{' '}
              <strong>
                <bdi>{shownName(state!.entities.find((e) => e.id === event.id)?.forms, event.name, locale).text}</bdi>
              </strong>
              {other ? (
                <>
                  {' '}
                  {t('panel_event_or')}{' '}
                  <strong data-testid="popup-event-other">
                    <bdi>
                      {shownName(state!.entities.find((e) => e.id === other.id)?.forms, other.name, locale).text}
                    </bdi>
                  </strong>
                </>
              ) : null}
            </p>
          ) : null}
          <p data-testid="count" class="count-line">
            {tn('popup_count', count, mentions)}
          </p>
          <ul class="list small top-names" data-testid="top-names">
            {top.map((e) => (
              <li key={e.id}>
                <bdi>{shownName(e.forms, e.name, locale).text}</bdi>{' '}
                <span class={`kind-${e.type}`}>· {typeLabel(e.type)}</span>{' '}
                <span class="count">
                  <bdi>{new Intl.NumberFormat(locale).format(e.count)}</bdi>
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <div data-testid="popup-empty">
          <p data-testid="count" class="count-line">
            {state?.url ? t('popup_nothing_found') : t('popup_not_read')}
          </p>
          <p class="small muted">{site && !enabled ? t('popup_next_turn_on') : t('popup_next_lookup')}</p>
        </div>
      )}
      {site ? (
        <label class="switch">
          <input
            type="checkbox"
            data-testid="site-toggle"
            checked={enabled}
            disabled={busy}
            onChange={(e) => toggle((e.target as HTMLInputElement).checked)}
          />
          <span>
            {t('popup_read_site', '')}
            <bdi>{site.key}</bdi>
            {site.starter ? <span class="muted small"> {t('popup_starter')}</span> : null}
          </span>
        </label>
      ) : (
        <p class="muted small">{t('popup_web_only')}</p>
      )}
      {message ? <p class="error small">{message}</p> : null}
      <p class="popup-actions">
        <button type="button" class="primary" data-testid="open-panel" onClick={onOpenPanel}>
          {t('popup_open_panel')}
        </button>{' '}
        {onOpenSettings ? (
          <button type="button" data-testid="open-settings" onClick={onOpenSettings}>
            {t('popup_settings')}
          </button>
        ) : null}
      </p>
      <p class="small muted" data-testid="shortcuts">
        {panelShortcut ? (
          <>
            {t('popup_shortcut_panel', '')}
            <kbd>{panelShortcut}</kbd> ·{' '}
          </>
        ) : null}
        {t('popup_shortcut_lookup')}
      </p>
    </main>
  );
}
