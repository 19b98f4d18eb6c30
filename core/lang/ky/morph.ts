// Kyrgyz: four-way vowel harmony (ы/и/у/ү) on chained suffixes; folding (ө->о, ү->у, ң->н)
// merges many of the variants. Tested in core/lang/ky/morph.test.ts.
import type { Morphology } from '../morph';

const h4 = (tpl: string) => ['ы', 'и', 'у', 'ү'].map((v) => tpl.replace('V', v));
const h4a = (tpl: string) => ['а', 'е', 'о', 'ө'].map((v) => tpl.replace('A', v));

export const morph: Morphology = {
  lang: 'ky',
  suffixes: [
    ...h4a('лAр'),
    ...h4a('дAр'),
    ...h4a('тAр'),
    ...h4('нVн'),
    ...h4('дVн'),
    ...h4('тVн'),
    ...h4a('гA'),
    ...h4a('кA'),
    ...h4a('нA'),
    'а',
    'е',
    ...h4('нV'),
    ...h4('дV'),
    ...h4('тV'),
    'н',
    ...h4a('дA'),
    ...h4a('тA'),
    ...h4a('ндA'),
    ...h4a('дAн'),
    ...h4a('тAн'),
    ...h4a('нAн'),
    ...h4('сV'),
    'ы',
    'и',
    'у',
    'ү',
    'менен',
    'бенен',
    'пенен',
    ...h4('гV'),
    ...h4('кV'),
  ],
  maxChain: 3,
  heads: ['облусу', 'району', 'суу сактагычы'],
  pluralHeads: { облустар: 'облусу', райондор: 'району', 'суу сактагычтар': 'суу сактагычы' },
  conjunctions: ['жана', 'же'],
  placeWords: ['шаары', 'шаарында', 'облусу', 'айылы'],
  titles: [
    { text: 'президент', role: 'president' },
    { text: 'Министрлер кабинетинин төрагасы', role: 'prime-minister' },
    { text: 'министр', role: 'minister' },
  ],
};
