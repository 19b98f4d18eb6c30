// Kazakh cues (Cyrillic and Latin) for figure claims and attribution. Data only; Turkic
// suffixes are covered by '*' stems. Tested in claims.test.ts.
import type { ClaimsLang } from '../../claims/lang-spec';

export const claims: ClaimsLang = {
  measures: {
    killed: ['қаза тап*', 'қаза болды', 'қайтыс бол*', 'өлтіріл*', 'мерт бол*', 'құрбан*', 'көз жұмды', 'qaza tap*', 'qaıtys bol*'],
    injured: ['жарақат*', 'жаралан*', 'зардап шек*', 'jaraqat*', 'jaralan*'],
    detained: ['ұсталды', 'ұсталған', 'ұстал*', 'ustal*', 'ұсталып'],
    arrested: ['қамауға алын*', 'тұтқындал*', 'qamaýǵa alyn*'],
    convicted: ['сотталды', 'сотталған', 'sottal*'],
    evacuated: ['эвакуация*', 'көшірілді', 'көшіріл*', 'evakýa*'],
    troops: ['әскери*', 'сарбаз*', 'бітімгер*', 'áskerı*', 'bitimger*'],
  },
  subjects: {
    'security personnel': ['құқық қорғау органдарының қызметкер*', 'күштік құрылым*', 'полицей*', 'әскери қызметш*', 'сарбаз*', 'quqyq qorǵaý*', 'polıseı*', 'қауіпсіздік күштер*'],
    'civilians': ['бейбіт тұрғын*', 'beıbit turǵyn*'],
    'protesters': ['наразылық білдіруші*', 'шеруге шыққан*', 'narazylyq bildirýshi*'],
    'children': ['бала', 'балалар*'],
  },
  others: ['басқа'],
  people: ['адам', 'adam', 'азамат*', 'тұрғын*'],
  durations: { hour: ['сағат*', 'saǵat*'], day: ['күн*', 'kún*'], week: ['апта*', 'apta*'], month: ['ай', 'айда', 'айға', 'ай ішінде'], year: ['жыл*', 'jyl*'] },
  within: ['ішінде', 'ishinde'],
  currencies: { KZT: ['теңге*', '₸', 'teńge*'], USD: ['доллар*', '$', 'dollar*'], RUB: ['рубль*'], EUR: ['еуро', '€'] },
  percent: ['%', 'пайыз*', 'paıyz*'],
  vote: ['дауыс*', 'daýys*'],
  turnout: ['сайлауға қатысу*', 'қатысқан*', 'белсенділі*'],
  price: ['баға*', 'baǵa*'],
  cost: ['шығын*', 'залал*'],
  ageAfter: ['жаста*', 'жастағы', 'жасар', 'jasta*', 'жасында'],
  sourcePrev: ['мәліметінше', 'мәліметі бойынша', 'хабарлауынша', 'айтуынша', 'сөзінше', 'деректері бойынша', 'деректеріне сәйкес', 'málimetinshe', 'habarlaýynsha', 'aıtýynsha'],
  sourceNext: [],
  said: ['деді', 'мәлімдеді', 'айтты', 'хабарлады', 'атап өтті', 'жариялады', 'мәлімдеме жасады', 'dedi', 'málimdedi', 'aıtty', 'habarlady'],
  saidSpeaker: 'either',
};
