// The small card over a highlighted mention: the words under the pointer (or the keyboard's current
// highlight), their kind, a verdict for claims, a one-line description, and a button that opens
// the side panel on that item. Lives in a closed shadow root on a host element that exists only
// while the card is shown (attached to <html>, never to <body>). Text only: no innerHTML. Strings
// are the UI language's (the reader's setting, as in the panel), sent by the background
// (setCardStrings); browser.i18n (the browser's language) only until they arrive. Placed inside
// the viewport, above or below, never over the hovered words. Tested in
// hover-card.test.ts and e2e/page-defects.ts.
import { browser } from 'wxt/browser';
import type { Kind } from '../../utils/protocol';
import type { CardStrings } from '../../utils/i18n';
import { KIND_NAME_KEY } from '../../utils/kind-names';
import type { Mark } from './highlighter';

const CSS_TEXT = `
:host { all: initial; }
.card { position: fixed; z-index: 2147483647; max-width: 340px; min-width: 180px; box-sizing: border-box;
  overflow-y: auto; overscroll-behavior: contain;
  font: 14px/1.45 system-ui, sans-serif; color: #1b1f24; background: #fff; border: 1px solid #8c959f;
  border-radius: 8px; box-shadow: 0 6px 24px rgb(0 0 0 / .18); padding: 10px 12px; }
.name { font-weight: 600; font-size: 15px; unicode-bidi: isolate; }
.kind { display: block; font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: #57606a; }
.verdict { margin: 6px 0 0; font-weight: 600; color: #0a3069; }
.desc { margin: 6px 0 8px; color: #32383f; unicode-bidi: isolate; }
.hint { margin: 6px 0 0; font-size: 13px; color: #57606a; }
button { font: inherit; font-size: 13px; border: 1px solid #1f5f8b; color: #1f5f8b; background: #f3f8fc;
  border-radius: 5px; padding: 4px 10px; cursor: pointer; }
button:hover { background: #e1eef8; }
button:focus-visible { outline: 3px solid #0969da; outline-offset: 2px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .card { color: #e6edf3; background: #161b22; border-color: #6e7681; }
  .kind, .hint { color: #9da7b3; } .desc { color: #c9d1d9; } .verdict { color: #a5d6ff; }
  button { color: #8cc4ef; border-color: #8cc4ef; background: #0d2235; }
  button:focus-visible { outline-color: #8cc4ef; }
}
`;

let strings: CardStrings | undefined;

/** The UI language's card strings (from the background's `ui-strings` reply); undefined forgets them. */
export function setCardStrings(s: CardStrings | undefined): void {
  strings = s;
}

/** The UI locale of the card's strings, once they arrived (for descriptions in the same language). */
export const cardLocale = (): string | undefined => strings?.locale;

/** The card's text for a key in the UI language; until the strings arrive, the browser's lookup ("" if unknown). */
export function msg(key: string): string {
  const own = strings?.messages[key];
  if (own !== undefined) return own;
  try {
    return (browser.i18n?.getMessage as ((k: string) => string) | undefined)?.(key) ?? '';
  } catch {
    return '';
  }
}

export interface CardContent {
  /** the mention the card is for: the card is keyed by it, never by the record it links to */
  mark: Mark;
  /** the record "Details" opens */
  id: string;
  kind: Kind;
  title: string;
}

export interface OpenResult {
  opened: boolean;
  /** the open-panel shortcut as the browser has it set ("" when none) */
  shortcut?: string;
}

const GAP = 6;
const MARGIN = 8;

export class HoverCard {
  readonly host: HTMLElement;
  private readonly card: HTMLDivElement;
  private readonly nameEl: HTMLSpanElement;
  private readonly kindEl: HTMLSpanElement;
  private readonly verdictEl: HTMLParagraphElement;
  private readonly descEl: HTMLDivElement;
  private readonly hintEl: HTMLParagraphElement;
  private readonly button: HTMLButtonElement;
  private readonly live: HTMLDivElement;
  private current: CardContent | undefined;
  private anchor: DOMRect | undefined;

  constructor(
    private readonly doc: Document,
    private readonly onOpen: (id: string) => Promise<OpenResult | undefined> | void,
  ) {
    this.host = doc.createElement('div');
    const root = this.host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CSS_TEXT;
    this.card = doc.createElement('div');
    this.card.className = 'card';
    this.card.setAttribute('role', 'dialog');
    const head = doc.createElement('div');
    this.kindEl = doc.createElement('span');
    this.kindEl.className = 'kind';
    this.nameEl = doc.createElement('span');
    this.nameEl.className = 'name';
    this.nameEl.dir = 'auto';
    head.append(this.kindEl, this.nameEl);
    this.verdictEl = doc.createElement('p');
    this.verdictEl.className = 'verdict';
    this.descEl = doc.createElement('div');
    this.descEl.className = 'desc';
    this.descEl.dir = 'auto';
    this.button = doc.createElement('button');
    this.button.type = 'button';
    this.button.textContent = msg('hover_details') || 'Details';
    this.button.addEventListener('click', (e) => {
      if (e.isTrusted) void this.activate();
    });
    this.hintEl = doc.createElement('p');
    this.hintEl.className = 'hint';
    // announced by screen readers when the card appears (the dialog itself is not focused on hover)
    this.live = doc.createElement('div');
    this.live.className = 'sr';
    this.live.setAttribute('aria-live', 'polite');
    this.card.append(head, this.verdictEl, this.descEl, this.button, this.hintEl);
    root.append(style, this.card, this.live);
  }

  get shownFor(): Mark | undefined {
    return this.host.isConnected ? this.current?.mark : undefined;
  }

  show(content: CardContent, anchor: DOMRect, opts: { focus?: boolean } = {}): void {
    this.current = content;
    this.anchor = anchor;
    // the UI language's direction and tag; names and descriptions keep dir="auto"
    this.card.lang = strings?.locale ?? '';
    this.card.dir = strings?.dir ?? 'auto';
    this.button.textContent = msg('hover_details') || 'Details';
    const kind = msg(KIND_NAME_KEY[content.kind]);
    this.nameEl.textContent = content.title;
    this.kindEl.textContent = kind;
    this.kindEl.hidden = !kind;
    this.card.setAttribute('aria-label', content.title);
    this.verdictEl.textContent = '';
    this.verdictEl.hidden = true;
    this.descEl.textContent = '';
    this.descEl.hidden = true;
    this.hintEl.textContent = '';
    this.hintEl.hidden = true;
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    this.live.textContent = kind ? `${kind}: ${content.title}` : content.title;
    this.place();
    if (opts.focus) this.button.focus();
  }

  /** Sets the title once the record's name came (the card showed the page's words until then). */
  retitle(mark: Mark, title: string): void {
    if (this.current?.mark !== mark || this.current.title === title) return;
    this.current.title = title;
    this.nameEl.textContent = title;
    this.card.setAttribute('aria-label', title);
    const kind = msg(KIND_NAME_KEY[this.current.kind]);
    this.live.textContent = kind ? `${kind}: ${title}` : title;
    this.place();
  }

  /** Adds the description (and a claim's verdict) once the background answered. */
  describe(mark: Mark, text: string, verdict = ''): void {
    if (this.current?.mark !== mark) return;
    if (verdict) {
      this.verdictEl.textContent = verdict;
      this.verdictEl.hidden = false;
    }
    if (text) {
      this.descEl.textContent = text;
      this.descEl.hidden = false;
    }
    if (verdict || text) {
      this.live.textContent = [this.live.textContent, verdict, text].filter(Boolean).join('. ');
      this.place();
    }
  }

  /** The button: opens the panel on the item, or says how when the browser needs a gesture it lacks. */
  async activate(): Promise<void> {
    const cur = this.current;
    if (!cur) return;
    const res = await this.onOpen(cur.id);
    if (!res || res.opened || this.current !== cur) return;
    const hint = res.shortcut
      ? msg('hover_open_with_shortcut').replace('{shortcut}', res.shortcut)
      : msg('hover_open_from_toolbar');
    this.hintEl.textContent = hint;
    this.hintEl.hidden = !hint;
    this.live.textContent = hint;
    this.place();
  }

  contains(target: EventTarget | null): boolean {
    return target === this.host;
  }

  hide(): void {
    this.host.remove();
    this.current = undefined;
    this.anchor = undefined;
  }

  destroy(): void {
    this.hide();
  }

  /**
   * Below the words if the card fits there, else above, else on the roomier side with a scrolling
   * maximum height: always inside the viewport, never over the hovered words.
   */
  private place(): void {
    const view = this.doc.defaultView;
    const a = this.anchor;
    if (!view || !a) return;
    const box = placeCard(a, this.card.scrollHeight || this.card.getBoundingClientRect().height, {
      width: view.innerWidth,
      height: view.innerHeight,
    });
    this.card.style.maxHeight = `${box.maxHeight}px`;
    this.card.style.top = `${box.top}px`;
    this.card.style.left = `${box.left}px`;
  }
}

/** Where the card goes for words at `a` (viewport coordinates). Pure, tested alone. */
export function placeCard(
  a: { top: number; bottom: number; left: number },
  height: number,
  viewport: { width: number; height: number },
  width = 340,
): { top: number; left: number; maxHeight: number } {
  const below = viewport.height - a.bottom - GAP - MARGIN;
  const above = a.top - GAP - MARGIN;
  const left = Math.min(Math.max(MARGIN, a.left), Math.max(MARGIN, viewport.width - width - MARGIN));
  if (height <= below) return { top: a.bottom + GAP, left, maxHeight: Math.max(below, 40) };
  if (height <= above) return { top: a.top - GAP - height, left, maxHeight: Math.max(above, 40) };
  if (below >= above) return { top: a.bottom + GAP, left, maxHeight: Math.max(below, 40) };
  const h = Math.max(above, 40);
  return { top: Math.max(MARGIN, a.top - GAP - h), left, maxHeight: h };
}
