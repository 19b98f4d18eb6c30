// Arabic words for kinds of event (elections, referendums, protests, clashes, attacks, summits,
// unrest): evidence for whichever dataset event of that kind the page's entities and dates point to.
// Data only, read by core/recognise/event-kinds.ts; a trailing '*' lets a word take endings, a
// leading '*' lets it end a compound. Tested through core/recognise/event-kinds.test.ts.
import type { EventCues } from '../language';

export const events: EventCues = {
  election: ['انتخاب*', 'الانتخاب*', 'اقتراع*'],
  referendum: ['استفتاء*', 'الاستفتاء*'],
  protest: ['احتجاج*', 'الاحتجاج*', 'مظاهر*', 'المظاهر*'],
  clash: ['اشتباك*', 'الاشتباك*', 'مواجهات*', 'اطلاق النار*', 'إطلاق النار*'],
  attack: ['هجوم*', 'الهجوم*', 'اعتداء*', 'الاعتداء*', 'إرهابي*', 'الإرهابي*'],
  summit: ['قمة*', 'القمة*'],
  unrest: ['اضطراب*', 'الاضطراب*', 'أعمال شغب*', 'أعمال العنف*', 'حالة الطوارئ*'],
  presidential: ['الرئاسية*', 'رئاسية*', 'الرئاسي*'],
  parliamentary: ['البرلمانية*', 'التشريعية*', 'برلمانية*'],
};
