// Language detection per block: sentences written for the test in each of the 13 languages.
import { describe, expect, it } from 'vitest';
import { detectLang } from './detect-lang';

const samples: [string, string][] = [
  ['ar', 'أعلن الرئيس أن القوات ستغادر البلاد خلال أيام بعد انتهاء المهمة.'],
  ['fa', 'رئیس‌جمهور گفت که نیروها پس از پایان مأموریت کشور را ترک می‌کنند.'],
  ['ru', 'Президент заявил, что войска покинут страну в ближайшие дни после завершения миссии.'],
  ['kk', 'Президент әскерлер миссия аяқталғаннан кейін елден шығатынын айтты.'],
  // Kazakh in the Turkic-style Latin alphabet (shares ğ ı ş with Turkish; ä ñ q w tell it apart)
  ['kk', 'Prezident äskerlerdiñ missiya ayaqtalğannan keyin elden şığatının aytqan jäne qazaq jurtı quana qarsı aldı.'],
  ['ky', 'Президент аскерлер миссия бүткөндөн кийин өлкөдөн чыгарын айтты.'],
  ['tg', 'Президент гуфт, ки нерӯҳо пас аз анҷоми рисолат кишварро тарк мекунанд.'],
  ['uz', 'Prezident qoʻshinlar missiya tugagach mamlakatni tark etishini aytdi.'],
  ['uz', 'Президент қўшинлар миссия тугагач мамлакатни тарк этишини айтди.'],
  ['tk', 'Prezident goşunlaryň missiýa tamamlanandan soň ýurtdan çykjakdygyny aýtdy.'],
  ['tr', 'Cumhurbaşkanı, askerlerin görev bittikten sonra ülkeden ayrılacağını söyledi.'],
  ['en', 'The president said the troops would leave the country within days after the mission ended.'],
  ['de', 'Der Präsident sagte, die Truppen würden das Land nach dem Ende der Mission verlassen.'],
  ['fr', 'Le président a déclaré que les troupes quitteraient le pays après la fin de la mission.'],
  ['zh', '总统表示，维和部队将在任务结束后几天内撤离该国。'],
];

describe('detectLang', () => {
  it.each(samples)('detects %s', (lang, text) => {
    expect(detectLang(text).lang).toBe(lang);
  });
  it('keeps Turkish with a Kazakh name in it Turkish', () => {
    expect(
      detectLang('Cumhurbaşkanı Erdoğan, Qazaqstan ziyaretinde Tokayev ile görüştü ve anlaşmalar imzalandı.').lang,
    ).toBe('tr');
  });
  it('keeps German with ä and w German (no Turkic letters)', () => {
    expect(
      detectLang('Während der Gespräche wurde über die Lage an der Grenze zwischen beiden Ländern berichtet.').lang,
    ).toBe('de');
  });
  it('says und for text without letters', () => {
    expect(detectLang('12:30 — 2022').lang).toBe('und');
  });
});
