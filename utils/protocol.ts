// The one message protocol between Oxus's parts. Every message is a valibot schema (validated on
// arrival, types inferred from it); nothing else calls runtime.sendMessage / tabs.sendMessage.
// Three channels: to the background, to a tab's content script, and background -> extension pages.
// Tested in protocol.test.ts (fake browser). See utils/README.md for the message table.
import * as v from 'valibot';
import { browser, type Browser } from 'wxt/browser';
import type { ClaimHit, EventHit } from '../core/types';
import type { DisplayRecord } from '../core/dataset/compiled';
import {
  NAME_LANGS,
  type NameLang,
  type Figure,
  type KnownClaim,
  type Source,
  type EntityType,
  type Translations,
} from '../core/dataset/schema';
import { LANGS, type Lang } from '../core/types';
import type { CardStrings } from './i18n';

/** Highlight kinds: one CSS Highlight per kind (claims are not entities but get their own colour). */
export const KINDS = ['person', 'organisation', 'place', 'event', 'media', 'facility', 'claim'] as const;
export type Kind = (typeof KINDS)[number];

/** Upper bound on the article text one message may carry (about 2 MB of UTF-16): the per-page text
 * cap. A longer page is read up to it and its tab state says so (`read`). */
export const MAX_TEXT = 1_000_000;
/** Upper bound on the highlights one page draws (entities and claims together). */
export const MAX_MARKS = 20_000;
const MAX_QUERY = 200;

const Id = v.pipe(v.string(), v.regex(/^[a-z]+:[a-z0-9-]+$/), v.maxLength(120));
const TabId = v.pipe(v.number(), v.integer(), v.minValue(0));
const ShortText = (max: number) => v.pipe(v.string(), v.maxLength(max));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e9));

// ---------------------------------------------------------------- to the background
export const AnnotateRequest = v.strictObject({
  type: v.literal('annotate'),
  /** `page`: the whole article (replaces the tab's results); `more`: a subtree added later */
  mode: v.picklist(['page', 'more']),
  text: ShortText(MAX_TEXT),
  lang: v.optional(v.picklist(LANGS)),
  /** raw date strings found in the page (meta, JSON-LD, <time>, URL); the background resolves them */
  dateHints: v.pipe(v.array(ShortText(200)), v.maxLength(20)),
  url: ShortText(4096),
  title: ShortText(500),
  /** `page` only: characters sent and characters of readable text on the page (more when cut) */
  readChars: v.optional(Count),
  totalChars: v.optional(Count),
});
/** The content script's live mention counts per entity, after text left the page or changed. */
export const PageCountsRequest = v.strictObject({
  type: v.literal('page-counts'),
  url: ShortText(4096),
  counts: v.pipe(
    v.record(Id, Count),
    v.check((r) => Object.keys(r).length <= 5000, 'too many entities'),
  ),
});
/** Second half of an annotation: the claims of the text sent with `annotate` (its reply's `job`). */
export const AnnotateClaimsRequest = v.strictObject({
  type: v.literal('annotate-claims'),
  job: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export const TabStateRequest = v.strictObject({
  type: v.literal('tab-state'),
  /** omitted: the most recent tab with results (extension pages opened in a tab use this) */
  tabId: v.optional(TabId),
});
export const DetailsRequest = v.strictObject({
  type: v.literal('details'),
  id: Id,
  /** dataset name key of the reader's UI language: names of referenced entities in it */
  lang: v.optional(v.picklist(NAME_LANGS)),
});
export const LookupRequest = v.strictObject({
  type: v.literal('lookup'),
  query: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(MAX_QUERY)),
  tabId: v.optional(TabId),
  /** dataset name key of the UI language: hits named in it */
  lang: v.optional(v.picklist(NAME_LANGS)),
  /** results as the reader types: answered, not kept as the tab's lookup */
  typing: v.optional(v.boolean()),
});
export const FocusRequest = v.strictObject({
  type: v.literal('focus'),
  /** entity the reader picked in the page's hover card; the panel opens on it */
  id: Id,
});
/** The hover card's strings in the UI language (the reader's setting, as in the panel). */
export const UiStringsRequest = v.strictObject({ type: v.literal('ui-strings') });
/** Test seam: runs the context-menu handler as if "Look up “%s”" had been clicked. Extension pages only. */
export const MenuClickRequest = v.strictObject({
  type: v.literal('test:menu-click'),
  selectionText: v.pipe(v.string(), v.maxLength(MAX_QUERY)),
  tabId: v.optional(TabId),
});

/** Test seam: runs a keyboard command's handler for a tab. Extension pages only. */
export const CommandRequest = v.strictObject({
  type: v.literal('test:command'),
  command: v.picklist(['next-highlight', 'previous-highlight']),
  tabId: v.optional(TabId),
});

export const BackgroundRequest = v.variant('type', [
  CommandRequest,
  AnnotateRequest,
  AnnotateClaimsRequest,
  PageCountsRequest,
  TabStateRequest,
  DetailsRequest,
  LookupRequest,
  FocusRequest,
  UiStringsRequest,
  MenuClickRequest,
]);
export type BackgroundRequest = v.InferOutput<typeof BackgroundRequest>;

/** Who may send each request: a content script (from a web page) or an extension page. */
export const ALLOWED_SENDERS: Record<BackgroundRequest['type'], readonly ('content' | 'extension')[]> = {
  annotate: ['content'],
  'annotate-claims': ['content'],
  'page-counts': ['content'],
  focus: ['content'],
  'ui-strings': ['content'],
  details: ['content', 'extension'],
  'tab-state': ['extension'],
  lookup: ['extension'],
  'test:menu-click': ['extension'],
  'test:command': ['extension'],
};

export interface EntitySummary {
  id: string;
  name: string;
  type: EntityType;
  /** mentions on the page */
  count: number;
  ambiguous?: string;
  /** [lat, lon] for places, for the panel's map */
  coords?: [number, number];
  /** rank of the first mention on the page (0 = first named) */
  order?: number;
  /** the form the page wrote at the first mention */
  page?: string;
  /** the dataset's usual form per name key (en, ru, ar, kk-Cyrl, zh…), for the reader's UI language */
  forms?: Partial<Record<NameLang, string>>;
}
export interface LookupHit {
  id: string;
  name: string;
  type: EntityType;
  ambiguous?: string;
}
export interface LookupResult {
  query: string;
  hits: LookupHit[];
  /** ms since epoch: lets the panel tell a new lookup from one it already showed */
  at: number;
}
export type ClaimSummary = Omit<ClaimHit, 'start' | 'end'> & {
  /** the sentence of the page the claim stands in (whitespace collapsed, at most 400 characters) */
  sentence?: string;
};

/** What the popup and side panel show for one tab; kept by the background per tab. */
export interface TabState {
  tabId: number;
  url: string;
  title: string;
  lang: Lang | 'und';
  date?: string;
  entities: EntitySummary[];
  events: EventHit[];
  claims: ClaimSummary[];
  lookup?: LookupResult;
  focus?: string;
  /** the page was longer than Oxus reads: the first `readChars` of `totalChars` were read */
  readChars?: number;
  totalChars?: number;
  updatedAt: number;
}

/** Someone whose role names an organisation (its leaders and officers), with the role's dates. */
export interface OfficeHolder {
  id: string;
  title: string;
  /** the title in other languages (the role's i18n) */
  i18n?: Translations;
  start?: string;
  end?: string;
  sources: string[];
}

/**
 * What a page draws, and nothing more (cards and the panel ask for details on demand), packed by
 * utils/draw-list.ts: `ids` the ids drawn, space-separated, each prefix as one letter (the highlight
 * kind is the prefix); `spans` comma-separated base-36 triplets [start - previous start, length,
 * index in ids] over the text the page sent.
 */
export interface DrawList {
  ids: string;
  spans: string;
}
export interface AnnotateReply extends DrawList {
  /** ask `annotate-claims` with it for the claims; absent when there are none to wait for */
  job?: number;
}

export type Details =
  | {
      kind: 'entity';
      record: DisplayRecord;
      /** organisations: people whose roles name it */
      holders?: OfficeHolder[];
      sources: Record<string, Source>;
      names: Record<string, string>;
    }
  | {
      kind: 'figure';
      figure: Figure;
      /** every figure of the same event and measure, oldest first (the figure among them) */
      series?: Figure[];
      sources: Record<string, Source>;
      names: Record<string, string>;
    }
  | { kind: 'claim'; claim: KnownClaim; sources: Record<string, Source>; names: Record<string, string> };

export interface BackgroundResponses {
  annotate: AnnotateReply;
  'annotate-claims': DrawList;
  'page-counts': null;
  'tab-state': TabState | null;
  details: Details | null;
  lookup: LookupResult;
  /** `shortcut`: the open-panel command's keys, for the card to suggest when opening was refused */
  focus: { opened: boolean; shortcut?: string };
  'ui-strings': CardStrings;
  'test:menu-click': LookupResult;
  'test:command': { moved: boolean };
}

// ---------------------------------------------------------------- to a content script
export const RevealRequest = v.strictObject({ type: v.literal('reveal'), id: Id });
export const StatsRequest = v.strictObject({ type: v.literal('highlight-stats') });
/** keyboard: move to the next (1) or previous (-1) highlight and open its card */
export const StepRequest = v.strictObject({ type: v.literal('step'), dir: v.picklist([1, -1]) });
export const ContentRequest = v.variant('type', [RevealRequest, StatsRequest, StepRequest]);
export type ContentRequest = v.InferOutput<typeof ContentRequest>;

export interface HighlightStats {
  /** ranges registered per kind in CSS.highlights */
  ranges: Record<Kind, number>;
  active: boolean;
  /** the content script's own work: longest synchronous step (ms), replies still due */
  longestTaskMs?: number;
  inFlight?: number;
  /**
   * performance.now() (the page's clock) of the first read's milestones: content script started,
   * settings read, text read, first part sent, first reply, first highlight drawn (benchmark only)
   */
  timing?: { script?: number; settings?: number; read?: number; sent?: number; reply?: number; drawn?: number };
}
export interface ContentResponses {
  reveal: { found: boolean };
  'highlight-stats': HighlightStats;
  step: { moved: boolean };
}

// ---------------------------------------------------------------- background -> extension pages
export const StateChangedEvent = v.strictObject({ type: v.literal('state-changed'), tabId: TabId });
export const PageEvent = v.variant('type', [StateChangedEvent]);
export type PageEvent = v.InferOutput<typeof PageEvent>;

// ---------------------------------------------------------------- senders
type Req<U, K> = Extract<U, { type: K }>;

/** Sends a request to the background and returns its typed answer. Throws on a bad request. */
export async function sendToBackground<K extends BackgroundRequest['type']>(
  msg: Req<BackgroundRequest, K>,
): Promise<BackgroundResponses[K]> {
  v.parse(BackgroundRequest, msg);
  const res = await browser.runtime.sendMessage(msg);
  return unwrap(res) as BackgroundResponses[K];
}

/** Sends a request to the content script of one tab (top frame only). */
export async function sendToTab<K extends ContentRequest['type']>(
  tabId: number,
  msg: Req<ContentRequest, K>,
): Promise<ContentResponses[K]> {
  v.parse(ContentRequest, msg);
  const res = await browser.tabs.sendMessage(tabId, msg, { frameId: 0 });
  return unwrap(res) as ContentResponses[K];
}

/** Tells every open extension page (side panel, popup) about a change; nobody listening is fine. */
export async function notifyPages(event: PageEvent): Promise<void> {
  v.parse(PageEvent, event);
  try {
    await browser.runtime.sendMessage(event);
  } catch {
    // "Receiving end does not exist": no panel or popup open.
  }
}

// Errors thrown by a handler travel as { error } so the sender gets a real rejection, the same in
// Chrome and Firefox (their native error propagation differs).
type Envelope = { ok: unknown } | { error: string };
function unwrap(res: unknown): unknown {
  if (res && typeof res === 'object' && 'error' in res) throw new Error(String((res as { error: unknown }).error));
  if (res && typeof res === 'object' && 'ok' in res) return (res as { ok: unknown }).ok;
  throw new Error('Oxus: no answer to message');
}

// ---------------------------------------------------------------- receivers
type Sender = Browser.runtime.MessageSender;
export type BackgroundHandlers = {
  [K in BackgroundRequest['type']]: (
    msg: Req<BackgroundRequest, K>,
    sender: Sender,
  ) => BackgroundResponses[K] | Promise<BackgroundResponses[K]>;
};
export type ContentHandlers = {
  [K in ContentRequest['type']]: (msg: Req<ContentRequest, K>) => ContentResponses[K] | Promise<ContentResponses[K]>;
};

/** Where a message came from: an extension page, a content script in a tab, or neither. */
export function senderKind(sender: Sender, extensionOrigin: string): 'extension' | 'content' | 'unknown' {
  const url = sender.url ?? '';
  if (sender.id !== undefined && sender.id !== browser.runtime.id) return 'unknown';
  if (url.startsWith(extensionOrigin)) return 'extension';
  if (sender.tab && /^https?:/.test(url)) return 'content';
  return 'unknown';
}

/**
 * Installs the background's router. Invalid messages and messages from the wrong kind of sender
 * are refused with an error; messages of other channels (page events) are ignored.
 * Returns the function that removes the listener.
 */
export function handleBackgroundRequests(
  handlers: BackgroundHandlers,
  /** told how long each request's synchronous part took (validation and the handler up to its first await) */
  onSync?: (type: string, ms: number) => void,
): () => void {
  const origin = browser.runtime.getURL('/');
  const listener = (raw: unknown, sender: Sender): Promise<Envelope> | undefined => {
    if (!onSync) return receive(raw, sender);
    const t0 = performance.now();
    const r = receive(raw, sender);
    const type = (raw as { type?: unknown } | null)?.type;
    onSync(typeof type === 'string' ? type : '?', performance.now() - t0);
    return r;
  };
  const receive = (raw: unknown, sender: Sender): Promise<Envelope> | undefined => {
    if (isPageEvent(raw)) return undefined;
    const parsed = v.safeParse(BackgroundRequest, raw);
    if (!parsed.success) return Promise.resolve({ error: `invalid message: ${v.summarize(parsed.issues)}` });
    const msg = parsed.output;
    const kind = senderKind(sender, origin);
    if (kind === 'unknown' || !ALLOWED_SENDERS[msg.type].includes(kind)) {
      return Promise.resolve({ error: `${msg.type} is not accepted from ${kind}` });
    }
    const handler = handlers[msg.type] as (m: BackgroundRequest, s: Sender) => unknown;
    return run(() => handler(msg, sender));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Installs a content script's receiver (only the background and extension pages reach it). */
export function handleContentRequests(handlers: ContentHandlers): () => void {
  const listener = (raw: unknown, sender: Sender): Promise<Envelope> | undefined => {
    if (sender.id !== undefined && sender.id !== browser.runtime.id) return undefined;
    const parsed = v.safeParse(ContentRequest, raw);
    if (!parsed.success) return undefined;
    const msg = parsed.output;
    const handler = handlers[msg.type] as (m: ContentRequest) => unknown;
    return run(() => handler(msg));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Extension pages: listen for page events. Returns the function that removes the listener. */
export function onPageEvent(cb: (event: PageEvent) => void): () => void {
  const listener = (raw: unknown): undefined => {
    const parsed = v.safeParse(PageEvent, raw);
    if (parsed.success) cb(parsed.output);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

function isPageEvent(raw: unknown): boolean {
  return v.is(PageEvent, raw);
}

async function run(fn: () => unknown): Promise<Envelope> {
  try {
    return { ok: (await fn()) ?? null };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}
