// No reader-visible text written into the UI code: JSX text and the text attributes (aria-label, title,
// alt, placeholder…) of components/ and the extension pages hold no letters outside t()/tn(), and their
// HTML shells no title but the name; their CSS uses logical properties only. Parses the TSX with the TypeScript compiler; reads files only.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
/** Where reader-visible UI is written (the content script's hover card reads its strings from the background). */
const UI_DIRS = [
  'components',
  'entrypoints/sidepanel',
  'entrypoints/popup',
  'entrypoints/options',
  'entrypoints/welcome',
];
const TEXT_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'title',
  'alt',
  'placeholder',
  'label',
]);
/** Text that is the same in every language: the product's name, format names, an example host, a key chord. */
const SAME_IN_EVERY_LANGUAGE = new Set(['Oxus', 'Markdown', 'JSON', 'news.example.com', 'Alt+Shift+O']);
const LETTER = /\p{L}/u;

const files = (dir: string, ext: RegExp): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? files(join(dir, d.name), ext)
      : ext.test(d.name) && !/\.test\./.test(d.name)
        ? [join(dir, d.name)]
        : [],
  );

/** `file:line: text` for every JSX text or text attribute with letters in a TSX source. */
function hardCodedStrings(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const t = text.trim();
    if (!LETTER.test(t) || SAME_IN_EVERY_LANGUAGE.has(t)) return;
    found.push(`${file}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${t}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText(sf))) {
      const init = node.initializer;
      if (init && ts.isStringLiteral(init)) report(node, init.text);
      else if (init && ts.isJsxExpression(init) && init.expression) {
        const e = init.expression;
        if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) report(node, e.text);
        else if (ts.isTemplateExpression(e))
          report(node, [e.head.text, ...e.templateSpans.map((s) => s.literal.text)].join(' '));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('reader-visible strings', () => {
  const tsx = UI_DIRS.flatMap((d) => files(d, /\.tsx$/));

  it('the scan finds written-in text (it works)', () => {
    const probe = `const A = () => <p title="Close">Hello {x}<span aria-label={\`Map of \${n} places\`} /></p>;`;
    expect(hardCodedStrings('probe.tsx', probe)).toEqual([
      'probe.tsx:1: Close',
      'probe.tsx:1: Hello',
      'probe.tsx:1: Map of   places',
    ]);
    expect(hardCodedStrings('ok.tsx', `const A = () => <p title={t('x')}>{t('y')} · <b>Oxus</b></p>;`)).toEqual([]);
    expect(tsx.length).toBeGreaterThan(10);
  });

  it('components and extension pages write no text outside t()/tn()', () => {
    const found = tsx.flatMap((f) => hardCodedStrings(f, readFileSync(join(root, f), 'utf8')));
    expect(found).toEqual([]);
  });

  it("the pages' HTML titles are the product's name (each page sets its title in the UI language)", () => {
    const titles = files('entrypoints', /\.html$/).map((f) => [
      f,
      /<title>([^<]*)<\/title>/.exec(readFileSync(join(root, f), 'utf8'))?.[1],
    ]);
    expect(titles.filter(([, title]) => title && title !== 'Oxus')).toEqual([]);
  });
});

describe('logical CSS', () => {
  /** a physical side (left/right) where a logical one (inline-start/end) mirrors by itself in rtl */
  const PHYSICAL =
    /(?:^|[\s;{])(?:(?:margin|padding|border|inset)-(?:left|right)[\w-]*|left|right)\s*:|(?:text-align|float|clear)\s*:\s*(?:left|right)/;
  it('the UI stylesheets name no physical side', () => {
    const sheets = ['assets', ...UI_DIRS].flatMap((d) => files(d, /\.css$/));
    expect(sheets.length).toBeGreaterThan(0);
    const found = sheets.flatMap((f) =>
      readFileSync(join(root, f), 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          PHYSICAL.test(line.replace(/\/\*.*?\*\//g, '')) ? [`${f}:${i + 1}: ${line.trim()}`] : [],
        ),
    );
    expect(found).toEqual([]);
    expect(PHYSICAL.test('.x { margin-left: 1em }')).toBe(true);
    expect(PHYSICAL.test('.x { text-align: right; }')).toBe(true);
    expect(PHYSICAL.test('.x { margin-inline-start: 1em; inset-inline-end: 0 }')).toBe(false);
  });
});
