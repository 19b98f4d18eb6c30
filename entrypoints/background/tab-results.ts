// Turns the engine's Annotation for a page (or a part added later) into the per-tab summary the
// popup and side panel show. Pure: no extension API. Tested in tab-results.test.ts.
import type { Annotation, EventHit, Lang } from '../../core/types';
import type { ClaimSummary, EntitySummary, TabState } from '../../utils/protocol';
import { splitSentences } from '../../core/claims/extract';
import { sentenceSpan } from '../../core/claims/sentence-span';
import { markClose } from '../../core/recognise/events';

export interface PageInfo {
  tabId: number;
  url: string;
  title: string;
  mode: 'page' | 'more';
  /** the text the annotation was made on: gives each claim its sentence */
  text?: string;
  /** how much of the page's text was read (readChars < totalChars: cut); with `page`, or with the
   * last `more` part of a page sent in parts */
  readChars?: number;
  totalChars?: number;
}

const MAX_SENTENCE = 400;

/**
 * The sentence around [start, end) of `text` (the claims' own splitter, splitSentences), white space
 * folded, cut to MAX_SENTENCE characters around the span when longer. Only the lines holding the span
 * are split: newlines always end a sentence, so this is what splitting the whole text gives, without
 * a pass over a whole 1 MB page per part (one background task of 100-500 ms, measured).
 */
function sentenceText(text: string, lang: Lang | 'und', start: number, end: number): string {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', Math.max(start, end - 1));
  const to = nl < 0 ? text.length : nl;
  const s = sentenceSpan(splitSentences(text.slice(from, to), lang), start - from, end - from);
  let a = s ? s.start + from : start;
  let b = s ? s.end + from : end;
  if (b - a > MAX_SENTENCE) {
    a = Math.max(a, start - MAX_SENTENCE / 2);
    b = Math.min(b, a + MAX_SENTENCE);
  }
  return text.slice(a, b).replace(/\s+/g, ' ').trim();
}

/** Entity order by name (Intl.Collator: what localeCompare does, without its per-call set-up). */
const byName = new Intl.Collator().compare;

const MAX_CLAIMS = 200;

export function summarise(info: PageInfo, ann: Annotation, prev: TabState | null, now = Date.now()): TabState {
  const samePage = prev !== null && prev.url === info.url;
  const base: TabState =
    info.mode === 'more' && samePage
      ? prev
      : {
          tabId: info.tabId,
          url: info.url,
          title: info.title,
          lang: ann.lang,
          date: ann.date,
          entities: [],
          events: [],
          claims: [],
          // a lookup made on this page survives a re-scan of the same page
          lookup: samePage ? prev.lookup : undefined,
          focus: samePage ? prev.focus : undefined,
          ...(info.readChars !== undefined && info.totalChars !== undefined && info.readChars < info.totalChars
            ? { readChars: info.readChars, totalChars: info.totalChars }
            : {}),
          updatedAt: now,
        };

  const entities = new Map<string, EntitySummary>(base.entities.map((e) => [e.id, { ...e }]));
  // engine order is first-mention order: kept as `order` for the panel's "as you read" view
  for (const e of ann.entities) {
    const cur = entities.get(e.id);
    if (cur) cur.count += e.mentions.length;
    else
      entities.set(e.id, {
        id: e.id,
        name: e.name,
        type: e.type,
        count: e.mentions.length,
        order: entities.size,
        ...(e.mentions[0] ? { page: e.mentions[0].text } : {}),
        ...(e.ambiguous ? { ambiguous: e.ambiguous.note } : {}),
      });
  }

  const events = new Map<string, EventHit>(base.events.map((e) => [e.id, e]));
  for (const e of ann.events) {
    const cur = events.get(e.id);
    if (!cur || cur.score < e.score) events.set(e.id, e);
  }

  const claims: ClaimSummary[] = [...base.claims];
  // the same words in another sentence are another statement of it (the panel lists both)
  const keyOf = (c: ClaimSummary) => `${c.text}\u0000${c.sentence ?? ''}`;
  const seen = new Set(claims.map(keyOf));
  const text = info.text;
  for (const { start, end, ...hit } of ann.claims) {
    if (claims.length >= MAX_CLAIMS) break;
    const c: ClaimSummary = text ? { ...hit, sentence: sentenceText(text, ann.lang, start, end) } : hit;
    if (seen.has(keyOf(c))) continue;
    seen.add(keyOf(c));
    claims.push(c);
  }

  // a page sent in parts says how much was read with its last part (`more`)
  const cut =
    info.mode === 'more' && samePage && info.readChars !== undefined && info.totalChars !== undefined
      ? info.readChars < info.totalChars
        ? { readChars: info.readChars, totalChars: info.totalChars }
        : {}
      : {};
  return {
    ...base,
    ...cut,
    entities: [...entities.values()].sort((a, b) => b.count - a.count || byName(a.name, b.name)),
    events: markClose([...events.values()].sort((a, b) => b.score - a.score)),
    claims,
    updatedAt: now,
  };
}

/**
 * Sets entity counts to the content script's live ones (text left the page or changed): an entity
 * no longer on the page is dropped. Only for the same page; otherwise the state is returned as is.
 */
export function recount(state: TabState, url: string, counts: Record<string, number>, now = Date.now()): TabState {
  if (state.url !== url) return state;
  const entities = state.entities
    .map((e) => ({ ...e, count: counts[e.id] ?? 0 }))
    .filter((e) => e.count > 0)
    .sort((a, b) => b.count - a.count || byName(a.name, b.name));
  return { ...state, entities, updatedAt: now };
}

/**
 * The state as kept in session storage, for a background that restarts: without what the index gives
 * back on restore (withDisplayFields). The usual name forms were most of it: 533 of 600 KB on a 1 MB
 * page of 1,664 entities, written in one long task.
 */
export function leanState(state: TabState): TabState {
  return { ...state, entities: state.entities.map(({ forms: _f, coords: _c, ...e }) => e) };
}

/** Adds (in place) each entity's display fields from the index: a place's coordinates, the usual forms. */
export function withDisplayFields(
  state: TabState,
  k: { coords(id: string): [number, number] | undefined; forms(id: string): EntitySummary['forms'] },
): TabState {
  for (const e of state.entities) {
    if (e.type === 'place' && !e.coords) e.coords = k.coords(e.id);
    e.forms ??= k.forms(e.id);
  }
  return state;
}

/** Badge text: how many distinct entities Oxus found on the tab ("" hides the badge). */
export const badgeText = (state: TabState | null): string => {
  const n = state?.entities.length ?? 0;
  return n === 0 ? '' : n > 999 ? '999+' : String(n);
};
