// Tajik words for kinds of event (elections, referendums, protests, clashes, attacks, summits,
// unrest): evidence for whichever dataset event of that kind the page's entities and dates point to.
// Data only, read by core/recognise/event-kinds.ts; a trailing '*' lets a word take endings, a
// leading '*' lets it end a compound. Tested through core/recognise/event-kinds.test.ts.
import type { EventCues } from '../language';

export const events: EventCues = {
  election: ['интихобот*', 'интихоби*', 'овоздиҳӣ*'],
  referendum: ['раъйпурсӣ*', 'референдум*'],
  protest: ['эътироз*', 'намоиш*', 'тазоҳурот*'],
  clash: ['даргирӣ*', 'задухӯрд*', 'тирпарронӣ*'],
  attack: ['ҳамла*', 'террористӣ*', 'теракт*'],
  // нишасти сарон "meeting of the heads" (sputnik-tj.com 2018-06-04:
  // "нишасти сарони кишварҳои узви Созмони ҳамкориҳои Шанхай")
  summit: ['саммит*', 'ҳамоиш*', 'нишасти сарон*'],
  unrest: ['ошӯб*', 'нооромӣ*', 'бетартибӣ*'],
  presidential: ['президентӣ*', 'президенти*'],
  parliamentary: ['парлумонӣ*', 'маҷлиси намояндагон*'],
};
