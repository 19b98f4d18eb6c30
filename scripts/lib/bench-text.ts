// Benchmark texts written for the benchmark: news-like paragraphs, one language per paragraph,
// composed from our own filler sentences with dataset names of that language dropped in
// (deterministic). The article is ~5 KB of Russian; the big text ~1 MB across languages.
import type { NameLang } from '../../core/dataset/schema';

const FILLER: Partial<Record<NameLang, string[]>> = {
  en: [
    'The minister said on Tuesday that talks would continue next week in the capital.',
    'Officials met representatives of the regions to discuss water, energy and transport.',
    'Observers expect the decision to be announced before the end of the month.',
  ],
  ru: [
    'Министр заявил во вторник, что переговоры продолжатся на следующей неделе.',
    'Представители регионов обсудили вопросы воды, энергетики и транспорта.',
    'Наблюдатели ожидают, что решение объявят до конца месяца.',
  ],
  ar: [
    'وقال الوزير يوم الثلاثاء إن المحادثات ستستمر الأسبوع المقبل في العاصمة.',
    'والتقى المسؤولون ممثلي المناطق لبحث قضايا المياه والطاقة والنقل.',
  ],
  'kk-Cyrl': [
    'Министр сейсенбіде келіссөздер келесі аптада жалғасатынын айтты.',
    'Өңірлер өкілдері су, энергетика және көлік мәселелерін талқылады.',
  ],
  'uz-Latn': [
    'Vazir seshanba kuni muzokaralar keyingi hafta davom etishini aytdi.',
    'Hududlar vakillari suv, energetika va transport masalalarini muhokama qildi.',
  ],
  de: [
    'Der Minister sagte am Dienstag, die Gespräche würden nächste Woche fortgesetzt.',
    'Vertreter der Regionen berieten über Wasser, Energie und Verkehr.',
  ],
  fr: [
    'Le ministre a déclaré mardi que les discussions se poursuivraient la semaine prochaine.',
    'Les représentants des régions ont discuté de l’eau, de l’énergie et des transports.',
  ],
  tr: [
    'Bakan salı günü görüşmelerin gelecek hafta süreceğini söyledi.',
    'Bölge temsilcileri su, enerji ve ulaşım konularını görüştü.',
  ],
  zh: ['部长周二表示，会谈将于下周继续进行。', '各地区代表讨论了水、能源和交通问题。'],
};

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function paragraph(lang: NameLang, names: string[], r: () => number): string {
  const filler = FILLER[lang]!;
  const parts: string[] = [];
  for (let i = 0; i < 4; i++) {
    parts.push(filler[Math.floor(r() * filler.length)]!);
    if (names.length)
      parts.push(`${names[Math.floor(r() * names.length)]}: ${filler[Math.floor(r() * filler.length)]!}`);
  }
  return parts.join(' ');
}

function text(
  langs: NameLang[],
  namesByLang: Partial<Record<NameLang, string[]>>,
  bytes: number,
  seed: number,
): string {
  const r = rng(seed);
  const out: string[] = [];
  let size = 0;
  while (size < bytes) {
    const lang = langs[Math.floor(r() * langs.length)]!;
    const p = paragraph(lang, namesByLang[lang] ?? [], r);
    out.push(p);
    size += Buffer.byteLength(p) + 1;
  }
  return out.join('\n');
}

export function benchArticles(namesByLang: Partial<Record<NameLang, string[]>>): { article: string; big: string } {
  const sorted: Partial<Record<NameLang, string[]>> = {};
  for (const [l, v] of Object.entries(namesByLang)) sorted[l as NameLang] = [...new Set(v)].sort();
  return {
    article: text(['ru'], sorted, 5 * 1024, 1),
    big: text(Object.keys(FILLER) as NameLang[], sorted, 1024 * 1024, 2),
  };
}

/** A ~5 KB article in one language (the bench's filler sentences with that language's names). */
export function articleIn(lang: NameLang, namesByLang: Partial<Record<NameLang, string[]>>, seed = 7): string {
  const names = [...new Set(namesByLang[lang] ?? [])].sort();
  return text([lang], { [lang]: names }, 5 * 1024, seed);
}
