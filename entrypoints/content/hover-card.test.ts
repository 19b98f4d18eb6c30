// @vitest-environment happy-dom
// HoverCard: keyed by the mention (two claims linked to one record each show their own words),
// text only, attached to <html> only while shown, the button opens the mention's record.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HoverCard, msg, placeCard, setCardStrings } from './hover-card';
import type { Mark } from './highlighter';

const rect = { top: 10, bottom: 30, left: 10, right: 60, width: 50, height: 20, x: 10, y: 10 } as DOMRect;
const mark = (title: string): Mark => ({ id: 'claim:linked', kind: 'claim', range: document.createRange(), title });

afterEach(() => {
  for (const d of document.documentElement.querySelectorAll(':scope > div')) d.remove();
});

describe('HoverCard', () => {
  it('is keyed by the mention: a description for another mention of the same record is not shown', () => {
    const card = new HoverCard(document, () => undefined);
    const a = mark('within two days');
    const b = mark('10 days');
    card.show({ mark: a, id: a.id, kind: 'claim', title: a.title! }, rect);
    expect(card.shownFor).toBe(a);
    card.describe(b, 'context for b');
    expect(card.shownFor).toBe(a);
    card.destroy();
  });

  it('lives on <html> only while shown and builds its content as text', () => {
    const card = new HoverCard(document, () => undefined);
    const before = document.documentElement.children.length;
    const m = mark('<img src=x onerror=alert(1)>');
    card.show({ mark: m, id: m.id, kind: 'claim', title: m.title! }, rect);
    expect(document.documentElement.children.length).toBe(before + 1);
    expect(card.host.parentElement).toBe(document.documentElement);
    expect(document.querySelector('img')).toBeNull();
    card.hide();
    expect(document.documentElement.children.length).toBe(before);
    expect(card.shownFor).toBeUndefined();
  });

  it('opens the record of the mention under the pointer', () => {
    const open = vi.fn();
    const card = new HoverCard(document, open);
    const m: Mark = { id: 'person:tok', kind: 'person', range: document.createRange(), title: 'Tokayev' };
    card.show({ mark: m, id: m.id, kind: 'person', title: 'Tokayev' }, rect);
    void card.activate();
    expect(open).toHaveBeenCalledWith('person:tok');
    card.destroy();
  });
});

describe('placeCard', () => {
  const vp = { width: 1000, height: 800 };
  it('goes below the words when it fits, above when only that fits, never over them', () => {
    expect(placeCard({ top: 100, bottom: 120, left: 50 }, 200, vp).top).toBe(126);
    const up = placeCard({ top: 700, bottom: 720, left: 50 }, 200, vp);
    expect(up.top + 200).toBeLessThanOrEqual(700);
    expect(up.top).toBeGreaterThanOrEqual(8);
  });
  it('too tall for either side: the roomier side, with a scrolling maximum height inside the viewport', () => {
    const p = placeCard({ top: 300, bottom: 320, left: 50 }, 2000, vp);
    expect(p.top).toBe(326);
    expect(p.top + p.maxHeight).toBeLessThanOrEqual(800);
    const q = placeCard({ top: 600, bottom: 620, left: 50 }, 2000, vp);
    expect(q.top).toBeGreaterThanOrEqual(8);
    expect(q.top + q.maxHeight).toBeLessThanOrEqual(600);
  });
  it('stays inside the viewport horizontally', () => {
    expect(placeCard({ top: 100, bottom: 120, left: 950 }, 100, vp).left).toBe(1000 - 340 - 8);
  });
});

describe('HoverCard in the UI language', () => {
  afterEach(() => setCardStrings(undefined));
  it('shows the strings the background sent (the reader setting), with their direction', () => {
    setCardStrings({
      locale: 'ar',
      dir: 'rtl',
      messages: { hover_details: 'التفاصيل في لوحة أوكسس', options_kind_person: 'أشخاص' },
    });
    const card = new HoverCard(document, () => undefined);
    const m: Mark = { id: 'person:tok', kind: 'person', range: document.createRange(), title: 'Tokayev' };
    card.show({ mark: m, id: m.id, kind: 'person', title: 'Tokayev' }, rect);
    // the card lives in a closed shadow root: read it through the instance
    const el = (card as unknown as { card: HTMLElement }).card;
    expect(el.dir).toBe('rtl');
    expect(el.lang).toBe('ar');
    expect(el.querySelector('button')?.textContent).toBe('التفاصيل في لوحة أوكسس');
    expect(el.querySelector('.kind')?.textContent).toBe('أشخاص');
    expect(msg('hover_details')).toBe('التفاصيل في لوحة أوكسس');
    card.destroy();
  });
});
