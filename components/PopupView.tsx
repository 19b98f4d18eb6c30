// The toolbar popup: how many known names Oxus found on this tab, the on/off switch for the site,
// and the button that opens the side panel. Actions come from the entrypoint (permission requests
// must run inside the click), so this renders and tests without a browser.
import { useState } from 'preact/hooks';
import type { TabState } from '../utils/protocol';

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
}

export function PopupView({ state, site, onToggle, onOpenPanel }: PopupViewProps) {
  const [enabled, setEnabled] = useState(site?.enabled ?? false);
  const [message, setMessage] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const count = state?.entities.length ?? 0;
  const mentions = state?.entities.reduce((n, e) => n + e.count, 0) ?? 0;

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

  return (
    <main class="popup">
      <h1>Oxus</h1>
      <p data-testid="count" class="count-line">
        {state && state.url ? (
          <>
            <strong>{count}</strong> known name{count === 1 ? '' : 's'} on this page
            {count ? <span class="muted"> ({mentions} mentions)</span> : null}
          </>
        ) : (
          <span class="muted">Nothing read on this page.</span>
        )}
      </p>
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
            Read pages on <bdi>{site.key}</bdi>
            {site.starter ? <span class="muted small"> (in Oxus's list of news sites)</span> : null}
          </span>
        </label>
      ) : (
        <p class="muted small">Oxus can only read web pages (http and https).</p>
      )}
      {message ? <p class="error small">{message}</p> : null}
      <p>
        <button type="button" data-testid="open-panel" onClick={onOpenPanel}>
          Open the side panel
        </button>
      </p>
    </main>
  );
}
