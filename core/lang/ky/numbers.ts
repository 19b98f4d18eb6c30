// Kyrgyz number words, separators and bounds ("1000дөн ашык"). Data only, read by
// core/claims/numbers.ts. Tested through core/claims/numbers.test.ts and this folder's claims.test.ts.
import type { NumberLang } from '../../claims/lang-spec';

export const numbers: NumberLang = {
  group: [' ', '.'],
  decimal: [','],
  words: {
    бир: 1,
    эки: 2,
    үч: 3,
    төрт: 4,
    беш: 5,
    алты: 6,
    жети: 7,
    сегиз: 8,
    тогуз: 9,
    он: 10,
    жыйырма: 20,
    отуз: 30,
    кырк: 40,
    элүү: 50,
    алтымыш: 60,
    жетимиш: 70,
    сексен: 80,
    токсон: 90,
  },
  small: { жүз: 100 },
  large: { 'миң*': 1000, миллион: 1e6, млн: 1e6, миллиард: 1e9, млрд: 1e9 },
  vague: { миңдеген: 1000, жүздөгөн: 100, ондогон: 10 },
  before: {
    about: ['болжол менен', 'болжолу', 'дээрлик', 'жакын'],
    'at-least': ['кеминде', 'жок дегенде'],
  },
  after: {
    'more-than': ['ашык', 'ашуун', 'көп', 'ашыгыраак'],
    about: ['жакын', 'чамасында', 'чакты'],
    'less-than': ['аз', 'кем'],
    'up-to': ['чейин'],
  },
  negators: ['эмес'],
  ordinal: /^-?(?:чи|чы|чү|чу|инчи|ынчы|үнчү|унчу)(?![\p{L}])/iu,
};
