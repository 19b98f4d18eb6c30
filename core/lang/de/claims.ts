// German cues for figure claims and attribution. Data only. Tested in claims.test.ts.
import type { ClaimsLang } from '../../claims/lang-spec';

export const claims: ClaimsLang = {
  measures: {
    killed: ['getötet', 'tot', 'tote', 'toten', 'ums leben', 'starben', 'gestorben', 'todesopfer', 'kamen ums leben'],
    injured: ['verletzt*', 'verletzte*', 'verwundet*'],
    detained: ['festgenommen', 'festnahmen', 'festgesetzt', 'in gewahrsam'],
    arrested: ['verhaftet', 'verhaftung*', 'inhaftiert'],
    charged: ['angeklagt'],
    convicted: ['verurteilt'],
    displaced: ['vertrieben', 'flüchtlinge', 'geflohen'],
    evacuated: ['evakuiert', 'evakuierung*', 'in sicherheit gebracht'],
    missing: ['vermisst*'],
    troops: ['soldaten', 'truppen', 'militärs', 'friedenstruppen', 'friedenssoldaten', 'einsatzkräfte'],
  },
  subjects: {
    'security personnel': ['sicherheitskräfte*', 'angehörige der sicherheitskräfte', 'polizisten', 'polizeibeamte*', 'sicherheitsbeamte*', 'soldaten', 'einsatzkräfte', 'beamte'],
    'civilians': ['zivilisten', 'zivilpersonen'],
    'protesters': ['demonstranten', 'protestierende*', 'protestteilnehmer'],
    'children': ['kinder'],
  },
  others: ['weitere', 'andere'],
  people: ['menschen', 'personen', 'leute', 'einwohner'],
  durations: {
    hour: ['stunde', 'stunden'], day: ['tag', 'tage', 'tagen'], week: ['woche', 'wochen'], month: ['monat', 'monate', 'monaten'], year: ['jahr', 'jahre', 'jahren'],
  },
  within: ['innerhalb von', 'binnen', 'innerhalb'],
  currencies: { USD: ['dollar', 'us-dollar', '$'], EUR: ['euro', '€'], KZT: ['tenge'], RUB: ['rubel'], CNY: ['yuan'] },
  percent: ['%', 'prozent'],
  vote: ['stimmen', 'wählerstimmen'],
  turnout: ['wahlbeteiligung', 'beteiligung'],
  price: ['preis*'],
  cost: ['schaden', 'schäden', 'kosten'],
  ageBefore: ['im alter von'],
  ageAfter: ['jährig*', 'jahre alt', 'jahre alte*'],
  timeBefore: ['um'],
  sourceNext: ['laut', 'nach angaben', 'nach angaben von', 'nach angaben des', 'nach angaben der', 'gemäß', 'wie', 'unter berufung auf'],
  sourcePrev: ['zufolge'],
  said: ['sagte', 'sagt', 'erklärte', 'teilte', 'mitteilte', 'berichtete', 'meldete', 'gab bekannt', 'betonte', 'bestätigte', 'sprach von', 'hieß es', 'bezifferte'],
  saidSpeaker: 'either',
  that: ['dass'],
  clauseBreak: ['während', 'wohingegen'],
};
