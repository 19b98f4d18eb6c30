// Kyrgyz words for kinds of event (elections, referendums, protests, clashes, attacks, summits,
// unrest): evidence for whichever dataset event of that kind the page's entities and dates point to.
// Data only, read by core/recognise/event-kinds.ts; a trailing '*' lets a word take endings, a
// leading '*' lets it end a compound. Tested through core/recognise/event-kinds.test.ts.
import type { EventCues } from '../language';

export const events: EventCues = {
  election: ['шайлоо*', 'добуш берүү*'],
  referendum: ['референдум*'],
  protest: ['нааразычылык*', 'митинг*'],
  clash: ['кагылыш*', 'атышуу*', 'чатак*', 'ок атуу*'],
  attack: ['чабуул*', 'теракт*'],
  summit: ['саммит*'],
  unrest: ['баш аламандык*', 'толкундоо*', 'каңтар окуя*', 'өзгөчө кырдаал*'],
  presidential: ['президенттик*', 'президенттик шайлоо*'],
  parliamentary: ['парламенттик*', 'жогорку кеңеш*'],
};
