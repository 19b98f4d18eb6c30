// @vitest-environment happy-dom
// The map frames Central Asia and the places near it; far ones are named under it, still clickable.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { frameFor, MiniMap } from './MiniMap';

afterEach(cleanup);

const almaty = { id: 'place:almaty', name: 'Almaty', coords: [43.25, 76.92] as [number, number] };
const aktau = { id: 'place:aktau', name: 'Aktau', coords: [43.65, 51.16] as [number, number] };
const washington = { id: 'place:washington-dc', name: 'Washington, D.C.', coords: [38.9, -77.04] as [number, number] };

describe('MiniMap', () => {
  it('draws near places as dots and names far ones under the map', () => {
    const onSelect = vi.fn();
    const { container } = render(<MiniMap points={[almaty, aktau, washington]} onSelect={onSelect} />);
    const dotLabels = [...container.querySelectorAll('g.dot text')].map((t) => t.textContent);
    expect(dotLabels).toEqual(['Almaty', 'Aktau']);
    expect(screen.getByText(/off this map/)).toBeTruthy();
    fireEvent.click(screen.getByText('Washington, D.C.'));
    expect(onSelect).toHaveBeenCalledWith('place:washington-dc');
  });
  it('keeps the Central Asia frame when all places are inside it', () => {
    expect(frameFor([almaty, aktau])).toEqual([46, 35, 88, 56]);
  });
});
