// Uzbek words for kinds of event (elections, referendums, protests, clashes, attacks, summits,
// unrest): evidence for whichever dataset event of that kind the page's entities and dates point to.
// Data only, read by core/recognise/event-kinds.ts; a trailing '*' lets a word take endings, a
// leading '*' lets it end a compound. Tested through core/recognise/event-kinds.test.ts.
import type { EventCues } from '../language';

export const events: EventCues = {
  election: ['saylov*', 'сайлов*'],
  referendum: ['referendum*', 'референдум*'],
  protest: ['norozilik*', 'норозилик*', 'namoyish*', 'намойиш*'],
  clash: ["to'qnashuv*", 'тўқнашув*', 'otishma*', 'отишма*'],
  attack: ['hujum*', 'ҳужум*', 'terakt*', 'теракт*'],
  summit: ['sammit*', 'саммит*'],
  unrest: ['tartibsizlik*', 'тартибсизлик*', 'ommaviy tartibsizlik*'],
  presidential: [
    'prezidentlik*',
    'президентлик*',
    'prezident saylov*',
    'президент сайлов*',
    'президенти сайлов*',
    'prezidenti saylov*',
  ],
  parliamentary: ['parlament*', 'парламент*', 'oliy majlis*', 'олий мажлис*'],
};
