// @vitest-environment happy-dom
// The popup from props alone: the count for the tab, the empty state with its next step, the site
// switch (a refusal leaves it as it was) and the open-panel button.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { PopupView } from './PopupView';
import type { TabState } from '../utils/protocol';

afterEach(cleanup);

const state: TabState = {
  tabId: 1,
  url: 'https://kun.uz/x',
  title: 'x',
  lang: 'en',
  claims: [],
  updatedAt: 1,
  events: [{ id: 'event:2022-kazakhstan-unrest', name: 'January 2022 unrest in Kazakhstan', score: 0.8 }],
  entities: [
    { id: 'place:almaty', name: 'Almaty', type: 'place', count: 3 },
    { id: 'org:csto', name: 'CSTO', type: 'organisation', count: 2 },
  ],
};
const site = { host: 'kun.uz', key: 'kun.uz', starter: true, enabled: true };

describe('PopupView', () => {
  it('shows the count for the tab', () => {
    render(<PopupView state={state} site={site} onToggle={async () => undefined} onOpenPanel={() => {}} />);
    expect(screen.getByTestId('count').textContent).toBe('2 known names on this page (5 mentions)');
    expect(screen.getByTestId('popup-event').textContent).toBe(
      'This article is about January 2022 unrest in Kazakhstan',
    );
    expect([...screen.getByTestId('top-names').querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Almaty · Place 3',
      'CSTO · Organisation 2',
    ]);
  });

  it('names both events when the article does not tell them apart', () => {
    const events = [
      { id: 'event:2021-kyrgyz-tajik-clashes', name: '2021 Kyrgyz-Tajik border clashes', score: 0.51, close: true },
      { id: 'event:2022-kyrgyz-tajik-clashes', name: '2022 Kyrgyz-Tajik border clashes', score: 0.5, close: true },
    ];
    render(
      <PopupView state={{ ...state, events }} site={site} onToggle={async () => undefined} onOpenPanel={() => {}} />,
    );
    expect(screen.getByTestId('popup-event').textContent).toBe(
      'This article is about 2021 Kyrgyz-Tajik border clashes or 2022 Kyrgyz-Tajik border clashes',
    );
  });

  it('shows one empty state with the next step, and the shortcut and settings', () => {
    const settings = vi.fn();
    render(
      <PopupView
        state={null}
        site={{ ...site, enabled: false }}
        onToggle={async () => undefined}
        onOpenPanel={() => {}}
        onOpenSettings={settings}
        panelShortcut="Alt+Shift+O"
      />,
    );
    expect(screen.getByTestId('popup-empty').textContent).toBe(
      'Oxus has not read this page.To read it, turn Oxus on for this site below.',
    );
    expect(screen.getByTestId('shortcuts').textContent).toMatch(/Side panel: Alt\+Shift\+O/);
    fireEvent.click(screen.getByTestId('open-settings'));
    expect(settings).toHaveBeenCalledOnce();
  });

  it('switches the site and shows a refusal without flipping the switch', async () => {
    const onToggle = vi.fn(async (on: boolean) => (on ? 'Oxus needs your permission to read example.org.' : undefined));
    render(
      <PopupView
        state={null}
        site={{ ...site, host: 'example.org', key: 'example.org', starter: false, enabled: false }}
        onToggle={onToggle}
        onOpenPanel={() => {}}
      />,
    );
    const box = screen.getByTestId('site-toggle') as HTMLInputElement;
    fireEvent.click(box);
    await screen.findByText(/needs your permission/);
    expect(onToggle).toHaveBeenCalledWith(true);
    await waitFor(() => expect(box.checked).toBe(false));
  });

  it('opens the panel from the button', () => {
    const open = vi.fn();
    render(<PopupView state={state} site={site} onToggle={async () => undefined} onOpenPanel={open} />);
    fireEvent.click(screen.getByTestId('open-panel'));
    expect(open).toHaveBeenCalledOnce();
  });
});
