// What Oxus knows for a name the reader selected (the "Oxus: look up “%s”" menu item) or is typing
// in the panel's search box: the matching entities, each opening its card. Renders what the
// background found; searches nothing itself. Tested in SidePanelApp.test.tsx and e2e/scenario.ts.
import type { LookupResult as Lookup } from '../utils/protocol';
import { t, uiLocale } from '../utils/i18n';
import { readerName } from '../utils/present/names';
import { typeLabel } from './EntityList';
import { Message } from './Message';

export interface LookupResultProps {
  lookup: Lookup;
  selected?: string;
  onSelect: (id: string) => void;
}

export function LookupResult({ lookup, selected, onSelect }: LookupResultProps) {
  return (
    <section class="lookup" data-testid="lookup" aria-live="polite">
      <h2>
        <Message id="panel_lookup_title" args={[{ text: lookup.query }]} />
      </h2>
      {lookup.hits.length ? (
        <ul class="list">
          {lookup.hits.map((h) => (
            <li key={h.id}>
              <button
                type="button"
                class="item"
                data-entity={h.id}
                aria-current={h.id === selected ? 'true' : undefined}
                onClick={() => onSelect(h.id)}
              >
                <bdi>{readerName(h.name, uiLocale())}</bdi>
                <span class={`small kind-${h.type}`}>{typeLabel(h.type)}</span>
              </button>
              {h.ambiguous ? (
                <div class="small muted" dir="auto">
                  {h.ambiguous}
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('panel_lookup_none')}</p>
      )}
    </section>
  );
}
