// Gathers raw publication-date hints from a page, most trustworthy first: article meta tags,
// JSON-LD datePublished, <time datetime>, then the URL. Reads only; JSON-LD is parsed as data
// (JSON.parse), never run. utils/page-date.ts turns the hints into a date. Tested in extract.test.ts.

const META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'meta[property="og:published_time"]',
];
const MAX_JSONLD = 100_000;

function findDatePublished(value: unknown, depth = 0): string | undefined {
  if (depth > 6 || !value || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const v of value) {
      const d = findDatePublished(v, depth + 1);
      if (d) return d;
    }
    return undefined;
  }
  const obj = value as Record<string, unknown>;
  if (typeof obj.datePublished === 'string') return obj.datePublished;
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage']) {
    const d = findDatePublished(obj[key], depth + 1);
    if (d) return d;
  }
  return undefined;
}

export function collectDateHints(doc: Document, url: string): string[] {
  const hints: string[] = [];
  const push = (s: string | null | undefined) => {
    if (s && s.trim() && hints.length < 20) hints.push(s.trim().slice(0, 200));
  };
  for (const sel of META) push(doc.querySelector(sel)?.getAttribute('content'));
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 5)) {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSONLD) continue;
    try {
      push(findDatePublished(JSON.parse(text)));
    } catch {
      // malformed JSON-LD is common; ignore it
    }
  }
  const times = doc.querySelectorAll('article time[datetime], time[itemprop="datePublished"], time[datetime]');
  for (const t of Array.from(times).slice(0, 3)) push(t.getAttribute('datetime'));
  push(url);
  return hints;
}
