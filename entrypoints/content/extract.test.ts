// @vitest-environment happy-dom
// Text extraction and the offset map back to the DOM; date hints. Visibility checks need a real
// layout engine and are covered by e2e (both browsers).
import { describe, expect, it } from 'vitest';
import { Extractor, extractText, locate, rangeFor, staticRangeFor } from './extract';
import { collectDateHints } from './date-hints';

function dom(html: string): Document {
  document.documentElement.innerHTML = html;
  return document;
}

describe('extractText', () => {
  it('joins blocks with newlines, inline runs without, and skips non-article parts', () => {
    const doc = dom(`<head><title>T</title></head><body>
      <nav>Menu Tokayev</nav>
      <article><h1>Almaty <em>today</em></h1><p>President <a href="#">Kassym-Jomart Tokayev</a> spoke.</p>
      <p>Line one<br>line two</p></article>
      <aside>Almaty weather</aside><form><input value="Astana"><button>Astana</button></form>
      <div contenteditable="true">Editable Tokayev</div><div hidden>Hidden Tokayev</div>
      <script>var Tokayev = 1</script><style>.x{}</style><div aria-hidden="true">decor</div>
    </body>`);
    const ex = extractText([doc.body]);
    const lines = ex.text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    expect(lines).toEqual(['Almaty today', 'President Kassym-Jomart Tokayev spoke.', 'Line one', 'line two']);
    expect(ex.text).not.toMatch(/Menu|weather|Editable|Hidden|var Tokayev|decor|Astana/);
  });

  it('maps every offset back to the text node it came from', () => {
    const doc = dom('<body><p>President <b>Kassym-Jomart</b> Tokayev</p><p>Almaty</p></body>');
    const ex = extractText([doc.body]);
    const start = ex.text.indexOf('Kassym');
    const end = ex.text.indexOf('Tokayev') + 'Tokayev'.length;
    const r = rangeFor(ex, start, end, doc)!;
    expect(r.toString()).toBe('Kassym-Jomart Tokayev');
    const a = ex.text.indexOf('Almaty');
    expect(rangeFor(ex, a, a + 6, doc)!.toString()).toBe('Almaty');
    expect(locate(ex, a, 'start')!.node.data).toBe('Almaty');
  });

  it('places a span that starts on a block break at the next node', () => {
    const doc = dom('<body><p>One</p><p>Two</p></body>');
    const ex = extractText([doc.body]);
    const brk = ex.text.indexOf('\n');
    expect(rangeFor(ex, brk, brk + 4, doc)!.toString()).toBe('Two');
    expect(rangeFor(ex, 5, 5, doc)).toBeUndefined();
  });

  it('honours exclude, skipText and maxChars (whole nodes only)', () => {
    const doc = dom('<body><p id="a">Alpha</p><div id="own">Oxus UI</div><p id="b">Beta</p><p>Gamma</p></body>');
    const a = doc.getElementById('a')!.firstChild as Text;
    const ex = extractText([doc.body], { exclude: (el) => el.id === 'own', skipText: (t) => t === a, maxChars: 9 });
    expect(ex.text.trim()).toBe('Beta');
    expect(ex.nodes).toHaveLength(1);
  });

  it('extracts several roots as separate blocks', () => {
    const doc = dom('<body><span id="x">Almaty</span><span id="y">Astana</span></body>');
    const ex = extractText([doc.getElementById('x')!, doc.getElementById('y')!]);
    expect(ex.text.split('\n').filter(Boolean)).toEqual(['Almaty', 'Astana']);
  });
});

describe('collectDateHints', () => {
  it('lists meta, JSON-LD, <time> and the URL, in that order, without running anything', () => {
    const doc = dom(`<head>
      <meta property="article:published_time" content="2022-01-06T10:00:00Z">
      <script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2022-01-05"}]}</script>
      <script type="application/ld+json">{ not json</script>
    </head><body><article><time datetime="2022-01-04">4 Jan</time></article></body>`);
    expect(collectDateHints(doc, 'https://kun.uz/2022/01/03/x')).toEqual([
      '2022-01-06T10:00:00Z',
      '2022-01-05',
      '2022-01-04',
      'https://kun.uz/2022/01/03/x',
    ]);
  });
});

describe('Extractor.flush: a long text in parts as it is read', () => {
  it('cuts after line ends, gives each part its offset, and the parts make the whole text', () => {
    const paras = Array.from({ length: 60 }, (_, i) => `<p>Paragraph ${i} names Tokayev in Almaty.</p>`);
    const doc = dom(`<body>${paras.join('')}</body>`);
    const whole = extractText([doc.body]).text;
    const x = new Extractor([doc.body]);
    const parts: { text: string; at: number }[] = [];
    let done = false;
    while (!done) {
      done = x.step(performance.now() - 1); // one batch of nodes per call
      for (let p = x.flush(200); p; p = x.flush(200)) parts.push(p);
    }
    const rest = x.flush(0);
    if (rest) parts.push(rest);
    expect(parts.length).toBeGreaterThan(3);
    expect(parts.map((p) => p.text).join('')).toBe(whole);
    for (const p of parts.slice(0, -1)) {
      expect(p.text.endsWith('\n')).toBe(true);
      expect(p.text.length).toBeLessThanOrEqual(200);
    }
    // offsets in the whole text, mapped back to the DOM through the live view
    const ex = x.view();
    const last = parts[parts.length - 1]!;
    const i = last.text.indexOf('Tokayev');
    expect(rangeFor(ex, last.at + i, last.at + i + 7, doc)!.toString()).toBe('Tokayev');
    expect(x.flush(0)).toBeUndefined();
  });
  it('cuts a block longer than a part at white space', () => {
    const doc = dom(`<body><p>${'Tokayev and '.repeat(40)}</p></body>`);
    const whole = extractText([doc.body]).text;
    const x = new Extractor([doc.body]);
    while (!x.step(performance.now() - 1));
    const parts: string[] = [];
    for (let p = x.flush(50); p; p = x.flush(50)) parts.push(p.text);
    parts.push(x.flush(0)?.text ?? '');
    expect(parts.join('')).toBe(whole);
    expect(parts.slice(0, -1).every((p) => p.length <= 50 && p.endsWith(' '))).toBe(true);
  });
});

describe('staticRangeFor', () => {
  it('covers what rangeFor covers, and nothing for a span of joining characters only', () => {
    const doc = dom('<body><p>President <b>Kassym-Jomart</b> Tokayev</p><p>Almaty</p></body>');
    const ex = extractText([doc.body]);
    const start = ex.text.indexOf('Kassym');
    const end = ex.text.indexOf('Tokayev') + 7;
    const r = staticRangeFor(ex, start, end, doc)!;
    const live = doc.createRange();
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    expect(live.toString()).toBe('Kassym-Jomart Tokayev');
    const nl = ex.text.indexOf('\n', end);
    expect(staticRangeFor(ex, nl, nl + 1, doc)).toBeUndefined();
    expect(staticRangeFor(ex, 5, 5, doc)).toBeUndefined();
  });
});
