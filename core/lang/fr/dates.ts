// French dates: "5 janvier 2022", "1er mars", weekdays ("vendredi dernier"), hier/aujourd'hui,
// "le 5 de ce mois", "jusqu'au 19". Data only, read by core/dates/extract.ts.
import type { DatesLang } from '../../dates/lang-spec';

export const dates: DatesLang = {
  months: {
    'janvier': 1, 'février': 2, 'mars': 3, 'avril': 4, 'mai': 5, 'juin': 6, 'juillet': 7, 'août': 8,
    'septembre': 9, 'octobre': 10, 'novembre': 11, 'décembre': 12,
    'janv.': 1, 'févr.': 2, 'avr.': 4, 'juil.': 7, 'sept.': 9, 'oct.': 10, 'nov.': 11, 'déc.': 12,
  },
  weekdays: { 'dimanche': 0, 'lundi': 1, 'mardi': 2, 'mercredi': 3, 'jeudi': 4, 'vendredi': 5, 'samedi': 6 },
  lastAfter: ['dernier', 'passé'],
  nextAfter: ['prochain'],
  relative: { 'hier': -1, "aujourd'hui": 0, 'demain': 1, 'avant-hier': -2, 'après-demain': 2 },
  thisMonthAfter: ['de ce mois', 'du mois', 'de ce mois-ci', 'du mois en cours', 'courant'],
  monthRel: { 'le mois dernier': -1, 'ce mois-ci': 0, 'le mois prochain': 1 },
  yearRel: { "l'an dernier": -1, "l'année dernière": -1, 'cette année': 0, "l'an prochain": 1, "l'année prochaine": 1 },
  untilBefore: ["jusqu'au", "jusqu'à", "d'ici au", "d'ici le"],
  daySuffix: ['er', 'e'],
  dayLead: ['le'],
  yearBefore: ['en'],
  numericOrder: 'dmy',
};
