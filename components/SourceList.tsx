// Numbered list of the sources a card cites; facts point at them with [n]. Links open in a new tab
// only when the reader clicks (the panel itself loads nothing from the network).
import type { Source } from '../core/dataset/schema';
import { safeHref } from '../utils/format';

export interface SourceListProps {
  ids: readonly string[];
  sources: Record<string, Source>;
}

export function SourceList({ ids, sources }: SourceListProps) {
  if (!ids.length) return null;
  return (
    <ol class="small sources">
      {ids.map((id) => {
        const s = sources[id];
        if (!s) return <li key={id} class="muted">{id}</li>;
        const href = safeHref(s.url);
        const label = `${s.publisher}: ${s.title}${s.date ? ` (${s.date})` : ''}`;
        return (
          <li key={id} dir="auto">
            {href ? (
              <a href={href} target="_blank" rel="noreferrer noopener">
                {label}
              </a>
            ) : (
              label
            )}
          </li>
        );
      })}
    </ol>
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
  return <sup class="ref">[{numbers.join(', ')}]</sup>;
}
