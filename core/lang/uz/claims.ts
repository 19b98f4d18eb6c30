// Uzbek cues (Latin and Cyrillic) for figure claims and attribution. Data only. Tested in
// claims.test.ts.
import type { ClaimsLang } from '../../claims/lang-spec';

export const claims: ClaimsLang = {
  measures: {
    killed: ['halok bo\'l*', 'hayotdan ko\'z yum*', 'vafot et*', 'o\'ldiril*', 'qurbon*', 'ҳалок бўл*', 'вафот эт*', 'ўлдирил*', 'қурбон*', 'nobud bo\'l*'],
    injured: ['jarohat*', 'yarador*', 'shikastlan*', 'жароҳат*', 'ярадор*', 'шикастлан*'],
    detained: ['hibsga olin*', 'ushlan*', 'qo\'lga olin*', 'ҳибсга олин*', 'ушлан*', 'қўлга олин*'],
    arrested: ['qamoqqa olin*', 'қамоққа олин*'],
    convicted: ['sudlan*', 'судлан*'],
    evacuated: ['evakuatsiya*', 'evakuatsiya qilin*', 'эвакуация*'],
    troops: ['harbiy*', 'askar*', 'tinchlikparvar*', 'ҳарбий*', 'аскар*'],
  },
  subjects: {
    'security personnel': ['huquqni muhofaza qilish organlari xodim*', 'huquq-tartibot*', 'xavfsizlik kuchlari*', 'militsiya*', 'politsiya*', 'harbiy xizmatchi*', 'ҳуқуқни муҳофаза қилиш*', 'хавфсизлик кучлари*', 'ҳарбий хизматчи*'],
    'civilians': ['tinch aholi*', 'тинч аҳоли*', 'fuqarolar*'],
    'protesters': ['namoyishchi*', 'норози*', 'namoyish ishtirokchi*', 'намойишчи*'],
    'children': ['bola*', 'бола*'],
  },
  others: ['boshqa', 'бошқа', 'yana', 'яна'],
  people: ['kishi', 'odam', 'nafar', 'киши', 'одам', 'нафар', 'fuqaro'],
  durations: { hour: ['soat*', 'соат*'], day: ['kun*', 'кун*'], week: ['hafta*', 'ҳафта*'], month: ['oy', 'oyda', 'ой', 'ойда'], year: ['yil*', 'йил*'] },
  within: ['ichida', 'davomida', 'ичида', 'давомида'],
  currencies: { UZS: ["so'm", 'сўм', 'sum'], USD: ['dollar*', '$', 'доллар*'], KZT: ['tenge', 'тенге'], RUB: ['rubl*', 'рубл*'], EUR: ['yevro', 'евро', '€'] },
  percent: ['%', 'foiz*', 'фоиз*'],
  vote: ['ovoz*', 'овоз*'],
  turnout: ['saylovda ishtirok*', 'faollik*', 'сайловда иштирок*'],
  price: ['narx*', 'нарх*'],
  cost: ['zarar*', 'зарар*'],
  ageAfter: ['yoshli', 'yoshda', 'yoshdagi', 'ёшли', 'ёшда', 'ёшдаги'],
  sourcePrev: ["ma'lumotiga ko'ra", "ma'lumotlariga ko'ra", "xabariga ko'ra", "so'zlariga ko'ra", "ga ko'ra", "маълумотига кўра", "маълумотларига кўра", "хабарига кўра", "сўзларига кўра"],
  sourceNext: [],
  said: ['dedi', 'aytdi', "ma'lum qildi", 'bildirdi', "ta'kidladi", "e'lon qildi", 'xabar berdi', 'деди', 'айтди', 'маълум қилди', 'билдирди', 'таъкидлади', 'эълон қилди', 'хабар берди'],
  saidSpeaker: 'either',
};
