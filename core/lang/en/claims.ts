// English cues for figure claims and attribution (core/claims/extract.ts, attribution.ts).
// Data only. Tested in claims.test.ts.
import type { ClaimsLang } from '../../claims/lang-spec';

export const claims: ClaimsLang = {
  measures: {
    killed: ['killed', 'dead', 'died', 'deaths', 'death toll', 'fatalities', 'lost their lives', 'were killed', 'killing', 'casualties'],
    injured: ['injured', 'wounded', 'injuries', 'hurt', 'hospitalised', 'hospitalized'],
    detained: ['detained', 'detention', 'detentions', 'detainees', 'held in custody', 'rounded up'],
    arrested: ['arrested', 'arrests', 'under arrest'],
    charged: ['charged', 'indicted'],
    convicted: ['convicted', 'sentenced'],
    displaced: ['displaced', 'fled their homes', 'refugees'],
    evacuated: ['evacuated', 'evacuation', 'evacuees'],
    missing: ['missing', 'unaccounted for'],
    troops: ['troops', 'soldiers', 'servicemen', 'peacekeepers', 'personnel', 'military'],
  },
  subjects: {
    'security personnel': ['security personnel', 'security forces', 'security officers', 'law enforcement officers', 'law enforcement', 'police officers', 'policemen', 'police', 'servicemen', 'soldiers', 'troops', 'officers'],
    'civilians': ['civilians', 'civilian'],
    'protesters': ['protesters', 'protestors', 'demonstrators', 'rioters'],
    'children': ['children', 'child'],
  },
  others: ['others', 'more'],
  people: ['people', 'persons', 'individuals', 'residents', 'citizens'],
  durations: {
    hour: ['hour', 'hours'], day: ['day', 'days'], week: ['week', 'weeks'], month: ['month', 'months'], year: ['year', 'years'],
  },
  within: ['within', 'in the next', 'over the next'],
  currencies: {
    USD: ['$', 'us$', 'dollar*', 'usd'], EUR: ['€', 'euro*', 'eur'], KZT: ['tenge', '₸', 'kzt'], RUB: ['rouble*', 'ruble*', '₽', 'rub'],
    UZS: ['som', 'soums', 'sum', 'uzs'], KGS: ['kgs'], TJS: ['somoni', 'tjs'], TMT: ['manat', 'tmt'], CNY: ['yuan', 'cny'], GBP: ['£', 'pound*'],
  },
  percent: ['%', 'percent', 'per cent', 'pct'],
  vote: ['vote*', 'ballot*'],
  turnout: ['turnout'],
  price: ['price*', 'cost of', 'costs', 'tariff*'],
  cost: ['damage*', 'losses', 'cost'],
  ageBefore: ['aged', 'age'],
  ageAfter: ['year-old', 'year old', 'years old', 'years of age'],
  timeBefore: ['at'],
  sourceNext: ['according to', 'said by', 'citing', 'quoted by', 'reported by', 'figures from', 'data from'],
  said: ['said', 'says', 'told', 'stated', 'reported', 'announced', 'claimed', 'added', 'confirmed', 'declared', 'noted', 'insisted', 'alleged'],
  saidSpeaker: 'either',
  that: ['that'],
  clauseBreak: ['while', 'whereas', 'meanwhile'],
};
