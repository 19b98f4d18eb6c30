// Chinese: no spaces and no inflection; names are matched character by character, and a title
// may stand right before a name (总统托卡耶夫). Tested in core/lang/zh/morph.test.ts.
import type { Morphology } from '../morph';

export const morph: Morphology = {
  lang: 'zh',
  suffixes: [],
  maxChain: 0,
  placeWords: ['市', '州', '港', '城'],
  titles: [
    { text: '国家主席', role: 'president' },
    { text: '总统', role: 'president' },
    { text: '國家元首', role: 'president' },
    { text: '总理', role: 'prime-minister' },
    { text: '外长', role: 'minister' },
    { text: '部长', role: 'minister' },
    { text: '主席', role: 'president' },
  ],
};
