// @vitest-environment happy-dom
// PageSession against a stand-in background (sendToBackground mocked: it finds "Tokayev" and
// "Almaty" in the text it is sent): first reading, later additions, text edited in place, removals
// (live counts sent back), SPA navigation, additions inside an editor, truncation, untrusted clicks.
// Layout-dependent parts (visibility, hover positions, painting) are covered by e2e/page-defects.ts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Annotation } from '../../core/types';

const sent: { type: string; [k: string]: unknown }[] = [];
const NAMES: [RegExp, string, string][] = [
  [/Tokayev/g, 'person:tok', 'person'],
  [/Almaty/g, 'place:almaty', 'place'],
];

function annotate(text: string): Annotation {
  const entities = NAMES.flatMap(([re, id, type]) => {
    const mentions = [...text.matchAll(re)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0] }));
    return mentions.length ? [{ id, name: id, type, mentions }] : [];
  });
  return { lang: 'en', entities, events: [], claims: [], dates: [] } as unknown as Annotation;
}

// the background's two replies: the entities' draw list first (with a job number), then the claims'
vi.mock('../../utils/protocol', async (orig) => ({
  ...(await orig<typeof import('../../utils/protocol')>()),
  MAX_TEXT: 200,
  sendToBackground: vi.fn(async (msg: { type: string; text?: string }) => {
    sent.push(msg);
    const { DrawListBuilder } = await import('../../utils/draw-list');
    if (msg.type === 'annotate')
      return { ...new DrawListBuilder(1000).entities(annotate(msg.text ?? '').entities).build(), job: 1 };
    if (msg.type === 'annotate-claims') return new DrawListBuilder(1000).build();
    return null;
  }),
}));

const { PageSession } = await import('./page-session');
const ALL = { person: true, organisation: true, place: true, event: true, media: true, facility: true, claim: true };
type Session = InstanceType<typeof PageSession>;

const annotations = () => sent.filter((m) => m.type === 'annotate');
const lastCounts = () => sent.filter((m) => m.type === 'page-counts').at(-1)?.counts;

const live: Session[] = [];
async function open(html: string): Promise<Session> {
  document.body.innerHTML = html;
  const s = new PageSession(document, ALL as never, { delay: 10 });
  live.push(s);
  await s.start();
  return s;
}

beforeEach(() => {
  sent.length = 0;
  history.replaceState(null, '', '/a');
});
afterEach(() => {
  for (const s of live.splice(0)) s.destroy(); // a failed test must not leave a session watching
  document.body.innerHTML = '';
});

describe('PageSession', () => {
  it('reads the page at once but sends nothing until `ready` says the site is on (nothing when off)', async () => {
    document.body.innerHTML = '<p>Tokayev spoke.</p>';
    let on!: (v: boolean) => void;
    const s = new PageSession(document, ALL as never, { delay: 10 });
    live.push(s);
    const started = s.start(new Promise<boolean>((r) => (on = r)));
    await new Promise((r) => setTimeout(r, 20));
    expect(annotations()).toHaveLength(0);
    expect(s.stats().timing?.read).toBeGreaterThan(0); // the text was read meanwhile
    on(true);
    await started;
    expect(annotations().map((m) => (m.text as string).trim())).toEqual(['Tokayev spoke.']);
    expect(s.counts()).toEqual({ 'person:tok': 1 });

    sent.length = 0;
    const off = new PageSession(document, ALL as never, { delay: 10 });
    live.push(off);
    await off.start(Promise.resolve(false));
    expect(sent).toHaveLength(0);
    expect(off.counts()).toEqual({});
  });
  it('reads the page once and marks every mention', async () => {
    const s = await open('<article><p>Tokayev in Almaty.</p><p>Tokayev again.</p></article>');
    expect(annotations()).toHaveLength(1);
    expect(annotations()[0]).toMatchObject({ mode: 'page' });
    expect(s.stats().ranges).toMatchObject({ person: 0 }); // happy-dom: no CSS Highlight API, nothing registered
    expect(s.counts()).toEqual({ 'person:tok': 2, 'place:almaty': 1 });
    s.destroy();
  });

  it('sends a long page in parts as it is read, each part marked at its own offsets', async () => {
    document.body.innerHTML = Array.from({ length: 8 }, (_, i) => `<p>Tokayev ${i} in Almaty.</p>`).join('');
    const s = new PageSession(document, ALL as never, { delay: 10, partChars: 40 });
    live.push(s);
    await s.start();
    const parts = annotations();
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.map((m) => m.mode)).toEqual(['page', ...parts.slice(1).map(() => 'more')]);
    // whole blocks per part; together the page's text; how much was read goes with the last one
    expect(parts.slice(0, -1).every((m) => String(m.text).endsWith('\n'))).toBe(true);
    const text = parts.map((m) => m.text).join('');
    expect(text.trim().split('\n')).toEqual(Array.from({ length: 8 }, (_, i) => `Tokayev ${i} in Almaty.`));
    expect(parts.at(-1)).toMatchObject({ readChars: expect.any(Number), totalChars: expect.any(Number) });
    expect(parts.slice(0, -1).some((m) => 'readChars' in m)).toBe(false);
    expect(s.counts()).toEqual({ 'person:tok': 8, 'place:almaty': 8 });
  });

  it('reads additions later, but not inside an editor or an aside', async () => {
    const s = await open(
      '<article id="art"><p>Tokayev.</p></article><div contenteditable="true" id="ed"><p>x</p></div><aside><div id="as"></div></aside>',
    );
    const add = (id: string, text: string) => {
      const p = document.createElement('p');
      p.textContent = text;
      document.getElementById(id)!.append(p);
    };
    add('ed', 'Almaty in the editor');
    add('as', 'Almaty in the aside');
    add('art', 'Almaty in the article');
    await vi.waitFor(() => expect(s.counts()['place:almaty']).toBe(1));
    await new Promise((r) => setTimeout(r, 40));
    const more = annotations().filter((m) => m.mode === 'more');
    expect(more.map((m) => String(m.text).trim())).toEqual(['Almaty in the article']);
    s.destroy();
  });

  it('drops the marks of removed and edited text and tells the background the live counts', async () => {
    const s = await open('<article><p id="a">Tokayev in Almaty.</p><p id="b">Tokayev again.</p></article>');
    document.getElementById('b')!.remove();
    (document.getElementById('a')!.firstChild as Text).data = 'Almaty only.';
    await vi.waitFor(() => expect(lastCounts()).toEqual({ 'place:almaty': 1 }));
    expect(s.counts()).toEqual({ 'place:almaty': 1 });
    const more = annotations().filter((m) => m.mode === 'more');
    expect(more.map((m) => String(m.text).trim())).toEqual(['Almaty only.']);
    s.destroy();
  });

  it('reads the page whole again after an SPA navigation, and drops the old marks', async () => {
    const s = await open('<article><p id="a">Tokayev spoke.</p></article>');
    history.pushState(null, '', '/b');
    (document.getElementById('a')!.firstChild as Text).data = 'Almaty today.';
    await vi.waitFor(() => expect(annotations().filter((m) => m.mode === 'page')).toHaveLength(2));
    await vi.waitFor(() => expect(s.counts()).toEqual({ 'place:almaty': 1 }));
    expect(String(annotations().at(-1)?.url)).toMatch(/\/b$/);
    s.destroy();
  });

  it('says how much of a long page it read', async () => {
    const long = Array.from({ length: 30 }, (_, i) => `<p>Item ${i} about Tokayev.</p>`).join('');
    const s = await open(`<article>${long}</article>`);
    const first = annotations()[0] as unknown as { readChars: number; totalChars: number; text: string };
    expect(first.readChars).toBe(first.text.length);
    expect(first.readChars).toBeLessThanOrEqual(200);
    expect(first.totalChars).toBeGreaterThan(500);
    s.destroy();
  });

  it('opens no card for a synthetic (untrusted) click, and leaves nothing behind', async () => {
    const s = await open('<article><p id="a">Tokayev spoke.</p></article>');
    document.getElementById('a')!.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 5, clientY: 5 }));
    expect(document.documentElement.children.length).toBe(2);
    s.destroy();
    document.body.append(document.createElement('p'));
    await new Promise((r) => setTimeout(r, 40));
    expect(annotations()).toHaveLength(1);
  });
});
