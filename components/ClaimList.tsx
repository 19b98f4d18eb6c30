// Claims Oxus found on the page (figures, quotes, known claims) with what the dataset says about
// them: status, who said it, the recorded figure or claim with its context and sources, or
// "No context yet" when the dataset has nothing to set beside it.
import type { ClaimLink } from '../core/types';
import type { ClaimSummary } from '../utils/protocol';
import { useDetails, type DetailsLoader } from '../hooks/use-details';
import { Citations, Refs, SourceList } from './SourceList';

export interface ClaimListProps {
  claims: readonly ClaimSummary[];
  load: DetailsLoader;
}

const KIND_LABEL: Record<ClaimSummary['kind'], string> = {
  figure: 'Figure',
  quote: 'Quote',
  statement: 'Statement',
  'known-claim': 'Known claim',
};

function valueText(c: ClaimSummary): string {
  const n = c.range ? `${c.range[0].toLocaleString('en')}–${c.range[1].toLocaleString('en')}` : c.value?.toLocaleString('en');
  if (n === undefined) return '';
  return [c.approx && c.approx !== 'exact' ? c.approx.replace('-', ' ') : '', n, c.unit ?? '', c.measure ?? '', c.subject ? `(${c.subject})` : '']
    .filter(Boolean)
    .join(' ');
}

function LinkContext({ link, load }: { link: ClaimLink; load: DetailsLoader }) {
  const st = useDetails(link.id, load);
  if (!st || st.status === 'loading') return <li class="muted small">Loading…</li>;
  if (st.status === 'error' || !st.details) return <li class="small" dir="auto">{link.note || link.id}</li>;
  const d = st.details;
  const cite = new Citations();
  if (d.kind === 'figure') {
    const f = d.figure;
    const value = f.value !== undefined ? f.value.toLocaleString('en') : `${f.min ?? '?'}–${f.max ?? '?'}`;
    const who = f.statedBy ? (d.names[f.statedBy] ?? f.statedBy) : f.statedByText;
    return (
      <li>
        <span class="chip">{link.relation}</span>{' '}
        Recorded figure: <strong>{value}</strong> {f.unit ?? ''} {f.measure}
        {f.subject ? ` (${f.subject})` : ''}, as of {f.asOf}
        {who ? <>, stated by <bdi dir="auto">{who}</bdi></> : null} · <span class={`status status-${f.status}`}>{f.status}</span>
        <Refs numbers={cite.ref(f.sources)} />
        {f.note ? <div class="small" dir="auto">{f.note}</div> : null}
        {link.note ? <div class="small muted" dir="auto">{link.note}</div> : null}
        <SourceList ids={cite.order} sources={d.sources} />
      </li>
    );
  }
  if (d.kind === 'claim') {
    const k = d.claim;
    const ctxRefs = cite.ref(k.context.sources);
    cite.ref(k.sources);
    return (
      <li>
        <span class="chip">{link.relation}</span> <span class={`status status-${k.status}`}>{k.status}</span>:{' '}
        <span dir="auto">{k.text.en}</span>
        {k.claimedBy?.length ? <span class="muted"> (claimed by {k.claimedBy.map((id) => d.names[id] ?? id).join(', ')})</span> : null}
        <div class="small" dir="auto">
          {k.context.text}
          <Refs numbers={ctxRefs} />
        </div>
        {/* a known claim's note repeats its status and context, shown above already */}
        {link.note && !link.note.includes(k.context.text) ? <div class="small muted" dir="auto">{link.note}</div> : null}
        <SourceList ids={cite.order} sources={d.sources} />
      </li>
    );
  }
  return null;
}

export function ClaimList({ claims, load }: ClaimListProps) {
  if (!claims.length) return <p class="muted">No figures or claims found on this page.</p>;
  return (
    <ul class="list claims">
      {claims.map((c, i) => (
        <li key={i} class="card" data-claim={i}>
          <div class="small">
            <span class="chip kind-claim">{KIND_LABEL[c.kind]}</span>
            {c.attributedTo ? <span> · according to <bdi dir="auto">{c.attributedTo.name}</bdi></span> : null}
            {c.date ? <span class="muted"> · {c.date}</span> : null}
          </div>
          <blockquote dir="auto">{c.text}</blockquote>
          {valueText(c) ? <div class="small">{valueText(c)}</div> : null}
          {c.links.length ? (
            <ul>
              {c.links.map((l) => (
                <LinkContext key={l.id} link={l} load={load} />
              ))}
            </ul>
          ) : (
            <p class="muted small">No context yet.</p>
          )}
        </li>
      ))}
    </ul>
  );
}
