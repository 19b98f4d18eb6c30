// Follows one tab's results: loads them, and reloads when the background says they changed or
// the reader switches tabs. The source is injected (see PanelApi) so it is testable without a browser.
import { useEffect, useState } from 'preact/hooks';
import type { TabState } from '../utils/protocol';

export interface TabStateSource {
  getState(): Promise<TabState | null>;
  /** calls back on any change that may concern the panel; returns the unsubscribe function */
  subscribe(onChange: () => void): () => void;
}

export function useTabState(source: TabStateSource): { state: TabState | null; loading: boolean; error?: string } {
  const [result, setResult] = useState<{ state: TabState | null; loading: boolean; error?: string }>({
    state: null,
    loading: true,
  });
  useEffect(() => {
    let live = true;
    let seq = 0;
    const load = () => {
      const mine = ++seq;
      source.getState().then(
        (state) => live && mine === seq && setResult({ state, loading: false }),
        (e: unknown) =>
          live &&
          mine === seq &&
          setResult({ state: null, loading: false, error: e instanceof Error ? e.message : String(e) }),
      );
    };
    load();
    const stop = source.subscribe(load);
    return () => {
      live = false;
      stop();
    };
  }, [source]);
  return result;
}
