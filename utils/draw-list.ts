// What a page is sent to draw: from an engine Annotation, only the highlight spans and, per thing
// drawn, its id; the highlight kind follows from the id's prefix (the dataset types ids by prefix,
// sent as one letter) and the card's title is fetched with its details on demand (entities) or read
// off the page (claims), so a short article is sent little more than it draws (issue 12: <= 2x).
// Spans are base-36 numbers in one string. Capped at MAX_MARKS per page. Pure: no extension API.
// Tested in draw-list.test.ts.
import { idPrefixFor } from '../core/dataset/schema';
import type { ClaimHit, EntityHit } from '../core/types';
import { KINDS, type DrawList, type Kind } from './protocol';

const SAFE_ID = /^[a-z]+:[a-z0-9-]+$/;
/** id prefix -> highlight kind: the entity types' prefixes, and `claim` */
const KIND_OF_PREFIX: ReadonlyMap<string, Kind> = new Map(
  KINDS.map((k) => [k === 'claim' ? 'claim' : idPrefixFor(k), k] as [string, Kind]),
);
/** one letter per id prefix on the wire (`person:x` travels as `p:x`) */
const CODE: Record<Kind, string> = {
  person: 'p',
  organisation: 'o',
  place: 'l',
  event: 'e',
  media: 'm',
  facility: 'f',
  claim: 'c',
};
const PREFIX_OF_CODE: ReadonlyMap<string, string> = new Map(
  KINDS.map((k) => [CODE[k], k === 'claim' ? 'claim' : idPrefixFor(k)]),
);

/** The highlight kind of a drawn id (undefined for an id of no drawable kind). */
export const kindOfId = (id: string): Kind | undefined => KIND_OF_PREFIX.get(id.slice(0, id.indexOf(':')));

/** `person:x` -> `p:x` (ids the builder takes are SAFE_ID and of a drawable kind) */
const pack = (id: string): string => {
  const colon = id.indexOf(':');
  return CODE[KIND_OF_PREFIX.get(id.slice(0, colon))!] + id.slice(colon);
};
/** `p:x` -> `person:x`; undefined for anything else */
const unpack = (packed: string): string | undefined => {
  const colon = packed.indexOf(':');
  const prefix = PREFIX_OF_CODE.get(packed.slice(0, colon));
  return prefix && colon > 0 ? prefix + packed.slice(colon) : undefined;
};

interface Mark {
  start: number;
  end: number;
  item: number;
}

/** Builds a draw list; `budget` is how many marks the page may still draw. */
export class DrawListBuilder {
  private readonly ids: string[] = [];
  private readonly index = new Map<string, number>();
  private readonly marks: Mark[] = [];
  constructor(private budget: number) {}

  private item(id: string): number {
    let i = this.index.get(id);
    if (i === undefined) {
      i = this.ids.push(id) - 1;
      this.index.set(id, i);
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
      // an id whose prefix is not its type's would be drawn as another kind: not drawn
      if (!SAFE_ID.test(e.id) || kindOfId(e.id) !== e.type) continue;
      const i = this.item(e.id);
      for (const m of e.mentions) this.mark(m.start + shift, m.end + shift, i);
    }
    return this;
  }

  /** Figures, quotes and known claims; attributed statements span whole sentences and are listed
   * in the panel only, so the page keeps its text readable. */
  claims(hits: ClaimHit[], shift = 0): this {
    for (const c of hits) {
      if (c.kind === 'statement') continue;
      const id = c.links[0]?.id ?? '';
      const safe = SAFE_ID.test(id) && kindOfId(id) === 'claim' ? id : 'claim:on-page';
      this.mark(c.start + shift, c.end + shift, this.item(safe));
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
    return { ids: this.ids.map(pack).join(' '), spans: spans.map((n) => n.toString(36)).join(',') };
  }
}

/** The ids of a draw list, as the dataset writes them. */
export const idsOf = (list: DrawList): string[] => (list.ids ? list.ids.split(' ').map((x) => unpack(x) ?? '') : []);

/** The marks of a draw list as absolute spans with id and kind (what the page does with it). */
export function* marksOf(list: DrawList): Generator<{ start: number; end: number; id: string; kind: Kind }> {
  const ids = idsOf(list);
  const nums = list.spans ? list.spans.split(',').map((x) => parseInt(x, 36)) : [];
  let at = 0;
  for (let i = 0; i + 2 < nums.length; i += 3) {
    at += nums[i]!;
    const id = ids[nums[i + 2]!];
    const kind = id ? kindOfId(id) : undefined;
    if (!id || !kind || !(nums[i + 1]! > 0)) continue;
    yield { start: at, end: at + nums[i + 1]!, id, kind };
  }
}

/** A claim's card title: the words it stands for on the page, shortened as the panel shortens them. */
export const claimTitle = (words: string): string => {
  const s = words.replace(/\s+/g, ' ').trim();
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
};
