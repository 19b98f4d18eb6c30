// One-off generator: expands the hand-curated records in regions-data.ts, cities-data.ts,
// geo-data.ts and facilities-data.ts into data/places/*.json (the reviewed product).
// Coordinates and region Wikidata ids come from the shared dr5hn extracts (ODbL).
// Run: npx tsx data/places/tools/gen-places.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { foldKey } from '../../../core/text/fold';
import type { Rec } from './rec';
import { REGIONS } from './regions-data';
import { CITIES } from './cities-data';
import { GEO } from './geo-data';
import { FACILITIES } from './facilities-data';

const LANG: Record<string, string> = {
  en: 'en', ru: 'ru', ar: 'ar', kk: 'kk-Cyrl', kkl: 'kk-Latn', uz: 'uz-Latn', uzc: 'uz-Cyrl', ky: 'ky', tg: 'tg', tk: 'tk',
  fa: 'fa', tr: 'tr', zh: 'zh', de: 'de', fr: 'fr',
};
const ORDER = Object.values(LANG);
const REF = '/work/shared/reference/dr5hn/';
// states csv (simple parser: quoted fields may contain commas)
const states = new Map<string, { lat: number; lon: number; qid: string }>();
for (const line of readFileSync(REF + 'states-central-asia.csv', 'utf8').split('\n').slice(1)) {
  if (!line.trim()) continue;
  const f = line.match(/("([^"]*)"|[^,]*)(,|$)/g)!.map((x) => x.replace(/,$/, '').replace(/^"|"$/g, ''));
  states.set(f[6]!, { lat: +f[12]!, lon: +f[13]!, qid: f[15]! });
}
const cities = new Map<string, { lat: number; lon: number }>();
for (const cc of ['KZ', 'KG', 'TJ', 'TM', 'UZ']) {
  for (const c of JSON.parse(readFileSync(`${REF}cities-${cc}.json`, 'utf8'))) cities.set(`${cc}:${c.name}`, { lat: +c.latitude, lon: +c.longitude });
}
const round = (x: number) => Math.round(x * 1000) / 1000;
const slug = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const wpSrc = new Map<string, { id: string; url: string; publisher: string; title: string; accessed: string }>();

const files: Record<string, unknown[]> = {};
const problems: string[] = [];
for (const r of [...REGIONS, ...CITIES, ...GEO, ...FACILITIES] as Rec[]) {
  const names: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(r.n)) {
    const lang = LANG[k];
    if (!lang) { problems.push(`${r.id}: bad lang ${k}`); continue; }
    const seen = new Set<string>();
    const out: string[] = [];
    for (const form of v.split('|').map((x) => x.trim()).filter(Boolean)) {
      const key = foldKey(form);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(form);
    }
    names[lang] = out;
  }
  const sortedNames: Record<string, string[]> = {};
  for (const l of ORDER) if (names[l]) sortedNames[l] = names[l]!;
  const sources: string[] = [];
  let wikidata = r.q;
  let coords: [number, number] | undefined = r.xy;
  if (r.iso) {
    const st = states.get(r.iso);
    if (!st) problems.push(`${r.id}: no state ${r.iso}`);
    else {
      coords ??= [round(st.lat), round(st.lon)];
      wikidata ??= st.qid;
      sources.push('src:places-dr5hn-states');
    }
  }
  if (r.d5) {
    const c = cities.get(r.d5);
    if (!c) problems.push(`${r.id}: no dr5hn city ${r.d5}`);
    else { coords = [round(c.lat), round(c.lon)]; sources.push('src:places-dr5hn-cities'); }
  }
  if (r.wp) {
    const id = `src:places-wp-${r.id.split(':')[1]}`;
    wpSrc.set(id, { id, url: `https://en.wikipedia.org/wiki/${encodeURIComponent(r.wp.replace(/ /g, '_')).replace(/%2C/g, ',')}`, publisher: 'Wikipedia', title: `${r.wp} (English Wikipedia article)`, accessed: '2026-11-29' });
    sources.unshift(id);
  }
  for (const s of r.src ?? []) if (!sources.includes(s)) sources.push(s);
  if (r.pop && !sources.includes(r.pop[2])) sources.push(r.pop[2]);
  if (!sources.length) problems.push(`${r.id}: no sources`);
  // exactOnly: listed forms plus every name folding to the same key
  let exactOnly: string[] | undefined;
  if (r.ex) {
    const keys = new Set(r.ex.map(foldKey));
    const all = new Set<string>();
    for (const ns of Object.values(sortedNames)) for (const n of ns) if (keys.has(foldKey(n))) all.add(n);
    for (const e of r.ex) if (!all.has(e)) problems.push(`${r.id}: exact form not among names: ${e}`);
    exactOnly = [...all];
  }
  const description: Record<string, string> = { en: r.d };
  if (r.dru) description.ru = r.dru;
  if (r.dar) description.ar = r.dar;
  const related = [...(r.capital ? [r.capital] : []), ...(r.rel ?? [])];
  const ent: Record<string, unknown> = {
    id: r.id, type: r.type ?? 'place', names: sortedNames,
    ...(wikidata ? { wikidata } : {}),
    ...(r.wp ? { wikipedia: r.wp } : {}),
    description, sources, asOf: '2026-11',
    ...(r.c ? { country: `place:${r.c}` } : {}),
    ...(r.r ? { region: r.r } : {}),
    ...(coords ? { coords } : {}),
    ...(r.pop ? { population: { value: r.pop[0], asOf: r.pop[1], sources: [r.pop[2]] } } : {}),
    ...(related.length ? { related } : {}),
    ...(r.facts ? { facts: r.facts.map(([text, asOf, s]) => ({ text, asOf, sources: s })) } : {}),
    ...(r.amb ? { ambiguousWith: r.amb } : {}),
    ...(exactOnly ? { exactOnly } : {}),
    ...(r.pr !== undefined ? { prior: r.pr } : {}),
  };
  (files[r.file] ??= []).push(ent);
}
const COMMENT: Record<string, string> = {
  'regions-kz': 'First-level regions (oblys) of Kazakhstan. ISO codes, coordinates and Wikidata ids from dr5hn states (ODbL).',
  'regions-kg': 'First-level regions (oblus) of Kyrgyzstan. ISO codes, coordinates and Wikidata ids from dr5hn states (ODbL).',
  'regions-tj': 'First-level divisions of Tajikistan. ISO codes, coordinates and Wikidata ids from dr5hn states (ODbL).',
  'regions-tm': 'First-level regions (welayat) of Turkmenistan. ISO codes, coordinates and Wikidata ids from dr5hn states (ODbL).',
  'regions-uz': 'First-level regions (viloyat) of Uzbekistan and the Republic of Karakalpakstan. ISO codes, coordinates and Wikidata ids from dr5hn states (ODbL).',
};
for (const [file, entities] of Object.entries(files)) {
  writeFileSync(new URL(`../${file}.json`, import.meta.url), JSON.stringify({
    $comment: (COMMENT[file] ?? `Places (${file}).`) + ' Generated from tools/*-data.ts by tools/gen-places.ts, then reviewed.',
    entities,
  }, null, 2) + '\n');
}
writeFileSync(new URL('../sources-wikipedia.json', import.meta.url), JSON.stringify({
  $comment: 'English Wikipedia articles cited for the identity, names and descriptions of places and facilities.',
  sources: [...wpSrc.values()],
}, null, 2) + '\n');
console.log(problems.join('\n') || 'ok', Object.fromEntries(Object.entries(files).map(([f, e]) => [f, e.length])));
