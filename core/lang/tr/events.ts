// Turkish words for kinds of event (elections, referendums, protests, clashes, attacks, summits,
// unrest): evidence for whichever dataset event of that kind the page's entities and dates point to.
// Data only, read by core/recognise/event-kinds.ts; a trailing '*' lets a word take endings, a
// leading '*' lets it end a compound. Tested through core/recognise/event-kinds.test.ts.
import type { EventCues } from '../language';

export const events: EventCues = {
  election: ['seçim*', 'sandık*'],
  // 'halk oylaması' in two words as the press writes it (internethaber.com, 2026-02-11: "halk oylamasında")
  referendum: ['referandum*', 'halkoylama*', 'halk oylama*'],
  protest: ['protesto*', 'gösteri*', 'eylem*'],
  clash: ['çatışma*', 'sınır çatışma*', 'ateşkes*'],
  attack: ['saldırı*', 'terör*'],
  summit: ['zirve*'],
  unrest: ['ayaklanma*', 'kargaşa*', 'olaylar*', 'olağanüstü hal*'],
  presidential: ['cumhurbaşkanlığı*'],
  parliamentary: ['milletvekili*', 'parlamento*', 'meclis*'],
};
