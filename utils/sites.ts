// The starter list of news sites Oxus runs on by default (the one place they are named), plus the
// pure helpers that turn hosts into match patterns and decide whether a page's host is covered.
// No extension API here. Tested in sites.test.ts.

/** Where an outlet is based (the five countries, region-wide), or an international desk. */
export const SITE_REGIONS = ['kz', 'kg', 'uz', 'tj', 'tm', 'region', 'international'] as const;
export type SiteRegion = (typeof SITE_REGIONS)[number];

export interface Site {
  /** registrable domain; its subdomains are covered too (rus.azattyq.org under azattyq.org) */
  domain: string;
  name: string;
  /** the languages the site publishes in that Oxus reads */
  langs: string[];
  region: SiteRegion;
  /**
   * A general outlet (most of its pages are not about Central Asia): Oxus shows something on a page
   * only when the page is about the region (core relevance rule, utils/relevance.ts).
   */
  general?: boolean;
}

/** Regional outlets and the international desks that cover Central Asia closely. */
export const STARTER_SITES: readonly Site[] = [
  // Kazakhstan
  { domain: 'tengrinews.kz', name: 'Tengrinews', langs: ['ru', 'kk', 'en'], region: 'kz' },
  { domain: 'vlast.kz', name: 'Vlast.kz', langs: ['ru', 'kk'], region: 'kz' },
  { domain: 'inform.kz', name: 'Kazinform', langs: ['kk', 'ru', 'en', 'ar', 'zh', 'tr'], region: 'kz' },
  { domain: 'informburo.kz', name: 'Informburo', langs: ['ru', 'kk'], region: 'kz' },
  { domain: 'orda.kz', name: 'Orda.kz', langs: ['ru', 'kk'], region: 'kz' },
  { domain: 'kursiv.media', name: 'Kursiv', langs: ['ru', 'kk', 'en'], region: 'kz' },
  { domain: 'azattyq.org', name: 'Azattyq (RFE/RL)', langs: ['kk', 'ru'], region: 'kz' },
  // Kyrgyzstan
  { domain: '24.kg', name: '24.kg', langs: ['ru', 'ky', 'en'], region: 'kg' },
  { domain: 'akipress.com', name: 'AKIpress', langs: ['ru', 'en'], region: 'kg' },
  { domain: 'kaktus.media', name: 'Kaktus Media', langs: ['ru', 'ky'], region: 'kg' },
  { domain: 'kloop.kg', name: 'Kloop', langs: ['ru', 'ky'], region: 'kg' },
  { domain: 'azattyk.org', name: 'Azattyk (RFE/RL)', langs: ['ky', 'ru'], region: 'kg' },
  // Uzbekistan
  { domain: 'kun.uz', name: 'Kun.uz', langs: ['uz', 'ru', 'en'], region: 'uz' },
  { domain: 'gazeta.uz', name: 'Gazeta.uz', langs: ['ru', 'uz'], region: 'uz' },
  { domain: 'daryo.uz', name: 'Daryo', langs: ['uz', 'ru', 'en'], region: 'uz' },
  { domain: 'ozodlik.org', name: 'Ozodlik (RFE/RL)', langs: ['uz', 'ru'], region: 'uz' },
  // Tajikistan
  { domain: 'asiaplustj.info', name: 'Asia-Plus', langs: ['ru', 'tg', 'en'], region: 'tj' },
  { domain: 'ozodi.org', name: 'Ozodi (RFE/RL)', langs: ['tg', 'ru'], region: 'tj' },
  // Turkmenistan
  { domain: 'turkmenportal.com', name: 'Turkmenportal', langs: ['ru', 'tk', 'en'], region: 'tm' },
  { domain: 'azathabar.com', name: 'Azathabar (RFE/RL)', langs: ['tk', 'ru'], region: 'tm' },
  // Region-wide
  { domain: 'rferl.org', name: 'Radio Free Europe/Radio Liberty', langs: ['en', 'ru'], region: 'region' },
  { domain: 'eurasianet.org', name: 'Eurasianet', langs: ['en', 'ru'], region: 'region' },
  { domain: 'cabar.asia', name: 'CABAR.asia', langs: ['en', 'ru'], region: 'region' },
  { domain: 'fergana.media', name: 'Fergana', langs: ['ru', 'en', 'uz'], region: 'region' },
  { domain: 'timesca.com', name: 'The Times of Central Asia', langs: ['en'], region: 'region' },
];

/** Match patterns for a domain and its subdomains (`*.` also matches the bare domain). */
export const matchPatternsFor = (domain: string): string[] => [`*://*.${domain}/*`];

export const STARTER_MATCHES: string[] = STARTER_SITES.flatMap((s) => matchPatternsFor(s.domain));

/** Is `host` the domain itself or one of its subdomains? */
export const hostIsUnder = (host: string, domain: string): boolean =>
  host === domain || host.endsWith(`.${domain}`);

/** The starter site covering `host`, if any. */
export const starterSiteFor = (host: string): Site | undefined =>
  STARTER_SITES.find((s) => hostIsUnder(normaliseHost(host) ?? '', s.domain));

const HOST_RE = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$/;
const DEFAULT_PORTS = /:(80|443)$/;

/**
 * Reduces what a reader types or a tab reports ("https://WWW.Kun.uz/news/1", "kun.uz.", "kun.uz:443")
 * to a bare lower-case host, or undefined when it is not a web host we can ask permission for.
 * IP addresses and single-label names (localhost) are refused: no match pattern for them is useful.
 */
export function normaliseHost(input: string): string | undefined {
  let s = input.trim().toLowerCase();
  if (!s) return undefined;
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(s)) {
    try {
      const u = new URL(s);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
      s = u.hostname;
    } catch {
      return undefined;
    }
  } else {
    s = s.split(/[/?#]/, 1)[0].replace(DEFAULT_PORTS, '');
    if (s.includes(':') || s.includes('@')) return undefined;
  }
  s = s.replace(/\.$/, '');
  try {
    // punycode for internationalised names (new URL does it for us)
    s = new URL(`http://${s}`).hostname;
  } catch {
    return undefined;
  }
  return HOST_RE.test(s) ? s : undefined;
}

/** Host part of a page URL, or undefined for non-web pages (about:, chrome:, file:). */
export function hostOfUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : undefined;
  } catch {
    return undefined;
  }
}
