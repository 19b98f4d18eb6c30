// Russian words for kinds of event (elections, referendums, protests, clashes, attacks, summits,
// unrest): evidence for whichever dataset event of that kind the page's entities and dates point to.
// Data only, read by core/recognise/event-kinds.ts; a trailing '*' lets a word take endings, a
// leading '*' lets it end a compound. Tested through core/recognise/event-kinds.test.ts.
import type { EventCues } from '../language';

export const events: EventCues = {
  election: ['выбор*', 'голосовани*', 'избирател*'],
  referendum: ['референдум*'],
  protest: ['протест*', 'митинг*', 'демонстрац*', 'акци* протеста'],
  clash: ['столкновени*', 'конфликт на границе', 'перестрелк*', 'обстрел*', 'боестолкновени*', 'перемири*'],
  attack: ['теракт*', 'нападени*', 'стрельб*', 'террорист*'],
  summit: ['саммит*'],
  unrest: [
    'беспорядк*',
    'волнени*',
    'январские события',
    'январских событи*',
    'режим чрезвычайного положения',
    'чрезвычайное положение',
  ],
  presidential: ['президентск*'],
  parliamentary: ['парламентск*', 'мажилис*', 'депутат*'],
};
