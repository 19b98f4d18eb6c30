// The small card shown over a highlighted mention: name, kind, one-line description, and a button
// that opens the side panel on it. Lives in a closed shadow root on a host element that exists
// only while the card is shown (attached to <html>, never to <body>). Text only: no innerHTML.
import type { Kind } from '../../utils/protocol';
import type { Mark } from './highlighter';

const CSS_TEXT = `
:host { all: initial; }
.card { position: fixed; z-index: 2147483647; max-width: 320px; min-width: 180px; box-sizing: border-box;
  font: 13px/1.4 system-ui, sans-serif; color: #1b1f24; background: #fff; border: 1px solid #c9d1d9;
  border-radius: 8px; box-shadow: 0 6px 24px rgb(0 0 0 / .18); padding: 10px 12px; }
.name { font-weight: 600; font-size: 14px; }
.kind { display: inline-block; font-size: 11px; text-transform: uppercase; letter-spacing: .04em;
  color: #57606a; margin-inline-start: 6px; }
.desc { margin: 6px 0 8px; color: #32383f; }
button { font: inherit; font-size: 12px; border: 1px solid #1f5f8b; color: #1f5f8b; background: #f3f8fc;
  border-radius: 5px; padding: 3px 8px; cursor: pointer; }
button:hover { background: #e1eef8; }
@media (prefers-color-scheme: dark) {
  .card { color: #e6edf3; background: #161b22; border-color: #30363d; }
  .kind { color: #8b949e; } .desc { color: #c9d1d9; }
  button { color: #8cc4ef; border-color: #8cc4ef; background: #0d2235; }
}
`;

const KIND_LABEL: Record<Kind, string> = {
  person: 'person', organisation: 'organisation', place: 'place', event: 'event',
  media: 'media', facility: 'facility', claim: 'claim',
};

export interface CardContent {
  /** the mention the card is for: the card is keyed by it, never by the record it links to */
  mark: Mark;
  /** the record "Details" opens */
  id: string;
  kind: Kind;
  title: string;
}

export class HoverCard {
  readonly host: HTMLElement;
  private readonly card: HTMLDivElement;
  private readonly nameEl: HTMLSpanElement;
  private readonly kindEl: HTMLSpanElement;
  private readonly descEl: HTMLDivElement;
  private current: CardContent | undefined;

  constructor(
    private readonly doc: Document,
    onOpen: (id: string) => void,
  ) {
    this.host = doc.createElement('div');
    const root = this.host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CSS_TEXT;
    this.card = doc.createElement('div');
    this.card.className = 'card';
    this.card.setAttribute('role', 'dialog');
    const head = doc.createElement('div');
    this.nameEl = doc.createElement('span');
    this.nameEl.className = 'name';
    this.nameEl.dir = 'auto';
    this.kindEl = doc.createElement('span');
    this.kindEl.className = 'kind';
    head.append(this.nameEl, this.kindEl);
    this.descEl = doc.createElement('div');
    this.descEl.className = 'desc';
    this.descEl.dir = 'auto';
    const button = doc.createElement('button');
    button.type = 'button';
    button.textContent = 'Details in the Oxus panel';
    button.addEventListener('click', () => this.current && onOpen(this.current.id));
    this.card.append(head, this.descEl, button);
    root.append(style, this.card);
  }

  get shownFor(): Mark | undefined {
    return this.host.isConnected ? this.current?.mark : undefined;
  }

  show(content: CardContent, anchor: DOMRect): void {
    this.current = content;
    this.nameEl.textContent = content.title;
    this.kindEl.textContent = KIND_LABEL[content.kind];
    this.descEl.textContent = '';
    this.descEl.hidden = true;
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    const view = this.doc.defaultView!;
    const below = anchor.bottom + 8;
    const top = below + 140 > view.innerHeight ? Math.max(8, anchor.top - 148) : below;
    const left = Math.min(Math.max(8, anchor.left), Math.max(8, view.innerWidth - 330));
    this.card.style.top = `${top}px`;
    this.card.style.left = `${left}px`;
  }

  describe(mark: Mark, text: string): void {
    if (this.current?.mark !== mark || !text) return;
    this.descEl.textContent = text;
    this.descEl.hidden = false;
  }

  contains(target: EventTarget | null): boolean {
    return target === this.host;
  }

  hide(): void {
    this.host.remove();
    this.current = undefined;
  }

  destroy(): void {
    this.hide();
  }
}
