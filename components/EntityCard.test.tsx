// @vitest-environment happy-dom
// Every card state, anchored to a page date: a person (then / later / earlier), an organisation's
// people in post then, an event's timeline with the page marked, an outlet with owner/country/kind,
// a place, the page's own form of the name, sources folded with their kind, copy citation.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { EntityCard } from './EntityCard';
import type { Details } from '../utils/protocol';
import { setLocale } from '../utils/i18n';
import en from '../public/_locales/en/messages.json';
import ar from '../public/_locales/ar/messages.json';
import zhTW from '../public/_locales/zh_TW/messages.json';
import zhCN from '../public/_locales/zh_CN/messages.json';

afterEach(cleanup);

type EntityDetails = Extract<Details, { kind: 'entity' }>;
const SOURCES = {
  'src:a': {
    id: 'src:a',
    publisher: 'Akorda',
    title: 'Biography',
    url: 'https://www.akorda.kz/en',
    date: '2022-01-11',
    kind: 'official',
  },
  'src:b': { id: 'src:b', publisher: 'Encyclopaedia', title: 'Entry' },
} as EntityDetails['sources'];

const person = (over: Partial<EntityDetails['record']> = {}): EntityDetails => ({
  kind: 'entity',
  record: {
    id: 'person:tokayev',
    type: 'person',
    name: 'Kassym-Jomart Tokayev',
    asOf: '2026-03-16',
    sources: ['src:a'],
    names: { en: ['Kassym-Jomart Tokayev'], ar: ['قاسم جومارت توكاييف'], ru: ['Касым-Жомарт Токаев'] },
    description: { en: 'President of Kazakhstan since 2019.' },
    roles: [
      { title: 'Prime Minister', start: '1999-10-01', end: '2002-01-28', sources: ['src:b'] },
      { title: 'President of Kazakhstan', start: '2019-06-12', sources: ['src:a'] },
      { title: 'Chairman of the Security Council', start: '2022-01-05', sources: ['src:a'] },
      { title: 'Party chairman', start: '2022-01-28', end: '2022-04-26', sources: ['src:a'] },
    ],
    facts: [
      { text: 'Called in CSTO troops.', asOf: '2022-01-06', sources: ['src:a'] },
      { text: 'Re-elected in a snap election.', asOf: '2022-11', sources: ['src:b'] },
    ],
    ...over,
  },
  sources: SOURCES,
  names: {},
});

/** The January 2022 unrest as an event record, with `over` on top and `names` for the linked ids. */
const event = (over: Partial<EntityDetails['record']>, names: EntityDetails['names'] = {}): EntityDetails => ({
  kind: 'entity',
  record: {
    id: 'event:unrest',
    type: 'event',
    name: 'January 2022 unrest',
    names: { en: ['January 2022 unrest'] },
    description: { en: 'Unrest.' },
    sources: ['src:b'],
    asOf: '2026-01-05',
    ...over,
  } as EntityDetails['record'],
  sources: SOURCES,
  names,
});

describe('EntityCard: a person on a January 2022 page', () => {
  it('leads with the offices held then, newest first, before the description', () => {
    const { container } = render(<EntityCard details={person()} at="2022-01-12" />);
    const then = screen.getByTestId('then');
    expect(then.querySelector('h3')!.textContent).toBe('On January 12, 2022');
    expect([...then.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^Chairman of the Security Council · since January 5, 2022/),
      expect.stringMatching(/^President of Kazakhstan · since June 12, 2019/),
    ]);
    const order = [...container.querySelectorAll('section, p[lang], details')].map(
      (n) => n.getAttribute('data-testid') ?? n.tagName,
    );
    expect(order.indexOf('then')).toBeLessThan(order.indexOf('P'));
  });
  it("keeps a role's institution inside its parentheses, so a line cannot break after the opening one", () => {
    const withOrg = person({
      roles: [
        {
          title: 'Chairman of the Security Council',
          org: 'org:kz-security-council',
          start: '2022-01-05',
          sources: ['src:a'],
        },
      ],
    });
    withOrg.names = { 'org:kz-security-council': 'Security Council of Kazakhstan' };
    render(<EntityCard details={withOrg} at="2022-01-12" onSelect={() => {}} />);
    const parens = screen.getByTestId('then').querySelector('.parens')!;
    expect(parens.textContent).toBe('(Security Council of Kazakhstan)');
    expect(parens.querySelector('button[data-entity="org:kz-security-council"]')).not.toBeNull();
  });
  it('lists what changed after the page with dates, and folds earlier career', () => {
    const { container } = render(<EntityCard details={person()} at="2022-01-12" />);
    const later = screen.getByTestId('later').textContent!;
    expect(later).toMatch(/January 28, 2022: became Party chairman/);
    expect(later).toMatch(/April 26, 2022: left the post of Party chairman/);
    expect(later).toMatch(/November 2022: Re-elected/);
    const earlier = container.querySelector('details.earlier')!;
    expect(earlier.hasAttribute('open')).toBe(false);
    expect(earlier.textContent).toMatch(/Earlier career \(1 post\).*Prime Minister/);
    expect(container.textContent).not.toMatch(/\d{4}-\d{2}/);
  });
  it('shows the form the page wrote beside the UI-language form', () => {
    render(<EntityCard details={person()} at="2022-01-12" pageForm="توكاييف" />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Kassym-Jomart Tokayev');
    const page = screen.getByTestId('page-form');
    expect(page.textContent).toBe('on this page: توكاييف');
    expect(page.querySelector('bdi')!.getAttribute('dir')).toBe('auto');
  });
  it('folds sources with their kind and copies a citation', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { container } = render(<EntityCard details={person()} at="2022-01-12" />);
    const sources = container.querySelector('details.sources')!;
    expect(sources.querySelector('summary')!.textContent).toBe('2 sources');
    expect(sources.querySelector('[data-kind="official"]')!.textContent).toBe('official');
    fireEvent.click(screen.getByText('Copy citation'));
    await waitFor(() => expect(writeText).toHaveBeenCalled());
    expect(writeText.mock.calls[0]![0]).toBe(
      'Kassym-Jomart Tokayev: President of Kazakhstan since 2019. (as of March 16, 2026)\n— Akorda, “Biography”, January 11, 2022, https://www.akorda.kz/en',
    );
    expect(await screen.findByText('Citation copied')).toBeTruthy();
  });
});

describe('EntityCard: other kinds', () => {
  it('an organisation shows who was in post on the page date, and later changes', () => {
    const org: EntityDetails = {
      kind: 'entity',
      record: {
        id: 'org:csto',
        type: 'organisation',
        name: 'CSTO',
        names: { en: ['CSTO'] },
        description: { en: 'Alliance.' },
        sources: ['src:b'],
        asOf: '2025-11',
      },
      holders: [
        { id: 'person:zas', title: 'Secretary General', start: '2020-01-01', end: '2022-12-31', sources: ['src:b'] },
        {
          id: 'person:tasmagambetov',
          title: 'Secretary General',
          start: '2023-01-01',
          end: '2025-12-31',
          sources: ['src:b'],
        },
      ],
      sources: SOURCES,
      names: { 'person:zas': 'Stanislav Zas', 'person:tasmagambetov': 'Imangali Tasmagambetov' },
    };
    const onSelect = vi.fn();
    render(<EntityCard details={org} at="2022-01-12" onSelect={onSelect} />);
    expect(screen.getByTestId('holders-then').textContent).toMatch(
      /People in post on January 12, 2022Stanislav Zas: Secretary General/,
    );
    expect(screen.getByTestId('later').textContent).toMatch(
      /January 1, 2023: Imangali Tasmagambetov, became Secretary General/,
    );
    fireEvent.click(screen.getByTestId('holders-then').querySelector('[data-entity]')!);
    expect(onSelect).toHaveBeenCalledWith('person:zas');
    // Chinese punctuation in a Chinese UI: full-width colon and comma, not ": " and ", "
    cleanup();
    setLocale('zh_CN', zhCN);
    render(<EntityCard details={org} at="2022-01-12" onSelect={onSelect} />);
    expect(screen.getByTestId('holders-then').textContent).toContain('Stanislav Zas：Secretary General');
    expect(screen.getByTestId('later').textContent).toMatch(
      /2023年1月1日：Imangali Tasmagambetov，出任Secretary General/,
    );
    setLocale('en', en);
  });
  it("an event's timeline marks the page's date with the page's figures", () => {
    const ev = event({
      start: '2022-01-02',
      end: '2022-01-19',
      timeline: [
        { date: '2022-01-19', text: 'Withdrawal complete.', sources: ['src:a'] },
        { date: '2022-01-02', text: 'Protests begin.', sources: ['src:b'] },
      ],
    });
    const figures = [{ text: '17', kind: 'figure' as const, value: 17, measure: 'killed' as const, links: [] }];
    const { container } = render(<EntityCard details={ev} at="2022-01-12" pageFigures={figures} />);
    const rows = [...container.querySelectorAll('.timeline li')].map((li) => li.textContent);
    expect(rows[0]).toMatch(/^January 2, 2022 Protests begin/);
    expect(rows[1]).toBe('This article (January 12, 2022) — figures given here: 17');
    expect(container.querySelector('.timeline li:nth-child(3)')!.className).toBe('later-item');
  });
  it('an event names its places and who was involved, each a link to its card', () => {
    const onSelect = vi.fn();
    const ev = event(
      { places: ['place:almaty', 'place:zhanaozen'], participants: ['org:csto'] },
      { 'place:almaty': 'Almaty', 'place:zhanaozen': 'Zhanaozen', 'org:csto': 'CSTO' },
    );
    const { container } = render(<EntityCard details={ev} at="2022-01-12" onSelect={onSelect} />);
    const line = [...container.querySelectorAll('p.small')].find((p) => p.textContent?.startsWith('Places:'));
    expect(line?.textContent).toBe('Places: Almaty, Zhanaozen. Involved: CSTO.');
    fireEvent.click(line!.querySelector('[data-entity="org:csto"]')!);
    expect(onSelect).toHaveBeenCalledWith('org:csto');
  });
  it('an outlet shows owner, country and kind', () => {
    const outlet: EntityDetails = {
      kind: 'entity',
      record: {
        id: 'media:ria',
        type: 'media',
        name: 'RIA Novosti',
        names: { en: ['RIA Novosti'] },
        description: { en: 'News agency.' },
        sources: ['src:b'],
        asOf: '2025',
        country: 'place:russia',
        owner: { entity: 'org:rossiya-segodnya', asOf: '2024', sources: ['src:a'] },
        kind: 'state-media',
      } as unknown as EntityDetails['record'],
      sources: SOURCES,
      names: { 'place:russia': 'Russia', 'org:rossiya-segodnya': 'Rossiya Segodnya' },
    };
    const { container } = render(<EntityCard details={outlet} at="2022-01-12" onSelect={() => {}} />);
    const line = screen.getByTestId('outlet');
    expect(line.textContent).toMatch(/^Owner: Rossiya Segodnya\[\d+\] · Country: Russia · Kind: state media$/);
    // the owner links to its record and cites the page that states it
    expect(line.querySelector('[data-entity="org:rossiya-segodnya"]')).not.toBeNull();
    expect(container.textContent).toContain('Akorda');
  });
  it('an outlet whose owner has no record shows the owner text', () => {
    const outlet: EntityDetails = {
      kind: 'entity',
      record: {
        id: 'media:kloop',
        type: 'media',
        name: 'Kloop',
        names: { en: ['Kloop'] },
        description: { en: 'News site.' },
        sources: ['src:b'],
        asOf: '2025',
        owner: { text: { en: 'Kloop Media Public Foundation' }, asOf: '2024', sources: ['src:b'] },
      },
      sources: SOURCES,
      names: {},
    };
    render(<EntityCard details={outlet} at="2022-01-12" />);
    expect(screen.getByTestId('outlet').textContent).toMatch(/^Owner: Kloop Media Public Foundation\[\d+\]$/);
  });
  it('a place shows its population as of a date, in words', () => {
    const place: EntityDetails = {
      kind: 'entity',
      record: {
        id: 'place:almaty',
        type: 'place',
        name: 'Almaty',
        names: { en: ['Almaty'] },
        description: { en: 'City.' },
        sources: ['src:b'],
        asOf: '2025',
        population: { value: 2_200_000, asOf: '2024-01', sources: ['src:b'] },
      },
      sources: SOURCES,
      names: {},
    };
    render(<EntityCard details={place} at="2022-01-12" />);
    expect(screen.getByText(/Population/).textContent).toBe('Population 2,200,000 (as of January 2024)[1]');
  });
});

describe('EntityCard in the Arabic UI', () => {
  afterEach(() => setLocale('en', en));
  it('shows role titles, facts and timeline items in Arabic when the dataset has them, else the English', () => {
    setLocale('ar', ar);
    const d = person({
      roles: [
        {
          title: 'President of Kazakhstan',
          i18n: { ru: 'Президент Казахстана', ar: 'رئيس كازاخستان' },
          start: '2019-06-12',
          sources: ['src:a'],
        },
        { title: 'Party chairman', start: '2021-01-01', sources: ['src:a'] },
      ],
      facts: [
        {
          text: 'Called in CSTO troops.',
          i18n: { ar: 'استدعى قوات المنظمة.' },
          asOf: '2022-01-06',
          sources: ['src:a'],
        },
      ],
      timeline: [{ date: '2022-01-02', text: 'Protests begin.', i18n: { ar: 'بدء الاحتجاجات.' }, sources: ['src:a'] }],
    });
    const { container } = render(<EntityCard details={d} at="2022-01-12" />);
    const then = [...screen.getByTestId('then').querySelectorAll('li bdi[lang]')];
    expect(then.map((b) => [b.getAttribute('lang'), b.textContent])).toEqual([
      ['en', 'Party chairman'],
      ['ar', 'رئيس كازاخستان'],
    ]);
    expect(container.querySelector('span[lang="ar"]')?.textContent).toBe('استدعى قوات المنظمة.');
    expect(container.textContent).not.toContain('Called in CSTO troops.');
    expect(container.querySelector('.timeline span[lang="ar"]')?.textContent).toBe('بدء الاحتجاجات.');
  });
});

describe('EntityCard: mixed languages as a reader sees them', () => {
  afterEach(() => setLocale('en', en));
  it('marks only the article title of a Wikipedia link as English, not the translated label', () => {
    setLocale('ar', ar);
    const { container } = render(
      <EntityCard details={person({ wikipedia: 'Kassym-Jomart Tokayev' })} at="2022-01-12" />,
    );
    const a = container.querySelector('a[href*="wikipedia"]')!;
    expect(a.getAttribute('lang')).toBeNull();
    expect(a.querySelector('bdi')?.getAttribute('lang')).toBe('en');
  });
  it('isolates an English role title inside the translated "became" sentence of a later row', () => {
    setLocale('ar', ar);
    const { container } = render(<EntityCard details={person()} at="2022-01-12" />);
    const title = [...container.querySelectorAll('li bdi[lang="en"]')].find((b) => b.textContent === 'Party chairman');
    expect(title?.getAttribute('dir')).toBe('auto');
    expect(title?.closest('li')?.textContent).toContain('Party chairman');
  });
  it('shows a zh-TW reader the record’s zh name, description and linked names in Traditional characters', () => {
    setLocale('zh_TW', zhTW);
    const d = person({
      names: { en: ['Kassym-Jomart Tokayev'], zh: ['托卡耶夫'] },
      description: { en: 'President.', zh: '哈萨克斯坦总统' },
      country: 'place:kazakhstan',
    });
    d.names = { 'place:kazakhstan': '哈萨克斯坦' };
    const { container } = render(<EntityCard details={d} at="2022-01-12" />);
    expect(container.querySelector('h2 bdi')?.textContent).toBe('托卡耶夫');
    expect(container.textContent).toContain('哈薩克斯坦總統');
    expect(container.textContent).toContain('哈薩克斯坦');
    expect(container.textContent).not.toContain('哈萨克斯坦');
  });
  it('lists a form written the same in several languages once under "also written"', () => {
    const d = person({
      names: {
        en: ['Kassym-Jomart Tokayev'],
        ru: ['Касым-Жомарт Токаев'],
        'kk-Cyrl': ['Касым-Жомарт Токаев'],
        de: ['Kassym-Schomart Tokajew'],
        fr: ['Kassym-Schomart Tokajew'],
      },
    });
    const { container } = render(<EntityCard details={d} at="2022-01-12" />);
    const also = [...container.querySelectorAll('p.small.muted bdi[lang]')].map((b) => b.textContent);
    expect(also).toEqual(['Касым-Жомарт Токаев', 'Kassym-Schomart Tokajew']);
  });
  it('puts a fact’s date and a role’s institution in the UI language’s parentheses (full-width in Chinese)', () => {
    setLocale('zh_CN', zhCN);
    const d = person({
      roles: [{ title: 'Secretary', org: 'org:csto', start: '2021-01-01', sources: ['src:a'] }],
      facts: [{ text: 'Called in CSTO troops.', asOf: '2022-01-06', sources: ['src:a'] }],
    });
    d.names = { 'org:csto': '集体安全条约组织' };
    const { container } = render(<EntityCard details={d} at="2022-01-12" />);
    expect(container.textContent).toContain('（截至2022年1月6日）');
    expect(container.textContent).toContain('Secretary（集体安全条约组织）');
  });
});
