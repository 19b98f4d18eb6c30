// The entities found on the page, grouped by type with counts; picking one asks for its card and
// for the page to scroll to its first mention.
import type { EntitySummary } from '../utils/protocol';
import { TYPE_LABEL, TYPE_ORDER } from '../utils/format';

export interface EntityListProps {
  entities: readonly EntitySummary[];
  selected?: string;
  onSelect: (id: string) => void;
}

export function EntityList({ entities, selected, onSelect }: EntityListProps) {
  if (!entities.length) return <p class="muted">No known names on this page yet.</p>;
  return (
    <div>
      {TYPE_ORDER.map((type) => {
        const group = entities.filter((e) => e.type === type);
        if (!group.length) return null;
        return (
          <section key={type} data-type={type}>
            <h2 class={`kind-${type}`}>
              {TYPE_LABEL[type][1]} <span class="count">({group.length})</span>
            </h2>
            <ul class="list">
              {group.map((e) => (
                <li key={e.id}>
                  <button
                    type="button"
                    class="item"
                    data-entity={e.id}
                    aria-current={e.id === selected ? 'true' : undefined}
                    title={e.ambiguous}
                    onClick={() => onSelect(e.id)}
                  >
                    <span dir="auto">
                      {e.name}
                      {e.ambiguous ? <span class="muted small"> (ambiguous)</span> : null}
                    </span>
                    <span class="count" aria-label={`${e.count} mentions`}>
                      {e.count}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
