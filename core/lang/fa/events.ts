// Persian words for kinds of event (elections, referendums, protests, clashes, attacks, summits,
// unrest): evidence for whichever dataset event of that kind the page's entities and dates point to.
// Data only, read by core/recognise/event-kinds.ts; a trailing '*' lets a word take endings, a
// leading '*' lets it end a compound. Tested through core/recognise/event-kinds.test.ts.
import type { EventCues } from '../language';

export const events: EventCues = {
  election: ['انتخابات*', 'رای‌گیری*', 'رأی‌گیری*'],
  referendum: ['همه‌پرسی*', 'رفراندوم*'],
  protest: ['اعتراض*', 'تظاهرات*'],
  clash: ['درگیری*', 'زدوخورد*', 'آتش‌بس*'],
  attack: ['حمله*', 'تروریستی*', 'تیراندازی*'],
  summit: ['نشست*', 'اجلاس*'],
  unrest: ['ناآرامی*', 'آشوب*', 'اغتشاش*'],
  presidential: ['ریاست جمهوری*', 'ریاست‌جمهوری*'],
  parliamentary: ['پارلمان*', 'مجلس*'],
};
