// Turkmen words for kinds of event (elections, referendums, protests, clashes, attacks, summits,
// unrest): evidence for whichever dataset event of that kind the page's entities and dates point to.
// Data only, read by core/recognise/event-kinds.ts; a trailing '*' lets a word take endings, a
// leading '*' lets it end a compound. Tested through core/recognise/event-kinds.test.ts.
import type { EventCues } from '../language';

export const events: EventCues = {
  election: ['saýlaw*'],
  // sala salşyk "referendum" (saylav.gov.tm/tk/news/156: "SAÝLAWLARY WE SALA SALŞYKLARY GEÇIRMEK")
  referendum: ['referendum*', 'sala salşyk*'],
  protest: ['protest*', 'nägilik*'],
  clash: ['çaknyşyk*', 'atyşyk*'],
  attack: ['hüjüm*', 'terror*'],
  summit: ['sammit*'],
  unrest: ['bidüzgünçilik*', 'tolgunma*'],
  presidential: ['prezident saýlaw*', 'prezidentlik*'],
  parliamentary: ['mejlis*', 'parlament*'],
};
