// English words for kinds of event (elections, referendums, protests, clashes, attacks, summits,
// unrest): evidence for whichever dataset event of that kind the page's entities and dates point to.
// Data only, read by core/recognise/event-kinds.ts; a trailing '*' lets a word take endings, a
// leading '*' lets it end a compound. Tested through core/recognise/event-kinds.test.ts.
import type { EventCues } from '../language';

export const events: EventCues = {
  election: ['election*', 'vote', 'voting', 'polls', 'ballot*'],
  referendum: ['referendum*', 'plebiscite'],
  protest: ['protest*', 'demonstrat*', 'rally', 'rallies'],
  clash: ['clash*', 'border conflict', 'fighting', 'shelling', 'skirmish*', 'ceasefire'],
  attack: ['attack*', 'terror*', 'gunmen', 'shooting', 'bombing*'],
  summit: ['summit*'],
  unrest: ['unrest', 'riot*', 'state of emergency', 'bloody january'],
  presidential: ['presidential*'],
  parliamentary: ['parliamentary*', 'legislative*'],
};
