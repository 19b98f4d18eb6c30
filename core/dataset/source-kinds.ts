// The reviewed table that gives a source its `kind` from its publisher and domain (official site, wire
// agency, state media, independent media, encyclopaedia, IGO/NGO, academic, other). Pure; used by
// scripts/source-kinds.ts to fill data/ and to suggest a kind for a new source; tested in source-kinds.test.ts.
import type { SourceKind } from './schema';

/*
 * How the kinds are drawn (reviewed by hand, one entry per publisher or domain):
 * - official: the institution's own site (government, parliament, court, election commission, state
 *   body, embassy, and an organisation or company speaking about itself), and standards bodies.
 * - wire: news agencies whose copy other outlets print: Reuters, AP, AFP, Bloomberg, Interfax, TASS,
 *   RIA Novosti, Xinhua, Anadolu, Trend, EFE, ANSA, dpa, UPI, IANS, ANI, KazTAG, AKIpress, Fergana...
 * - state-media: broadcasters, newspapers and national agencies run by a government for its own
 *   message (Kazinform, Khabar, UzA, Khovar, TDH, Kabar, BelTA, CGTN, RT, Sputnik, Press TV...).
 * - independent-media: other newspapers, broadcasters and news sites, including publicly funded
 *   broadcasters with editorial independence (BBC, DW, RFE/RL and its services, VOA).
 * - encyclopaedia: Wikipedia in any language and its mirrors, Britannica, Universalis, Catalana.
 * - igo-ngo: intergovernmental bodies (UN, OSCE, CSTO, CIS, EU, NATO) and NGOs (HRW, Amnesty...).
 * - academic: universities, think tanks, books, journals, research datasets.
 * - other: blogs, aggregators, companies' and marketing sites that are not the subject's own.
 * A page that reprints another publisher's text ("Reuters (via X)", "X (AFP)", "X (TASS text)") takes
 * the kind of the text's origin; "X (citing Y)" is X's own report.
 */

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** One rule: any of these names, as a whole word (letters and digits around it do not count). */
function names(kind: SourceKind, list: string[]): [RegExp, SourceKind] {
  return [new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${list.map(escapeRe).join('|')})(?=$|[^\\p{L}\\p{N}])`, 'u'), kind];
}

/** Publisher names (as written in `publisher`), tried in this order; the first that matches wins. */
export const NAME_KINDS: readonly [RegExp, SourceKind][] = [
  names('wire', [
    'Reuters', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse', 'Bloomberg', 'Interfax', 'Интерфакс', 'TASS',
    'ТАСС', 'RIA Novosti', 'РИА Новости', 'Xinhua', '新华社', '新华网', 'Anadolu', 'AA', 'Trend', 'EFE', 'Europa Press',
    'ANSA', 'dpa', 'UPI', 'IANS', 'ANI', 'Keystone-SDA', 'Agerpres', 'MTI', 'KazTAG', 'AKIpress', 'NNN-UzA', 'Ruptly',
    'UNA-OIC', 'Mehr News Agency', 'Tasnim News Agency', 'Fars News Agency', 'Armenpress', 'Report.az', 'Kyodo',
  ]),
  names('state-media', [
    'Kazinform', 'Khabar', 'Egemen Qazaqstan', 'Kazakhstanskaya Pravda', 'Qazaq TV', 'Jibek Joly TV', 'UzA', 'Khovar',
    'TDH', 'Turkmen State News Agency', 'State News Agency of Turkmenistan', 'Turkmenistan Today',
    'Neutral Turkmenistan', 'Kabar', 'KTRK', 'BelTA', 'SB. Belarus Today', 'CGTN', 'CCTV', "People's Daily", '人民日报',
    'Global Times', '环球时报', '光明日报', '宁夏日报', '河南日报', '香港中通社', 'Shanghai Daily', 'ECNS',
    'China Translation & Publishing', 'RT', 'Sputnik', 'Press TV', 'Pars Today', 'العالم', 'Al-Alam', 'Мир 24',
    'Москва 24', 'SANA', 'Public Radio of Armenia', 'Altyn Asyr', 'Khatlon (regional newspaper)', 'Rossiya Segodnya',
    'Vesti', 'TRT World',
  ]),
  names('official', ['外交之声']),
  names('independent-media', [
    'RFE/RL', 'Radio Free Europe', 'Radio Liberty', 'Radio Svoboda', 'Azattyq', 'Azattyk', 'Ozodi', 'Ozodlik',
    'Azatlyk',
    'Azathabar', 'Azadliq', 'Current Time', 'Voice of America', 'VOA', 'BBC', 'Deutsche Welle', 'DW', 'RFI',
    'Eurasianet', 'The Diplomat', 'Podrobno.uz', 'Astana Times', 'Chronicles of Turkmenistan', 'Global Voices',
    'bne IntelliNews', 'Fergana', 'Asia-Plus', 'Kommersant', 'Al Jazeera', 'Al Mayadeen', 'Tengrinews', 'Vlast.kz',
    'Kun.uz', 'Gazeta.uz', 'Kloop', '24.kg', '联合早报',
  ]),
  names('encyclopaedia', [
    'Wikipedia', 'Wikipédia', 'Wikiwand', 'WikiMili', 'OWiki', 'WikiSum', 'Encyclopaedia Universalis',
    'Enciclopèdia Catalana', 'Britannica', 'Everything Explained', 'Sagapedia',
  ]),
  names('igo-ngo', [
    'International Press Institute', 'Unicode Consortium', 'International Organization for Standardization',
    'Human Rights Watch', 'Amnesty International', 'OSCE', 'ODIHR', 'FIDH', 'Committee to Protect Journalists',
    'Freedom House', 'Reporters Without Borders', 'Norwegian Helsinki Committee', 'Open Dialog Foundation',
    'Open Dialogue Foundation', 'International Partnership for Human Rights', 'International IDEA', 'IFES',
    'European Commission', 'EEAS', 'NATO', 'CSTO', 'CIS Executive Committee',
    'Kazakhstan International Bureau for Human Rights', 'Human Rights Foundation', 'Freedom for Eurasia',
    'Sigrid Rausing Trust', 'Open Doors', 'ChinaAid', 'Turkmen Helsinki Foundation', 'Turkmenistan Helsinki Foundation',
    'Turkmen Initiative for Human Rights', 'Bir Duino', 'Legal Clinic Adilet', 'Qaharman', 'Uzbek Forum',
    'Association for Human Rights in Central Asia', 'مركز عدل لحقوق الإنسان', 'United Nations', 'UNHCR', 'OHCHR',
    'UNICEF', 'World Bank', 'Asian Development Bank', 'IMF', 'EBRD',
  ]),
  names('academic', [
    'Jamestown Foundation', 'CEPS', 'Atlantic Council', 'Carnegie', 'Chatham House', 'Crisis Group', 'University',
    'Institute', 'Paksoy', 'Michael Kort', 'NASA Earth Observatory', 't2wml', 'Yale Environment 360', 'dr5hn',
  ]),
];

/** Domains (a host and its subdomains) and their kind, for publishers not named above. */
export const DOMAIN_KINDS: Readonly<Record<SourceKind, readonly string[]>> = {
  official: [
    'cbu.uz', 'anticorruption.uz', 'ombudsman.uz', 'stat.uz', 'muslim.uz', 'customs.uz', 'fvv.uz', 'railway.uz',
    'nbu.uz', 'sqb.uz', 'kapitalbank.uz', 'uzavtosanoat.uz', 'artelgroup.com', 'elections.uz', 'muslim.ru',
    'asyldin.kz', 'investinkostanay.kz', 'yqwtd.com',
    'gov.kz', 'akorda.kz', 'primeminister.kz', 'parlam.kz', 'election.gov.kz', 'stat.gov.kz', 'muftyat.kz',
    'kazakhstanunsc.com', 'gov.kg', 'president.kg', 'kenesh.kg', 'shailoo.gov.kg', 'stat.kg', 'ombudsman.kg',
    'muftiyat.kg', 'kt.kg', 'president.tj', 'mehnat.tj', 'ombudsman.tj', 'stat.tj', 'khatlon.tj', 'tcell.tj',
    'orienbank.tj', 'amonatbonk.tj', 'pamirenergy.com', 'gov.tm', 'tmcell.tm', 'president.uz', 'gov.uz',
    'agmk.uz', 'mfa.gov.cn', 'china-embassy.gov.cn', 'ambafrance.org', 'kremlin.ru', 'mid.ru', 'state.gov',
    'whitehouse.gov', 'osce-academy.net',
  ],
  wire: [
    'irna.ir', 'sana.sy',
    'reuters.com', 'apnews.com', 'afp.com', 'interfax.com', 'interfax.ru', 'interfax.kz', 'tass.com', 'tass.ru',
    'ria.ru', 'xinhuanet.com', 'news.cn', 'aa.com.tr', 'trend.az', 'efe.com', 'ansa.it', 'upi.com', 'kaztag.kz',
    'akipress.com', 'akipress.org',
    'mehrnews.com', 'tasnimnews.com', 'farsnews.ir', 'armenpress.am', 'report.az', 'una-oic.org',
    'mia.mk', 'apa.az',
  ],
  'state-media': [
    'tv.cctv.com', 'trt.net.tr', 'rg.ru', 'yuz.uz', 'astanatv.kz', 'el.kz', 'silkwaytv.kz', 'gmw.cn', 'haxhtm.com',
    'kyzylorda-news.kz', 'turkmenistaninfo.ru', 'chinadaily.com.cn',
    'inform.kz', 'qazinform.com', 'khabar.kz', 'egemen.kz', 'kazpravda.kz', 'qazaqtv.com', 'jjtv.kz', 'uza.uz',
    'khovar.tj', 'tdh.gov.tm', 'turkmenistan.gov.tm', 'kabar.kg', 'ktrk.kg', 'belta.by', 'sb.by', 'cgtn.com',
    'rt.com', 'sputnik.kz', 'sputnik.kg', 'sputniknews.com', 'sputnikglobe.com', 'sputniknews.cn',
    'sputniknews-uz.com', 'sputniknews.ru', 'presstv.ir', 'parstoday.com', 'alalam.ir', 'mir24.tv', 'm24.ru',
    'ecns.cn', 'shine.cn', 'trtworld.com', 'almayadeen.net',
    'spbdnevnik.ru', 'riamo.ru', 'ukrinform.ua', 
    'kt.kz',
  ],
  'independent-media': [
    'open.kg', 'adilsoz.kz', 'mgorod.kz', '7kun.kz', 'kisapes.online', 'ulysmedia.kz', 'sulu-news.com', 'oqu.news',
    'sarbaz.kz', 'prosud.kz', 'altyn-news.info', 'bes.media', 'biznescentr.kz', 'orda.news', 'ianews.kz',
    'informburo.kz', 'kz.expert', 'kazlenta.kz', 'bizmedia.kz', 'zonakz.net', 'world-nuclear-news.org', 'bestnews.kz',
    'ibtimes.co.uk', 'rucriminal.io', 'xn--80aeaj2aesddcjte.news', '365info.kz', 'baigenews.kz', 'smartnews.kz',
    'inaktau.kz', 'cnnbusinessarabic.com', 'svoboda.org', 'ft.com', 'euronews.com', 'voanews.com',
    'skynewsarabia.com', 'thenewhumanitarian.org', 'centralasia24.com', 'nova24.uz', 'yangiliklar24.net',
    'platina.uz', 'anhor.uz', 'namanganliklar.uz', 'centralbanking.com', 'vaqt.uz', 'yenituran.az',
    'madrastribune.com', 'sng.today', 'perild.com', 'uzreport.news', 'toshkent24.com', 'maralfm.kg', 'zamin.uz',
    'ia-centr.ru',
    'fergana.agency', 'fergana.news', 'fergana.media', 'fergana.ru', 'fergana.me', 'fergana.plus', 'news.az',
    'almayadeen.net', 'alwatan.sy', 'iz.ru', 'dknews.kz', 'turkmenportal.com', 'business.com.tm', 'orient.tm',
    'zamanturkmenistan.com.tm', 'outputnews.com', '8.210.172.137',
    '24.kg', 'rferl.org', 'azattyq.org', 'azattyk.org', 'ozodi.org', 'ozodlik.org', 'azathabar.com',
    'azadliq.org', 'currenttime.tv', 'rfe.pangea-cms.com', 'd1len9mmddvt3u.cloudfront.net', 'amerikaovozi.com',
    'astanatimes.com', 'asiaplustj.info', 'asiaplus.news', 'news.tj', 'timesca.com', 'newscentralasia.net',
    'thediplomat.com', 'thediplomat.com.', 'intellinews.com', 'bne.eu', 'orda.kz', 'kun.uz', 'qalampir.uz',
    'vlast.kz', 'tashkenttimes.uz', 'daryo.uz', 'zakon.kz', 'dw.com', 'bbc.com', 'bbc.co.uk', 'rbc.ru',
    'acca.media', 'mts.kg', 'gazeta.uz', 'kant.kg', 'kommersant.ru', 'kloop.kg', 'akchabar.kg', 'caravan.kz',
    'centralasia.media', 'iwpr.net', 'meduza.io', 'uzdaily.uz', 'turkmenistan.ru', 'yenisafak.com', 'ms.now',
    'babel.ua', 'kursiv.media', 'gazeta.ru', 'vb.kg', 'occrp.org', 'kaktus.media', 'newizv.ru', 'ng.kz',
    'press.kz', 'eurasianet.org', 'aljazeera.com', 'kznews.kz', 'lada.kz', 'time.kz', 'jana-kezen.kz',
    'vestikavkaza.ru', 'yerzemin.com', 'opendemocracy.net', 'realnoevremya.com', 'kyivindependent.com',
    'caliber.az', 'themoscowtimes.com', 'vedomosti.ru', 'euroradio.by', 'pulitzercenter.org', 'deccanchronicle.com',
    'novinite.com', 'thediplomaticinsight.com', 'gazeta.kg', 'hurriyetdailynews.com', 'theasian.asia',
    'timesofoman.com', 'eadaily.com', 'enr.com', 'japantoday.com', 'business-standard.com', 'timesofmalta.com',
    'ndtv.com', 'nationalheraldindia.com', 'geo.tv', 'indiatoday.in', 'ariananews.af', 'dawn.com',
    'thenews.com.pk', 'okaz.com.sa', 'wionews.com', 'startribune.com', 'philstar.com', 'lokmattimes.com',
    'abc.com.py', 'alittihad44.com', 'news-asia.ru', 'ng.ru', 'knews.kg', 'centralasia.news', 'novosti.kg',
    'sayasat.kg', 'economist.kg', 'nazarnews.org', 'aqparat.info', 'rbc.ua', 'lb.ua', 'anews.com.tr',
    'alarabiya.net', 'straitstimes.com', 'belsat.eu', 'slovoidilo.ua', 'phnompenhpost.com', 'tvpworld.com',
    'tovima.gr', 'nationalpost.com', 'daz.asia', 'tvrepublika.pl', 'paradigma.uz', 'khaama.com',
    'radiozamaneh.org', 'newsru.co.il', 'newsru.com', 'phoenix-24.kz', 'silkway.news', 'kazpress.kz',
    'newtimes.kz', 'echofm.online', 'thegenevatimes.ch', 'fakti.bg', 'tengrinews.kz', 'nur.kz', 'podrobno.uz',
    'avesta.tj', 'hronikatm.com', 'turkmen.news', 'cabar.asia', 'lapresse.ca', 'stripes.com', 'nos.nl',
    'arzuw.news', 'tajnews.de', 'azatlyk.org', 'kesq.com', 'kxnet.com', 'lbc.co.uk', 'click2houston.com',
    'ktvz.com', 'thestar.com', 'timesdaily.com', 'imlebanon.org', 'eastcoastdaily.in', 'republicworld.com',
    'taipeitimes.com', 'sondakika.com', 'mediamanas.kg', 'tag24.com', 'bluewin.ch', 'canindia.com',
    'dailyprabhat.com', 'muslimnetwork.tv', 'romaniatv.net', 'news360.es', '24saatgazetesi.com', 'frontnews.eu',
    'ostro.org', 'essanews.com', 'bomdodrus.com', 'kallanish.com', 'stolica.news', 'qaharman.org.kz',
    'centralasianlight.org', 'ifpnews.com', 'arabobserver.com', 'urdupoint.com', 'ccbsnews.info',
    'thecentralasia.com', 'caravan-info.pro', 'reform.news', 'regtrends.com', 'journalist.today',
    'kierunekkaukaz.pl', 'buongiornoslovacchia.sk', 'monitoruldestiri.ro', 'econotimes.com', 'wafayee.com',
    'thereference-paris.com', 'alnour.com.lb', 'masress.com', 'sauress.com', 'maghress.com', 'slaati.com',
    'buzb.uz', 'turanews.kz', 'informkz.com', 'azernews.az', 'xebersaati.com', 'menafn.com', 'time.news',
    'news-pravda.com', 'devdiscourse.com', 'theeastafrican.co.ke', 'miningsee.eu', 'turkishdefense.net',
    'minexforum.com', 'turkmenistannewsgazette.com', 'tajikistannewsgazette.com', 'caliobserver.com',
    'pledgetimes.com', 'newsbulletin247.com', 'thenewsontime.com', 'thereport.live', 'exposetimes.com',
    'tvcnews.tv', 'liverostrum.com', 'tellerreport.com', 'todayheadline.co', 'localnewswave.com',
    'thegoaspotlight.com', 'peopledailynews.eu', 'asiatoday.co', 'old.asiaplustj.info', 'kt.kz.',
  ],
  encyclopaedia: [
    'wikipedia.org', 'wikiwand.com', 'wikimili.com', 'owiki.org', 'wikisum.wiki', 'universalis.fr',
    'enciclopedia.cat', 'britannica.com', 'everything.explained.today', 'sagapedia.com', 'swiki.se',
    'eswikiai.wiki', 'de.wiki.li', 'a2zcore.com',
  ],
  'igo-ngo': [
    'jfj.fund', 'uzbekgermanforum.org', 'muslim-elders.com', 'jaif.or.jp',
    'hrw.org', 'amnesty.org', 'amnesty.be', 'osce.org', 'un.org', 'unhcr.org', 'ohchr.org', 'eeas.europa.eu',
    'europa.eu', 'nato.int', 'cpj.org', 'fidh.org', 'freedomhouse.org', 'rsf.org', 'nhc.no', 'odfoundation.eu',
    'iphronline.org', 'idea.int', 'electionguide.org', 'bureau.kz', 'freedomforeurasia.org', 'hrf.org',
    'sigrid-rausing-trust.org', 'opendoors.org', 'chinaaid.org', 'tmhelsinki.org', 'birduino.kg', 'adilet.kg',
    'adelhr.org', 'cldr.unicode.org', 'iso.org', 'ipi.media', 'eccis.org', 'odkb-csto.org', 'pacsto.org', 'ecoi.net',
    'tolerance.ca', 'wuk.at',
  ],
  academic: [
    'caspianpolicy.org', 'centralasia-research.org',
    'jamestown.org', 'ceps.eu', 'atlanticcouncil.org', 'carnegieendowment.org', 'chathamhouse.org',
    'crisisgroup.org', 'e360.yale.edu', 'earthobservatory.nasa.gov', 'angelfire.com', 'studmed.ru', 'github.com',
    'docslib.org', 'instsld.gov.tm', 'tjcproject.org',
  ],
  other: [
    'erece.org', '103news.com', 'ria24.today', 'investgo.cn', 'uznews.site', 'haixiafeng.com.cn', 'smolec.pl',
    'kmhouseindia.blogspot.com',
    'historysnacks.io', 'kesarev.partners', 'hcaccess.com', 'clearytradewatch.com', 'jdsupra.com',
    'aristmarketing.com', 'a-energy.hk', 'peopleandnature.wordpress.com', 'revolutionarydemocracy.org',
    'journalist-historian.com', 'bimba-news.in.ua', 'globalsecurity.org', 'inteltrends.wordpress.com',
    'havli.substack.com', 'dzen.ru', 'cis-legislation.com', 'almanar.com.lb', 'realterminals.com',
    'online.flipbuilder.com',
    'dailymotion.com', 'rossaprimavera.ru', 'voltairenet.org', 'news.antiwar.com', 'kuruc.info',
    'prudentpressagency.com', 'syriafriends.net', 'wexsearch.com', 'russia-islworld.ru', 'tmbw.ru',
    '007unleashed.com', 'regruhosting.ru', 'mifenjm.com', 'henanlong.com', 'shadafang.com',
    'zgxbrmw.com', 'loriforfreedom.com', 'mp.zgkyb.com', 'cnhubei.com', 'ucptt.com',
    'rssnews.media', 'chernayakobra.ru', 'thewall.fyi', 'bigasia.ru', 'alatharnews.com', 'zentralasien.ahk.de',
    'english.ohmynews.com', 'nxnews.net', 'infosurhoy.com', 'chinagate.cn',
    'globenewswire.com', 'linkedprime.com', 'jydproject.org', 'constitutionnet.org', 'ukrainetoday.org',
    'b4mms.com', 'news.yahoo.com', 'au.news.yahoo.com', 'newsbulletin247.com',
  ],
};

const BY_DOMAIN = new Map<string, SourceKind>();
for (const [kind, domains] of Object.entries(DOMAIN_KINDS) as [SourceKind, readonly string[]][]) {
  for (const d of domains) BY_DOMAIN.set(d.replace(/\.$/, ''), kind);
}

/** Whose text a page carries: "Reuters (via X)" → Reuters; "X (AFP)", "X (TASS text)" → AFP, TASS. */
export function originOf(publisher: string): string | undefined {
  const REPRINT = /^(.+?)\s*\((?:[^()]*,\s*)?(?:via|reprinted by|republished|copy|mirror|reprint|转载|轉載|镜像)/i;
  const via = publisher.match(REPRINT);
  if (via) return via[1]!.trim();
  const paren = publisher.match(/\(([^()]+?)(?:[\s-]+(?:text|video|report|based|reprint))?\)\s*$/i);
  if (!paren) return undefined;
  const inner = paren[1]!.trim();
  if (/^citing\b/i.test(inner)) return undefined;
  const rep = inner.match(/^(?:republishing|reprint of|summary of the)\s+(.+)$/i);
  return rep ? rep[1] : inner;
}

function kindOfName(name: string): SourceKind | undefined {
  for (const [re, kind] of NAME_KINDS) if (re.test(name)) return kind;
  return undefined;
}

/** The registered kind of a domain, trying the host and each parent domain. */
export function kindOfHost(host: string): SourceKind | undefined {
  let h = host.toLowerCase().replace(/^www\d?\./, '').replace(/\.$/, '');
  for (;;) {
    const k = BY_DOMAIN.get(h);
    if (k) return k;
    const dot = h.indexOf('.');
    if (dot < 0 || h.indexOf('.', dot + 1) < 0) return undefined;
    h = h.slice(dot + 1);
  }
}

/** The kind of a source: the origin of a reprinted text, else the domain, else the publisher's name. */
export function classifySource(s: { url?: string; publisher: string }): SourceKind | undefined {
  const origin = originOf(s.publisher);
  const fromOrigin = origin ? kindOfName(origin) : undefined;
  if (fromOrigin) return fromOrigin;
  let host: string | undefined;
  try { host = s.url ? new URL(s.url).hostname : undefined; } catch { host = undefined; }
  const fromHost = host ? kindOfHost(host) : undefined;
  return fromHost ?? kindOfName(s.publisher) ?? (host && /(^|\.)gov(\.[a-z]{2})?$/.test(host) ? 'official' : undefined);
}
