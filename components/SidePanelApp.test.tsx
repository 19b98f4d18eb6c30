// @vitest-environment happy-dom
// The side panel with a fake PanelApi: groups and counts, card on click (and reveal asked),
// lookups from the context menu, claims with and without context, Arabic text direction.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { SidePanelApp, type PanelApi } from './SidePanelApp';
import type { Details, TabState } from '../utils/protocol';

afterEach(cleanup);

const STATE: TabState = {
  tabId: 9,
  url: 'https://kun.uz/2022/01/06/x',
  title: 'Almaty counts the cost',
  lang: 'en',
  date: '2022-01-06',
  entities: [
    { id: 'person:kassym-jomart-tokayev', name: 'Kassym-Jomart Tokayev', type: 'person', count: 3 },
    { id: 'place:almaty', name: 'Almaty', type: 'place', count: 3, coords: [43.25, 76.95] },
    { id: 'place:astana', name: 'Astana', type: 'place', count: 1, coords: [51.17, 71.45] },
    { id: 'org:csto', name: 'CSTO', type: 'organisation', count: 2 },
  ],
  events: [{ id: 'event:2022-kazakhstan-unrest', name: 'January 2022 unrest in Kazakhstan', score: 0.8 }],
  claims: [
    { text: '164 people were killed', kind: 'figure', value: 164, measure: 'killed', links: [{ id: 'fig:kz2022-deaths', relation: 'differs', note: 'Later official count' }] },
    { text: 'ولم يتضح بعد عدد الضحايا', kind: 'statement', links: [] },
  ],
  updatedAt: 1,
};

const TOKAYEV: Extract<Details, { kind: 'entity' }> = {
  kind: 'entity',
  record: {
    id: 'person:kassym-jomart-tokayev', type: 'person', name: 'Kassym-Jomart Tokayev',
    names: { en: ['Kassym-Jomart Tokayev'], ar: ['قاسم جومارت توكاييف'] },
    description: { en: 'President of Kazakhstan since 2019' }, sources: ['src:a'], asOf: '2026-11-01',
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
  figure: { id: 'fig:kz2022-deaths', event: 'event:2022-kazakhstan-unrest', measure: 'killed', value: 238, asOf: '2022-01-15', status: 'official', statedBy: 'org:kz-prosecutor-general', sources: ['src:c'] },
  sources: { 'src:c': { id: 'src:c', publisher: 'Prosecutor General', title: 'Statement' } },
  names: { 'org:kz-prosecutor-general': 'Prosecutor General of Kazakhstan' },
};

function fakeApi(state: TabState | null = STATE) {
  let notify = () => {};
  let current = state;
  const api: PanelApi & { push(s: TabState): void } = {
    getState: vi.fn(async () => current),
    subscribe: (cb) => ((notify = cb), () => (notify = () => {})),
    details: vi.fn(async (id: string) => (id === TOKAYEV.record.id ? TOKAYEV : id === 'fig:kz2022-deaths' ? FIGURE : null)),
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
  it('lists the tab entities grouped by type with counts', async () => {
    render(<SidePanelApp api={fakeApi()} />);
    await screen.findByText('Kassym-Jomart Tokayev');
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(expect.arrayContaining(['People (1)', 'Organisations (1)', 'Places (2)']));
    expect(screen.getByTestId('summary').textContent).toMatch(/4 known names on this page, 9 mentions/);
    expect(screen.getByRole('img', { name: /Map of 2 places/ })).toBeTruthy();
  });

  it('shows the card for a picked entity and asks the page to reveal it', async () => {
    const api = fakeApi();
    const { container } = render(<SidePanelApp api={api} />);
    fireEvent.click(await screen.findByText('Kassym-Jomart Tokayev'));
    await waitFor(() => expect(container.querySelector('[data-card="person:kassym-jomart-tokayev"]')).toBeTruthy());
    expect(api.reveal).toHaveBeenCalledWith('person:kassym-jomart-tokayev');
    expect(screen.getByText('President of Kazakhstan since 2019', { exact: false })).toBeTruthy();
    expect(screen.getByText(/since 2019-03-20/)).toBeTruthy();
    const wiki = screen.getByRole('link', { name: 'Kassym-Jomart Tokayev' }) as HTMLAnchorElement;
    expect(wiki.href).toBe('https://en.wikipedia.org/wiki/Kassym-Jomart_Tokayev');
    // a source with a non-web URL is shown as text, never as a link
    expect(screen.getByText(/Test: Decree/).closest('a')).toBeNull();
    expect((screen.getByText(/Akorda: Biography/).closest('a') as HTMLAnchorElement).href).toBe('https://www.akorda.kz/en');
  });

  it('shows a context-menu lookup when the background reports it, selecting the match', async () => {
    const api = fakeApi();
    const { container } = render(<SidePanelApp api={api} />);
    await screen.findByText('CSTO');
    api.push({ ...STATE, lookup: { query: 'Tokayev', hits: [{ id: 'person:kassym-jomart-tokayev', name: 'Kassym-Jomart Tokayev', type: 'person' }], at: 5 } });
    const box = await screen.findByTestId('lookup');
    expect(box.textContent).toMatch(/Look up “Tokayev”/);
    await waitFor(() => expect(container.querySelector('[data-card="person:kassym-jomart-tokayev"]')).toBeTruthy());
  });

  it('says so when a lookup finds nothing', async () => {
    const api = fakeApi();
    render(<SidePanelApp api={api} />);
    await screen.findByText('CSTO');
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'Zzyzx' } });
    fireEvent.submit(screen.getByRole('search'));
    expect((await screen.findByTestId('lookup')).textContent).toMatch(/Nothing in Oxus's dataset matches/);
    expect(api.lookup).toHaveBeenCalledWith('Zzyzx');
  });

  it('shows claims with their recorded context, and "No context yet" otherwise, RTL-aware', async () => {
    render(<SidePanelApp api={fakeApi()} />);
    expect(await screen.findByText(/Recorded figure/)).toBeTruthy();
    expect(screen.getByText('238')).toBeTruthy();
    expect(screen.getByText('Prosecutor General of Kazakhstan')).toBeTruthy();
    expect(screen.getByText('No context yet.')).toBeTruthy();
    const arabic = screen.getByText('ولم يتضح بعد عدد الضحايا');
    expect(arabic.getAttribute('dir')).toBe('auto');
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
    api.push({ ...STATE, tabId: 10, title: 'Other page', entities: [{ id: 'place:bishkek', name: 'Bishkek', type: 'place', count: 1 }] });
    await screen.findByText('Bishkek');
    expect(screen.queryByText('CSTO')).toBeNull();
    expect(container.querySelector('[aria-current="true"]')).toBeNull();
  });
});
