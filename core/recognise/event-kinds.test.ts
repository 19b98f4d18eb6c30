// Event kinds from ids and from words in 13 languages; years in text.
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../fixtures/all';
import { LANGUAGES } from '../lang/registry';
import { foldKey, isUnspacedChar, isWordChar } from '../text/fold';
import { LANGS, type Lang } from '../types';
import { cuesOf, eventKindsOf, kindsIn, yearsIn } from './event-kinds';

const kinds = (text: string, lang: Lang) => {
  const k = foldKey(text);
  return [...kindsIn(k, 0, k.length, lang)].sort();
};

describe('event kinds', () => {
  it('reads kinds from event ids', () => {
    expect(eventKindsOf('event:2021-uzbekistan-presidential-election')).toEqual(['election', 'presidential']);
    expect(eventKindsOf('event:2022-kyrgyz-tajik-clashes')).toEqual(['clash']);
    expect(eventKindsOf('event:2022-kazakhstan-unrest')).toEqual(['unrest', 'protest']);
    expect(eventKindsOf('event:2019-kazakhstan-transition')).toEqual([]);
  });
  it('finds kind words with endings, clitics and compounds', () => {
    expect(kinds('Қаңтар оқиғасы кезінде', 'kk')).toEqual(['unrest']);
    // Kazakh in Arabic script: the Cyrillic words transliterated
    expect(kinds('قاڭتار وقيعاسى كەزىندە', 'kk')).toEqual(['unrest']);
    expect(kinds('哈萨克斯坦骚乱期间', 'zh')).toEqual(['unrest']);
    expect(kinds('Интихоботи президентӣ', 'tg')).toEqual(['election', 'presidential']);
    expect(kinds('وبالانتخابات الرئاسية', 'ar')).toEqual(['election', 'presidential']);
    expect(kinds('die Präsidentschaftswahl', 'de')).toEqual(['election', 'presidential']);
    expect(kinds('столкновения на границе', 'ru')).toEqual(['clash']);
    expect(kinds('the selection committee', 'en')).toEqual([]);
  });
  // one phrase per kind and language, as the press writes it (elections, referendums, protests, clashes,
  // attacks, summits), so a language never loses a kind's vocabulary unnoticed
  const PHRASES: Record<Lang, Record<'election' | 'referendum' | 'protest' | 'clash' | 'attack' | 'summit', string>> = {
    en: {
      election: 'the election results',
      referendum: 'a referendum on',
      protest: 'protesters gathered',
      clash: 'border clashes',
      attack: 'the terrorist attack',
      summit: 'the summit in',
    },
    ru: {
      election: 'выборы президента',
      referendum: 'референдум о',
      protest: 'акции протеста',
      clash: 'столкновения на границе',
      attack: 'теракт в',
      summit: 'на саммите',
    },
    de: {
      election: 'nach der Wahl',
      referendum: 'das Referendum',
      protest: 'Proteste in',
      clash: 'Zusammenstöße an der Grenze',
      attack: 'der Anschlag auf',
      summit: 'beim Gipfel',
    },
    fr: {
      election: "après l'élection",
      referendum: 'le référendum',
      protest: 'les manifestations',
      clash: 'des affrontements',
      attack: "l'attentat",
      summit: 'au sommet',
    },
    ar: {
      election: 'وفي الانتخابات',
      referendum: 'بالاستفتاء',
      protest: 'الاحتجاجات',
      clash: 'الاشتباكات',
      attack: 'الهجوم',
      summit: 'للقمة',
    },
    fa: {
      election: 'در انتخابات',
      referendum: 'همه‌پرسی',
      protest: 'اعتراضات',
      clash: 'درگیری مرزی',
      attack: 'حمله تروریستی',
      summit: 'اجلاس سران',
    },
    tr: {
      election: 'seçimlerde',
      referendum: 'halk oylamasında',
      protest: 'protestolar',
      clash: 'sınır çatışması',
      attack: 'saldırıda',
      summit: 'zirvede',
    },
    kk: {
      election: 'сайлауда',
      referendum: 'референдумға',
      protest: 'наразылық акциясы',
      clash: 'қақтығыста',
      attack: 'шабуылдан',
      summit: 'саммитте',
    },
    ky: {
      election: 'шайлоодо',
      referendum: 'референдумда',
      protest: 'нааразычылык акциясы',
      clash: 'кагылышта',
      attack: 'чабуулдан',
      summit: 'саммитте',
    },
    uz: {
      election: 'saylovda',
      referendum: 'referendumda',
      protest: 'norozilik namoyishi',
      clash: "to'qnashuvda",
      attack: 'hujumda',
      summit: 'sammitda',
    },
    tg: {
      election: 'дар интихобот',
      referendum: 'раъйпурсии умумихалқӣ',
      protest: 'эътирозҳо',
      clash: 'даргирии марзӣ',
      attack: 'ҳамлаи террористӣ',
      summit: 'нишасти сарони давлатҳо',
    },
    tk: {
      election: 'saýlawlarda',
      referendum: 'sala salşyklarda',
      protest: 'nägilik',
      clash: 'çaknyşykda',
      attack: 'hüjümde',
      summit: 'sammitde',
    },
    zh: {
      election: '总统选举中',
      referendum: '举行公投',
      protest: '抗议活动',
      clash: '边境冲突',
      attack: '恐怖袭击',
      summit: '峰会期间',
    },
  };
  it('knows each kind of event in each of the 13 languages', () => {
    for (const [lang, byKind] of Object.entries(PHRASES) as [Lang, Record<string, string>][]) {
      for (const [kind, phrase] of Object.entries(byKind)) {
        expect(kinds(phrase, lang), `${lang} ${phrase}`).toContain(kind);
      }
    }
  });
  it('reads years in any digits', () => {
    expect([...yearsIn(foldKey('في عام ٢٠٢٢ و 1999, not 12345'))].sort()).toEqual([1999, 2022]);
  });
});

/** kindsIn as it was written before its trie walk: an indexOf per word (the reference it must equal). */
function kindsByIndexOf(text: string, lang: Lang): string[] {
  const clitics = LANGUAGES[lang].clitics;
  const wordStart = (i: number) => {
    if (i === 0 || !isWordChar(text[i - 1])) return true;
    if (!clitics) return false;
    let j = i - 1,
      n = 0;
    while (j >= 0 && n < 2 && clitics.includes(text[j]!)) {
      j--;
      n++;
    }
    return n > 0 && (j < 0 || !isWordChar(text[j]));
  };
  const into = new Set<string>();
  for (const c of cuesOf(lang)) {
    if (into.has(c.kind)) continue;
    for (let i = text.indexOf(c.key); i >= 0; i = text.indexOf(c.key, i + 1)) {
      const unspaced = isUnspacedChar(c.key[0]);
      if (!unspaced && !c.inside && !wordStart(i)) continue;
      if (!unspaced && !c.prefix && isWordChar(text[i + c.key.length])) continue;
      into.add(c.kind);
      break;
    }
  }
  return [...into].sort();
}

describe('kindsIn (one trie walk)', () => {
  it('finds the kinds a word-by-word search finds, on every fixture text in every language', () => {
    let named = 0;
    for (const lang of LANGS)
      for (const f of FIXTURES[lang]) {
        const k = foldKey(f.text);
        const expected = kindsByIndexOf(k, lang);
        named += expected.length;
        expect([...kindsIn(k, 0, k.length, lang)].sort(), `${lang}: ${f.text.slice(0, 40)}`).toEqual(expected);
      }
    expect(named).toBeGreaterThan(20);
  });
});
