// Puts words on the pure results of utils/present: numbers, dates, verdicts, figures and citations
// in the UI language (through t() and Intl). No DOM. Tested in words.test.ts.
import type { Figure, Source } from '../../core/dataset/schema';
import { t, uiLocale, type MessageKey } from '../i18n';
import { figureValue, type ValueParts, type Verdict } from './claims';
import { formatDate } from './dates';
import { shownText } from './names';

export const num = (n: number): string => new Intl.NumberFormat(uiLocale()).format(n);

export const dateWords = (d: string): string => formatDate(d, uiLocale());

/** The same with a short month ("12 Jan 2022"), for table cells. */
export const dateShort = (d: string): string => formatDate(d, uiLocale(), 'short');

const APPROX_KEY: Record<string, MessageKey> = {
  about: 'claim_approx_about',
  'more-than': 'claim_approx_more_than',
  'at-least': 'claim_approx_at_least',
  'less-than': 'claim_approx_less_than',
  'at-most': 'claim_approx_at_most',
  'up-to': 'claim_approx_up_to',
};

/** "about 1,000", "at least 100", "50,000–100,000" in the UI language. */
export function valueWords(v: ValueParts | undefined, unit?: string): string {
  if (!v) return '';
  let text: string;
  if ('range' in v) {
    const f = new Intl.NumberFormat(uiLocale()) as Intl.NumberFormat & {
      formatRange?: (a: number, b: number) => string;
    };
    text = f.formatRange ? f.formatRange(v.range[0], v.range[1]) : `${num(v.range[0])}–${num(v.range[1])}`;
  } else {
    text = v.approx && APPROX_KEY[v.approx] ? t(APPROX_KEY[v.approx]!, v.n) : num(v.n);
  }
  return unit ? `${text} ${unit}` : text;
}

export const VERDICT_KEY: Record<Verdict, MessageKey> = {
  consistent: 'claim_verdict_consistent',
  'later-differs': 'claim_verdict_later',
  disputed: 'claim_verdict_disputed',
  contradicted: 'claim_verdict_contradicted',
  opinion: 'claim_verdict_opinion',
  'no-record': 'claim_verdict_none',
};

export const measureWords = (measure: string): string => t(`claim_measure_${measure.replace(/-/g, '_')}` as MessageKey);

/** Who stated a figure: the entity's name in the UI language, or the dataset's text (in the UI
 * language when the dataset has it, through the same shownText as a figure's subject). */
export const whoSaid = (f: Figure, names: Record<string, string>): string | undefined =>
  f.statedBy
    ? (names[f.statedBy] ?? f.statedBy)
    : f.statedByText && shownText(f.statedByText, f.statedByTextI18n, uiLocale()).text;

/** The one-line "why" under a figure group's verdict. */
export function figureWhy(verdict: Verdict, basis: Figure | undefined, names: Record<string, string>): string {
  if (!basis) return '';
  const who = whoSaid(basis, names);
  const date = dateWords(basis.asOf);
  if (verdict === 'later-differs') {
    // the subject stands in the series table; the line stays one line
    const what = valueWords(figureValue(basis), basis.unit);
    return who ? t('claim_why_later', what, who, date) : t('claim_why_later_nobody', what, date);
  }
  if (verdict === 'consistent') return who ? t('claim_why_same', who, date) : t('claim_why_same_nobody', date);
  if (verdict === 'disputed') return t('claim_why_differs');
  return '';
}

export interface CitationInput {
  /** the fact, claim or card text being cited */
  text: string;
  /** the date the text holds for ("as of"), if any */
  asOf?: string;
  sources: readonly Source[];
}

/**
 * Plain-text citation for the clipboard: the text (as of its date), then each source as
 * "Publisher, “Title”, date in words, URL". Dates in the UI language.
 */
export function citationText({ text, asOf, sources }: CitationInput): string {
  const head = asOf ? `${text} (${t('card_as_of', dateWords(asOf))})` : text;
  const lines = sources.map((s) =>
    [s.publisher, `“${s.title}”`, s.date ? dateWords(s.date) : undefined, s.url].filter(Boolean).join(', '),
  );
  return [head, ...lines.map((l) => `— ${l}`)].join('\n');
}
