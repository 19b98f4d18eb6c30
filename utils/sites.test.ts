// The starter sites (unique hosts, every language covered), host normalising and matching, and
// hostOfUrl reading only web pages.
import { describe, expect, it } from 'vitest';
import { hostIsUnder, hostOfUrl, normaliseHost, STARTER_MATCHES, STARTER_SITES, starterSiteFor } from './sites';

describe('starter sites', () => {
  it('are unique, valid hosts with one match pattern each', () => {
    const domains = STARTER_SITES.map((s) => s.domain);
    expect(new Set(domains).size).toBe(domains.length);
    for (const d of domains) expect(normaliseHost(d)).toBe(d);
    expect(STARTER_MATCHES).toHaveLength(domains.length);
    for (const m of STARTER_MATCHES) expect(m).toMatch(/^\*:\/\/\*\.[a-z0-9.-]+\/\*$/);
  });

  it('cover subdomains but not look-alikes', () => {
    expect(starterSiteFor('rus.azattyq.org')?.domain).toBe('azattyq.org');
    expect(starterSiteFor('KUN.UZ')?.domain).toBe('kun.uz');
    expect(starterSiteFor('notkun.uz')).toBeUndefined();
    expect(starterSiteFor('kun.uz.evil.com')).toBeUndefined();
    expect(hostIsUnder('a.b.kun.uz', 'kun.uz')).toBe(true);
  });

  it('cover each of the 13 languages with a regional or Central Asia outlet and an international desk', () => {
    const langs = ['ar', 'ru', 'en', 'kk', 'uz', 'ky', 'tg', 'tk', 'fa', 'tr', 'zh', 'de', 'fr'];
    for (const lang of langs) {
      expect(
        STARTER_SITES.some((s) => !s.general && s.langs.includes(lang)),
        `${lang}: regional`,
      ).toBe(true);
    }
    for (const lang of ['ar', 'ru', 'en', 'fa', 'tr', 'zh', 'de', 'fr']) {
      expect(
        STARTER_SITES.some((s) => s.general && s.langs.includes(lang)),
        `${lang}: international`,
      ).toBe(true);
    }
    // only international desks are general outlets; every site in the five countries is regional
    for (const s of STARTER_SITES) expect(!!s.general, s.domain).toBe(s.region === 'international');
    expect(starterSiteFor('www.bbc.com')?.general).toBe(true);
    expect(starterSiteFor('kun.uz')?.general).toBeFalsy();
  });
});

describe('normaliseHost', () => {
  it('reduces URLs and typed hosts to a bare lower-case host', () => {
    expect(normaliseHost('https://WWW.Kun.uz/news/1?x#y')).toBe('www.kun.uz');
    expect(normaliseHost('kun.uz.')).toBe('kun.uz');
    expect(normaliseHost('kun.uz:443/path')).toBe('kun.uz');
    expect(normaliseHost('пример.рф')).toBe('xn--e1afmkfd.xn--p1ai');
  });
  it('refuses what cannot be a web host', () => {
    for (const bad of [
      '',
      ' ',
      'localhost',
      '10.0.0.1',
      'ftp://kun.uz',
      'kun.uz:8080',
      'a@b.com',
      'no spaces.com',
      '-x.com',
    ]) {
      expect(normaliseHost(bad), bad).toBeUndefined();
    }
  });
  it('hostOfUrl reads only http(s) pages', () => {
    expect(hostOfUrl('https://24.kg/x')).toBe('24.kg');
    expect(hostOfUrl('about:blank')).toBeUndefined();
    expect(hostOfUrl('chrome://extensions')).toBeUndefined();
    expect(hostOfUrl(undefined)).toBeUndefined();
  });
});
