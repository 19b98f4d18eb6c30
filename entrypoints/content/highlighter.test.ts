// @vitest-environment happy-dom
// Highlighter: registration under opaque names, marks dropped exactly when their text changes or
// leaves, re-registration after a page deleted them, innermost mark under the caret, counts.
// happy-dom has no CSS Highlight API: a minimal registry stands in (Map + Set, as the spec shapes them);
// a same-origin frame is a second document whose window has its own registry.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixedRange, Highlighter } from './highlighter';
import { HIGHLIGHT_NAMES } from './highlight-names';
import type { KindSettings } from '../../utils/storage';

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}
const registry = new Map<string, FakeHighlight>();
const ALL = {
  person: true,
  organisation: true,
  place: true,
  event: true,
  media: true,
  facility: true,
  claim: true,
} as unknown as KindSettings;

beforeEach(() => {
  registry.clear();
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSS', { highlights: registry });
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

function textRange(t: Text, start: number, end: number): AbstractRange {
  const r = document.createRange();
  r.setStart(t, start);
  r.setEnd(t, end);
  return fixedRange(r);
}

function page() {
  document.body.innerHTML = '<p id="a">Tokayev met Mirziyoyev in Almaty.</p><p id="b">Tokayev left.</p>';
  const a = document.getElementById('a')!.firstChild as Text;
  const b = document.getElementById('b')!.firstChild as Text;
  return { a, b };
}

describe('Highlighter', () => {
  it('registers one Highlight per kind under the opaque names only', () => {
    const h = new Highlighter(ALL);
    expect([...registry.keys()].sort()).toEqual(Object.values(HIGHLIGHT_NAMES).sort());
    expect([...registry.keys()].some((n) => /oxus|person|place/i.test(n))).toBe(false);
    h.destroy();
    expect(registry.size).toBe(0);
  });

  it('drops the marks of a changed Text node and sweeps those whose text left the page', () => {
    const { a, b } = page();
    const h = new Highlighter(ALL);
    h.add({ id: 'person:tok', kind: 'person', range: textRange(a, 0, 7) });
    h.add({ id: 'place:almaty', kind: 'place', range: textRange(a, 26, 32) });
    h.add({ id: 'person:tok', kind: 'person', range: textRange(b, 0, 7) });
    expect(h.counts()).toEqual({ 'person:tok': 2, 'place:almaty': 1 });
    expect(h.stats().person).toBe(2);

    expect(h.dropNodes([a])).toBe(2);
    expect(h.counts()).toEqual({ 'person:tok': 1 });

    document.getElementById('b')!.remove();
    expect(h.sweep()).toEqual([b]);
    expect(h.counts()).toEqual({});
    expect(h.stats().person).toBe(0);
  });

  it('puts its Highlights back when the page deleted them', () => {
    const h = new Highlighter(ALL);
    registry.clear();
    h.sync();
    expect(registry.size).toBe(7);
  });

  it('finds the innermost mark under a caret: the entity inside a claim, not the claim', () => {
    const { a } = page();
    const h = new Highlighter(ALL);
    h.add({ id: 'claim:x', kind: 'claim', range: textRange(a, 0, 32), title: 'Tokayev met Mirziyoyev in Almaty' });
    h.add({ id: 'place:almaty', kind: 'place', range: textRange(a, 26, 32) });
    expect(h.at(a, 28)?.id).toBe('place:almaty');
    expect(h.at(a, 12)?.id).toBe('claim:x');
    expect(h.at(a, 40)).toBeUndefined();
  });

  it('lists marks in document order and leaves hidden kinds out', () => {
    const { a, b } = page();
    const h = new Highlighter({ ...ALL, place: false } as KindSettings);
    h.add({ id: 'person:tok', kind: 'person', range: textRange(b, 0, 7) });
    h.add({ id: 'place:almaty', kind: 'place', range: textRange(a, 26, 32) });
    h.add({ id: 'person:tok', kind: 'person', range: textRange(a, 0, 7) });
    expect(h.ordered().map((m) => m.range.startContainer === a)).toEqual([true, false]);
    expect(registry.has(HIGHLIGHT_NAMES.place)).toBe(false);
  });

  it('puts ranges of a same-origin frame in that frame’s own registry, under the same names', () => {
    const { a } = page();
    const frameRegistry = new Map<string, FakeHighlight>();
    const frameDoc = document.implementation.createHTMLDocument('frame');
    Object.defineProperty(frameDoc, 'defaultView', {
      value: { CSS: { highlights: frameRegistry }, Highlight: FakeHighlight },
    });
    frameDoc.body.innerHTML = '<p>Officials in Dushanbe welcomed the plan.</p>';
    const f = frameDoc.body.firstChild!.firstChild as Text;
    const h = new Highlighter({ ...ALL, person: false } as KindSettings);
    h.add({ id: 'place:almaty', kind: 'place', range: textRange(a, 26, 32) });
    h.add({ id: 'place:dushanbe', kind: 'place', range: textRange(f, 13, 21) });
    h.add({ id: 'person:x', kind: 'person', range: textRange(f, 0, 9) });
    expect(registry.get(HIGHLIGHT_NAMES.place)?.size).toBe(1);
    expect(frameRegistry.get(HIGHLIGHT_NAMES.place)?.size).toBe(1);
    expect([...frameRegistry.get(HIGHLIGHT_NAMES.place)!][0]?.startContainer).toBe(f);
    // the frame follows the kind switches too, and counts in the stats
    expect(frameRegistry.has(HIGHLIGHT_NAMES.person)).toBe(false);
    expect(h.stats().place).toBe(2);
    expect(h.counts()).toEqual({ 'place:almaty': 1, 'place:dushanbe': 1, 'person:x': 1 });
    // the page deleted them: back at the next sync
    frameRegistry.clear();
    h.sync();
    expect(frameRegistry.get(HIGHLIGHT_NAMES.place)?.size).toBe(1);
    expect(h.dropNodes([f])).toBe(2);
    expect(frameRegistry.get(HIGHLIGHT_NAMES.place)?.size).toBe(0);
    h.add({ id: 'place:dushanbe', kind: 'place', range: textRange(f, 13, 21) });
    h.destroy();
    expect(frameRegistry.size).toBe(0);
    expect(registry.size).toBe(0);
  });
});

describe('Highlighter: first mention only', () => {
  it('draws only the earliest mention of each record of that kind, whatever order marks arrive in', () => {
    const { a, b } = page();
    const h = new Highlighter(ALL, ['person']);
    const late = { id: 'person:tok', kind: 'person' as const, range: textRange(b, 0, 7) };
    const early = { id: 'person:tok', kind: 'person' as const, range: textRange(a, 0, 7) };
    h.add(late);
    h.add(early);
    h.add({ id: 'person:mirz', kind: 'person', range: textRange(a, 12, 22) });
    h.add({ id: 'place:almaty', kind: 'place', range: textRange(a, 26, 32) });
    const people = registry.get(HIGHLIGHT_NAMES.person)!;
    expect(people.size).toBe(2);
    expect(people.has(early.range)).toBe(true);
    expect(people.has(late.range)).toBe(false);
    // the later mention is neither hovered nor stepped to; counts still see both
    expect(h.at(b, 2)).toBeUndefined();
    expect(h.ordered().filter((m) => m.id === 'person:tok')).toHaveLength(1);
    expect(h.counts()['person:tok']).toBe(2);
  });

  it('draws the next mention when the first one goes, and every mention when switched back', () => {
    const { a, b } = page();
    const h = new Highlighter(ALL, ['person']);
    h.add({ id: 'person:tok', kind: 'person', range: textRange(a, 0, 7) });
    const late = { id: 'person:tok', kind: 'person' as const, range: textRange(b, 0, 7) };
    h.add(late);
    h.dropNodes([a]);
    expect([...registry.get(HIGHLIGHT_NAMES.person)!]).toEqual([late.range]);
    h.add({ id: 'person:tok', kind: 'person', range: textRange(a, 0, 7) });
    expect(registry.get(HIGHLIGHT_NAMES.person)!.size).toBe(1);
    h.setKinds(ALL, []);
    expect(registry.get(HIGHLIGHT_NAMES.person)!.size).toBe(2);
    h.setKinds(ALL, ['person']);
    expect(registry.get(HIGHLIGHT_NAMES.person)!.size).toBe(1);
  });
});
