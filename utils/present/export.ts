// The page's context as a document: what Oxus found (names with what they were on the page's date,
// claim groups with verdicts and sources) gathered through the details loader, then written as
// JSON (codes and ISO dates, for machines) or Markdown (words in the UI language, for people).
// No DOM. Tested through e2e (the export step parses the Markdown and JSON).
import type { Source } from '../../core/dataset/schema';
import type { Details, TabState } from '../protocol';
import { t } from '../i18n';
import { splitRoles } from './anchor';
import { claimVerdict, figureVerdict, groupClaims, type Verdict } from './claims';
import { todayIso } from './dates';
import { dateWords, figureWhy, measureWords, VERDICT_KEY } from './words';

export interface ExportSource {
  title: string;
  publisher: string;
  url?: string;
  date?: string;
  kind?: string;
}

export interface ExportData {
  format: 'oxus-export';
  version: 1;
  page: { title: string; url: string; date?: string; lang: string };
  /** the date cards were anchored to (page date or the day of export) */
  anchor: string;
  entities: { id: string; name: string; type: string; mentions: number; description?: string; rolesThen: string[] }[];
  claims: { about: string; verdict: Verdict; why: string; sentences: string[]; sources: ExportSource[] }[];
  otherStatements: string[];
}

const toSource = (s: Source): ExportSource => ({
  title: s.title,
  publisher: s.publisher,
  ...(s.url ? { url: s.url } : {}),
  ...(s.date ? { date: s.date } : {}),
  ...((s as { kind?: string }).kind ? { kind: (s as { kind?: string }).kind } : {}),
});

type Loader = (id: string) => Promise<Details | null>;
const safe = (load: Loader, id: string) => load(id).catch(() => null);

/** Loads what the export needs (one details call per entity and per claim group). */
export async function collectExport(state: TabState, load: Loader): Promise<ExportData> {
  const anchor = state.date ?? todayIso();
  const entities = await Promise.all(
    state.entities.map(async (e) => {
      const d = await safe(load, e.id);
      const rec = d?.kind === 'entity' ? d.record : undefined;
      return {
        id: e.id,
        name: e.name,
        type: e.type,
        mentions: e.count,
        ...(rec ? { description: rec.description.en } : {}),
        rolesThen: rec ? splitRoles(rec.roles ?? [], anchor).then.map((r) => r.title) : [],
      };
    }),
  );
  const { groups, other } = groupClaims(state.claims);
  const claims = await Promise.all(
    groups.map(async (g) => {
      const d = await safe(load, g.id);
      if (d?.kind === 'claim') {
        const v = claimVerdict(d.claim);
        const ids = [...d.claim.context.sources, ...d.claim.sources];
        return {
          about: d.claim.text.en ?? '',
          ...v,
          sentences: g.sentences,
          sources: ids.flatMap((id) => (d.sources[id] ? [toSource(d.sources[id]!)] : [])),
        };
      }
      if (d?.kind === 'figure') {
        const { verdict, basis } = figureVerdict(g.relations, d.series ?? [d.figure]);
        const ids = basis?.sources ?? [];
        return {
          about: measureWords(g.measure ?? d.figure.measure),
          verdict,
          why: figureWhy(verdict, basis, d.names),
          sentences: g.sentences,
          sources: ids.flatMap((id) => (d.sources[id] ? [toSource(d.sources[id]!)] : [])),
        };
      }
      return {
        about: g.hits[0]?.text ?? g.key,
        verdict: 'no-record' as Verdict,
        why: '',
        sentences: g.sentences,
        sources: [],
      };
    }),
  );
  return {
    format: 'oxus-export',
    version: 1,
    page: { title: state.title, url: state.url, ...(state.date ? { date: state.date } : {}), lang: state.lang },
    anchor,
    entities,
    claims,
    otherStatements: other.map((c) => c.sentence ?? c.text),
  };
}

export const toJson = (data: ExportData): string => `${JSON.stringify(data, null, 2)}\n`;

/** Markdown special characters escaped in text taken from pages and data. */
const md = (s: string) =>
  s
    .replace(/([\\`*_[\]#<>|])/g, '\\$1')
    .replace(/\s+/g, ' ')
    .trim();

export function toMarkdown(data: ExportData): string {
  const out: string[] = [];
  out.push(`# ${md(data.page.title || data.page.url)}`, '');
  out.push(`<${data.page.url}>${data.page.date ? ` · ${dateWords(data.page.date)}` : ''}`, '');
  out.push(`## ${t('panel_claims')}`, '');
  for (const c of data.claims) {
    out.push(`### ${md(c.about)}`, '', `**${t(VERDICT_KEY[c.verdict])}**${c.why ? ` — ${md(c.why)}` : ''}`, '');
    for (const s of c.sentences) out.push(`> ${md(s)}`, '');
    for (const s of c.sources) {
      const label = `${md(s.publisher)}: ${md(s.title)}${s.date ? `, ${dateWords(s.date)}` : ''}`;
      out.push(s.url ? `- [${label}](<${s.url}>)` : `- ${label}`);
    }
    if (c.sources.length) out.push('');
  }
  if (data.otherStatements.length) {
    out.push(`### ${t('claim_other_other', data.otherStatements.length)}`, '');
    for (const s of data.otherStatements) out.push(`- ${md(s)}`);
    out.push('');
  }
  out.push(`## ${t('type_person_many')} · ${t('type_organisation_many')} · ${t('type_place_many')}`, '');
  for (const e of data.entities) {
    const then = e.rolesThen.length
      ? ` — ${t('card_on_date', dateWords(data.anchor))}: ${e.rolesThen.map(md).join('; ')}`
      : '';
    out.push(
      `- **${md(e.name)}** (${t(`type_${e.type}` as 'type_person')})${e.description ? `: ${md(e.description)}` : ''}${then}`,
    );
  }
  out.push('');
  return out.join('\n');
}

/** "oxus-<host>-<date>.md": a name a reader can find again. */
export function exportFileName(state: Pick<TabState, 'url' | 'date'>, ext: 'md' | 'json'): string {
  let host = 'page';
  try {
    host = new URL(state.url).hostname.replace(/^www\./, '');
  } catch {
    // keep "page"
  }
  return `oxus-${host.replace(/[^a-z0-9.-]/gi, '')}-${state.date ?? todayIso()}.${ext}`;
}
