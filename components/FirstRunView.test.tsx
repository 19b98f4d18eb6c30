// @vitest-environment happy-dom
// First run in English and Arabic: every section there, the shortcut shown as a key, the language
// picker and the options button wired.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import en from '../public/_locales/en/messages.json';
import ar from '../public/_locales/ar/messages.json';
import { setLocale } from '../utils/i18n';
import { FirstRunView } from './FirstRunView';

afterEach(() => {
  cleanup();
  setLocale('en', en);
});

const props = () => ({
  shortcut: 'Alt+Shift+O',
  uiLanguage: 'auto' as const,
  browserLocale: 'en' as const,
  onPickLanguage: vi.fn(),
  onOpenOptions: vi.fn(),
});

describe('FirstRunView', () => {
  it('explains where Oxus runs, the panel, lookup and language, in order', () => {
    const p = props();
    const { container } = render(<FirstRunView {...p} />);
    const headings = [...container.querySelectorAll('h1, h2')].map((h) => `${h.tagName}:${h.textContent}`);
    expect(headings).toEqual([
      'H1:Welcome to Oxus',
      'H2:Where Oxus runs',
      'H2:Highlights and the side panel',
      'H2:Look up a name',
      'H2:Language',
    ]);
    expect(container.querySelector('kbd')?.textContent).toBe('Alt+Shift+O');
    expect(container.textContent).toMatch(/open it from the toolbar button or with Alt\+Shift\+O\./);
    fireEvent.click(screen.getByTestId('open-options'));
    expect(p.onOpenOptions).toHaveBeenCalledOnce();
    fireEvent.change(screen.getByTestId('ui-language'), { target: { value: 'kk' } });
    expect(p.onPickLanguage).toHaveBeenCalledWith('kk');
  });

  it('speaks Arabic when the UI language is Arabic', () => {
    setLocale('ar', ar);
    const { container } = render(<FirstRunView {...props()} shortcut="" />);
    expect(container.querySelector('h1')?.textContent).toBe('مرحبًا بك في Oxus');
    // no shortcut set: the default is still shown as a key, isolated from the Arabic sentence
    expect(container.querySelector('kbd')?.textContent).toBe('Alt+Shift+O');
  });
});
