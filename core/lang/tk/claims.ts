// Turkmen cues for figure claims and attribution. Data only; suffixes covered by '*' stems.
// Tested in claims.test.ts.
import type { ClaimsLang } from '../../claims/lang-spec';

export const claims: ClaimsLang = {
  measures: {
    killed: ['wepat bol*', 'öldüril*', 'heläk bol*', 'aradan çyk*', 'pida bol*', 'ölüm*', 'öldi'],
    injured: ['ýaralan*', 'şikes al*', 'ýaraly*', 'şikes ýet*'],
    detained: ['tussag edil*', 'saklan*', 'tutul*'],
    convicted: ['iş kesil*', 'höküm edil*'],
    evacuated: ['ewakuasiýa*', 'göçüril*'],
    troops: ['esger*', 'harby*', 'parahatçylyk goraýjy*'],
  },
  subjects: {
    'security personnel': [
      'hukuk goraýjy*',
      'polisiýa*',
      'howpsuzlyk güýçleri*',
      'harby gullukçy*',
      'esger*',
      'güýç düzümleri*',
    ],
    civilians: ['parahat ilat*', 'ýaşaýjy*'],
    protesters: ['protestçi*', 'demonstrant*', 'narazylyk bildiren*'],
    children: ['çaga*'],
  },
  others: ['başga', 'ýene'],
  people: ['adam', 'kişi', 'raýat*'],
  durations: {
    hour: ['sagat*'],
    day: ['gün*'],
    week: ['hepde*'],
    month: ['aý', 'aýda', 'aýyň dowamynda'],
    year: ['ýyl*'],
  },
  within: ['dowamynda', 'içinde'],
  currencies: { TMT: ['manat*'], USD: ['dollar*', '$'], RUB: ['rubl*'], EUR: ['ýewro', '€'] },
  percent: ['%', 'göterim*'],
  vote: ['ses*'],
  turnout: ['saýlawa gatnaş*', 'gatnaşyjy*'],
  price: ['baha*', 'nyrh*'],
  cost: ['zyýan*'],
  ageAfter: ['ýaşly', 'ýaşyndaky', 'ýaşynda'],
  sourcePrev: [
    'maglumatyna görä',
    'maglumatlaryna görä',
    'habaryna görä',
    'sözlerine görä',
    'habar berşi ýaly',
    'görä',
  ],
  sourceNext: [],
  said: ['diýdi', 'aýtdy', 'habar berdi', 'belledi', 'mälim etdi', 'yglan etdi', 'beýan etdi', 'nygtady'],
  saidSpeaker: 'either',
};
