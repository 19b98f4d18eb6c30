// The page's figures and claims, one view per claim: verdict and why in one line, the recorded series
// as a table with the page's figure at its date, the page's sentences, sources folded; the rest as
// "other statements". Lays out only: grouping and verdicts are utils/present/claims.ts's.
// Tested through utils/present/claims.test.ts (grouping), SidePanelApp.test.tsx and e2e/scenario.ts.
import { Fragment } from 'preact';
import type { Figure, KnownClaim, Source } from '../core/dataset/schema';
import type { ClaimSummary, Details } from '../utils/protocol';
import { useState } from 'preact/hooks';
import { useDetails, type DetailsLoader } from '../hooks/use-details';
import { t, textDir, tn, uiLocale } from '../utils/i18n';
import {
  claimVerdict,
  figureValue,
  figureVerdict,
  groupClaims,
  hitValue,
  seriesRows,
  type ClaimGroup,
  type Verdict,
} from '../utils/present/claims';
import { Message } from './Message';
import { nameKeyFor, readerText, shownText, withReaderNames } from '../utils/present/names';
import {
  citationText,
  dateShort,
  figureWhy,
  measureWords,
  valueWords,
  VERDICT_KEY,
  whoSaid,
} from '../utils/present/words';
import { Citations, Refs, SourceList, sourcesOf } from './SourceList';
import { CopyButton } from './CopyButton';

export interface ClaimListProps {
  claims: readonly ClaimSummary[];
  load: DetailsLoader;
  /** the page's date, where its own figures sit in a series */
  pageDate?: string;
  /** the page's language, for `lang` on its sentences */
  pageLang?: string;
}

/** Who a claim on the page is attributed to: the record's name in the UI language, else the words on the page. */
const attributedName = (a: { id?: string; name: string } | undefined, names: Record<string, string>) =>
  a && ((a.id && names[a.id]) || a.name);

/** Names joined by the UI's list separator, each isolated (a Latin name in an Arabic list keeps its place). */
const bdiList = (names: string[]) =>
  names.map((n, i) => (
    <Fragment key={i}>
      {i ? t('list_separator') : null}
      <bdi>{n}</bdi>
    </Fragment>
  ));

function VerdictLine({ verdict, why }: { verdict: Verdict; why: string }) {
  // the line takes the direction of its why (an English context in a Persian UI): a clamped line's
  // ellipsis goes at the end of the text it cuts, not over the first letters of its second line
  return (
    <p class={`verdict verdict-${verdict}`} data-verdict={verdict} dir={why ? textDir(why) : undefined}>
      <strong>{t(VERDICT_KEY[verdict])}</strong>
      {why ? (
        <span dir="auto" class="why">
          {' — '}
          {why}
        </span>
      ) : null}
    </p>
  );
}

function Sentences({ group, pageLang }: { group: ClaimGroup; pageLang?: string }) {
  return (
    <details class="sentences">
      <summary class="small">{tn('claim_stated_here', group.sentences.length)}</summary>
      <ul class="small">
        {group.sentences.map((s, i) => (
          <li key={i} lang={pageLang} dir="auto">
            {s}
          </li>
        ))}
      </ul>
    </details>
  );
}

function SeriesTable({
  group,
  series,
  names,
  pageDate,
  cite,
}: {
  group: ClaimGroup;
  series: readonly Figure[];
  names: Record<string, string>;
  pageDate?: string;
  cite: Citations;
}) {
  const all = seriesRows(series, group.relations, group.hits, pageDate);
  const [full, setFull] = useState(false);
  // by default the page's figures, the one they match and the later ones: the rest on request
  const rows = full ? all : all.filter((r) => r.kind === 'page' || r.relation === 'same' || r.relation === 'later');
  let prevWho: string | undefined;
  const who = (name: string | undefined) => {
    // a run of figures from one body names it once
    const shown = name && name === prevWho ? '〃' : (name ?? '');
    prevWho = name;
    return shown;
  };
  const hidden = all.length - rows.length;
  return (
    <>
      <table class="series small">
        <caption class="visually-hidden">{t('claim_series')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('claim_col_date')}</th>
            <th scope="col">{t('claim_col_figure')}</th>
            <th scope="col">{t('claim_col_who')}</th>
            <th scope="col">{t('claim_col_source')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) =>
            row.kind === 'page' ? (
              <tr key={i} class="this-page" data-testid="series-page">
                <td>
                  <bdi>{row.date ? dateShort(row.date) : ''}</bdi>
                </td>
                <td>
                  <strong>
                    <bdi>{valueWords(hitValue(row.hit), row.hit.unit)}</bdi>
                  </strong>
                </td>
                <td>
                  {/* the page's speaker in the UI language when the dataset knows them, else as written */}
                  <bdi>{who(attributedName(row.hit.attributedTo, names))}</bdi>
                </td>
                <td>{t('claim_this_page')}</td>
              </tr>
            ) : (
              <tr
                key={i}
                class={`status-row-${row.figure.status}${row.relation === 'same' ? ' same' : ''}`}
                data-figure={row.figure.id}
              >
                <td>
                  <bdi>{dateShort(row.figure.asOf)}</bdi>
                </td>
                <td>
                  <bdi>{valueWords(figureValue(row.figure), row.figure.unit)}</bdi>
                  {row.relation === 'same' ? (
                    <>
                      {' '}
                      <span class="match" role="img" title={t('claim_matches')} aria-label={t('claim_matches')}>
                        ✓
                      </span>
                    </>
                  ) : null}
                  {row.figure.subject ? (
                    <div class="muted subject" lang={subjectIn(row.figure).lang}>
                      {subjectIn(row.figure).text}
                    </div>
                  ) : null}
                </td>
                <td>
                  <bdi>{who(whoSaid(row.figure, names))}</bdi>
                </td>
                <td>
                  {row.figure.status !== 'official' ? (
                    <span class="muted status-word">{t(`claim_status_${row.figure.status}`)}</span>
                  ) : null}
                  <Refs numbers={cite.ref(row.figure.sources)} />
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
      {hidden > 0 || full ? (
        <button type="button" class="link-button small" aria-expanded={full} onClick={() => setFull(!full)}>
          {full ? t('claim_series_fewer') : tn('claim_series_all', all.filter((r) => r.kind === 'figure').length)}
        </button>
      ) : null}
    </>
  );
}

function pageValues(group: ClaimGroup): string {
  return [...new Set(group.hits.map((h) => valueWords(hitValue(h), h.unit)).filter(Boolean))].join(
    t('list_separator_strong'),
  );
}

/** What closes every claim view: the page's sentences, the sources folded, and copy citation. */
function ClaimFooter({
  group,
  pageLang,
  cite,
  sources,
  citation,
}: {
  group: ClaimGroup;
  pageLang?: string;
  cite: Citations;
  sources: Record<string, Source>;
  citation: () => { text: string; asOf?: string; sourceIds: readonly string[] };
}) {
  const copy = () => {
    const { text, asOf, sourceIds } = citation();
    return citationText({ text, asOf, sources: sourcesOf(sourceIds, sources) });
  };
  return (
    <>
      <Sentences group={group} pageLang={pageLang} />
      <SourceList ids={cite.order} sources={sources} />
      <CopyButton compact label={t('card_copy')} text={copy} />
    </>
  );
}

function FigureBody({
  group,
  d,
  pageDate,
  pageLang,
}: {
  group: ClaimGroup;
  d: Extract<Details, { kind: 'figure' }>;
  pageDate?: string;
  pageLang?: string;
}) {
  const cite = new Citations();
  const series = d.series ?? [d.figure];
  const { verdict, basis } = figureVerdict(group.relations, series);
  const why = figureWhy(verdict, basis, d.names);
  return (
    <>
      <VerdictLine verdict={verdict} why={why} />
      <SeriesTable group={group} series={series} names={d.names} pageDate={pageDate} cite={cite} />
      <div class="bar">
        <ClaimFooter
          group={group}
          pageLang={pageLang}
          cite={cite}
          sources={d.sources}
          citation={() => ({
            text: `${measureWords(group.measure ?? d.figure.measure)}: ${why}`,
            asOf: basis?.asOf,
            sourceIds: basis?.sources ?? [],
          })}
        />
      </div>
    </>
  );
}

/** A figure's subject ("security personnel") in the UI language when the dataset has it. */
const subjectIn = (f: Figure) => shownText(f.subject ?? '', f.subjectI18n, uiLocale());

function claimText(k: KnownClaim): { text: string; lang: string } {
  const key = nameKeyFor(uiLocale());
  const texts = k.text as Partial<Record<string, string>>;
  return texts[key] ? readerText(texts[key]!, key, uiLocale()) : { text: k.text.en ?? '', lang: 'en' };
}

function ClaimBody({
  d,
  group,
  pageLang,
}: {
  d: Extract<Details, { kind: 'claim' }>;
  group: ClaimGroup;
  pageLang?: string;
}) {
  const k = d.claim;
  const cite = new Citations();
  const context = shownText(k.context.text, k.context.i18n, uiLocale());
  const { verdict, why } = claimVerdict(k, context.text);
  const refs = cite.ref(k.context.sources);
  cite.ref(k.sources);
  return (
    <>
      <VerdictLine verdict={verdict} why={why} />
      <div class="bar">
        {k.claimedBy?.length ? (
          <span class="small muted claimed-by">
            <Message id="claim_claimed_by" args={[{ text: bdiList(k.claimedBy.map((id) => d.names[id] ?? id)) }]} />
            {k.date ? (
              <>
                {' '}
                · <bdi>{dateShort(k.date)}</bdi>
              </>
            ) : null}
          </span>
        ) : null}
        {context.text.length > why.length + 2 ? (
          <details class="context">
            <summary class="small">{t('claim_more')}</summary>
            <p class="small" lang={context.lang} dir="auto">
              {context.text}
              <Refs numbers={refs} />
            </p>
          </details>
        ) : null}
        <ClaimFooter
          group={group}
          pageLang={pageLang}
          cite={cite}
          sources={d.sources}
          citation={() => ({
            text: `${claimText(k).text} — ${t(VERDICT_KEY[verdict])}: ${context.text}`,
            asOf: k.date,
            sourceIds: [...k.context.sources, ...k.sources],
          })}
        />
      </div>
    </>
  );
}

function GroupCard({
  group,
  load,
  pageDate,
  pageLang,
}: {
  group: ClaimGroup;
  load: DetailsLoader;
  pageDate?: string;
  pageLang?: string;
}) {
  const st = useDetails(group.id, load);
  const d = st?.status === 'done' ? st.details && withReaderNames(st.details, uiLocale()) : null;
  const heading =
    d?.kind === 'claim' ? (
      <bdi lang={claimText(d.claim).lang}>{claimText(d.claim).text}</bdi>
    ) : (
      <>
        {measureWords(group.measure ?? (d?.kind === 'figure' ? d.figure.measure : 'count'))}
        {t('punct_colon')}
        <bdi>{pageValues(group)}</bdi>
      </>
    );
  return (
    <li class="card claim-group" data-group={group.key} data-kind={group.kind}>
      <h3>{heading}</h3>
      {!st || st.status === 'loading' ? (
        <p class="muted small">{t('panel_loading')}</p>
      ) : d?.kind === 'figure' ? (
        <FigureBody group={group} d={d} pageDate={pageDate} pageLang={pageLang} />
      ) : d?.kind === 'claim' ? (
        <ClaimBody d={d} group={group} pageLang={pageLang} />
      ) : (
        <>
          <VerdictLine verdict="no-record" why="" />
          <Sentences group={group} pageLang={pageLang} />
        </>
      )}
    </li>
  );
}

export function ClaimList({ claims, load, pageDate, pageLang }: ClaimListProps) {
  if (!claims.length) return <p class="muted">{t('panel_claims_none')}</p>;
  const { groups, other } = groupClaims(claims);
  return (
    <div class="claims">
      <p class="small muted" data-testid="claim-count">
        {tn('claim_groups', groups.length)}
      </p>
      <ul class="list">
        {groups.map((g) => (
          <GroupCard key={g.key} group={g} load={load} pageDate={pageDate} pageLang={pageLang} />
        ))}
      </ul>
      {other.length ? (
        <details class="other-statements" data-testid="other-statements">
          <summary class="small">{tn('claim_other', other.length)}</summary>
          <ul class="small">
            {other.map((c, i) => (
              <li key={i}>
                <span lang={pageLang} dir="auto">
                  {c.sentence ?? c.text}
                </span>
                {c.attributedTo ? (
                  <span class="muted">
                    {' '}
                    — {t('claim_according_to', '')}
                    <bdi>{c.attributedTo.name}</bdi>
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
