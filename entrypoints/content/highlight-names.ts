// The names Oxus's highlights carry in the page's CSS.highlights registry, which the page can read.
// Opaque on purpose: no product name, no kind (README.md here, "What the page can and cannot see").
// style.css uses the same names; e2e/page-defects.ts asserts this is all a page sees.
export const HIGHLIGHT_NAMES = {
  person: 'k7q-0',
  organisation: 'k7q-1',
  place: 'k7q-2',
  event: 'k7q-3',
  media: 'k7q-4',
  facility: 'k7q-5',
  claim: 'k7q-6',
} as const;
/** the brief flash after the panel reveals a mention, and the keyboard's current highlight */
export const FOCUS_NAME = 'k7q-f';
