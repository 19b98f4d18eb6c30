// Where the mini map writes its names: a dot's label goes right of it, else left, above, below, else
// nowhere (the dot keeps its accessible name); a country's name only where no dot label or dot is.
// Geometry only (no DOM but the optional canvas measure): the SVG is laid out left-to-right whatever the
// UI direction, so 'start' means the label's left edge. Tested in MiniMap.test.tsx.

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
export type Side = 'right' | 'left' | 'above' | 'below';
export interface LabelSpot {
  side: Side | 'centre';
  /** the text's anchor point and SVG text-anchor (geometric: the svg is direction ltr) */
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
  box: Box;
}
export interface DotLabelInput {
  id: string;
  xy: [number, number];
  r: number;
  /** the label's drawn width in px */
  width: number;
}

/** Space between a dot's edge and its label, px. */
const GAP = 2;
/** Order tried for a dot's label: reading it beside the dot first, then over and under it. */
export const SIDES: readonly Side[] = ['right', 'left', 'above', 'below'];

export const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
/** Room kept around a placed label, px: boxes that only touch still read as one line (seen with Arabic). */
const PAD = 1.5;
const padded = (b: Box): Box => ({ x0: b.x0 - PAD, y0: b.y0 - PAD, x1: b.x1 + PAD, y1: b.y1 + PAD });
const inside = (b: Box, w: number, h: number) => b.x0 >= 0 && b.y0 >= 0 && b.x1 <= w && b.y1 <= h;
const dotBox = (d: DotLabelInput): Box => ({
  x0: d.xy[0] - d.r,
  y0: d.xy[1] - d.r,
  x1: d.xy[0] + d.r,
  y1: d.xy[1] + d.r,
});

/** A line of text's height above and below its baseline, in em (room for Arabic and Cyrillic descenders). */
export const ASCENT = 0.8;
export const DESCENT = 0.3;

/** The box of a text of `width` whose left edge is `left` and baseline `y`. */
export const textBox = (left: number, y: number, width: number, size: number): Box => ({
  x0: left,
  y0: y - ASCENT * size,
  x1: left + width,
  y1: y + DESCENT * size,
});

/** The spot of a label of `width` at font `size` on `side` of a dot at (cx, cy) of radius r. */
export function spotBeside(cx: number, cy: number, r: number, width: number, size: number, side: Side): LabelSpot {
  // beside the dot, the text box's middle on the dot's centre
  const mid = cy + ((ASCENT - DESCENT) / 2) * size;
  const above = cy - r - GAP - DESCENT * size;
  const below = cy + r + GAP + ASCENT * size;
  switch (side) {
    case 'right':
      return { side, x: cx + r + GAP, y: mid, anchor: 'start', box: textBox(cx + r + GAP, mid, width, size) };
    case 'left':
      return { side, x: cx - r - GAP, y: mid, anchor: 'end', box: textBox(cx - r - GAP - width, mid, width, size) };
    case 'above':
      return { side, x: cx, y: above, anchor: 'middle', box: textBox(cx - width / 2, above, width, size) };
    case 'below':
      return { side, x: cx, y: below, anchor: 'middle', box: textBox(cx - width / 2, below, width, size) };
  }
}

/**
 * Greedy placement, dots in the order given (put the selected one first): each label takes the first of
 * SIDES that stays inside the frame and clear of every dot and every label placed before it.
 * Returns a spot per dot id, or undefined where none fits (draw the dot without a label).
 */
export function placeDotLabels(
  dots: readonly DotLabelInput[],
  width: number,
  height: number,
  size: number,
): Map<string, LabelSpot | undefined> {
  const taken: Box[] = dots.map(dotBox);
  const out = new Map<string, LabelSpot | undefined>();
  for (const d of dots) {
    const spot = SIDES.map((s) => spotBeside(d.xy[0], d.xy[1], d.r, d.width, size, s)).find(
      (c) => inside(c.box, width, height) && !taken.some((b) => overlaps(b, padded(c.box))),
    );
    if (spot) taken.push(spot.box);
    out.set(d.id, spot);
  }
  return out;
}

/**
 * A centred label (a country's name) at (x, y), else one line lower, else one line higher (still over a
 * country large enough to be named), if it fits the frame and clears every box in `taken` (then taken).
 */
export function placeCentred(
  x: number,
  y: number,
  width: number,
  size: number,
  frame: [number, number],
  taken: Box[],
): LabelSpot | undefined {
  for (const dy of [0, 1.2 * size, -1.2 * size]) {
    const box = textBox(x - width / 2, y + dy, width, size);
    if (!inside(box, frame[0], frame[1]) || taken.some((b) => overlaps(b, padded(box)))) continue;
    taken.push(box);
    return { side: 'centre', x, y: y + dy, anchor: 'middle', box };
  }
  return undefined;
}

/** Han, kana, Hangul and full-width forms are about one em wide; other scripts about 0.56 em a letter. */
const WIDE = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;

/** Width estimate of `text` in px at `size` (for tests and where canvas cannot measure). */
export function estimateWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += WIDE.test(ch) ? 1 : /\s/.test(ch) ? 0.28 : 0.56;
  return em * size;
}

let ctx: CanvasRenderingContext2D | null | undefined;
/**
 * `text`'s width in px in the panel's font, measured on a canvas (the font of `el`); the estimate when
 * there is no canvas (unit tests) or it measures nothing.
 */
export function measureWidth(text: string, size: number, weight = 400, el?: Element): number {
  try {
    if (ctx === undefined) ctx = document.createElement('canvas').getContext('2d');
    if (ctx) {
      const family = el ? getComputedStyle(el).fontFamily : '';
      ctx.font = `${weight} ${size}px ${family || 'system-ui, sans-serif'}`;
      const w = ctx.measureText(text).width;
      if (w > 0) return w;
    }
  } catch {
    ctx = null;
  }
  return estimateWidth(text, size) * (weight >= 600 ? 1.08 : 1);
}
