// Turkish cues for figure claims and attribution. Data only; suffixes covered by '*' stems.
// Tested in claims.test.ts.
import type { ClaimsLang } from '../../claims/lang-spec';

export const claims: ClaimsLang = {
  measures: {
    killed: ['öldü', 'öldürül*', 'hayatını kaybet*', 'yaşamını yitir*', 'can verdi', 'ölü', 'ölüm*', 'şehit*', 'hayatını kaybettiği'],
    injured: ['yaralan*', 'yaralı*'],
    detained: ['gözaltına alın*', 'gözaltı*'],
    arrested: ['tutuklan*', 'tutuklu*'],
    convicted: ['mahkum edil*', 'hapis cezası*'],
    displaced: ['yerinden edil*'],
    evacuated: ['tahliye*'],
    missing: ['kayıp*'],
    troops: ['asker*', 'barış gücü*', 'barış koruma*'],
  },
  subjects: {
    'security personnel': ['güvenlik gücü*', 'güvenlik güçleri*', 'güvenlik personeli*', 'güvenlik görevlisi*', 'polis*', 'asker*', 'kolluk*', 'emniyet görevlisi*'],
    'civilians': ['sivil*'],
    'protesters': ['protestocu*', 'gösterici*', 'eylemci*'],
    'children': ['çocuk*'],
  },
  others: ['diğer', 'başka', 'daha'],
  people: ['kişi', 'insan'],
  durations: { hour: ['saat*'], day: ['gün*'], week: ['hafta*'], month: ['ay', 'ayda', 'ay içinde'], year: ['yıl*'] },
  within: ['içinde', 'zarfında', 'içerisinde'],
  currencies: { TRY: ['lira*', 'tl', '₺'], USD: ['dolar*', '$'], EUR: ['avro', 'euro', '€'], KZT: ['tenge'], RUB: ['ruble*'] },
  percent: ['%', 'yüzde'],
  percentBefore: ['yüzde', '%'],
  vote: ['oy*'],
  turnout: ['katılım*'],
  price: ['fiyat*'],
  cost: ['zarar*', 'maliyet*', 'hasar*'],
  ageAfter: ['yaşında*', 'yaşındaki', 'yaşlı'],
  sourcePrev: ['göre', 'verilerine göre', 'açıklamasına göre'],
  sourceNext: [],
  said: ['dedi', 'açıkladı', 'söyledi', 'bildirdi', 'ifade etti', 'belirtti', 'duyurdu', 'kaydetti', 'açıklama yaptı', 'vurguladı'],
  saidSpeaker: 'either',
  that: ['ki'],
};
