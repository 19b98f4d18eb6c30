// The highlight colours in style.css against WCAG 2.2 AA on light and dark pages: page text keeps
// 4.5:1 over each tint (black on a white page, white on a black page), and each underline is a
// non-text mark of 3:1 against both page colours. Reads the stylesheet as text (pure).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FOCUS_NAME, HIGHLIGHT_NAMES } from './highlight-names';

const css = readFileSync(new URL('./style.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
type Rgba = [number, number, number, number];

function rule(name: string): string {
  const m = new RegExp(`::highlight\\(${name}\\)\\s*\\{([^}]*)\\}`).exec(css);
  if (!m) throw new Error(`no rule for ${name}`);
  return m[1];
}
const colour = (s: string): Rgba => {
  const m = /rgb\((\d+) (\d+) (\d+)(?: \/ ([\d.]+))?\)/.exec(s)!;
  return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] ? Number(m[4]) : 1];
};
const over = ([r, g, b, a]: Rgba, bg: number[]) => [r, g, b].map((c, i) => c * a + bg[i] * (1 - a));
const lum = (rgb: number[]) => {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: number[], b: number[]) => {
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};
const WHITE = [255, 255, 255];
const BLACK = [0, 0, 0];

describe('highlight colours (style.css)', () => {
  for (const [kind, name] of Object.entries({ ...HIGHLIGHT_NAMES, focus: FOCUS_NAME })) {
    const body = rule(name);
    const bg = /background-color:\s*([^;]+)/.exec(body)?.[1];
    const line = /text-decoration:[^;]*?(rgb\([^)]*\))/.exec(body)?.[1];
    it(`${kind}: page text stays AA over its tint on light and dark pages`, () => {
      if (!bg) return expect(kind).toBe('claim'); // claims are only underlined
      const tint = colour(bg);
      expect(contrast(BLACK, over(tint, WHITE))).toBeGreaterThanOrEqual(4.5);
      expect(contrast(WHITE, over(tint, BLACK))).toBeGreaterThanOrEqual(4.5);
    });
    if (line) {
      it(`${kind}: underline has 3:1 against light and dark pages`, () => {
        const c = colour(line);
        expect(contrast(over(c, WHITE), WHITE)).toBeGreaterThanOrEqual(3);
        expect(contrast(over(c, BLACK), BLACK)).toBeGreaterThanOrEqual(3);
      });
    }
  }

  it('claims are underlined dotted or dashed, never wavy', () => {
    const body = rule(HIGHLIGHT_NAMES.claim);
    expect(body).toMatch(/dotted|dashed/);
    expect(css).not.toMatch(/wavy/);
  });
});
