// @vitest-environment happy-dom
// The map frames Central Asia and the places near it; far ones are named under it, still clickable.
// Names in the UI language (country names, the map's accessible name); labels placed so none covers
// another, anchored by geometry whatever the UI direction.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import en from '../public/_locales/en/messages.json';
import ar from '../public/_locales/ar/messages.json';
import ru from '../public/_locales/ru/messages.json';
import { setLocale, textDir, type Messages } from '../utils/i18n';
import { anchorFor, countryName, frameFor, MiniMap } from './MiniMap';
import { estimateWidth, overlaps, placeCentred, placeDotLabels, spotBeside, textBox, type Box } from './map-labels';
import { MAP_COUNTRY_CODES } from './map-names';
import { mapCountryPairs, tableSource } from '../scripts/build-map-countries';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

afterEach(() => {
  cleanup();
  setLocale('en', en as Messages);
  document.documentElement.dir = 'ltr';
});

const almaty = { id: 'place:almaty', name: 'Almaty', coords: [43.25, 76.92] as [number, number] };
const aktau = { id: 'place:aktau', name: 'Aktau', coords: [43.65, 51.16] as [number, number] };
const zhanaozen = { id: 'place:zhanaozen', name: 'Zhanaozen', coords: [43.34, 52.86] as [number, number] };
const washington = { id: 'place:washington-dc', name: 'Washington, D.C.', coords: [38.9, -77.04] as [number, number] };

/** the boxes of the drawn labels (dots' and countries'), from their x/y/anchor and the estimated width */
function labelBoxes(svg: Element): { text: string; box: Box }[] {
  return [...svg.querySelectorAll('text')].map((el) => {
    const size = Number(el.getAttribute('font-size'));
    const w = estimateWidth(el.textContent ?? '', size) * (el.getAttribute('font-weight') === '700' ? 1.08 : 1);
    const x = Number(el.getAttribute('x'));
    const y = Number(el.getAttribute('y'));
    const dir = el.getAttribute('direction') ?? 'ltr';
    const a = el.getAttribute('text-anchor') ?? 'start';
    // back from SVG's direction-relative anchor to the left edge
    const left = a === 'middle' ? x - w / 2 : (a === 'start') === (dir === 'ltr') ? x : x - w;
    return { text: el.textContent ?? '', box: textBox(left, y, w, size) };
  });
}

describe('MiniMap', () => {
  it('draws near places as dots and names far ones under the map', () => {
    const onSelect = vi.fn();
    const { container } = render(<MiniMap points={[almaty, aktau, washington]} onSelect={onSelect} />);
    const dotNames = [...container.querySelectorAll('g.dot')].map((g) => g.getAttribute('aria-label'));
    expect(dotNames.sort()).toEqual(['Aktau', 'Almaty']);
    expect(screen.getByText(/off this map/)).toBeTruthy();
    fireEvent.click(screen.getByText('Washington, D.C.'));
    expect(onSelect).toHaveBeenCalledWith('place:washington-dc');
  });
  it('keeps the Central Asia frame when all places are inside it', () => {
    expect(frameFor([almaty, aktau])).toEqual([46, 35, 88, 56]);
  });

  it('has an accessible name in the UI language, in its plural forms', () => {
    const { container, rerender } = render(<MiniMap points={[almaty]} />);
    expect(container.querySelector('svg')!.getAttribute('aria-label')).toBe('Map of 1 place in this article');
    setLocale('ru', ru as Messages);
    rerender(<MiniMap points={[almaty, aktau, zhanaozen]} />);
    expect(container.querySelector('svg')!.getAttribute('aria-label')).toBe('Карта: 3 места из этой статьи');
    setLocale('ar', ar as Messages);
    rerender(<MiniMap points={[almaty, aktau]} />);
    expect(container.querySelector('svg')!.getAttribute('aria-label')).toBe('خريطة تُظهر مكانين من هذا المقال');
  });

  it('names countries in the UI language, never in the atlas English', () => {
    setLocale('ar', ar as Messages);
    const { container } = render(<MiniMap points={[almaty]} height={200} />);
    const countries = [...container.querySelectorAll('text.country')].map((t) => t.textContent);
    expect(countries).toContain('كازاخستان');
    expect(countries.filter((c) => /[A-Za-z]/.test(c ?? ''))).toEqual([]);
    const titles = [...container.querySelectorAll('path title')].map((t) => t.textContent);
    expect(titles).toContain('أوزبكستان');
    expect(titles).not.toContain('Uzbekistan');
    expect(countryName('KZ', 'ru')).toBe('Казахстан');
    // zh-TW: the dataset's names in Traditional characters (as the list shows them), not Taiwan's 哈薩克
    expect(countryName('KZ', 'zh-TW')).toBe('哈薩克斯坦');
    expect(countryName('UZ', 'zh-TW')).toBe('烏茲別克斯坦');
    expect(countryName('KZ', 'zh-CN')).toBe('哈萨克斯坦');
    // Chromium's ICU has no country names in these (it answers in English): our CLDR table does
    expect(countryName('KG', 'ky')).toBe('Кыргызстан');
    expect(countryName('TJ', 'tg')).toBe('Тоҷикистон');
    expect(countryName('UZ', 'tk')).toBe('Özbegistan');
    expect(countryName('KZ', 'kk')).toBe('Қазақстан');
    expect(countryName('AF', 'uz')).toBe('Afgʻoniston');
    expect(countryName('BR', 'ky')).toBeUndefined(); // never on this map: not in the table
    expect(countryName(undefined, 'ru')).toBeUndefined();
  });

  it('lays the map out left to right in a right-to-left UI; Arabic labels anchor by geometry', () => {
    document.documentElement.dir = 'rtl';
    setLocale('ar', ar as Messages);
    const { container } = render(
      <MiniMap
        points={[
          { ...almaty, name: 'ألماتي' },
          { ...aktau, name: 'أكتاو' },
        ]}
        height={130}
      />,
    );
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('direction')).toBe('ltr');
    const label = [...svg.querySelectorAll('g.dot text')].find((t) => t.textContent === 'ألماتي')!;
    const dot = label.parentElement!.querySelector('circle')!;
    // placed right of the dot: its left edge is past the dot, so an rtl name anchors at its 'end'
    expect(label.getAttribute('data-side')).toBe('right');
    expect(label.getAttribute('direction')).toBe('rtl');
    expect(label.getAttribute('text-anchor')).toBe('end');
    expect(Number(label.getAttribute('x'))).toBeGreaterThan(Number(dot.getAttribute('cx')));
  });

  it('keeps every label clear of the others (Aktau and Zhanaozen, 140 km apart)', () => {
    const { container } = render(<MiniMap points={[almaty, aktau, zhanaozen]} height={130} />);
    const boxes = labelBoxes(container.querySelector('svg')!);
    const names = boxes.map((b) => b.text);
    expect(names).toEqual(expect.arrayContaining(['Aktau', 'Zhanaozen', 'Almaty']));
    const clashes = boxes.flatMap((a, i) =>
      boxes.slice(i + 1).flatMap((b) => (overlaps(a.box, b.box) ? [`${a.text} × ${b.text}`] : [])),
    );
    expect(clashes).toEqual([]);
  });
});

describe('label placement', () => {
  const dot = (id: string, x: number, y: number, width = 40) => ({ id, xy: [x, y] as [number, number], r: 3, width });

  it('tries right, then left, above, below, and drops the label when nothing fits', () => {
    // a's right side runs into b's dot, its left side out of the frame: above
    const placed = placeDotLabels([dot('a', 30, 50), dot('b', 50, 50)], 200, 100, 10);
    expect(placed.get('a')?.side).toBe('above');
    expect(placed.get('b')?.side).toBe('right');
    const near = placeDotLabels([dot('a', 100, 50), dot('b', 120, 50)], 200, 100, 10);
    expect(near.get('a')?.side).toBe('left');
    const edge = placeDotLabels([dot('c', 195, 50)], 200, 100, 10);
    expect(edge.get('c')?.side).toBe('left');
    const boxed = placeDotLabels([dot('d', 10, 10, 300)], 200, 20, 10);
    expect(boxed.get('d')).toBeUndefined();
    // 'above' fails against a's label over a; b is then written under its dot
    const stack = placeDotLabels(
      [dot('a', 100, 30), dot('b', 100, 48), dot('c', 100 + 47, 48), dot('e', 53, 48)],
      200,
      100,
      10,
    );
    expect(stack.get('b')?.side).toBe('below');
  });

  it('never overlaps two labels or a label and a dot, over a crowd of dots', () => {
    const crowd = Array.from({ length: 20 }, (_, i) => dot(`p${i}`, 20 + ((i * 37) % 160), 10 + ((i * 53) % 80), 30));
    const placed = placeDotLabels(crowd, 200, 100, 10);
    const boxes = [...placed.values()].flatMap((s) => (s ? [s.box] : []));
    expect(boxes.length).toBeGreaterThan(3);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
      for (const d of crowd) {
        expect(overlaps(boxes[i]!, { x0: d.xy[0] - 3, y0: d.xy[1] - 3, x1: d.xy[0] + 3, y1: d.xy[1] + 3 })).toBe(false);
      }
    }
  });

  it("moves a country's name a line down, then up, before dropping it", () => {
    const taken: Box[] = [{ x0: 90, y0: 44, x1: 110, y1: 52 }];
    expect(placeCentred(100, 50, 30, 10, [200, 100], taken)?.y).toBe(62);
    expect(placeCentred(100, 50, 30, 10, [200, 100], taken)?.y).toBe(38);
    expect(placeCentred(100, 50, 30, 10, [200, 100], taken)).toBeUndefined();
    expect(taken).toHaveLength(3);
  });

  it('anchors by geometry: SVG start/end swap for a right-to-left name', () => {
    expect(spotBeside(50, 50, 3, 20, 10, 'right').anchor).toBe('start');
    expect(anchorFor('start', 'rtl')).toBe('end');
    expect(anchorFor('end', 'rtl')).toBe('start');
    expect(anchorFor('middle', 'rtl')).toBe('middle');
    expect(anchorFor('start', 'ltr')).toBe('start');
    expect(textDir('ألماتي')).toBe('rtl');
    expect(textDir('(Almaty)')).toBe('ltr');
    expect(textDir('阿拉木图')).toBe('ltr');
  });
});

describe('map country codes', () => {
  it('the committed table is what scripts/build-map-countries.ts writes', () => {
    expect([...MAP_COUNTRY_CODES]).toEqual(mapCountryPairs());
    // the names are Node's CLDR: the same file only from the same CLDR version
    const committed = readFileSync(resolve(import.meta.dirname, 'map-countries.ts'), 'utf8');
    if (committed.includes(`CLDR ${process.versions.cldr} `)) expect(committed).toBe(tableSource(mapCountryPairs()));
    else console.log(`map-countries.ts names: skipped (written with another CLDR than ${process.versions.cldr})`);
    expect(MAP_COUNTRY_CODES.get('398')).toBe('KZ');
    expect(MAP_COUNTRY_CODES.get('762')).toBe('TJ');
  });
});
