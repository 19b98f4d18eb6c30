// Hand-curated additions to CLDR country names (forms in real use in news), names to drop
// (CLDR forms that are common words or clash with other places), and exactOnly forms.
import type { NameLang } from '../../../core/dataset/schema';
type L = Partial<Record<NameLang, string[]>>;

/** Wikidata ids read in usc-isi-i2/t2wml backend/causx/country_entities.py (and shared qids.json). */
export const QID: Record<string, string> = {
  GA: 'Q1000', GM: 'Q1005', GN: 'Q1006', GW: 'Q1007', CI: 'Q1008', CM: 'Q1009', CV: 'Q1011', LS: 'Q1013', LR: 'Q1014',
  LY: 'Q1016', MG: 'Q1019', MW: 'Q1020', MR: 'Q1025', MU: 'Q1027', MA: 'Q1028', MZ: 'Q1029', NA: 'Q1030', NE: 'Q1032',
  NG: 'Q1033', UG: 'Q1036', RW: 'Q1037', ST: 'Q1039', SN: 'Q1041', SC: 'Q1042', SL: 'Q1044', SO: 'Q1045', SD: 'Q1049',
  SZ: 'Q1050', KE: 'Q114', ET: 'Q115', GH: 'Q117', VI: 'Q11703', PR: 'Q1183', XK: 'Q1246', MF: 'Q126125', GI: 'Q1410',
  FR: 'Q142', GB: 'Q145', MO: 'Q14773', CN: 'Q148', BR: 'Q155', RU: 'Q159', CA: 'Q16', GU: 'Q16635', AS: 'Q16641',
  MP: 'Q16644', JP: 'Q17', MQ: 'Q17054', RE: 'Q17070', TC: 'Q18221', DE: 'Q183', BY: 'Q184', IS: 'Q189', EE: 'Q191',
  NO: 'Q20', LV: 'Q211', UA: 'Q212', AW: 'Q21203', CZ: 'Q213', SK: 'Q214', SI: 'Q215', MD: 'Q217', RO: 'Q218', BG: 'Q219',
  PS: 'Q219060', MK: 'Q221', AL: 'Q222', GL: 'Q223', HR: 'Q224', BA: 'Q225', AZ: 'Q227', AD: 'Q228', CY: 'Q229', GE: 'Q230',
  KZ: 'Q232', MT: 'Q233', MC: 'Q235', ME: 'Q236', BM: 'Q23635', VA: 'Q237', SM: 'Q238', CU: 'Q241', BZ: 'Q242', BB: 'Q244',
  ID: 'Q252', AI: 'Q25228', CW: 'Q25279', VG: 'Q25305', ZA: 'Q258', DZ: 'Q262', SX: 'Q26273', UZ: 'Q265', CK: 'Q26988',
  IE: 'Q27', HU: 'Q28', ES: 'Q29', CL: 'Q298', US: 'Q30', PF: 'Q30971', BE: 'Q31', LU: 'Q32', FI: 'Q33', SG: 'Q334',
  NC: 'Q33788', SE: 'Q34', NU: 'Q34020', LI: 'Q347', DK: 'Q35', PL: 'Q36', LT: 'Q37', GF: 'Q3769', IT: 'Q38', CH: 'Q39',
  BH: 'Q398', AM: 'Q399', AT: 'Q40', RS: 'Q403', AU: 'Q408', GR: 'Q41', AR: 'Q414', PE: 'Q419', KP: 'Q423', KH: 'Q424',
  TR: 'Q43', PT: 'Q45', FO: 'Q4628', TL: 'Q574', KY: 'Q5785', TD: 'Q657', NZ: 'Q664', IN: 'Q668', TV: 'Q672', TO: 'Q678',
  WS: 'Q683', SB: 'Q685', VU: 'Q686', PG: 'Q691', PW: 'Q695', NR: 'Q697', FM: 'Q702', MH: 'Q709', KI: 'Q710', MN: 'Q711',
  FJ: 'Q712', VE: 'Q717', SR: 'Q730', PY: 'Q733', GY: 'Q734', EC: 'Q736', CO: 'Q739', BO: 'Q750', TT: 'Q754', VC: 'Q757',
  LC: 'Q760', KN: 'Q763', JM: 'Q766', GD: 'Q769', UY: 'Q77', GT: 'Q774', BS: 'Q778', AG: 'Q781', HN: 'Q783', DM: 'Q784',
  JE: 'Q785', DO: 'Q786', EG: 'Q79', HT: 'Q790', SV: 'Q792', IR: 'Q794', IQ: 'Q796', CR: 'Q800', IL: 'Q801', PA: 'Q804',
  YE: 'Q805', JO: 'Q810', NI: 'Q811', KG: 'Q813', KW: 'Q817', LA: 'Q819', LB: 'Q822', MV: 'Q826', MY: 'Q833', MM: 'Q836',
  NP: 'Q837', OM: 'Q842', PK: 'Q843', QA: 'Q846', SA: 'Q851', LK: 'Q854', SY: 'Q858', TJ: 'Q863', HK: 'Q8646', TW: 'Q865',
  TH: 'Q869', TM: 'Q874', AE: 'Q878', VN: 'Q881', KR: 'Q884', AF: 'Q889', BD: 'Q902', ML: 'Q912', AO: 'Q916', BT: 'Q917',
  BN: 'Q921', TZ: 'Q924', PH: 'Q928', CF: 'Q929', TG: 'Q945', TN: 'Q948', ZM: 'Q953', ZW: 'Q954', SS: 'Q958', MX: 'Q96',
  BJ: 'Q962', BW: 'Q963', BF: 'Q965', BI: 'Q967', IM: 'Q9676', KM: 'Q970', CG: 'Q971', CD: 'Q974', DJ: 'Q977', GQ: 'Q983',
  ER: 'Q986',
};
/** Read in dr5hn/countries-states-cities-database contributions/countries/countries.json. */
export const QID_DR5HN: Record<string, string> = { AX: 'Q5689', AQ: 'Q51' };

/** Forms added by hand after CLDR's (first English item is the table's name). */
export const ADD: Record<string, L> = {
  KZ: {
    en: ['Republic of Kazakhstan'], ru: ['Республика Казахстан'], ar: ['جمهورية كازاخستان'],
    'kk-Cyrl': ['Қазақстан Республикасы'], 'kk-Latn': ['Qazaqstan', 'Qazaqstan Respublikasy'],
    'uz-Latn': ['Qozogʻiston Respublikasi'], zh: ['哈萨克斯坦共和国'], tr: ['Kazakistan Cumhuriyeti'], de: ['Republik Kasachstan'],
  },
  KG: {
    en: ['Kyrgyz Republic', 'Kirghizia', 'Kirgizia'], ru: ['Кыргызстан', 'Киргизия', 'Кыргызская Республика', 'Киргизская Республика'],
    ar: ['قرغيزستان', 'جمهورية قيرغيزستان'], ky: ['Кыргыз Республикасы'], 'kk-Latn': ['Qyrğyzstan'], de: ['Kirgistan', 'Kirgisien'], fr: ['Kirghizie'],
    zh: ['吉尔吉斯共和国'],
  },
  TJ: {
    en: ['Republic of Tajikistan'], ru: ['Республика Таджикистан'], ar: ['جمهورية طاجيكستان'], tg: ['Ҷумҳурии Тоҷикистон'],
    'kk-Latn': ['Täjıkstan'], zh: ['塔吉克斯坦共和国'],
  },
  TM: {
    en: ['Turkmenia'], ru: ['Туркмения'], ar: ['جمهورية تركمانستان'], 'kk-Latn': ['Türkımenstan'],
  },
  UZ: {
    en: ['Republic of Uzbekistan'], ru: ['Республика Узбекистан'], ar: ['جمهورية أوزبكستان'], 'uz-Latn': ['Oʻzbekiston Respublikasi'],
    'uz-Cyrl': ['Ўзбекистон Республикаси'], 'kk-Latn': ['Özbekstan'], zh: ['乌兹别克斯坦共和国'],
  },
  AF: { 'kk-Latn': ['Auğanstan'] },
  US: {
    en: ['United States of America', 'USA', 'US', 'U.S.', 'U.S.A.', 'America'],
    ru: ['Соединённые Штаты Америки', 'США', 'Америка', 'Штаты'],
    ar: ['الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية', 'أمريكا', 'أميركا'],
    'kk-Cyrl': ['АҚШ'], 'uz-Latn': ['AQSH'], 'uz-Cyrl': ['АҚШ'], ky: ['Америка Кошмо Штаттары', 'АКШ'], tg: ['ИМА', 'Амрико'],
    tk: ['ABŞ'], fa: ['آمریکا', 'ایالات متحده آمریکا'], tr: ['ABD', 'Amerika'], zh: ['美利坚合众国'], de: ['USA', 'Amerika'], fr: ['Amérique'],
  },
  RU: {
    en: ['Russian Federation'], ru: ['Российская Федерация', 'РФ'], ar: ['روسيا الاتحادية'], 'kk-Latn': ['Resei'],
    'uz-Latn': ['Rossiya Federatsiyasi'], tr: ['Rusya Federasyonu'], zh: ['俄罗斯联邦'], de: ['Russische Föderation'], fr: ['Fédération de Russie'],
  },
  CN: {
    en: ["People's Republic of China", 'PRC'], ru: ['Китайская Народная Республика', 'КНР'], ar: ['جمهورية الصين الشعبية'],
    'uz-Latn': ['Xitoy Xalq Respublikasi'], tr: ['Çin Halk Cumhuriyeti'], zh: ['中华人民共和国'], de: ['Volksrepublik China'], fr: ['République populaire de Chine'],
  },
  TR: { en: ['Türkiye', 'Republic of Türkiye'], ru: ['Турецкая Республика'], ar: ['الجمهورية التركية'], tr: ['Türkiye Cumhuriyeti'] },
  GB: { en: ['Britain', 'Great Britain', 'UK'], ru: ['Британия', 'Соединённое Королевство'], ar: ['بريطانيا'], fa: ['انگلستان'], zh: ['大不列颠'] },
  KR: { en: ['Republic of Korea'], ru: ['Республика Корея'], ar: ['جمهورية كوريا'] },
  KP: { en: ['DPRK'], ru: ['КНДР'], ar: ['جمهورية كوريا الديمقراطية الشعبية'] },
  AE: { en: ['UAE'], ru: ['ОАЭ'], ar: ['الإمارات', 'الإمارات العربية المتحدة'] },
  SA: { ar: ['السعودية', 'المملكة العربية السعودية'], ru: ['Саудовская Аравия'] },
  SY: { en: ['Syrian Arab Republic'], ar: ['سورية', 'الجمهورية العربية السورية'] },
  BY: { ru: ['Белоруссия', 'Республика Беларусь'] },
  MD: { ru: ['Молдавия'] },
  DE: { ru: ['ФРГ'] },
  CZ: { en: ['Czechia'] },
  MM: { en: ['Burma'] },
  CI: { en: ["Côte d'Ivoire"] },
  SZ: { en: ['Swaziland'] },
  CV: { en: ['Cabo Verde'] },
  TL: { en: ['Timor-Leste'] },
  CD: { en: ['DR Congo', 'DRC', 'Congo-Kinshasa'] },
  CG: { en: ['Congo-Brazzaville'] },
  IR: { en: ['Islamic Republic of Iran'], ar: ['الجمهورية الإسلامية الإيرانية'] },
  PS: { en: ['State of Palestine'], ar: ['فلسطين', 'دولة فلسطين'], ru: ['Палестина', 'Государство Палестина'] },
  OM: { ar: ['سلطنة عمان'] },
  ML: { ar: ['جمهورية مالي'] },
  BJ: { ar: ['جمهورية بنين'] },
  TG: { ru: ['Республика Того'] },
  VA: { en: ['Vatican'] },
};

/** CLDR forms dropped: common words in some language (folded across scripts) or clashes. */
export const DROP: Record<string, L> = {
  TG: { ru: ['Того'], 'kk-Cyrl': ['Того'], ky: ['Того'], tg: ['Того'], 'uz-Cyrl': ['Того'] }, // "того" (ru: "of that")
  OM: { ar: ['عمان', 'عُمان'], fa: ['عمان'] }, // = Amman, capital of Jordan
  ML: { ar: ['مالي'], fa: ['مالی'] }, // "financial"
  BJ: { ar: ['بنين'], fa: ['بنین'] }, // "sons"
  IN: { fa: ['هند'] }, // = Arabic given name Hind
  MU: { fr: ['Maurice'], fa: ['موریس'] }, // given name Maurice
  DM: { fr: ['Dominique'] }, // French given name
  SV: { fr: ['Salvador'] },
  US: { ky: ['Кошмо Штаттар'] },
  CD: { 'kk-Cyrl': ['Конго'] }, // ambiguous between the two Congos
};

/** Forms that are also ordinary words: matched only as written (other forms folding alike are added). */
export const EXACT: Record<string, string[]> = {
  TR: ['Turkey'], GE: ['Georgia'], TD: ['Chad', 'Чад'], JO: ['Jordan'], GN: ['Guinea'], NE: ['Niger'], CN: ['China', 'Chine', 'Çin'],
  JP: ['Japan'], TG: ['Togo'], ML: ['Mali'], CU: ['Cuba', 'Куба'], PE: ['Peru', 'Перу'], CL: ['Chile', 'Chili', 'Чили', 'Şili'],
  QA: ['Qatar', 'Катар'], BT: ['Бутан', 'Бутон'], YE: ['Yaman', 'Яман'], JE: ['Jersey', 'Джерси'], GG: ['Guernsey'], PA: ['Panama'], BM: ['Bermuda'], BJ: ['Bénin'], SE: ['Suède'], MA: ['Fas'], US: ['US', 'Штаты'],
};
