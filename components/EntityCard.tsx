// The card for one entity, anchored to the page's date: offices held then first, what changed after,
// earlier career folded; an organisation's people in post then; later facts set apart; an event's
// timeline with the page's date; sources folded. Lays out only: logic in utils/present (anchor, words).
// Tested in EntityCard.test.tsx (and ThenSection.test.tsx).
import type { ComponentChildren } from 'preact';
import type { Entity, Fact, Role, Source } from '../core/dataset/schema';
import type { ClaimSummary, Details, OfficeHolder } from '../utils/protocol';
import { wikipediaUrl } from '../utils/format';
import { t, tn, tPieces, uiLocale, type MessageKey } from '../utils/i18n';
import { splitFacts, splitRoles, timelineWithPage, type LaterChange } from '../utils/present/anchor';
import { startOf, todayIso } from '../utils/present/dates';
import { hitValue } from '../utils/present/claims';
import { Message } from './Message';
import { nameKeyFor, readerNames, readerText, shownName, shownText } from '../utils/present/names';
import { citationText, dateWords, num, valueWords } from '../utils/present/words';
import { Citations, Refs, SourceList, sourceKindLabel, sourcesOf } from './SourceList';
import { MiniMap } from './MiniMap';
import { CopyButton } from './CopyButton';
import { ThenSection } from './ThenSection';

export interface EntityCardProps {
  details: Extract<Details, { kind: 'entity' }>;
  /** the page's date (YYYY-MM-DD), or today when the page has none */
  at: string;
  /** the form the page wrote */
  pageForm?: string;
  /** the page's figures, placed on an event's timeline */
  pageFigures?: readonly ClaimSummary[];
  onSelect?: (id: string) => void;
}

/** "since 12 June 2019", "1999 – 2002", "until 2026" in the UI language. */
export function datesWords(start?: string, end?: string): string {
  if (start && end) return t('card_range', dateWords(start), dateWords(end));
  if (start) return t('card_since', dateWords(start));
  if (end) return t('card_until', dateWords(end));
  return '';
}

function Dates({ start, end }: { start?: string; end?: string }) {
  const text = datesWords(start, end);
  return text ? (
    <span class="muted">
      {' '}
      · <bdi>{text}</bdi>
    </span>
  ) : null;
}

type Link = (id: string | undefined) => ComponentChildren;

/** A role title in the UI language when the dataset has it (role.i18n), else the English. */
const roleTitle = (role: { title: string; i18n?: Role['i18n'] }) => shownText(role.title, role.i18n, uiLocale());

/**
 * " (institution)": the link is a button, an atomic inline with a line break allowed on each side, so a narrow
 * panel could leave "(" at a line's end and the name on the next; `.parens` keeps both parentheses on the name.
 */
function Parens({ children }: { children: ComponentChildren }) {
  // the message's own space before "(" stays outside the unbreakable span (none in Chinese: "（…）")
  const [open = ' (', , close = ')'] = tPieces('punct_parens') as [string?, number?, string?];
  const gap = /^\s*/.exec(open)![0];
  return (
    <>
      {gap}
      <span class="parens">
        {open.slice(gap.length)}
        {children}
        {close}
      </span>
    </>
  );
}

function RoleLine({ role, link, cite }: { role: Role; link: Link; cite: Citations }) {
  const title = roleTitle(role);
  return (
    <li>
      <bdi lang={title.lang}>{title.text}</bdi>
      {role.org ? <Parens>{link(role.org)}</Parens> : null}
      <Dates start={role.start} end={role.end} />
      <Refs numbers={cite.ref(role.sources)} />
    </li>
  );
}

function ChangeLine({ change, link, cite }: { change: LaterChange<Role>; link: Link; cite: Citations }) {
  const key: MessageKey = change.change === 'started' ? 'card_change_started' : 'card_change_ended';
  return (
    <DatedRow date={change.date}>
      <Message id={key} args={[roleTitle(change.item)]} />
      {change.item.org ? <Parens>{link(change.item.org)}</Parens> : null}
      <Refs numbers={cite.ref(change.item.sources)} />
    </DatedRow>
  );
}

/** One row of "later": its date in words, then what happened. */
function DatedRow({ date, children }: { date: string; children: ComponentChildren }) {
  return (
    <li>
      <strong>
        <bdi>{dateWords(date)}</bdi>
      </strong>
      {t('punct_colon')}
      {children}
    </li>
  );
}

function HolderLine({ h, link, cite }: { h: OfficeHolder; link: Link; cite: Citations }) {
  return (
    <li>
      {link(h.id)}
      {t('punct_colon')}
      <bdi lang={roleTitle(h).lang}>{roleTitle(h).text}</bdi>
      <Dates start={h.start} end={h.end} />
      <Refs numbers={cite.ref(h.sources)} />
    </li>
  );
}

/** Entities named one after another, each a link to its card: "Almaty, Zhanaozen". */
function LinkList({ ids, link }: { ids: readonly string[]; link: Link }) {
  return (
    <>
      {ids.map((id, i) => (
        <span key={id}>
          {i ? t('list_separator') : ''}
          {link(id)}
        </span>
      ))}
    </>
  );
}

/** An outlet's owner as shown: the entity to link, or its text in the reader's language (else English). */
export function ownerOf(
  owner: Entity['owner'],
  key: string,
  locale = key,
): { entity?: string; text?: string; lang: string; sources: readonly string[] } | undefined {
  if (!owner) return undefined;
  const texts = (owner.text ?? {}) as Partial<Record<string, string>>;
  const shown = texts[key] ? readerText(texts[key]!, key, locale) : { text: texts.en, lang: 'en' };
  return { entity: owner.entity, text: shown.text, lang: shown.lang, sources: owner.sources };
}

/** A fact in the UI language when the dataset has it (fact.i18n), its sources and copy button. */
interface FactBodyProps {
  f: Fact;
  sources: Record<string, Source>;
  cite: Citations;
  /** show "(as of …)" after the text */
  asOf?: boolean;
}

function FactBody({ f, sources, cite, asOf }: FactBodyProps) {
  const shown = shownText(f.text, f.i18n, uiLocale());
  return (
    <>
      <span lang={shown.lang} dir="auto">
        {shown.text}
      </span>
      {asOf ? (
        <>
          <span class="muted small">
            <Message id="punct_parens" args={[{ text: t('card_as_of', dateWords(f.asOf)) }]} />
          </span>
        </>
      ) : null}
      <Refs numbers={cite.ref(f.sources)} />{' '}
      <CopyButton
        compact
        label={t('card_copy_fact')}
        text={() => citationText({ text: shown.text, asOf: f.asOf, sources: sourcesOf(f.sources, sources) })}
      />
    </>
  );
}

export function EntityCard({ details, at, pageForm, pageFigures = [], onSelect }: EntityCardProps) {
  const { record: r, sources } = details;
  const locale = uiLocale();
  const names = readerNames(details.names, locale);
  const cite = new Citations();
  const shown = shownName(r.names, r.name, locale, pageForm);
  const desc = r.description as Partial<Record<string, string>>;
  const descKey = nameKeyFor(locale);
  const { text: description, lang: descLang } = desc[descKey]
    ? readerText(desc[descKey]!, descKey, locale)
    : { text: desc.en, lang: 'en' };
  const link: Link = (id) =>
    id && names[id] && onSelect ? (
      <button type="button" class="link-button" data-entity={id} onClick={() => onSelect(id)}>
        <bdi>{names[id]}</bdi>
      </button>
    ) : id ? (
      <bdi>{names[id] ?? id}</bdi>
    ) : null;

  const roles = splitRoles(r.roles ?? [], at, todayIso());
  const holders = splitRoles(details.holders ?? [], at, todayIso());
  const facts = splitFacts(r.facts ?? [], at);
  const extra = r as { kind?: string };
  const outletKind = r.type === 'media' ? sourceKindLabel(extra.kind) : undefined;
  const owner = r.type === 'media' ? ownerOf(r.owner, descKey, locale) : undefined;
  // every form as the reader would see it, so the zh form already shown in Traditional is not listed again
  const otherNames = Object.entries(r.names)
    .map(([k, v]) => [k, v?.[0] && readerText(v[0], k, locale).text] as const)
    .filter(([k, v]) => v && v !== shown.text && v !== shown.page && k !== shown.lang)
    // one form written the same in several languages (RIA Novosti in en, de, fr) is listed once
    .filter(([, v], i, all) => all.findIndex(([, w]) => w === v) === i)
    .slice(0, 5);
  const idRefs = cite.ref(r.sources);

  const descriptionBlock = description ? (
    <p lang={descLang} dir="auto">
      {description}
      <Refs numbers={idRefs} />
    </p>
  ) : null;
  // everything after the page in one list, by date: roles taken or left, posts changing hands, facts
  const laterRows: { sort: string; el: ComponentChildren }[] = [
    ...roles.later.map((c, i) => ({
      sort: startOf(c.date) ?? c.date,
      el: <ChangeLine key={`r${i}`} change={c} link={link} cite={cite} />,
    })),
    ...holders.later.map((c, i) => ({
      sort: startOf(c.date) ?? c.date,
      el: (
        <DatedRow key={`h${i}`} date={c.date}>
          {link(c.item.id)}
          {t('punct_comma')}
          <Message
            id={c.change === 'started' ? 'card_change_started' : 'card_change_ended'}
            args={[roleTitle(c.item)]}
          />
          <Refs numbers={cite.ref(c.item.sources)} />
        </DatedRow>
      ),
    })),
    ...facts.later.map((f, i) => ({
      sort: startOf(f.asOf) ?? f.asOf,
      el: (
        <DatedRow key={`f${i}`} date={f.asOf}>
          <FactBody f={f} sources={sources} cite={cite} />
        </DatedRow>
      ),
    })),
  ];
  // a person's offices on the page's date come before a description written later
  const thenFirst = roles.then.length > 0;

  return (
    <article class="card entity-card" data-card={r.id} aria-labelledby={`card-${r.id}`}>
      <h2 class="card-title" id={`card-${r.id}`} tabIndex={-1}>
        <bdi lang={shown.lang}>{shown.text}</bdi>
      </h2>
      {shown.page ? (
        <p class="small muted" data-testid="page-form">
          {t('card_page_form', '')}
          <bdi dir="auto">{shown.page}</bdi>
        </p>
      ) : null}
      <p class="small">
        <span class={`chip kind-${r.type}`}>{t(`type_${r.type}` as MessageKey)}</span>
        {r.country ? <span class="muted"> · {link(r.country)}</span> : null}
        {r.start || r.end ? <Dates start={r.start} end={r.end} /> : null}
      </p>
      {thenFirst ? null : descriptionBlock}
      <ThenSection
        testId="then"
        heading={t('card_on_date', dateWords(at))}
        items={roles.then}
        line={(role, i) => <RoleLine key={i} role={role} link={link} cite={cite} />}
      />
      {thenFirst ? descriptionBlock : null}
      <ThenSection
        testId="holders-then"
        heading={t('card_people_then', dateWords(at))}
        items={holders.then}
        line={(h, i) => <HolderLine key={i} h={h} link={link} cite={cite} />}
      />
      {r.type === 'media' && (owner || r.country || outletKind) ? (
        <p class="small" data-testid="outlet">
          {owner ? (
            <span>
              {t('card_owner', '')}
              {owner.entity ? (
                link(owner.entity)
              ) : (
                <bdi lang={owner.lang} dir="auto">
                  {owner.text}
                </bdi>
              )}
              <Refs numbers={cite.ref(owner.sources)} />
              {r.country || outletKind ? ' · ' : null}
            </span>
          ) : null}
          {r.country ? (
            <span>
              {t('card_country', '')}
              {link(r.country)}
            </span>
          ) : null}
          {outletKind ? (
            <span>
              {r.country ? ' · ' : null}
              {t('card_kind', outletKind)}
            </span>
          ) : null}
        </p>
      ) : null}
      {facts.then.length ? (
        <section>
          <h3>{t('card_facts')}</h3>
          <ul>
            {facts.then.map((f, i) => (
              <li key={i}>
                <FactBody f={f} sources={sources} cite={cite} asOf />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {roles.later.length || holders.later.length || facts.later.length ? (
        <section class="later" data-testid="later">
          <h3>{t('card_later')}</h3>
          <ul>{laterRows.sort((a, b) => a.sort.localeCompare(b.sort)).map((row) => row.el)}</ul>
        </section>
      ) : null}
      {roles.earlier.length ? (
        <details class="earlier">
          <summary class="small">{tn('card_earlier', roles.earlier.length)}</summary>
          <ul>
            {roles.earlier.map((role, i) => (
              <RoleLine key={i} role={role} link={link} cite={cite} />
            ))}
          </ul>
        </details>
      ) : null}
      {r.population ? (
        <p class="small">
          {t('card_population', num(r.population.value), t('card_as_of', dateWords(r.population.asOf)))}
          <Refs numbers={cite.ref(r.population.sources)} />
        </p>
      ) : null}
      {r.coords ? (
        <MiniMap points={[{ id: r.id, name: shown.text, coords: r.coords }]} selected={r.id} height={140} />
      ) : null}
      {r.timeline?.length ? (
        <section>
          <h3>{t('card_timeline')}</h3>
          <ol class="timeline">
            {timelineWithPage(r.timeline, at).map((row, i) =>
              row.kind === 'page' ? (
                <li key={i} class="timeline-page" data-testid="timeline-page" aria-current="date">
                  <strong>{t('card_timeline_page', dateWords(at))}</strong>
                  {pageFigures.length ? (
                    <span class="small">
                      {' '}
                      —{' '}
                      {t(
                        'card_timeline_page_figures',
                        pageFigures
                          .map((h) => valueWords(hitValue(h), h.unit))
                          .filter(Boolean)
                          .join(t('list_separator')),
                      )}
                    </span>
                  ) : null}
                </li>
              ) : (
                <li key={i} class={row.later ? 'later-item' : undefined}>
                  <strong>
                    <bdi>{dateWords(row.item.date)}</bdi>
                  </strong>{' '}
                  <span lang={shownText(row.item.text, row.item.i18n, locale).lang} dir="auto">
                    {shownText(row.item.text, row.item.i18n, locale).text}
                  </span>
                  <Refs numbers={cite.ref(row.item.sources)} />
                </li>
              ),
            )}
          </ol>
        </section>
      ) : null}
      {r.places?.length || r.participants?.length ? (
        <p class="small">
          {r.places?.length ? (
            <>
              {t('card_places')} <LinkList ids={r.places} link={link} />.{' '}
            </>
          ) : null}
          {r.participants?.length ? (
            <>
              {t('card_involved')} <LinkList ids={r.participants} link={link} />.
            </>
          ) : null}
        </p>
      ) : null}
      {otherNames.length ? (
        <p class="small muted">
          {t('card_also_written')}{' '}
          {otherNames.map(([k, v], i) => (
            <span key={k}>
              {i ? t('list_separator') : ''}
              <bdi lang={k}>{v}</bdi>
            </span>
          ))}
        </p>
      ) : null}
      {r.wikipedia ? (
        <p class="small">
          <a href={wikipediaUrl(r.wikipedia)} target="_blank" rel="noreferrer noopener">
            {t('card_wikipedia')}: <bdi lang="en">{r.wikipedia}</bdi>
          </a>
        </p>
      ) : null}
      <SourceList ids={cite.order} sources={sources} />
      <p class="small muted card-foot">
        <span>{t('card_record_as_of', dateWords(r.asOf))}</span>{' '}
        <CopyButton
          text={() =>
            citationText({
              text: [shown.text, description].filter(Boolean).join(': '),
              asOf: r.asOf,
              sources: sourcesOf(r.sources, sources),
            })
          }
        />
      </p>
    </article>
  );
}
