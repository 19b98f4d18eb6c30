// The source-kind table places publishers by name, reprints by the origin of their text, and the
// rest by domain (subdomains included); unknown sites stay unplaced rather than guessed.
import { describe, expect, it } from 'vitest';
import { classifySource, kindOfHost, originOf } from './source-kinds';

const k = (publisher: string, url?: string) => classifySource({ publisher, url });

describe('classifySource', () => {
  it('knows the wire agencies, including state-owned ones the brief counts as wire', () => {
    expect(k('Reuters', 'https://www.reuters.com/world/asia-pacific/x-2026-01-01/')).toBe('wire');
    expect(k('ТАСС', 'https://tass.ru/politika/123')).toBe('wire');
    expect(k('Interfax', 'https://interfax.com/newsroom/top-stories/1/')).toBe('wire');
    expect(k('Anadolu Ajansı', 'https://www.aa.com.tr/tr/dunya/x/1')).toBe('wire');
  });
  it('tells state media, official sites, independent media, encyclopaedias, IGOs/NGOs and academia apart', () => {
    expect(k('Kazinform', 'https://en.inform.kz/news/x')).toBe('state-media');
    expect(k('UzA', 'https://uza.uz/en/posts/1')).toBe('state-media');
    expect(k('Government of Kazakhstan (gov.kz)', 'https://www.gov.kz/memleket/entities/x')).toBe('official');
    expect(k('Prime Minister of Kazakhstan (official site)', 'https://primeminister.kz/en/news/1')).toBe('official');
    expect(k('24.kg', 'https://24.kg/english/1/')).toBe('independent-media');
    expect(k('Azattyq (RFE/RL)', 'https://rus.azattyq.org/a/1.html')).toBe('independent-media');
    expect(k('Wikipedia', 'https://kk.wikipedia.org/wiki/Астана')).toBe('encyclopaedia');
    expect(k('Human Rights Watch', 'https://www.hrw.org/news/2022/01/01/x')).toBe('igo-ngo');
    expect(k('OSCE', 'https://www.osce.org/odihr/elections/x')).toBe('igo-ngo');
    expect(k('Jamestown Foundation, Monitor vol. 5 issue 33', 'https://jamestown.org/program/x/')).toBe('academic');
  });
  it('gives a reprint the kind of its origin, but a report citing another outlet its own', () => {
    expect(k('Reuters (via Devdiscourse)', 'https://www.devdiscourse.com/article/1')).toBe('wire');
    expect(k('Hürriyet Daily News (AFP)', 'https://www.hurriyetdailynews.com/x-1')).toBe('wire');
    expect(k('Kazakhstan Today (Kazinform text)', 'https://www.kt.kz/rus/x')).toBe('state-media');
    expect(k('Asia-Plus (citing Fergana News)', 'https://asiaplustj.info/ru/news/1')).toBe('independent-media');
    expect(k("People's Daily (人民日报, reprint)", 'https://news.cnhubei.com/x.html')).toBe('state-media');
    expect(k('Wikipedia (IPFS copy of April 2016)', 'https://gateway.ipfs.io/ipfs/x/wiki/A.html')).toBe(
      'encyclopaedia',
    );
  });
  it('matches names as whole words (RT is not the RT in "Smart")', () => {
    expect(k('RT', 'https://www.rt.com/news/1/')).toBe('state-media');
    expect(k('Smart Times')).toBeUndefined();
    expect(k('APress Daily')).toBeUndefined();
  });
  it('leaves an unknown site unplaced, except a government domain', () => {
    expect(k('Some Blog', 'https://someblog.example/post/1')).toBeUndefined();
    expect(k('Ministry of X', 'https://x.gov/press/1')).toBe('official');
  });
});

describe('helpers', () => {
  it('finds the origin of a reprinted text', () => {
    expect(originOf('Reuters (via Devdiscourse)')).toBe('Reuters');
    expect(originOf('Reuters (French, via rssnews.media)')).toBe('Reuters');
    expect(originOf('Devdiscourse (Reuters text)')).toBe('Reuters');
    expect(originOf('East Coast Daily (AFP-based)')).toBe('AFP');
    expect(originOf('Asia-Plus (citing Fergana News)')).toBeUndefined();
    expect(originOf('Kazinform')).toBeUndefined();
  });
  it('looks a host up with its parent domains', () => {
    expect(kindOfHost('en.trend.az')).toBe('wire');
    expect(kindOfHost('www.akorda.kz')).toBe('official');
    expect(kindOfHost('example.com')).toBeUndefined();
  });
});
