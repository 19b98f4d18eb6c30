// French words for kinds of event (elections, referendums, protests, clashes, attacks, summits,
// unrest): evidence for whichever dataset event of that kind the page's entities and dates point to.
// Data only, read by core/recognise/event-kinds.ts; a trailing '*' lets a word take endings, a
// leading '*' lets it end a compound. Tested through core/recognise/event-kinds.test.ts.
import type { EventCues } from '../language';

export const events: EventCues = {
  election: ['élection*', 'scrutin*', 'présidentielle*', 'législatives'],
  referendum: ['référendum*'],
  protest: ['manifestation*', 'protestation*', 'contestation*'],
  clash: ['affrontement*', 'heurts', 'combats', 'cessez-le-feu'],
  attack: ['attentat*', 'attaque*', 'terroris*'],
  summit: ['sommet*'],
  unrest: ['émeute*', 'troubles', "état d'urgence"],
  presidential: ['présidentielle*'],
  parliamentary: ['législative*', 'parlementaire*'],
};
