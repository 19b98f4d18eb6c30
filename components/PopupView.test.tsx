// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { PopupView } from './PopupView';
import type { TabState } from '../utils/protocol';

afterEach(cleanup);

const state: TabState = {
  tabId: 1, url: 'https://kun.uz/x', title: 'x', lang: 'en', claims: [], events: [], updatedAt: 1,
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
  });

  it('switches the site and shows a refusal without flipping the switch', async () => {
    const onToggle = vi.fn(async (on: boolean) => (on ? 'Oxus needs your permission to read example.org.' : undefined));
    render(<PopupView state={null} site={{ ...site, host: 'example.org', key: 'example.org', starter: false, enabled: false }} onToggle={onToggle} onOpenPanel={() => {}} />);
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
