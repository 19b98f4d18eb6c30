// Kazakh words for kinds of event (elections, referendums, protests, clashes, attacks, summits,
// unrest): evidence for whichever dataset event of that kind the page's entities and dates point to.
// Data only, read by core/recognise/event-kinds.ts; a trailing '*' lets a word take endings, a
// leading '*' lets it end a compound. Tested through core/recognise/event-kinds.test.ts.
import type { EventCues } from '../language';

export const events: EventCues = {
  election: ['сайлау*', 'дауыс беру*', 'saılau*', 'saylau*'],
  referendum: ['референдум*', 'referendum*'],
  protest: ['наразылық*', 'митинг*', 'шеру*', 'narazylyq*'],
  clash: ['қақтығыс*', 'атыс*', 'qaqtyğys*'],
  attack: ['шабуыл*', 'теракт*', 'лаңкес*'],
  summit: ['саммит*', 'sammit*'],
  unrest: ['толқу*', 'тәртіпсіздік*', 'қаңтар оқиға*', 'қаңтар қасірет*', 'qañtar oqiğa*', 'төтенше жағдай*'],
  presidential: ['президенттік*', 'президент сайлау*'],
  parliamentary: ['парламенттік*', 'мәжіліс*'],
};
