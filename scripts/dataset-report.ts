// `npm run --silent dataset:report -- [--json | --list]`: coverage of the dataset under data/.
// --json: counts (entities by type, names by language/script, % with sources, % with Wikidata,
// events with timelines, figures, known claims); --list: one line per entity (id, type, English
// name, English Wikipedia title). Reads data/ directly (no build needed); errors still print.
import { join, resolve } from 'node:path';
import { NAME_LANGS } from '../core/dataset/schema';
import { validateData } from '../core/dataset/validate';
import { loadFiles } from './build-data';

const root = resolve(import.meta.dirname, '..');
const mode = process.argv.includes('--list') ? 'list' : process.argv.includes('--json') ? 'json' : 'text';
const { files, errors: readErrors } = loadFiles([join(root, 'data')]);
const { data, errors } = validateData(files);
const entities = [...data.entities.values()];

if (mode === 'list') {
  for (const e of entities.sort((a, b) => a.id.localeCompare(b.id))) {
    console.log([e.id, e.type, e.names.en?.[0] ?? '', e.wikipedia ?? ''].join('\t'));
  }
  process.exit(0);
}

const pct = (n: number, d: number) => (d === 0 ? 0 : Math.round((1000 * n) / d) / 10);
const byType: Record<string, number> = {};
for (const e of entities) byType[e.type] = (byType[e.type] ?? 0) + 1;
const namesByLang: Record<string, number> = {};
const entitiesByLang: Record<string, number> = {};
for (const l of NAME_LANGS) { namesByLang[l] = 0; entitiesByLang[l] = 0; }
let langCountTotal = 0;
let withEight = 0;
for (const e of entities) {
  const langs = Object.entries(e.names).filter(([, v]) => (v?.length ?? 0) > 0);
  for (const [l, v] of langs) { namesByLang[l]! += v!.length; entitiesByLang[l]! += 1; }
  langCountTotal += langs.length;
  if (langs.length >= 8) withEight++;
}
const facts = entities.flatMap((e) => e.facts ?? []);
const events = entities.filter((e) => e.type === 'event');
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
  pctEntitiesWithSources: pct(entities.filter((e) => e.sources.length > 0).length, entities.length),
  pctFactsWithSources: pct(facts.filter((f) => f.sources.length > 0).length, facts.length),
  pctWithWikidata: pct(entities.filter((e) => e.wikidata).length, entities.length),
  pctWithWikipedia: pct(entities.filter((e) => e.wikipedia).length, entities.length),
  events: events.length,
  eventsWithTimelines: events.filter((e) => (e.timeline?.length ?? 0) >= 3).length,
  timelineItems: events.reduce((n, e) => n + (e.timeline?.length ?? 0), 0),
  figures: data.figures.size,
  knownClaims: data.claims.size,
  facts: facts.length,
};
if (mode === 'json') {
  console.log(JSON.stringify(report, null, 2));
} else {
  console.log(`Oxus dataset: ${report.entities} entities in ${report.files} files (${report.errors} validation errors)`);
  console.log(`  by type: ${Object.entries(byType).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`  names: ${report.names}; per language: ${Object.entries(namesByLang).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`  entities with names in >= 8 languages: ${report.pctEntitiesWith8Languages}% (avg ${report.avgLanguagesPerEntity})`);
  console.log(`  sources: ${report.sources}; entities with sources ${report.pctEntitiesWithSources}%; facts with sources ${report.pctFactsWithSources}%`);
  console.log(`  Wikidata ids: ${report.pctWithWikidata}%; Wikipedia titles: ${report.pctWithWikipedia}%`);
  console.log(`  events: ${report.events} (${report.eventsWithTimelines} with a timeline of 3+ items); figures: ${report.figures}; known claims: ${report.knownClaims}; offices: ${report.offices}`);
}
