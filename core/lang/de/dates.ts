// German dates: "5. Januar 2022", weekdays ("am vergangenen Freitag"), gestern/heute,
// "am 5. dieses Monats", "bis zum 19.". Data only, read by core/dates/extract.ts.
import type { DatesLang } from '../../dates/lang-spec';

export const dates: DatesLang = {
  months: {
    'januar': 1, 'jänner': 1, 'februar': 2, 'märz': 3, 'april': 4, 'mai': 5, 'juni': 6, 'juli': 7, 'august': 8,
    'september': 9, 'oktober': 10, 'november': 11, 'dezember': 12,
    'jan.': 1, 'feb.': 2, 'febr.': 2, 'apr.': 4, 'aug.': 8, 'sep.': 9, 'sept.': 9, 'okt.': 10, 'nov.': 11, 'dez.': 12,
  },
  weekdays: { 'sonntag': 0, 'montag': 1, 'dienstag': 2, 'mittwoch': 3, 'donnerstag': 4, 'freitag': 5, 'samstag': 6, 'sonnabend': 6 },
  lastBefore: ['am vergangenen', 'am letzten', 'vergangenen', 'letzten', 'vorigen', 'am vorigen'],
  nextBefore: ['am kommenden', 'am nächsten', 'kommenden', 'nächsten'],
  relative: { 'gestern': -1, 'heute': 0, 'morgen': 1, 'vorgestern': -2, 'übermorgen': 2 },
  relativeBlockers: ['heute', 'gestern', 'am', 'jeden', 'dem', 'guten', 'vorgestern', 'morgen'],
  thisMonthAfter: ['dieses monats', 'des monats', 'd. m.', 'diesen monats'],
  monthRel: { 'letzten monat': -1, 'im vergangenen monat': -1, 'diesen monat': 0, 'nächsten monat': 1 },
  yearRel: { 'im vergangenen jahr': -1, 'letztes jahr': -1, 'in diesem jahr': 0, 'dieses jahr': 0, 'im nächsten jahr': 1, 'nächstes jahr': 1 },
  untilBefore: ['bis zum', 'bis'],
  daySuffix: ['.'],
  dayLead: ['am', 'zum'],
  yearBefore: ['im jahr', 'im jahre', 'jahr'],
  numericOrder: 'dmy',
};
