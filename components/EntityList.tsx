// The entities found on the page, either grouped by type ("by type") or in the order the page first
// names them ("as you read"); each row shows the name in the UI language with the page's own form
// beside it. Picking one opens its card. Lays out the summary it is given (no fetching, no storage).
// Tested in SidePanelApp.test.tsx.
import type { EntityType } from '../core/dataset/schema';
import type { EntitySummary } from '../utils/protocol';
import { TYPE_ORDER } from '../utils/format';
import { t, textDir, tn, uiLocale, type MessageKey } from '../utils/i18n';
import { shownName } from '../utils/present/names';

export type ListView = 'type' | 'read';

export interface EntityListProps {
  entities: readonly EntitySummary[];
  view: ListView;
  /** only this type, or every type */
  only?: EntityType;
  selected?: string;
  onSelect: (id: string) => void;
}

export const typeLabel = (type: EntityType, many = false): string =>
  t(`type_${type}${many ? '_many' : ''}` as MessageKey);

/**
 * Names longer than this many characters take a whole row of the two-column list: half of a 400 px panel
 * holds about 22 letters a line, and "Организация Договора о коллективной безопасности" needs three lines there.
 */
export const WIDE_NAME = 22;

function Row({
  e,
  selected,
  onSelect,
  showType,
}: {
  e: EntitySummary;
  selected?: string;
  onSelect: (id: string) => void;
  showType: boolean;
}) {
  const name = shownName(e.forms, e.name, uiLocale(), e.page);
  return (
    <li class={name.text.length > WIDE_NAME ? 'wide' : undefined}>
      <button
        type="button"
        class="item"
        data-entity={e.id}
        aria-current={e.id === selected ? 'true' : undefined}
        title={[name.text, name.page, e.ambiguous].filter(Boolean).join(' · ')}
        onClick={() => onSelect(e.id)}
      >
        {/* the line takes the name's direction: cut short, an English name in a Persian list loses its end,
            not its first letters ("Security Council of Kaz…", not "…ity Council of Kazakhstan") */}
        <span dir={textDir(name.text)}>
          <bdi lang={name.lang}>{name.text}</bdi>
          {name.page ? (
            <span class="muted small">
              {' · '}
              <bdi dir="auto">{name.page}</bdi>
            </span>
          ) : null}
          {e.ambiguous ? <span class="muted small"> {t('panel_ambiguous')}</span> : null}
        </span>
        <span>
          {showType ? <span class={`small kind-${e.type}`}>{typeLabel(e.type)} </span> : null}
          {/* one label for the number ("3 mentions"), read instead of the bare digits */}
          <span class="count" role="img" aria-label={tn('panel_mentions', e.count)}>
            <bdi>{new Intl.NumberFormat(uiLocale()).format(e.count)}</bdi>
          </span>
        </span>
      </button>
    </li>
  );
}

export function EntityList({ entities, view, only, selected, onSelect }: EntityListProps) {
  const shown = only ? entities.filter((e) => e.type === only) : entities;
  if (!shown.length) return <p class="muted">{t('panel_empty')}</p>;
  if (view === 'read') {
    const ordered = [...shown].sort((a, b) => (a.order ?? 1e9) - (b.order ?? 1e9));
    return (
      <ul class="list" data-view="read">
        {ordered.map((e) => (
          <Row key={e.id} e={e} selected={selected} onSelect={onSelect} showType />
        ))}
      </ul>
    );
  }
  return (
    <div data-view="type">
      {TYPE_ORDER.map((type) => {
        const group = shown.filter((e) => e.type === type);
        if (!group.length) return null;
        return (
          <section key={type} data-type={type}>
            <h2 class={`kind-${type}`}>
              {typeLabel(type, true)}{' '}
              <span class="count">
                (<bdi>{new Intl.NumberFormat(uiLocale()).format(group.length)}</bdi>)
              </span>
            </h2>
            <ul class="list columns">
              {group.map((e) => (
                <Row key={e.id} e={e} selected={selected} onSelect={onSelect} showType={false} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
