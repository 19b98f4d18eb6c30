// Chinese cues for figure claims and attribution (unspaced: matched anywhere). Data only.
// Tested in claims.test.ts.
import type { ClaimsLang } from '../../claims/lang-spec';

export const claims: ClaimsLang = {
  unspaced: true,
  measures: {
    killed: ['死亡', '遇难', '丧生', '身亡', '死者', '罹难', '殉职', '遇害', '被打死', '丧命'],
    injured: ['受伤', '伤者', '负伤', '受傷', '伤员'],
    detained: ['拘留', '拘押', '被捕', '抓获', '羁押', '扣押'],
    arrested: ['逮捕'],
    charged: ['起诉'],
    convicted: ['判刑', '定罪'],
    displaced: ['流离失所'],
    evacuated: ['疏散', '撤离'],
    missing: ['失踪'],
    troops: ['士兵', '军人', '部队', '维和人员', '军队', '官兵', '维和部队'],
  },
  subjects: {
    'security personnel': ['安全人员', '执法人员', '警察', '安全部队', '军警', '强力部门人员', '护法人员', '执法部门人员', '安全部门人员'],
    'civilians': ['平民'],
    'protesters': ['抗议者', '示威者'],
    'children': ['儿童'],
  },
  others: ['其他', '另有'],
  people: ['人', '名'],
  durations: { hour: ['小时', '个小时'], day: ['天'], week: ['周', '星期'], month: ['个月'], year: ['年'] },
  within: ['内', '之内', '以内'],
  currencies: { USD: ['美元', '$'], CNY: ['元', '人民币'], EUR: ['欧元', '€'], KZT: ['坚戈'], RUB: ['卢布'] },
  percent: ['%', '％'],
  percentBefore: ['百分之'],
  vote: ['选票', '得票'],
  turnout: ['投票率'],
  price: ['价格', '价'],
  cost: ['损失', '费用'],
  ageAfter: ['岁'],
  sourceNext: ['据', '根据', '援引', '依据'],
  said: ['表示', '称', '说', '宣布', '指出', '透露', '强调', '报道', '通报'],
  saidSpeaker: 'prev',
};
