// Tajik: ezafe -и (Душанбеи), object marker -ро (Раҳмонро), plural -ҳо/-он; folding maps ҳ->h, ӣ->i.
// Tested in core/lang/tg/morph.test.ts.
import type { Morphology } from '../morph';

export const morph: Morphology = {
  lang: 'tg',
  suffixes: ['и', 'ро', 'ҳо', 'ҳои', 'ҳоро', 'ю', 'ву'],
  // the adjective ending -ӣ (Тоҷикистонӣ "Tajik") folds like the ezafe -и: refuse it as written
  rejectRaw: ['\u04e3', '\u0438\u0304'],
  maxChain: 2,
  placeWords: ['шаҳри', 'вилояти', 'ноҳияи'],
  titles: [
    { text: 'Президент', role: 'president' },
    { text: 'Президенти Тоҷикистон', role: 'president' },
    { text: 'Сарвазир', role: 'prime-minister' },
    { text: 'вазир', role: 'minister' },
    // "chairman (of)": a title, never Raisi (folding merges раиси with Раисӣ)
    { text: 'раиси', role: 'other' },
  ],
};
