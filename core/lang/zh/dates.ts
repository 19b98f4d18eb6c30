// Chinese dates: 年/月/日 with digits (the pattern itself is in core/dates/extract.ts), weekdays
// (周五, 上周五), 昨天/今天, 本月5日, 至19日. Data only.
import type { DatesLang } from '../../dates/lang-spec';

export const dates: DatesLang = {
  unspaced: true,
  unitDates: true,
  calendarWeeks: true,
  months: {},
  weekdays: {
    星期日: 0,
    星期天: 0,
    周日: 0,
    礼拜天: 0,
    星期一: 1,
    周一: 1,
    星期二: 2,
    周二: 2,
    星期三: 3,
    周三: 3,
    星期四: 4,
    周四: 4,
    星期五: 5,
    周五: 5,
    星期六: 6,
    周六: 6,
  },
  lastBefore: ['上'],
  nextBefore: ['下'],
  relative: { 昨天: -1, 昨日: -1, 今天: 0, 今日: 0, 明天: 1, 明日: 1, 前天: -2, 后天: 2 },
  thisMonthBefore: ['本月', '这个月', '当月'],
  monthRel: { 上个月: -1, 上月: -1, 下个月: 1, 下月: 1 },
  yearRel: { 去年: -1, 今年: 0, 明年: 1 },
  untilBefore: ['至', '到', '截至', '直到'],
  dayWordAfter: ['日', '号'],
  yearAfter: ['年'],
  numericOrder: 'dmy',
};
