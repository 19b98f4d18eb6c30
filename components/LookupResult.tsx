// What Oxus knows for a name the reader selected ("Look up “%s”") or typed in the panel.
import type { LookupResult as Lookup } from '../utils/protocol';
import { TYPE_LABEL } from '../utils/format';

export interface LookupResultProps {
  lookup: Lookup;
  selected?: string;
  onSelect: (id: string) => void;
}

export function LookupResult({ lookup, selected, onSelect }: LookupResultProps) {
  return (
    <section class="lookup" data-testid="lookup" aria-live="polite">
      <h2>
        Look up “<bdi dir="auto">{lookup.query}</bdi>”
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
                <span dir="auto">{h.name}</span>
                <span class={`small kind-${h.type}`}>{TYPE_LABEL[h.type][0]}</span>
              </button>
              {h.ambiguous ? <div class="small muted" dir="auto">{h.ambiguous}</div> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">Nothing in Oxus's dataset matches this name.</p>
      )}
    </section>
  );
}
