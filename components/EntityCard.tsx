// The card for one entity: description, names, roles with dates, facts with their sources,
// population and map point for places, the timeline for events, and the Wikipedia link text.
import type { Details } from '../utils/protocol';
import { dateRange, TYPE_LABEL, wikipediaUrl } from '../utils/format';
import { Citations, Refs, SourceList } from './SourceList';
import { MiniMap } from './MiniMap';

export interface EntityCardProps {
  details: Extract<Details, { kind: 'entity' }>;
  /** reading language of the page, for descriptions written in it */
  lang?: string;
  onSelect?: (id: string) => void;
}

export function EntityCard({ details, lang = 'en', onSelect }: EntityCardProps) {
  const { record: r, sources, names } = details;
  const cite = new Citations();
  const desc = r.description as Partial<Record<string, string>>;
  const description = desc[lang] ?? desc.en;
  const idRefs = cite.ref(r.sources);
  const nameOf = (id: string | undefined) => (id ? (names[id] ?? id) : undefined);
  const link = (id: string | undefined) =>
    id && names[id] && onSelect ? (
      <a href="#" onClick={(e) => { e.preventDefault(); onSelect(id); }} dir="auto">{names[id]}</a>
    ) : (
      nameOf(id)
    );
  const otherNames = Object.entries(r.names)
    .filter(([k]) => k !== 'en')
    .map(([k, v]) => [k, v?.[0]] as const)
    .filter(([, v]) => v && v !== r.name)
    .slice(0, 8);

  return (
    <article class="card" data-card={r.id} aria-label={r.name}>
      <h3 dir="auto">{r.name}</h3>
      <div class="small">
        <span class={`chip kind-${r.type}`}>{TYPE_LABEL[r.type][0]}</span>
        {r.country ? <span class="muted"> · {link(r.country)}</span> : null}
        {r.start || r.end ? <span class="muted"> · {dateRange(r.start, r.end)}</span> : null}
      </div>
      {description ? (
        <p dir="auto">
          {description}
          <Refs numbers={idRefs} />
        </p>
      ) : null}
      {otherNames.length ? (
        <p class="small muted">
          Also written:{' '}
          {otherNames.map(([k, v], i) => (
            <span key={k}>
              {i ? ', ' : ''}
              <bdi dir="auto" lang={k}>{v}</bdi>
            </span>
          ))}
        </p>
      ) : null}
      {r.roles?.length ? (
        <section>
          <h2>Roles</h2>
          <ul>
            {r.roles.map((role, i) => (
              <li key={i}>
                {role.title}
                {role.org ? <span> ({link(role.org)})</span> : null}
                {role.start || role.end ? <span class="muted"> · {dateRange(role.start, role.end)}</span> : null}
                <Refs numbers={cite.ref(role.sources)} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {r.population ? (
        <p class="small">
          Population {r.population.value.toLocaleString('en')} ({r.population.asOf})
          <Refs numbers={cite.ref(r.population.sources)} />
        </p>
      ) : null}
      {r.coords ? <MiniMap points={[{ id: r.id, name: r.name, coords: r.coords }]} selected={r.id} height={140} /> : null}
      {r.facts?.length ? (
        <section>
          <h2>Facts</h2>
          <ul>
            {r.facts.map((f, i) => (
              <li key={i} dir="auto">
                {f.text} <span class="muted small">({f.asOf})</span>
                <Refs numbers={cite.ref(f.sources)} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {r.timeline?.length ? (
        <section>
          <h2>Timeline</h2>
          <ol class="timeline">
            {[...r.timeline]
              .sort((a, b) => a.date.localeCompare(b.date))
              .map((t, i) => (
                <li key={i} dir="auto">
                  <strong>{t.date}</strong> {t.text}
                  <Refs numbers={cite.ref(t.sources)} />
                </li>
              ))}
          </ol>
        </section>
      ) : null}
      {r.places?.length || r.participants?.length ? (
        <p class="small">
          {r.places?.length ? <>Places: {r.places.map((p, i) => <span key={p}>{i ? ', ' : ''}{link(p)}</span>)}. </> : null}
          {r.participants?.length ? (
            <>Involved: {r.participants.map((p, i) => <span key={p}>{i ? ', ' : ''}{link(p)}</span>)}.</>
          ) : null}
        </p>
      ) : null}
      {r.wikipedia ? (
        <p class="small">
          Wikipedia:{' '}
          <a href={wikipediaUrl(r.wikipedia)} target="_blank" rel="noreferrer noopener">
            {r.wikipedia}
          </a>
          {r.wikidata ? <span class="muted"> · Wikidata {r.wikidata}</span> : null}
        </p>
      ) : null}
      <h2>Sources</h2>
      <SourceList ids={cite.order} sources={sources} />
      <p class="small muted">As of {r.asOf}</p>
    </article>
  );
}
