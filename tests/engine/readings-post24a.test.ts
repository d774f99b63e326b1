// Readings of round 24, post24a (issue 12, first run of heldout64–67): which figures after 其中 or in a bracket are
// parts of the total before them, read from how the writing goes on.

import { reports, silent } from './figure-findings';

describe('readings of round 24, post24a (issue 12, first-run false alarms)', () => {
  it('reads 税收 and 非税 listed on with another kind of revenue as some of the kinds that add up to the total', () => {
    const text = (total: string, transfers: string): string =>
      `全镇一般公共预算收入累计实现${total}万元。其中：税收收入1,200万元（增值税500万元、房产税700万元），非税收入400万元，上级补助收入${transfers}万元（返还性收入100万元，转移支付收入3,900万元）。`;
    silent(text('5,600', '4,000'));
    // a total that the whole list does not reach is still reported
    reports(text('5,900', '4,000'), 'number-sum', '5,900万元');
    // without the further kind, 税收 and 非税 are all of the revenue (read as the 其中 list itself now that 1,200万元 is one
    // part, as 1200万元 always was: sums28)
    reports('全县一般公共预算收入累计实现5,600万元。其中：税收收入1,200万元，非税收入400万元。', 'number-sum', '与总数5,600万元相差4000万元');
  });

  it('reads a figure followed by 的 as the size of the thing named after it, not a part of the total', () => {
    const text = (done: string): string => `1-9月全镇固定资产投资已完成6.20亿元，其中，总投资15亿元的风电项目，已完成${done}亿元；总投资4.2亿元的农业产业园项目，已完成1.6亿元。`;
    silent(text('3.50'));
    // the project's investment done is still a part and cannot exceed the total
    reports(text('7.50'), 'number-sum', '比总数6.20亿元还多');
  });

  it('reads a sentence opening with 其它 after a nested list as the rest of the outer total', () => {
    const text = (food: string): string =>
      `全年县市场监督管理局共办理民生领域案件600起，罚没款400万元，其中按一般程序查处结案的食品案件${food}起，罚没款120万元。其中销售不合格肉类案件5起，罚款30万元；小作坊超范围使用食品添加剂案件40起，罚款10万元。其它侵害消费者合法权益的违法行为案件350起，罚款280万元。`;
    silent(text('250'));
    // the nested list's own pieces are still parts of the narrower total
    reports(text('40'), 'number-sum', '比总数40起还多');
  });

  it('reads a bracket whose later pieces add up to its first as a history of the first, no partition of the total', () => {
    const text = (first: string): string => `全乡现有建档立卡脱贫户512户1380人，监测户28户84人（2020年识别${first}户12人，3户8人2021年已消除风险，2户4人2021年消除风险后2023年重新识别）。`;
    silent(text('5'));
    // a partition of the total by year still adds up exactly
    silent('全乡监测户28户84人（2020年识别5户12人，2021年识别9户30人，2022年识别14户42人）。');
    reports('全乡监测户29户84人（2020年识别5户12人，2021年识别9户30人，2022年识别14户42人）。', 'number-sum', '29户');
    // when the history does not add up to its first piece, the bracket is read against the total as before
    reports(text('6'), 'number-sum', '28户');
  });
});
