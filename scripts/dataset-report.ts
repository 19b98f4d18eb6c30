// `npm run --silent dataset:report -- [--json | --list | --stale]`: coverage of the dataset under data/.
// --json: counts (entities by type and country, names by language/script, % with sources, Wikidata,
// source kinds, events with timelines, figures, known claims, generated name forms apart from attested
// ones) and the build rules' violation counts;
// --list: one line per entity (id, type, English name, English Wikipedia title); --stale: one line per
// office with a current holder not checked within 12 months of the dataset's asOf (id, checked, holders,
// file). Reads data/ directly (no build needed); errors still print. Core entities (coreEntities,
// pctCoreWith8Languages: languages, not scripts) are defined in scripts/lib/core-entities.ts.
import { join, resolve } from 'node:path';
import { compileIndex } from '../core/dataset/compile';
import { checkRules, isHomePage } from '../core/dataset/rules';
import { NAME_LANGS } from '../core/dataset/schema';
import { validateData } from '../core/dataset/validate';
import { loadFiles } from './build-data';
import { coreSummary } from './lib/core-entities';

const root = resolve(import.meta.dirname, '..');
const arg = (a: string) => process.argv.includes(a);
const mode = arg('--list') ? 'list' : arg('--stale') ? 'stale' : arg('--json') ? 'json' : 'text';
const { files, errors: readErrors } = loadFiles([join(root, 'data')]);
const { data, errors } = validateData(files);
const entities = [...data.entities.values()];
const violations = checkRules(data);
const violationCount = (rule: string) => violations.filter((x) => x.rule === rule).length;

// Output goes out in one write per mode and the script ends by itself: process.exit() after
// console.log cuts output piped to another program at 64 KB.
if (mode === 'list') {
  const lines = entities
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((e) => [e.id, e.type, e.names.en?.[0] ?? '', e.wikipedia ?? ''].join('\t'));
  process.stdout.write(lines.join('\n') + '\n');
}

if (mode === 'stale') {
  const lines = violations
    .filter((v) => v.rule === 'office-checked')
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((x) => {
      const holders = entities.filter((e) => e.roles?.some((r) => r.office === x.id && !r.end)).map((e) => e.id);
      return [x.id, data.offices.get(x.id)?.checked ?? 'never', holders.join(','), x.file].join('\t');
    });
  process.stdout.write(lines.map((l) => l + '\n').join(''));
}

/** Generated name forms the build ships (compiled, so collisions it drops are not counted), per script. */
function generatedCounts(): Record<string, { entities: number; forms: number; attestedForms: number }> {
  const out: Record<string, { entities: number; forms: number; attestedForms: number }> = {};
  for (const rec of Object.values(compileIndex(data, 'report').entities)) {
    for (const [lang, forms] of Object.entries(rec.generatedNames ?? {})) {
      const slot = (out[lang] ??= { entities: 0, forms: 0, attestedForms: namesByLangCount(lang) });
      slot.entities++;
      slot.forms += forms?.length ?? 0;
    }
  }
  return out;
}
const namesByLangCount = (lang: string) =>
  entities.reduce((n, e) => n + (e.names[lang as keyof typeof e.names]?.length ?? 0), 0);

const pct = (n: number, d: number) => (d === 0 ? 0 : Math.round((1000 * n) / d) / 10);
const byType: Record<string, number> = {};
for (const e of entities) byType[e.type] = (byType[e.type] ?? 0) + 1;
const namesByLang: Record<string, number> = {};
const entitiesByLang: Record<string, number> = {};
for (const l of NAME_LANGS) {
  namesByLang[l] = 0;
  entitiesByLang[l] = 0;
}
let langCountTotal = 0;
let withEight = 0;
for (const e of entities) {
  const langs = Object.entries(e.names).filter(([, v]) => (v?.length ?? 0) > 0);
  for (const [l, v] of langs) {
    namesByLang[l]! += v!.length;
    entitiesByLang[l]! += 1;
  }
  langCountTotal += langs.length;
  if (langs.length >= 8) withEight++;
}
const facts = entities.flatMap((e) => e.facts ?? []);
const sources = [...data.sources.values()];
const homeOnly = sources.filter((x) => !x.url || isHomePage(x.url));
// an entity counts for its country; a country counts for itself
const countryIds = new Set(entities.map((e) => e.country).filter((c): c is string => !!c));
const entitiesByCountry: Record<string, number> = {};
for (const e of entities) {
  const c = e.country ?? (countryIds.has(e.id) ? e.id : '(none)');
  entitiesByCountry[c] = (entitiesByCountry[c] ?? 0) + 1;
}
const sortedByCountry = Object.fromEntries(
  Object.entries(entitiesByCountry).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
);
const events = entities.filter((e) => e.type === 'event');
const core = coreSummary(data);
const report = {
  files: files.length,
  errors: readErrors.length + errors.length,
  entities: entities.length,
  byType,
  offices: data.offices.size,
  sources: data.sources.size,
  names: Object.values(namesByLang).reduce((a, b) => a + b, 0),
  namesByLang,
  entitiesWithNameIn: entitiesByLang,
  avgLanguagesPerEntity: Math.round((10 * langCountTotal) / Math.max(1, entities.length)) / 10,
  pctEntitiesWith8Languages: pct(withEight, entities.length),
  coreEntities: core.coreEntities,
  coreByReason: core.coreByReason,
  pctCoreWith8Languages: core.pctCoreWith8Languages,
  coreUnder8Languages: core.coreUnder8,
  pctEntitiesWithSources: pct(entities.filter((e) => e.sources.length > 0).length, entities.length),
  pctFactsWithSources: pct(facts.filter((f) => f.sources.length > 0).length, facts.length),
  pctWithWikidata: pct(entities.filter((e) => e.wikidata).length, entities.length),
  pctWithWikipedia: pct(entities.filter((e) => e.wikipedia).length, entities.length),
  entitiesByCountry: sortedByCountry,
  pctSourcesWithKind: pct(sources.filter((x) => x.kind).length, sources.length),
  sourcesByKind: sources.reduce<Record<string, number>>(
    (m, x) => ((m[x.kind ?? '(none)'] = (m[x.kind ?? '(none)'] ?? 0) + 1), m),
    {},
  ),
  sourcesHomePageOnly: homeOnly.length,
  sourcesHomePageWithoutReason: homeOnly.filter((x) => !x.reason).length,
  rolesWithoutStart: violationCount('role-start'),
  officesWithSeveralOpenHolders: violationCount('office-open-holders'),
  claimsWithoutClaimant: violationCount('claim-claimant'),
  stale: violationCount('office-checked'),
  asOf: data.asOf ?? null,
  generatedNames: mode === 'json' || mode === 'text' ? generatedCounts() : {},
  events: events.length,
  eventsWithTimelines: events.filter((e) => (e.timeline?.length ?? 0) >= 3).length,
  timelineItems: events.reduce((n, e) => n + (e.timeline?.length ?? 0), 0),
  figures: data.figures.size,
  knownClaims: data.claims.size,
  facts: facts.length,
};
if (mode === 'json') {
  console.log(JSON.stringify(report, null, 2));
} else if (mode === 'text') {
  console.log(
    `Oxus dataset: ${report.entities} entities in ${report.files} files (${report.errors} validation errors)`,
  );
  console.log(
    `  by type: ${Object.entries(byType)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  console.log(
    `  names: ${report.names}; per language: ${Object.entries(namesByLang)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  console.log(
    `  entities with names in >= 8 languages: ${report.pctEntitiesWith8Languages}% (avg ${report.avgLanguagesPerEntity})`,
  );
  console.log(
    `  core entities: ${report.coreEntities}; with names in >= 8 languages: ${report.pctCoreWith8Languages}%`,
  );
  console.log(
    `  sources: ${report.sources}; entities with sources ${report.pctEntitiesWithSources}%; facts with sources ${report.pctFactsWithSources}%`,
  );
  console.log(`  Wikidata ids: ${report.pctWithWikidata}%; Wikipedia titles: ${report.pctWithWikipedia}%`);
  console.log(
    `  sources with a kind: ${report.pctSourcesWithKind}%; home page or no URL: ${report.sourcesHomePageOnly}`,
  );
  console.log(
    `  roles without start ${report.rolesWithoutStart}; offices with several open holders ${report.officesWithSeveralOpenHolders}; claims without claimant ${report.claimsWithoutClaimant}; stale offices ${report.stale}`,
  );
  console.log(
    `  events: ${report.events} (${report.eventsWithTimelines} with a timeline of 3+ items); figures: ${report.figures}; known claims: ${report.knownClaims}; offices: ${report.offices}`,
  );
}
