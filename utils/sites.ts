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

/**
 * Regional outlets (in the five countries and region-wide) and international desks in the 13 languages
 * Oxus reads; the general ones are marked `general` (see Site.general).
 */
export const STARTER_SITES: readonly Site[] = [
  // Kazakhstan
  { domain: 'tengrinews.kz', name: 'Tengrinews', langs: ['ru', 'kk', 'en'], region: 'kz' },
  { domain: 'vlast.kz', name: 'Vlast.kz', langs: ['ru', 'kk'], region: 'kz' },
  { domain: 'inform.kz', name: 'Kazinform', langs: ['kk', 'ru', 'en', 'ar', 'zh', 'tr'], region: 'kz' },
  { domain: 'informburo.kz', name: 'Informburo', langs: ['ru', 'kk'], region: 'kz' },
  { domain: 'orda.kz', name: 'Orda.kz', langs: ['ru', 'kk'], region: 'kz' },
  { domain: 'kursiv.media', name: 'Kursiv', langs: ['ru', 'kk', 'en'], region: 'kz' },
  { domain: 'azattyq.org', name: 'Azattyq (RFE/RL)', langs: ['kk', 'ru'], region: 'kz' },
  { domain: 'egemen.kz', name: 'Egemen Qazaqstan', langs: ['kk'], region: 'kz' },
  { domain: 'nur.kz', name: 'NUR.KZ', langs: ['ru', 'kk'], region: 'kz' },
  { domain: 'zakon.kz', name: 'Zakon.kz', langs: ['ru', 'kk'], region: 'kz' },
  { domain: 'kazpravda.kz', name: 'Kazakhstanskaya Pravda', langs: ['ru'], region: 'kz' },
  { domain: 'astanatimes.com', name: 'The Astana Times', langs: ['en'], region: 'kz' },
  // Kyrgyzstan
  { domain: '24.kg', name: '24.kg', langs: ['ru', 'ky', 'en'], region: 'kg' },
  { domain: 'akipress.com', name: 'AKIpress', langs: ['ru', 'en'], region: 'kg' },
  { domain: 'kaktus.media', name: 'Kaktus Media', langs: ['ru', 'ky'], region: 'kg' },
  { domain: 'kloop.kg', name: 'Kloop', langs: ['ru', 'ky'], region: 'kg' },
  { domain: 'azattyk.org', name: 'Azattyk (RFE/RL)', langs: ['ky', 'ru'], region: 'kg' },
  { domain: 'kabar.kg', name: 'Kabar', langs: ['ky', 'ru', 'en', 'zh', 'ar', 'tr'], region: 'kg' },
  // Uzbekistan
  { domain: 'kun.uz', name: 'Kun.uz', langs: ['uz', 'ru', 'en'], region: 'uz' },
  { domain: 'gazeta.uz', name: 'Gazeta.uz', langs: ['ru', 'uz'], region: 'uz' },
  { domain: 'daryo.uz', name: 'Daryo', langs: ['uz', 'ru', 'en'], region: 'uz' },
  { domain: 'ozodlik.org', name: 'Ozodlik (RFE/RL)', langs: ['uz', 'ru'], region: 'uz' },
  { domain: 'uza.uz', name: 'UzA', langs: ['uz', 'ru', 'en', 'tr', 'zh', 'ar', 'de', 'fr'], region: 'uz' },
  { domain: 'podrobno.uz', name: 'Podrobno.uz', langs: ['ru'], region: 'uz' },
  { domain: 'xabar.uz', name: 'Xabar.uz', langs: ['uz', 'ru'], region: 'uz' },
  // Tajikistan
  { domain: 'asiaplustj.info', name: 'Asia-Plus', langs: ['ru', 'tg', 'en'], region: 'tj' },
  { domain: 'ozodi.org', name: 'Ozodi (RFE/RL)', langs: ['tg', 'ru'], region: 'tj' },
  { domain: 'khovar.tj', name: 'Khovar', langs: ['tg', 'ru', 'en'], region: 'tj' },
  { domain: 'avesta.tj', name: 'Avesta', langs: ['ru'], region: 'tj' },
  // Turkmenistan
  { domain: 'turkmenportal.com', name: 'Turkmenportal', langs: ['ru', 'tk', 'en'], region: 'tm' },
  { domain: 'azathabar.com', name: 'Azathabar (RFE/RL)', langs: ['tk', 'ru'], region: 'tm' },
  { domain: 'turkmen.news', name: 'Turkmen.news', langs: ['ru', 'en', 'tk'], region: 'tm' },
  { domain: 'hronikatm.com', name: 'Chronicles of Turkmenistan', langs: ['ru', 'en', 'tk'], region: 'tm' },
  // Region-wide
  { domain: 'rferl.org', name: 'Radio Free Europe/Radio Liberty', langs: ['en', 'ru'], region: 'region' },
  { domain: 'eurasianet.org', name: 'Eurasianet', langs: ['en', 'ru'], region: 'region' },
  { domain: 'cabar.asia', name: 'CABAR.asia', langs: ['en', 'ru'], region: 'region' },
  { domain: 'fergana.media', name: 'Fergana', langs: ['ru', 'en', 'uz'], region: 'region' },
  { domain: 'timesca.com', name: 'The Times of Central Asia', langs: ['en'], region: 'region' },
  { domain: 'novastan.org', name: 'Novastan', langs: ['de', 'fr', 'en'], region: 'region' },
  { domain: 'iras.ir', name: 'IRAS (Iran and Eurasia Studies)', langs: ['fa'], region: 'region' },
  // International desks: general outlets that cover Central Asia among much else. Oxus shows
  // something on their pages only when a page is about the region (utils/relevance.ts).
  // English
  {
    domain: 'bbc.com',
    name: 'BBC (World Service desks)',
    langs: ['en', 'ru', 'uz', 'ky', 'fa', 'ar', 'tr', 'zh'],
    region: 'international',
    general: true,
  },
  { domain: 'reuters.com', name: 'Reuters', langs: ['en'], region: 'international', general: true },
  { domain: 'apnews.com', name: 'AP News', langs: ['en'], region: 'international', general: true },
  { domain: 'theguardian.com', name: 'The Guardian', langs: ['en'], region: 'international', general: true },
  { domain: 'thediplomat.com', name: 'The Diplomat', langs: ['en'], region: 'international', general: true },
  // Russian
  { domain: 'currenttime.tv', name: 'Current Time (RFE/RL)', langs: ['ru'], region: 'international', general: true },
  { domain: 'ria.ru', name: 'RIA Novosti', langs: ['ru'], region: 'international', general: true },
  { domain: 'tass.ru', name: 'TASS', langs: ['ru'], region: 'international', general: true },
  { domain: 'interfax.ru', name: 'Interfax', langs: ['ru'], region: 'international', general: true },
  { domain: 'kommersant.ru', name: 'Kommersant', langs: ['ru'], region: 'international', general: true },
  { domain: 'meduza.io', name: 'Meduza', langs: ['ru', 'en'], region: 'international', general: true },
  // Arabic
  { domain: 'aljazeera.net', name: 'Al Jazeera', langs: ['ar'], region: 'international', general: true },
  { domain: 'alarabiya.net', name: 'Al Arabiya', langs: ['ar'], region: 'international', general: true },
  { domain: 'skynewsarabia.com', name: 'Sky News Arabia', langs: ['ar'], region: 'international', general: true },
  { domain: 'aawsat.com', name: 'Asharq Al-Awsat', langs: ['ar'], region: 'international', general: true },
  // Persian
  { domain: 'radiofarda.com', name: 'Radio Farda (RFE/RL)', langs: ['fa'], region: 'international', general: true },
  { domain: 'irna.ir', name: 'IRNA', langs: ['fa', 'en', 'ar'], region: 'international', general: true },
  { domain: 'isna.ir', name: 'ISNA', langs: ['fa'], region: 'international', general: true },
  // Turkish
  {
    domain: 'aa.com.tr',
    name: 'Anadolu Agency',
    langs: ['tr', 'en', 'ar', 'ru', 'fr', 'de'],
    region: 'international',
    general: true,
  },
  {
    domain: 'trt.net.tr',
    name: 'TRT (Voice of Türkiye)',
    langs: ['tr', 'kk', 'ky', 'uz', 'tk', 'ru', 'fa', 'ar', 'zh', 'de', 'fr'],
    region: 'international',
    general: true,
  },
  { domain: 'trthaber.com', name: 'TRT Haber', langs: ['tr'], region: 'international', general: true },
  { domain: 'hurriyet.com.tr', name: 'Hürriyet', langs: ['tr'], region: 'international', general: true },
  // Chinese
  {
    domain: 'news.cn',
    name: 'Xinhua',
    langs: ['zh', 'en', 'ru', 'ar', 'fr', 'de'],
    region: 'international',
    general: true,
  },
  {
    domain: 'xinhuanet.com',
    name: 'Xinhuanet',
    langs: ['zh', 'en', 'ru', 'ar', 'fr', 'de'],
    region: 'international',
    general: true,
  },
  { domain: 'thepaper.cn', name: 'The Paper (澎湃新闻)', langs: ['zh'], region: 'international', general: true },
  { domain: 'zaobao.com', name: 'Lianhe Zaobao', langs: ['zh'], region: 'international', general: true },
  // German
  {
    domain: 'dw.com',
    name: 'Deutsche Welle',
    langs: ['de', 'en', 'ru', 'fa', 'tr', 'zh', 'ar', 'fr'],
    region: 'international',
    general: true,
  },
  { domain: 'faz.net', name: 'Frankfurter Allgemeine', langs: ['de'], region: 'international', general: true },
  { domain: 'spiegel.de', name: 'Der Spiegel', langs: ['de'], region: 'international', general: true },
  { domain: 'tagesschau.de', name: 'tagesschau.de', langs: ['de'], region: 'international', general: true },
  // French
  { domain: 'rfi.fr', name: 'RFI', langs: ['fr', 'en', 'ru', 'fa', 'zh'], region: 'international', general: true },
  { domain: 'lemonde.fr', name: 'Le Monde', langs: ['fr'], region: 'international', general: true },
  { domain: 'france24.com', name: 'France 24', langs: ['fr', 'en', 'ar'], region: 'international', general: true },
  {
    domain: 'courrierinternational.com',
    name: 'Courrier international',
    langs: ['fr'],
    region: 'international',
    general: true,
  },
];

/** Match patterns for a domain and its subdomains (`*.` also matches the bare domain). */
export const matchPatternsFor = (domain: string): string[] => [`*://*.${domain}/*`];

export const STARTER_MATCHES: string[] = STARTER_SITES.flatMap((s) => matchPatternsFor(s.domain));

/** Is `host` the domain itself or one of its subdomains? */
export const hostIsUnder = (host: string, domain: string): boolean => host === domain || host.endsWith(`.${domain}`);

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

/** A page URL parsed, only when it is a web (http or https) URL; undefined for about:, chrome:, file:, junk. */
export function webUrl(url: string | undefined): URL | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : undefined;
  } catch {
    return undefined;
  }
}

/** Host part of a page URL, or undefined for non-web pages (about:, chrome:, file:). */
export const hostOfUrl = (url: string | undefined): string | undefined => webUrl(url)?.hostname;
