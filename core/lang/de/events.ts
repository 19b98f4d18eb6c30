// German words for kinds of event (elections, referendums, protests, clashes, attacks, summits,
// unrest): evidence for whichever dataset event of that kind the page's entities and dates point to.
// Data only, read by core/recognise/event-kinds.ts; a trailing '*' lets a word take endings, a
// leading '*' lets it end a compound. Tested through core/recognise/event-kinds.test.ts.
import type { EventCues } from '../language';

export const events: EventCues = {
  election: ['*wahl*', 'wahlen'],
  referendum: ['referendum*', '*abstimmung*', 'volksentscheid*'],
  protest: ['protest*', 'demonstration*', 'kundgebung*'],
  clash: ['*zusammenstö*', '*gefecht*', 'kämpfe*', 'grenzkonflikt*', 'waffenruhe*'],
  attack: ['anschlag*', '*angriff*', 'terror*'],
  summit: ['gipfel*'],
  unrest: ['unruhen', 'ausnahmezustand*', 'aufstand*'],
  presidential: ['präsidentschaft*', 'präsidentenwahl*'],
  parliamentary: ['parlamentswahl*', 'parlament*'],
};
