// Chinese words for kinds of event (elections, referendums, protests, clashes, attacks, summits,
// unrest): evidence for whichever dataset event of that kind the page's entities and dates point to.
// Data only, read by core/recognise/event-kinds.ts; a trailing '*' lets a word take endings, a
// leading '*' lets it end a compound. Tested through core/recognise/event-kinds.test.ts.
import type { EventCues } from '../language';

export const events: EventCues = {
  election: ['选举', '大选', '投票'],
  referendum: ['公投', '全民公决', '公民投票'],
  protest: ['抗议', '示威'],
  clash: ['冲突', '交火', '边境冲突'],
  attack: ['袭击', '恐怖', '枪击'],
  summit: ['峰会'],
  unrest: ['骚乱', '动乱', '暴乱', '紧急状态'],
  presidential: ['总统选举', '总统大选'],
  parliamentary: ['议会选举', '议会下院选举', '马吉利斯'],
};
