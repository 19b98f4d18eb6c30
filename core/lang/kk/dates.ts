// Kazakh dates (Cyrillic and Latin): month names, weekdays, "өткен жұма", "осы айдың 5-і",
// "19-ына дейін", "2022 жылғы 5 қаңтар". Data only, read by core/dates/extract.ts.
import type { DatesLang } from '../../dates/lang-spec';

export const dates: DatesLang = {
  months: {
    'қаңтар*': 1, 'ақпан*': 2, 'наурыз*': 3, 'сәуір*': 4, 'мамыр*': 5, 'маусым*': 6, 'шілде*': 7, 'тамыз*': 8,
    'қыркүйек*': 9, 'қазан*': 10, 'қараша*': 11, 'желтоқсан*': 12,
    'qańtar*': 1, 'aqpan*': 2, 'naýryz*': 3, 'sáýir*': 4, 'mamyr*': 5, 'maýsym*': 6, 'shilde*': 7, 'tamyz*': 8,
    'qyrkúıek*': 9, 'qazan*': 10, 'qarasha*': 11, 'jeltoqsan*': 12,
  },
  weekdays: { 'жексенбі*': 0, 'дүйсенбі*': 1, 'сейсенбі*': 2, 'сәрсенбі*': 3, 'бейсенбі*': 4, 'жұма*': 5, 'сенбі*': 6, 'juma*': 5, 'senbi*': 6 },
  weekdayNeeds: ['күні', 'өткен', 'келесі', 'kúni', 'ótken'],
  lastBefore: ['өткен', 'ótken'],
  nextBefore: ['келесі', 'kelesi', 'алдағы'],
  relative: { 'кеше': -1, 'бүгін': 0, 'ертең': 1, 'бүрсігүні': 2, 'алдыңғы күні': -2, 'keshe': -1, 'búgin': 0, 'erteń': 1 },
  thisMonthBefore: ['осы айдың', 'ағымдағы айдың', 'биылғы айдың', 'osy aıdyń'],
  monthRel: { 'өткен айда': -1, 'осы айда': 0, 'келесі айда': 1 },
  yearRel: { 'өткен жылы': -1, 'биыл': 0, 'келесі жылы': 1, 'былтыр': -1 },
  untilAfter: ['дейін', 'deıin'],
  daySuffix: ['-і', '-ы', '-сі', '-сы', '-інде', '-ында', '-нде', '-нда', '-ына', '-іне', '-на', '-не', '-ге', '-ға', '-сіне', '-сына'],
  yearAfter: ['жылғы', 'жылы', 'жыл', 'ж.', 'jylǵy', 'jyly'],
  numericOrder: 'dmy',
};
