// @vitest-environment happy-dom
// Messages with elements in their placeholders, and names in lists, as a reader in another direction sees them:
// an English role in a Persian sentence is isolated; a Latin name cut short in a Persian list loses its end.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import en from '../public/_locales/en/messages.json';
import fa from '../public/_locales/fa/messages.json';
import zhTW from '../public/_locales/zh_TW/messages.json';
import { setLocale, tPieces } from '../utils/i18n';
import { EntityList } from './EntityList';
import { Message } from './Message';

afterEach(() => {
  cleanup();
  setLocale('en', en);
});

describe('tPieces', () => {
  it('splits a message at its placeholders', () => {
    expect(tPieces('card_change_ended')).toEqual(['left the post of ', 1]);
    setLocale('fa', fa);
    expect(tPieces('card_change_ended')).toEqual(['سمت ', 1, ' را ترک کرد']);
  });
});

describe('Message', () => {
  it('puts an argument in another direction in its own bdi, inside the translated sentence', () => {
    setLocale('fa', fa);
    const { container } = render(
      <p>
        <Message id="card_change_ended" args={[{ text: 'Chairman of the Nur Otan (Amanat) party', lang: 'en' }]} />
      </p>,
    );
    const p = container.querySelector('p')!;
    expect(p.textContent).toBe('سمت Chairman of the Nur Otan (Amanat) party را ترک کرد');
    const bdi = p.querySelector('bdi')!;
    expect(bdi.textContent).toBe('Chairman of the Nur Otan (Amanat) party');
    expect(bdi.getAttribute('lang')).toBe('en');
    expect(bdi.getAttribute('dir')).toBe('auto');
  });
});

describe('EntityList rows', () => {
  const entities = [
    { id: 'org:a', name: 'Security Council of Kazakhstan', type: 'organisation' as const, count: 2 },
    { id: 'place:kz', name: 'Kazakhstan', type: 'place' as const, count: 18, forms: { fa: 'قزاقستان' } },
  ];
  it('give the line the name’s direction, so an ellipsis cuts its end', () => {
    setLocale('fa', fa);
    const { container } = render(<EntityList entities={entities} view="type" onSelect={() => {}} />);
    const line = (id: string) => container.querySelector(`[data-entity="${id}"] > span`)!;
    expect(line('org:a').getAttribute('dir')).toBe('ltr');
    expect(line('place:kz').getAttribute('dir')).toBe('rtl');
  });
  it('give a long name the whole row of the two-column list', () => {
    const { container } = render(<EntityList entities={entities} view="type" onSelect={() => {}} />);
    const row = (id: string) => container.querySelector(`[data-entity="${id}"]`)!.closest('li')!;
    expect(row('org:a').classList.contains('wide')).toBe(true);
    expect(row('place:kz').classList.contains('wide')).toBe(false);
  });
  it('show a zh-TW reader the Traditional form', () => {
    setLocale('zh_TW', zhTW);
    const zh = [{ ...entities[1]!, forms: { zh: '哈萨克斯坦' } }];
    const { container } = render(<EntityList entities={zh} view="type" onSelect={() => {}} />);
    expect(container.querySelector('[data-entity="place:kz"] bdi')?.textContent).toBe('哈薩克斯坦');
  });
});
