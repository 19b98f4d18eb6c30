// What the hover card says about a record, from the background's details answer: the name and the
// description in the reader's UI language (the page's language, then English, as fallbacks), Chinese
// in Traditional characters for a zh-Hant reader. Pure (no DOM, no messaging). Tested in card-about.test.ts.
import { textIn } from '../../core/dataset/compiled';
import type { Details } from '../../utils/protocol';
import { nameKeyFor, readerName, readerText } from '../../utils/present/names';

export type About = { title?: string; text: string; verdict: string };

/**
 * `locale`: the reader's UI locale (the card's strings), or the page's language until they arrive;
 * `pageLang`: the page's language key; `verdict`: the card's wording of a claim status.
 */
export function aboutFromDetails(
  d: Details | null | undefined,
  locale: string,
  pageLang: string,
  verdict: (status: string) => string,
): About {
  const ui = nameKeyFor(locale);
  if (d?.kind === 'entity') {
    const names = d.record.names as Partial<Record<string, readonly string[]>>;
    const title = readerName(names[ui]?.[0] ?? d.record.name, locale);
    const desc = d.record.description as Partial<Record<string, string>>;
    const key = [ui, pageLang, 'en'].find((k) => desc[k]);
    return { title, text: key ? readerText(desc[key]!, key, locale).text : '', verdict: '' };
  }
  if (d?.kind === 'claim') {
    return { text: readerText(textIn(d.claim.context, ui), ui, locale).text, verdict: verdict(d.claim.status) };
  }
  return { text: '', verdict: '' };
}
