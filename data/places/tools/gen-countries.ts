// One-off generator: writes data/places/countries-*.json from CLDR (Intl.DisplayNames in Node's ICU)
// plus the hand-curated lists in country-table.ts and country-extra.ts. The JSON it writes is the
// reviewed product (checked by hand after generation). Run: npx tsx data/places/tools/gen-countries.ts
import { writeFileSync } from 'node:fs';
import { foldKey } from '../../../core/text/fold';
import type { NameLang } from '../../../core/dataset/schema';
import { ROWS } from './country-table';
import { ADD, DROP, EXACT, QID, QID_DR5HN } from './country-extra';

const LANGS: [NameLang, string][] = [
  ['en', 'en'], ['ru', 'ru'], ['ar', 'ar'], ['kk-Cyrl', 'kk'], ['kk-Latn', ''], ['uz-Latn', 'uz-Latn'], ['uz-Cyrl', 'uz-Cyrl'],
  ['ky', 'ky'], ['tg', 'tg'], ['tk', 'tk'], ['fa', 'fa'], ['tr', 'tr'], ['zh', 'zh'], ['de', 'de'], ['fr', 'fr'],
];
const OWNER: Record<string, string> = {
  GB: 'United Kingdom', FR: 'France', US: 'United States', NL: 'Netherlands', DK: 'Denmark', NO: 'Norway', AU: 'Australia',
  NZ: 'New Zealand', FI: 'Finland', CN: 'China',
};
const slug = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function clean(name: string, lang: string): string | undefined {
  let n = name.replace(/\s+-\s+/g, '-').replace(/\s+–\s+/g, '-').replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\s+/g, ' ').trim();
  if (lang === 'en') n = n.replace(/&/g, 'and').replace(/\bSt\. /g, 'Saint ').replace(/U\.S\. /g, 'United States ');
  if (/\bSAR\b|АӘА|MMH|ММҲ|ÖİB|ААА|AAS|МММ|特别行政区|R\.A\.S\.|Sonderverwaltungsregion|منطقة إدارية خاصة|منطقهٔ ویژهٔ اداری/.test(n)) return undefined;
  return n || undefined;
}

const ADESC: Record<string, string> = {
  TW: 'Self-governing island in East Asia (Republic of China), claimed by the People\'s Republic of China',
  PS: 'State of Palestine: partially recognised state in Western Asia (West Bank and Gaza Strip)',
  XK: 'Partially recognised state in Southern Europe; Serbia claims it as its province',
  EH: 'Disputed territory in North Africa, largely controlled by Morocco and claimed by the Sahrawi Arab Democratic Republic',
  AQ: 'Continent around the South Pole, governed under the Antarctic Treaty',
};
function territoryDesc(code: string, owner: string, sub: string): string {
  const where = `in ${sub === 'Pacific Ocean' || sub === 'Indian Ocean' || sub === 'South Atlantic' || sub === 'Southern Ocean' ? 'the ' + sub : sub}`;
  if (owner === 'CN') return `Special administrative region of China ${where}`;
  if (['GG', 'JE', 'IM'].includes(code)) return `British Crown Dependency ${where}`;
  if (owner === 'GB') return `British Overseas Territory ${where}`;
  if (['GP', 'MQ', 'GF', 'RE', 'YT'].includes(code)) return `Overseas department and region of France ${where}`;
  if (owner === 'FR') return `French overseas territory ${where}`;
  if (['AW', 'CW', 'SX'].includes(code)) return `Constituent country of the Kingdom of the Netherlands ${where}`;
  if (code === 'BQ') return `Special municipalities of the Netherlands ${where}`;
  if (owner === 'DK') return `Autonomous territory of the Kingdom of Denmark ${where}`;
  if (code === 'AX') return `Autonomous region of Finland ${where}`;
  if (['CK', 'NU'].includes(code)) return `Self-governing state in free association with New Zealand ${where}`;
  return `Territory of ${OWNER[owner] ?? owner} ${where}`;
}
const where = (sub: string) => (sub === 'South Caucasus' ? 'the South Caucasus' : sub);

const CORE: Record<string, { ru: string; ar: string; en: string }> = {
  KZ: { en: 'Country in Central Asia; capital Astana, largest city Almaty', ru: 'Государство в Центральной Азии; столица — Астана, крупнейший город — Алматы', ar: 'دولة في آسيا الوسطى، عاصمتها أستانا وأكبر مدنها ألماتي' },
  KG: { en: 'Country in Central Asia; capital Bishkek', ru: 'Государство в Центральной Азии; столица — Бишкек', ar: 'دولة في آسيا الوسطى، عاصمتها بيشكيك' },
  TJ: { en: 'Country in Central Asia; capital Dushanbe', ru: 'Государство в Центральной Азии; столица — Душанбе', ar: 'دولة في آسيا الوسطى، عاصمتها دوشنبه' },
  TM: { en: 'Country in Central Asia; capital Ashgabat', ru: 'Государство в Центральной Азии; столица — Ашхабад', ar: 'دولة في آسيا الوسطى، عاصمتها عشق آباد' },
  UZ: { en: 'Country in Central Asia; capital Tashkent', ru: 'Государство в Центральной Азии; столица — Ташкент', ar: 'دولة في آسيا الوسطى، عاصمتها طشقند' },
};

const NOTE: Record<string, string> = {
  GE: 'Country in the South Caucasus (not the US state of Georgia); capital Tbilisi',
  TR: 'Country in Western Asia and Southeastern Europe; officially Türkiye since 2022 in English',
  RU: 'Country in Eastern Europe and North Asia; capital Moscow',
  CN: "Country in East Asia (People's Republic of China); capital Beijing",
  US: 'Country in North America; capital Washington, D.C.',
  AF: 'Country in South-Central Asia, bordering Tajikistan, Uzbekistan and Turkmenistan; capital Kabul',
  IR: 'Country in Western Asia, bordering Turkmenistan; capital Tehran',
  MN: 'Country in East Asia between Russia and China; capital Ulaanbaatar',
  JO: 'Country in Western Asia; capital Amman',
  TD: 'Country in Central Africa; capital N\'Djamena',
};

const files: Record<string, unknown[]> = {};
const SRC_BASE = ['src:places-cldr', 'src:places-iso-3166'];
const report: string[] = [];
for (const [code, sub, file, status, enName, wp] of ROWS) {
  const names: Partial<Record<NameLang, string[]>> = {};
  for (const [key, loc] of LANGS) {
    const list: string[] = [];
    if (key === 'en') list.push(enName ?? clean(new Intl.DisplayNames(['en'], { type: 'region', style: 'short' }).of(code)!, 'en')!);
    if (loc) {
      for (const style of ['long', 'short'] as const) {
        const raw = new Intl.DisplayNames([loc], { type: 'region', style, fallback: 'none' }).of(code);
        if (!raw) continue;
        // parentheses that carry the distinction (which Virgin Islands, which Saint Martin) are not stripped: skip those
        if (/[(]/.test(raw) && ['VG', 'VI', 'MF', 'SX'].includes(code)) continue;
        if (/о-ва|о-в\b/.test(raw)) continue;
        const c = clean(raw, key);
        // short forms: keep real short names, not CLDR abbreviations (É.-U., УБ, BK)
        if (c && (style === 'long' || (!c.includes('.') && [...c].filter((ch) => /\p{L}/u.test(ch)).length > 3))) list.push(c);
      }
    }
    list.push(...(ADD[code]?.[key] ?? []));
    const drop = new Set(DROP[code]?.[key] ?? []);
    const seen = new Set<string>();
    const out: string[] = [];
    for (const n of list) {
      if (drop.has(n)) continue;
      const k = foldKey(n);
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(n);
    }
    if (out.length) names[key] = out;
  }
  const en = names.en![0]!;
  const id = `place:${slug(en)}`;
  // exactOnly: listed forms plus every name folding to the same key
  let exactOnly: string[] | undefined;
  if (EXACT[code]) {
    const keys = new Set(EXACT[code]!.map(foldKey));
    const all = new Set<string>();
    for (const ns of Object.values(names)) for (const n of ns!) if (keys.has(foldKey(n))) all.add(n);
    for (const e of EXACT[code]!) if (![...Object.values(names)].some((ns) => ns!.includes(e))) report.push(`exact form not in names: ${code} ${e}`);
    exactOnly = [...all];
  }
  let description: Record<string, string>;
  if (CORE[code]) description = { ...CORE[code]! };
  else if (NOTE[code]) description = { en: NOTE[code]! };
  else if (status === 's') description = { en: `Country in ${where(sub)}` };
  else if (status === 'p') description = { en: ADESC[code]! };
  else description = { en: territoryDesc(code, status, sub) };
  const qid = QID[code] ?? QID_DR5HN[code];
  const sources = [...SRC_BASE];
  if (QID[code]) sources.push('src:places-t2wml-country-qids');
  if (QID_DR5HN[code]) sources.push('src:places-dr5hn-countries');
  if (ADD[code]) sources.push(`src:places-wp-${slug(en)}`);
  const ent: Record<string, unknown> = {
    id, type: 'place', names,
    ...(qid ? { wikidata: qid } : {}),
    wikipedia: wp ?? en,
    description, sources, asOf: '2025-10',
    ...(status !== 's' && status !== 'p' && OWNER[status] ? { country: `place:${slug(OWNER[status]!)}` } : {}),
    ...(exactOnly ? { exactOnly } : {}),
  };
  if (code === 'JO' || code === 'TD') ent.prior = 0.7;
  (files[file] ??= []).push(ent);
}
for (const [file, entities] of Object.entries(files)) {
  writeFileSync(new URL(`../countries-${file}.json`, import.meta.url), JSON.stringify({
    $comment: `Countries and territories (${file}): names from Unicode CLDR 48 (Intl.DisplayNames, ICU 78.2) plus hand-curated forms; generated by tools/gen-countries.ts, then reviewed.`,
    entities,
  }, null, 2) + '\n');
}
// wp sources for countries with hand-added forms
const wps = ROWS.filter((r) => ADD[r[0]]).map((r) => {
  const en = r[4] ?? new Intl.DisplayNames(['en'], { type: 'region', style: 'short' }).of(r[0])!;
  const title = r[5] ?? en;
  return { id: `src:places-wp-${slug(en)}`, url: `https://en.wikipedia.org/wiki/${encodeURIComponent(title.replace(/ /g, '_'))}`, publisher: 'Wikipedia', title: `${title} (English Wikipedia article)`, accessed: '2026-11-29' };
});
writeFileSync(new URL('../sources-countries.json', import.meta.url), JSON.stringify({ sources: wps }, null, 2) + '\n');
console.log(report.join('\n'));
