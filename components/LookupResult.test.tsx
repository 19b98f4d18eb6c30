// @vitest-environment happy-dom
// A lookup's matches as a reader in another script sees them: a zh-TW reader gets Traditional characters,
// and the query typed in another direction sits in its own bdi inside the translated title.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import en from '../public/_locales/en/messages.json';
import ar from '../public/_locales/ar/messages.json';
import zhTW from '../public/_locales/zh_TW/messages.json';
import { setLocale } from '../utils/i18n';
import { LookupResult } from './LookupResult';

afterEach(() => {
  cleanup();
  setLocale('en', en);
});

const lookup = (query: string, name: string) => ({
  query,
  hits: [{ id: 'org:csto', name, type: 'organisation' as const }],
  at: 1,
});

describe('LookupResult', () => {
  it('shows a zh-TW reader a match in Traditional characters', () => {
    setLocale('zh_TW', zhTW);
    const { container } = render(<LookupResult lookup={lookup('集体', '集体安全条约组织')} onSelect={() => {}} />);
    expect(container.querySelector('[data-entity="org:csto"] bdi')?.textContent).toBe('集體安全條約組織');
  });
  it('isolates a Latin query inside the Arabic title', () => {
    setLocale('ar', ar);
    const { container } = render(<LookupResult lookup={lookup('CSTO', 'CSTO')} onSelect={() => {}} />);
    const q = container.querySelector('h2 bdi');
    expect(q?.textContent).toBe('CSTO');
    expect(q?.getAttribute('dir')).toBe('auto');
  });
});
