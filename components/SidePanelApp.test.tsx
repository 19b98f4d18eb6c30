// @vitest-environment happy-dom
// The side panel with a fake PanelApi: groups and counts, card on click (and reveal asked),
// lookups from the context menu, claims with and without context, Arabic text direction, the
// notice for a page read in part.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { SidePanelApp, type PanelApi } from './SidePanelApp';
import type { Details, TabState } from '../utils/protocol';
import { setLocale } from '../utils/i18n';
import en from '../public/_locales/en/messages.json';
import ar from '../public/_locales/ar/messages.json';

afterEach(cleanup);

const STATE: TabState = {
  tabId: 9,
  url: 'https://kun.uz/2022/01/06/x',
  title: 'Almaty counts the cost',
  lang: 'en',
  date: '2022-01-06',
  entities: [
    { id: 'person:kassym-jomart-tokayev', name: 'Kassym-Jomart Tokayev', type: 'person', count: 3, order: 1 },
    { id: 'place:almaty', name: 'Almaty', type: 'place', count: 3, coords: [43.25, 76.95], order: 0 },
    { id: 'place:astana', name: 'Astana', type: 'place', count: 1, coords: [51.17, 71.45], order: 3 },
    { id: 'org:csto', name: 'CSTO', type: 'organisation', count: 2, order: 2 },
  ],
  events: [{ id: 'event:2022-kazakhstan-unrest', name: 'January 2022 unrest in Kazakhstan', score: 0.8 }],
  claims: [
    {
      text: '164 people were killed',
      kind: 'figure',
      value: 164,
      measure: 'killed',
      links: [{ id: 'fig:kz2022-deaths', relation: 'later', note: 'Later official count' }],
    },
    { text: 'ولم يتضح بعد عدد الضحايا', kind: 'statement', links: [] },
  ],
  updatedAt: 1,
};

const TOKAYEV: Extract<Details, { kind: 'entity' }> = {
  kind: 'entity',
  record: {
    id: 'person:kassym-jomart-tokayev',
    type: 'person',
    name: 'Kassym-Jomart Tokayev',
    names: { en: ['Kassym-Jomart Tokayev'], ar: ['قاسم جومارت توكاييف'] },
    description: { en: 'President of Kazakhstan since 2019' },
    sources: ['src:a'],
    asOf: '2026-11-01',
    wikipedia: 'Kassym-Jomart Tokayev',
    roles: [{ title: 'President of Kazakhstan', start: '2019-03-20', sources: ['src:a'] }],
    facts: [{ text: 'Declared a state of emergency on 5 January 2022.', asOf: '2022-01-05', sources: ['src:b'] }],
  },
  sources: {
    'src:a': { id: 'src:a', publisher: 'Akorda', title: 'Biography', url: 'https://www.akorda.kz/en' },
    'src:b': { id: 'src:b', publisher: 'Test', title: 'Decree', url: 'javascript:alert(1)' },
  },
  names: {},
};
const FIGURE: Details = {
  kind: 'figure',
  figure: {
    id: 'fig:kz2022-deaths',
    event: 'event:2022-kazakhstan-unrest',
    measure: 'killed',
    value: 238,
    asOf: '2022-01-15',
    status: 'official',
    statedBy: 'org:kz-prosecutor-general',
    sources: ['src:c'],
  },
  sources: { 'src:c': { id: 'src:c', publisher: 'Prosecutor General', title: 'Statement' } },
  names: { 'org:kz-prosecutor-general': 'Prosecutor General of Kazakhstan' },
};

function fakeApi(state: TabState | null = STATE) {
  let notify = () => {};
  let current = state;
  const api: PanelApi & { push(s: TabState): void } = {
    getState: vi.fn(async () => current),
    subscribe: (cb) => ((notify = cb), () => (notify = () => {})),
    details: vi.fn(async (id: string) =>
      id === TOKAYEV.record.id ? TOKAYEV : id === 'fig:kz2022-deaths' ? FIGURE : null,
    ),
    reveal: vi.fn(async () => true),
    lookup: vi.fn(async (q: string) => ({ query: q, hits: [], at: Date.now() })),
    push(s) {
      current = s;
      notify();
    },
  };
  return api;
}

describe('SidePanelApp', () => {
  it('says how much of a page longer than Oxus reads was read, and nothing when all of it was', async () => {
    render(<SidePanelApp api={fakeApi({ ...STATE, readChars: 1_000_000, totalChars: 1_398_897 })} />);
    const note = await screen.findByTestId('truncated');
    expect(note.textContent).toBe('Oxus read 1,000,000 of 1,398,897 characters of this page.');
    cleanup();
    render(<SidePanelApp api={fakeApi()} />);
    await screen.findByText('Kassym-Jomart Tokayev');
    expect(screen.queryByTestId('truncated')).toBeNull();
  });

  it("gives the page line its title's direction (an Arabic title in an English UI)", async () => {
    render(<SidePanelApp api={fakeApi({ ...STATE, title: 'روسيا أكدت أن الانسحاب يبدأ بعد يومين' })} />);
    expect((await screen.findByTestId('page')).getAttribute('dir')).toBe('rtl');
    cleanup();
    render(<SidePanelApp api={fakeApi()} />);
    expect((await screen.findByTestId('page')).getAttribute('dir')).toBe('ltr');
  });

  it('lists the tab entities grouped by type with counts', async () => {
    render(<SidePanelApp api={fakeApi()} />);
    await screen.findByText('Kassym-Jomart Tokayev');
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(expect.arrayContaining(['People (1)', 'Organisations (1)', 'Places (2)']));
    expect(screen.getByTestId('summary').textContent).toMatch(/4 known names on this page, 9 mentions/);
    expect(screen.getByRole('img', { name: /Map of 2 places/ })).toBeTruthy();
  });

  it('lists names as you read, and filters by type', async () => {
    const { container } = render(<SidePanelApp api={fakeApi()} />);
    await screen.findByText('CSTO');
    fireEvent.click(container.querySelector('[data-view="read"]')!);
    const order = [...container.querySelectorAll('[data-view="read"] [data-entity]')].map((b) =>
      b.getAttribute('data-entity'),
    );
    expect(order).toEqual(['place:almaty', 'person:kassym-jomart-tokayev', 'org:csto', 'place:astana']);
    fireEvent.click(container.querySelector('[data-filter="place"]')!);
    expect([...container.querySelectorAll('[data-entity]')].map((b) => b.getAttribute('data-entity'))).toEqual(
      expect.arrayContaining(['place:almaty', 'place:astana']),
    );
    expect(container.querySelector('[data-entity="org:csto"]')).toBeNull();
    expect(container.querySelector('.claims')).toBeNull();
  });

  it('opens a card in place of the list; Back and Escape return', async () => {
    const { container } = render(<SidePanelApp api={fakeApi()} />);
    fireEvent.click(await screen.findByText('Kassym-Jomart Tokayev'));
    await waitFor(() => expect(container.querySelector('[data-card]')).toBeTruthy());
    expect(screen.queryByTestId('summary')).toBeNull();
    fireEvent.click(screen.getByTestId('back'));
    expect(await screen.findByTestId('summary')).toBeTruthy();
    fireEvent.click(screen.getByText('Kassym-Jomart Tokayev'));
    await waitFor(() => expect(container.querySelector('[data-card]')).toBeTruthy());
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(await screen.findByTestId('summary')).toBeTruthy();
  });

  it('shows the card for a picked entity and asks the page to reveal it', async () => {
    const api = fakeApi();
    const { container } = render(<SidePanelApp api={api} />);
    fireEvent.click(await screen.findByText('Kassym-Jomart Tokayev'));
    await waitFor(() => expect(container.querySelector('[data-card="person:kassym-jomart-tokayev"]')).toBeTruthy());
    expect(api.reveal).toHaveBeenCalledWith('person:kassym-jomart-tokayev');
    expect(screen.getByText('President of Kazakhstan since 2019', { exact: false })).toBeTruthy();
    // anchored to the page's date (6 January 2022): the office then, dates in words
    expect(screen.getByTestId('then').textContent).toMatch(
      /On January 6, 2022.*President of Kazakhstan.*since March 20, 2019/,
    );
    expect(container.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    const wiki = screen.getByRole('link', { name: /Wikipedia/ }) as HTMLAnchorElement;
    expect(wiki.href).toBe('https://en.wikipedia.org/wiki/Kassym-Jomart_Tokayev');
    // a source with a non-web URL is shown as text, never as a link
    const src = (id: string) => container.querySelector(`[data-source="${id}"]`)!;
    expect(src('src:b').textContent).toMatch(/Test: Decree/);
    expect(src('src:b').querySelector('a')).toBeNull();
    expect(src('src:a').querySelector('a')!.href).toBe('https://www.akorda.kz/en');
    expect(container.querySelector('details.sources summary')!.textContent).toBe('2 sources');
  });

  it('shows a context-menu lookup when the background reports it, selecting the match', async () => {
    const api = fakeApi();
    const { container } = render(<SidePanelApp api={api} />);
    await screen.findByText('CSTO');
    api.push({
      ...STATE,
      lookup: {
        query: 'Tokayev',
        hits: [{ id: 'person:kassym-jomart-tokayev', name: 'Kassym-Jomart Tokayev', type: 'person' }],
        at: 5,
      },
    });
    const box = await screen.findByTestId('lookup');
    expect(box.textContent).toMatch(/Look up “Tokayev”/);
    await waitFor(() => expect(container.querySelector('[data-card="person:kassym-jomart-tokayev"]')).toBeTruthy());
  });

  it('says so when a lookup finds nothing', async () => {
    const api = fakeApi();
    render(<SidePanelApp api={api} typeDelay={0} />);
    await screen.findByText('CSTO');
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'Zzyzx' } });
    expect((await screen.findByTestId('lookup')).textContent).toMatch(/Nothing in Oxus's dataset matches/);
    expect(api.lookup).toHaveBeenCalledWith('Zzyzx', true);
  });

  it('shows claim groups with a verdict, and unlinked statements in one list, RTL-aware', async () => {
    const { container } = render(<SidePanelApp api={fakeApi()} />);
    await waitFor(() => expect(container.querySelector('[data-verdict]')).toBeTruthy());
    expect(screen.getByTestId('claim-count').textContent).toBe('1 claim or figure series');
    expect(container.querySelector('[data-verdict]')!.getAttribute('data-verdict')).toBe('later-differs');
    // the verdict line (clamped to two lines) takes its why's direction
    expect(container.querySelector('[data-verdict]')!.getAttribute('dir')).toBe('ltr');
    expect(screen.getByText('238')).toBeTruthy();
    expect(screen.getByText('Prosecutor General of Kazakhstan')).toBeTruthy();
    expect(screen.getByTestId('other-statements').textContent).toMatch(/1 other statement/);
    const arabic = screen.getByText('ولم يتضح بعد عدد الضحايا');
    expect(arabic.getAttribute('dir')).toBe('auto');
    expect(arabic.getAttribute('lang')).toBe('en');
    expect(container.textContent).not.toMatch(/known-claim|No context yet/);
  });

  it("copies a figure group's citation: the measure, why, as-of date and the source", async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { container } = render(<SidePanelApp api={fakeApi()} />);
    await waitFor(() => expect(container.querySelector('[data-verdict]')).toBeTruthy());
    fireEvent.click(container.querySelector('.bar .copy button')!);
    await waitFor(() => expect(writeText).toHaveBeenCalled());
    expect(writeText.mock.calls[0]![0]).toBe(
      'Killed: Later figure: 238, Prosecutor General of Kazakhstan (January 15, 2022). (as of January 15, 2022)\n' +
        '— Prosecutor General, “Statement”',
    );
  });

  it('names who stated a figure in the UI language: the Arabic statedByText in an Arabic UI', async () => {
    const un = {
      ...FIGURE,
      figure: {
        ...(FIGURE as Extract<Details, { kind: 'figure' }>).figure,
        statedBy: undefined,
        statedByText: 'United Nations',
        statedByTextI18n: { ru: 'Организация Объединённых Наций', ar: 'الأمم المتحدة' },
      },
    } as Details;
    const api = fakeApi();
    api.details = vi.fn(async (id: string) => (id === 'fig:kz2022-deaths' ? un : null));
    setLocale('ar', ar);
    try {
      const { container } = render(<SidePanelApp api={api} />);
      await waitFor(() => expect(container.querySelector('table.series')).toBeTruthy());
      const cells = [...container.querySelectorAll('table.series td bdi')].map((b) => b.textContent);
      expect(cells).toContain('الأمم المتحدة');
      expect(container.textContent).not.toMatch(/United Nations/);
      expect(container.querySelector('[data-verdict]')!.getAttribute('dir')).toBe('rtl');
    } finally {
      setLocale('en', en);
    }
  });

  it("names the page's speaker by the record's name when the dataset knows them, else as the page writes it", async () => {
    const said = (attributedTo: { id?: string; name: string }) => ({
      ...STATE,
      claims: [{ ...STATE.claims[0]!, attributedTo }],
    });
    const known = render(
      <SidePanelApp api={fakeApi(said({ id: 'org:kz-prosecutor-general', name: 'Генпрокуратура' }))} />,
    );
    await waitFor(() => expect(known.container.querySelector('table.series tr.this-page')).toBeTruthy());
    expect(known.container.querySelector('table.series tr.this-page')!.textContent).toMatch(
      /Prosecutor General of Kazakhstan/,
    );
    known.unmount();
    const unknown = render(<SidePanelApp api={fakeApi(said({ name: 'a local official' }))} />);
    await waitFor(() => expect(unknown.container.querySelector('table.series tr.this-page')).toBeTruthy());
    expect(unknown.container.querySelector('table.series tr.this-page')!.textContent).toMatch(/a local official/);
  });

  it('explains an empty tab', async () => {
    render(<SidePanelApp api={fakeApi(null)} />);
    expect((await screen.findByTestId('empty')).textContent).toMatch(/nothing for this tab/);
  });
});

describe('SidePanelApp across tabs', () => {
  it('follows the reader to another tab and drops the old selection', async () => {
    const api = fakeApi();
    const { container } = render(<SidePanelApp api={api} />);
    fireEvent.click(await screen.findByText('CSTO'));
    await waitFor(() => expect(api.details).toHaveBeenCalledWith('org:csto'));
    api.push({
      ...STATE,
      tabId: 10,
      title: 'Other page',
      entities: [{ id: 'place:bishkek', name: 'Bishkek', type: 'place', count: 1 }],
    });
    await screen.findByText('Bishkek');
    expect(screen.queryByText('CSTO')).toBeNull();
    expect(container.querySelector('[aria-current="true"]')).toBeNull();
  });
});
