// Turns the engine's Annotation for a page (or a part added later) into the per-tab summary the
// popup and side panel show. Pure: no extension API. Tested in tab-results.test.ts.
import type { Annotation, EventHit } from '../../core/types';
import type { ClaimSummary, EntitySummary, TabState } from '../../utils/protocol';
import { type Sentence, splitSentences } from '../../core/claims/extract';
import { sentenceSpan } from '../../core/claims/sentence-span';
import { markClose } from '../../core/recognise/events';

export interface PageInfo {
  tabId: number;
  url: string;
  title: string;
  mode: 'page' | 'more';
  /** the text the annotation was made on: gives each claim its sentence */
  text?: string;
  /** `page` mode: how much of the page's text was read (readChars < totalChars: cut) */
  readChars?: number;
  totalChars?: number;
}

const MAX_SENTENCE = 400;

/**
 * The sentence around [start, end) of `sentences` (splitSentences of `text`, the claims' own
 * splitter), white space folded, cut to MAX_SENTENCE characters around the span when longer.
 */
function sentenceText(text: string, sentences: readonly Sentence[], start: number, end: number): string {
  const s = sentenceSpan(sentences, start, end);
  let a = s?.start ?? start;
  let b = s?.end ?? end;
  if (b - a > MAX_SENTENCE) {
    a = Math.max(a, start - MAX_SENTENCE / 2);
    b = Math.min(b, a + MAX_SENTENCE);
  }
  return text.slice(a, b).replace(/\s+/g, ' ').trim();
}

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
  // split once per part, only when there is a claim to place
  const text = info.text;
  const sentences = text && ann.claims.length ? splitSentences(text, ann.lang) : [];
  for (const { start, end, ...hit } of ann.claims) {
    const c: ClaimSummary = text ? { ...hit, sentence: sentenceText(text, sentences, start, end) } : hit;
    if (claims.length >= MAX_CLAIMS || seen.has(keyOf(c))) continue;
    seen.add(keyOf(c));
    claims.push(c);
  }

  return {
    ...base,
    entities: [...entities.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
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
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return { ...state, entities, updatedAt: now };
}

/** Badge text: how many distinct entities Oxus found on the tab ("" hides the badge). */
export const badgeText = (state: TabState | null): string => {
  const n = state?.entities.length ?? 0;
  return n === 0 ? '' : n > 999 ? '999+' : String(n);
};
