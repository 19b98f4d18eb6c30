// Loads the details of one id (entity, figure or known claim) through the caller's loader and
// keeps them while the id stays the same. Loaders are injected so components test without a browser.
import { useEffect, useState } from 'preact/hooks';
import type { Details } from '../utils/protocol';

export type DetailsLoader = (id: string) => Promise<Details | null>;

export type DetailsState =
  | { status: 'loading' }
  | { status: 'done'; details: Details | null }
  | { status: 'error'; message: string };

export function useDetails(id: string | undefined, load: DetailsLoader): DetailsState | undefined {
  const [state, setState] = useState<{ id: string; state: DetailsState } | undefined>();
  useEffect(() => {
    if (!id) return;
    let live = true;
    setState({ id, state: { status: 'loading' } });
    load(id).then(
      (details) => live && setState({ id, state: { status: 'done', details } }),
      (e: unknown) =>
        live && setState({ id, state: { status: 'error', message: e instanceof Error ? e.message : String(e) } }),
    );
    return () => {
      live = false;
    };
  }, [id, load]);
  return id && state?.id === id ? state.state : id ? { status: 'loading' } : undefined;
}
