// Numbered list of the sources a card cites, folded behind an "n sources" disclosure; facts point
// at them with [n]. Each source shows its kind (official, news agency, state media…) when the
// dataset has it. Links open in a new tab only when the reader clicks (the panel loads nothing).
// Tested in EntityCard.test.tsx.
import { SOURCE_KINDS, type Source, type SourceKind } from '../core/dataset/schema';
import { safeHref } from '../utils/format';
import { t, tn, type MessageKey } from '../utils/i18n';
import { dateWords, num } from '../utils/present/words';

export interface SourceListProps {
  ids: readonly string[];
  sources: Record<string, Source>;
  /** open the disclosure at first (a card the reader opened on purpose) */
  open?: boolean;
}

// one message per kind (a key ending in _other would read as a plural form of "source_kind")
const KIND_KEY: Record<SourceKind, MessageKey> = {
  official: 'source_kind_official',
  wire: 'source_kind_wire',
  'state-media': 'source_kind_state_media',
  'independent-media': 'source_kind_independent_media',
  encyclopaedia: 'source_kind_encyclopaedia',
  'igo-ngo': 'source_kind_igo_ngo',
  academic: 'source_kind_academic',
  other: 'source_kind_unclassified',
};

export function sourceKindLabel(kind: unknown): string | undefined {
  if (typeof kind !== 'string' || !(SOURCE_KINDS as readonly string[]).includes(kind)) return undefined;
  return t(KIND_KEY[kind as SourceKind]);
}

/** The records of `ids` that `all` has, in order (an id the details do not carry is skipped). */
export const sourcesOf = (ids: readonly string[], all: Record<string, Source>): Source[] =>
  ids.flatMap((id) => (all[id] ? [all[id]!] : []));

export function SourceList({ ids, sources, open = false }: SourceListProps) {
  if (!ids.length) return null;
  return (
    <details class="sources" open={open}>
      <summary class="small muted">{tn('card_sources', ids.length)}</summary>
      <ol class="small">
        {ids.map((id) => {
          const s = sources[id];
          if (!s)
            return (
              <li key={id} class="muted">
                {id}
              </li>
            );
          const href = safeHref(s.url);
          const kind = sourceKindLabel((s as { kind?: unknown }).kind);
          const title = (
            <>
              <bdi>{s.publisher}</bdi>: <bdi>{s.title}</bdi>
            </>
          );
          return (
            <li key={id} data-source={id}>
              {kind ? (
                <span class="chip source-kind" data-kind={(s as { kind?: string }).kind}>
                  {kind}
                </span>
              ) : null}{' '}
              {href ? (
                <a href={href} target="_blank" rel="noreferrer noopener">
                  {title}
                </a>
              ) : (
                title
              )}
              {s.date ? (
                <span class="muted">
                  {' '}
                  · <bdi>{dateWords(s.date)}</bdi>
                </span>
              ) : null}
            </li>
          );
        })}
      </ol>
    </details>
  );
}

/** Collects source ids in first-cited order, so [n] numbers follow the reading order. */
export class Citations {
  readonly order: string[] = [];
  ref(ids: readonly string[] | undefined): number[] {
    return (ids ?? []).map((id) => {
      let i = this.order.indexOf(id);
      if (i < 0) i = this.order.push(id) - 1;
      return i + 1;
    });
  }
}

export function Refs({ numbers }: { numbers: number[] }) {
  if (!numbers.length) return null;
  return (
    <sup class="ref">
      <bdi>[{numbers.map(num).join(t('ref_separator'))}]</bdi>
    </sup>
  );
}
