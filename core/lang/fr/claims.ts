// French cues for figure claims and attribution. Data only. Tested in claims.test.ts.
import type { ClaimsLang } from '../../claims/lang-spec';

export const claims: ClaimsLang = {
  measures: {
    killed: ['tués', 'tuées', 'tué', 'morts', 'mort', 'décès', 'ont péri', 'a péri', 'victimes', 'ont perdu la vie', 'décédés'],
    injured: ['blessés', 'blessées', 'blessé', 'blessée', 'blessures'],
    detained: ['interpellé*', 'interpellations', 'détenu*', 'gardes à vue', 'placés en garde à vue', 'arrêtés', 'arrêtées'],
    arrested: ['arrestations', 'arrêté'],
    charged: ['inculpé*', 'mis en examen'],
    convicted: ['condamné*'],
    displaced: ['déplacé*', 'réfugiés'],
    evacuated: ['évacué*', 'évacuation*'],
    missing: ['disparu*'],
    troops: ['soldats', 'militaires', 'troupes', 'casques bleus', 'soldats de la paix'],
  },
  subjects: {
    'security personnel': ['forces de l\'ordre', 'forces de sécurité', 'membres des forces de sécurité', 'policiers', 'agents', 'militaires', 'soldats', 'gendarmes'],
    'civilians': ['civils'],
    'protesters': ['manifestants', 'protestataires', 'émeutiers'],
    'children': ['enfants'],
  },
  others: ['autres'],
  people: ['personnes', 'gens', 'habitants'],
  durations: {
    hour: ['heure', 'heures'], day: ['jour', 'jours'], week: ['semaine', 'semaines'], month: ['mois'], year: ['an', 'ans', 'année', 'années'],
  },
  within: ['d\'ici', 'sous', 'en'],
  currencies: { USD: ['dollars', 'de dollars', '$'], EUR: ['euros', "d'euros", '€'], KZT: ['tenges', 'tenge', 'de tenges'], RUB: ['roubles', 'de roubles'], CNY: ['yuans'] },
  percent: ['%', 'pour cent', 'pourcent'],
  vote: ['voix', 'suffrages'],
  turnout: ['participation'],
  price: ['prix'],
  cost: ['dégâts', 'coût', 'pertes'],
  ageBefore: ['âgé de', 'âgée de', 'âgés de', 'âgées de'],
  timeBefore: ['à'],
  sourceNext: ['selon', 'd\'après', 'de source', 'citant', 'aux dires de'],
  said: ['a déclaré', 'a dit', 'a indiqué', 'a affirmé', 'a annoncé', 'a précisé', 'a ajouté', 'a souligné', 'déclare', 'indique', 'a fait savoir', 'ont annoncé', 'ont déclaré', 'ont indiqué', 'a assuré', 'affirme', 'a estimé'],
  saidSpeaker: 'either',
  that: ['que', 'qu\''],
  clauseBreak: ['tandis que', 'alors que'],
};
