// What a page is sent to draw: from an engine Annotation, only the highlight spans with, per thing
// drawn, its id, kind and short label (cards and the panel fetch details on demand). Capped at
// MAX_MARKS per page. Pure: no extension API. Tested in draw-list.test.ts.
import type { EntityType } from '../core/dataset/schema';
import type { ClaimHit, EntityHit } from '../core/types';
import type { DrawList, Kind } from './protocol';

const KIND_OF: Record<EntityType, Kind> = {
  person: 'person',
  organisation: 'organisation',
  place: 'place',
  event: 'event',
  media: 'media',
  facility: 'facility',
};
const SAFE_ID = /^[a-z]+:[a-z0-9-]+$/;

interface Mark {
  start: number;
  end: number;
  item: number;
}

/** Builds a draw list; `budget` is how many marks the page may still draw. */
export class DrawListBuilder {
  private readonly items: DrawList['items'] = [];
  private readonly index = new Map<string, number>();
  private readonly marks: Mark[] = [];
  constructor(private budget: number) {}

  private item(id: string, kind: Kind, label: string): number {
    const key = `${kind}\u0000${id}`;
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.items.push([id, kind, label]) - 1;
      this.index.set(key, i);
    }
    return i;
  }

  private mark(start: number, end: number, item: number): void {
    if (this.budget <= 0 || !(end > start)) return;
    this.budget--;
    this.marks.push({ start, end, item });
  }

  entities(hits: EntityHit[], shift = 0): this {
    for (const e of hits) {
      const i = this.item(e.id, KIND_OF[e.type] ?? 'organisation', e.name);
      for (const m of e.mentions) this.mark(m.start + shift, m.end + shift, i);
    }
    return this;
  }

  /** Figures, quotes and known claims; attributed statements span whole sentences and are listed
   * in the panel only, so the page keeps its text readable. */
  claims(hits: ClaimHit[], shift = 0): this {
    for (const c of hits) {
      if (c.kind === 'statement') continue;
      const id = c.links[0]?.id ?? 'claim:on-page';
      const label = c.text.length > 80 ? `${c.text.slice(0, 77)}…` : c.text;
      this.mark(c.start + shift, c.end + shift, this.item(SAFE_ID.test(id) ? id : 'claim:on-page', 'claim', label));
    }
    return this;
  }

  get remaining(): number {
    return this.budget;
  }

  build(): DrawList {
    const marks = [...this.marks].sort((a, b) => a.start - b.start);
    const spans: number[] = [];
    let prev = 0;
    for (const m of marks) {
      spans.push(m.start - prev, m.end - m.start, m.item);
      prev = m.start;
    }
    return { items: this.items, spans };
  }
}

/** The marks of a draw list as absolute spans (what the page does with it). */
export function* marksOf(
  list: DrawList,
): Generator<{ start: number; end: number; id: string; kind: Kind; label: string }> {
  let at = 0;
  for (let i = 0; i + 2 < list.spans.length; i += 3) {
    at += list.spans[i]!;
    const item = list.items[list.spans[i + 2]!];
    if (!item) continue;
    yield { start: at, end: at + list.spans[i + 1]!, id: item[0], kind: item[1], label: item[2] };
  }
}
