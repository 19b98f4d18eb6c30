// Editorial rules the build enforces on the merged dataset (after validate.ts): dated roles, one
// current holder per office, claims with a claimant, sources with a page URL and a kind, offices
// checked within a year of the dataset's asOf. Pure; tested in rules.test.ts; run by scripts/build-data.ts.
import type { Merged } from './validate';
import { SOURCE_KINDS } from './schema';

export const RULES = {
  'role-start': 'every role has a start date',
  'office-open-holders': 'an office has at most one open-ended holder (or as many as its seats)',
  'claim-claimant': 'every known claim has a claimant (claimedBy or claimedByText)',
  'source-url': 'every source cites a specific page (a home page only with a reason)',
  'source-kind': `every source has a kind (${SOURCE_KINDS.join(', ')})`,
  'office-checked': 'every office with an open-ended holder is checked (YYYY-MM) within 12 months of the dataset asOf',
} as const;
export type RuleId = keyof typeof RULES;

/**
 * Rules that still have violations in data/: reported as warnings until the data is fixed.
 * Remove a rule from this list the moment its count reaches 0 (data/rules.test.ts fails until you do),
 * and it becomes an error for good.
 */
export const PENDING_RULES: readonly RuleId[] = [];

export interface Violation {
  file: string;
  id: string;
  rule: RuleId;
  message: string;
}

/** A home page: no path beyond an optional language folder or index file, and no query. */
export function isHomePage(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.search.length > 1 || u.hash.length > 1) return false;
  return /^\/?(?:[a-z]{2}(?:[-_][a-z]{2,4})?\/?)?(?:index\.(?:html?|php|aspx?))?$/i.test(u.pathname);
}

/** Months from a (YYYY-MM…) to b (YYYY-MM…): positive when b is later. */
export function monthsBetween(a: string, b: string): number {
  const [ay, am] = [Number(a.slice(0, 4)), Number(a.slice(5, 7) || '1')];
  const [by, bm] = [Number(b.slice(0, 4)), Number(b.slice(5, 7) || '1')];
  return (by - ay) * 12 + (bm - am);
}

export function checkRules(data: Merged): Violation[] {
  const out: Violation[] = [];
  const at = (id: string) => data.origin.get(id) ?? '?';
  const push = (id: string, rule: RuleId, message: string) => out.push({ file: at(id), id, rule, message });

  const openHolders = new Map<string, string[]>();
  for (const e of data.entities.values()) {
    for (const r of e.roles ?? []) {
      if (!r.start) push(e.id, 'role-start', `role "${r.title}" has no start date`);
      if (r.office && !r.end) {
        let list = openHolders.get(r.office);
        if (!list) openHolders.set(r.office, (list = []));
        if (!list.includes(e.id)) list.push(e.id);
      }
    }
  }
  for (const o of data.offices.values()) {
    const holders = openHolders.get(o.id) ?? [];
    const seats = o.seats ?? 1;
    if (holders.length > seats) {
      push(
        o.id,
        'office-open-holders',
        `${holders.length} open-ended holders (${holders.join(', ')}) for ${seats} seat(s)`,
      );
    }
    if (holders.length === 0) continue;
    if (!o.checked) push(o.id, 'office-checked', 'has an open-ended holder but no checked month');
    else if (!data.asOf) push(o.id, 'office-checked', 'the dataset declares no asOf (data/dataset.json)');
    else {
      const age = monthsBetween(o.checked, data.asOf);
      if (age < 0 || age >= 12)
        push(o.id, 'office-checked', `checked ${o.checked}, not within the 12 months to ${data.asOf}`);
    }
  }
  for (const c of data.claims.values()) {
    if ((c.claimedBy?.length ?? 0) === 0 && !c.claimedByText)
      push(c.id, 'claim-claimant', 'has no claimedBy or claimedByText');
  }
  for (const s of data.sources.values()) {
    if (!s.kind) push(s.id, 'source-kind', 'has no kind');
    if (s.reason) continue;
    if (!s.url) push(s.id, 'source-url', 'has no URL (give the page, or a reason)');
    else if (isHomePage(s.url))
      push(s.id, 'source-url', `cites a home page (${s.url}); give the page read, or a reason`);
  }
  return out;
}

export interface RuleOutcome {
  errors: string[];
  warnings: string[];
  counts: Record<RuleId, number>;
}

/** Violations of enforced rules are errors; pending rules give one warning line each with the count. */
export function ruleOutcome(violations: Violation[], pending: readonly RuleId[] = PENDING_RULES): RuleOutcome {
  const counts = Object.fromEntries(Object.keys(RULES).map((r) => [r, 0])) as Record<RuleId, number>;
  const errors: string[] = [];
  for (const x of violations) {
    counts[x.rule]++;
    if (!pending.includes(x.rule)) errors.push(`${x.file}: ${x.id}: ${x.message} [rule ${x.rule}: ${RULES[x.rule]}]`);
  }
  const warnings = pending
    .filter((r) => counts[r] > 0)
    .map((r) => `pending rule ${r} (${RULES[r]}): ${counts[r]} violation(s), listed in the violations file`);
  return { errors, warnings, counts };
}
