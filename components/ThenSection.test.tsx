// @vitest-environment happy-dom
// The card's "then" section: heading and one line per item in order, nothing at all when empty.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { ThenSection } from './ThenSection';

afterEach(cleanup);

describe('ThenSection', () => {
  it('shows the heading and one line per item, in order', () => {
    render(
      <ThenSection
        testId="holders-then"
        heading="In post on 5 January 2022"
        items={['Minister', 'Deputy']}
        line={(title, i) => <li key={i}>{`${i + 1}. ${title}`}</li>}
      />,
    );
    const section = screen.getByTestId('holders-then');
    expect(section.tagName).toBe('SECTION');
    expect(section.classList.contains('then')).toBe(true);
    expect(section.querySelector('h3')?.textContent).toBe('In post on 5 January 2022');
    expect([...section.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['1. Minister', '2. Deputy']);
  });
  it('renders nothing for no items (no empty heading)', () => {
    const { container } = render(<ThenSection testId="then" heading="On that date" items={[]} line={() => <li />} />);
    expect(container.innerHTML).toBe('');
    expect(screen.queryByTestId('then')).toBeNull();
  });
});
