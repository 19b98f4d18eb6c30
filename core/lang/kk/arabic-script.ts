// Kazakh Cyrillic → the Arabic-script orthography read by Kazakhs in China (Xinjiang) and on
// Arabic-script Kazakh pages: a letter table plus the hamza rule. Deterministic and pure; used at build
// time to give Kazakh-Cyrillic names a generated kk-Arab form. Tested in arabic-script.test.ts.
//
// Sources (read 2026-12):
// - Unicode CLDR 48, locale kk_Arab (Kazakh, Arabic script, China), main letters
//   [ءابتجحدر-شعف-نو-يپچڭگھۆۇۋە] and its territory and language names, read through Intl in Node
//   (ICU 78.2): the letter values below and the test cases in arabic-script.test.ts are CLDR's.
// - A. Baitursynov's rule, quoted in "Қазақ жазуының тарихы мен теориясы" (emirsaba.org, page 150):
//   no «ء» before a word written with ق or غ [ع] (back words), nor with ك or گ (they are read front
//   anyway). ە (е, э) is front only as well, so it too makes the sign unnecessary.
// - MediaWiki's Kazakh converter (kk-arab variant): the same rule stated as code: front vowels ә ө ү і,
//   none of е э г ғ к қ → the high hamza U+0674 once, before the word.
// CLDR writes the sign as U+0621 (ء), MediaWiki as U+0674 (ٴ); both are in use and the matcher folds both
// away (core/text/fold.ts). We write U+0674, the letter Unicode names for Kazakh; pass { hamza: 'ء' }
// for the other.

/** Lower-case Kazakh Cyrillic letter → Arabic-script letters. */
export const KK_ARABIC_LETTERS: Readonly<Record<string, string>> = {
  а: 'ا',
  ә: 'ا',
  б: 'ب',
  в: 'ۆ',
  г: 'گ',
  ғ: 'ع',
  д: 'د',
  е: 'ە',
  ё: 'يو',
  ж: 'ج',
  з: 'ز',
  и: 'ي',
  й: 'ي',
  к: 'ك',
  қ: 'ق',
  л: 'ل',
  м: 'م',
  н: 'ن',
  ң: 'ڭ',
  о: 'و',
  ө: 'و',
  п: 'پ',
  р: 'ر',
  с: 'س',
  т: 'ت',
  у: 'ۋ',
  ұ: 'ۇ',
  ү: 'ۇ',
  ф: 'ف',
  х: 'ح',
  һ: 'ھ',
  ц: 'تس',
  ч: 'چ',
  ш: 'ش',
  щ: 'شش',
  ъ: '',
  ы: 'ى',
  і: 'ى',
  ь: '',
  э: 'ە',
  ю: 'يۋ',
  я: 'يا',
};
/** After и (and ь, itself written ي) the glide is already written: ия → يا, ию → يۋ, ий → ي
 * (CLDR: Италия يتاليا, Маврикий ماۆريكي, Мьянма ميانما). */
const AFTER_I: Readonly<Record<string, string>> = { я: 'ا', ю: 'ۋ', й: '' };
const VOWELS = /[аәеёиоөуұүыіэюя]/;

/** Vowels written with a letter a back vowel shares (ا و ۇ ى): the word needs the sign. */
const FRONT_SHARED = /[әөүі]/;
/** Letters that show a word's front or back vowels themselves: no sign. */
const SELF_MARKING = /[еэкгқғ]/;

export const HIGH_HAMZA = '\u0674';

/** Does this Kazakh Cyrillic word take the hamza sign (written once, before it)? */
export function takesHamza(word: string): boolean {
  const w = word.toLowerCase();
  return FRONT_SHARED.test(w) && !SELF_MARKING.test(w);
}

const CYRILLIC_WORD = /[а-яёәғқңөұүһі]+/giu;

/** One letter in its context: дж is ج (Фиджи فيجي), ь before a vowel is the glide ي (Вьетнам ۆيەتنام). */
function letter(w: string, i: number): string {
  const ch = w[i]!;
  const prev = w[i - 1];
  const next = w[i + 1] ?? '';
  if ((prev === 'и' || prev === 'ь') && AFTER_I[ch] !== undefined && !(prev === 'ь' && ch === 'й')) return AFTER_I[ch]!;
  if (ch === 'д' && next === 'ж') return '';
  if (ch === 'ь' && VOWELS.test(next)) return 'ي';
  return KK_ARABIC_LETTERS[ch] ?? ch;
}

/** An acronym (АҚШ) is spelled letter by letter, as CLDR writes it (ا ق ش). */
const isAcronym = (word: string) => word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();

function convertWord(word: string, hamza: string): string {
  const w = word.toLowerCase();
  if (isAcronym(word)) return [...w].map((ch) => KK_ARABIC_LETTERS[ch] ?? ch).join(' ');
  let out = takesHamza(w) ? hamza : '';
  for (let i = 0; i < w.length; i++) out += letter(w, i);
  return out;
}

/** Kazakh Cyrillic text in the Arabic-script orthography; anything not Cyrillic is kept as it is. */
export function kazakhCyrillicToArabic(text: string, opts: { hamza?: string } = {}): string {
  const hamza = opts.hamza ?? HIGH_HAMZA;
  return text
    .normalize('NFC')
    .replace(CYRILLIC_WORD, (word) => convertWord(word, hamza))
    .replace(/,/g, '،');
}
