// One "on the page's date" section of a card: a heading and a line per item (the offices a person
// held then, the people in post then). Lays out only: what counts as "then" is utils/present/anchor's.
// Tested in ThenSection.test.tsx and through EntityCard.test.tsx.
import type { ComponentChildren } from 'preact';

export interface ThenSectionProps<T> {
  /** data-testid of the section (the e2e and card tests find it by this) */
  testId: string;
  heading: string;
  items: readonly T[];
  /** one <li> per item */
  line: (item: T, index: number) => ComponentChildren;
}

/** Nothing when there are no items: a card shows no empty heading. */
export function ThenSection<T>({ testId, heading, items, line }: ThenSectionProps<T>) {
  if (items.length === 0) return null;
  return (
    <section class="then" data-testid={testId}>
      <h3>{heading}</h3>
      <ul>{items.map(line)}</ul>
    </section>
  );
}
