// Persian cues for figure claims and attribution. Data only; zero-width non-joiners are removed
// by fold(), so "کشته‌شدگان" and "کشته شدگان" meet. Tested in claims.test.ts.
import type { ClaimsLang } from '../../claims/lang-spec';

export const claims: ClaimsLang = {
  measures: {
    killed: ['کشته*', 'جان باخت*', 'جان خود را از دست', 'قربانی*', 'فوت*', 'جانباخت*'],
    injured: ['زخمی*', 'مجروح*', 'مصدوم*', 'آسیب دید*'],
    detained: ['بازداشت*', 'دستگیر*'],
    convicted: ['محکوم*'],
    displaced: ['آواره*'],
    evacuated: ['تخلیه*'],
    missing: ['مفقود*', 'ناپدید*'],
    troops: ['سرباز*', 'نظامی*', 'نیروی حافظ صلح', 'نیروهای حافظ صلح', 'نیرو'],
  },
  subjects: {
    'security personnel': ['نیروهای امنیتی', 'ماموران امنیتی', 'مأموران امنیتی', 'ماموران', 'مأموران', 'پلیس', 'نیروهای انتظامی', 'نظامیان', 'نیروی امنیتی', 'ماموران پلیس'],
    'civilians': ['غیرنظامی*', 'شهروندان عادی', 'غیر نظامی*'],
    'protesters': ['معترض*', 'تظاهرکننده*', 'تظاهرکنندگان'],
    'children': ['کودک*'],
  },
  others: ['دیگر'],
  people: ['نفر', 'تن', 'شخص'],
  durations: { hour: ['ساعت'], day: ['روز'], week: ['هفته'], month: ['ماه'], year: ['سال'] },
  within: ['ظرف', 'طی', 'در عرض', 'ظرف مدت'],
  currencies: { USD: ['دلار', '$'], IRR: ['ریال'], IRT: ['تومان'], KZT: ['تنگه'], RUB: ['روبل'], TJS: ['سامانی'], EUR: ['یورو', '€'] },
  percent: ['%', '٪', 'درصد'],
  vote: ['رای', 'رأی', 'آرا', 'آراء'],
  turnout: ['مشارکت'],
  price: ['قیمت*', 'بها'],
  cost: ['خسارت*', 'هزینه*'],
  ageAfter: ['ساله'],
  ageBefore: ['در سن'],
  sourceNext: ['به گفته', 'طبق', 'بنا بر', 'بنابر', 'به گزارش', 'به نقل از', 'براساس', 'بر اساس', 'طبق اعلام'],
  said: ['گفت', 'گفته است', 'اعلام کرد', 'اعلام کرده', 'اظهار داشت', 'افزود', 'تاکید کرد', 'تأکید کرد', 'خبر داد', 'گفته'],
  saidSpeaker: 'either',
  that: ['که'],
};
