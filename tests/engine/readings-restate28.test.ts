// Readings of restatements (issue 12, branch restate28): a change right after a level, written again after the same
// level (the same value to three significant digits or more, in the same unit) elsewhere in the draft, is one change
// against the year before, however the two sentences name or date the level and whether they write 同比, 比上年 or
// no word, a caliber (按可比价格计算) or a gloss in brackets; two measures of one value, and a change against another
// period (环比) or another year, stay apart. Each case is a made-up text.

import { reports, silent } from './figure-findings';

describe('number-conflict: a change after the same level, written twice (restate28)', () => {
  const power = (later: string): string =>
    '青山市用电情况\n\n' +
    '上半年，全市全社会用电量48.27亿千瓦时，同比增长3.1%。\n\n' +
    '分产业看，第一产业用电量0.52亿千瓦时；第三产业用电量为7.34亿千瓦时，同比下降14.7%。\n\n' +
    `上半年，全市第三产业用电量7.34亿千瓦时，下降${later}，主要受住宿餐饮业影响。`;

  it('reads 同比下降 and 下降 after one level, dated in one paragraph only, as one change', () => {
    silent(power('14.7%'));
    reports(power('16.2%'), 'number-conflict', '16.2%');
  });

  const herd = (later: string): string =>
    '绿水县畜牧业生产情况\n\n' +
    '据抽样调查，上半年，全县草食畜存栏1254.60万头（只），同比增长2.36%；猪牛羊肉产量9.67万吨。\n\n' +
    `草食畜生产。上半年，草食畜存栏1254.60万头（只），同比增长${later}。其中，牛存栏312.5万头。`;

  it('reads past a unit glossed in brackets between the level and its change', () => {
    silent(herd('2.36%'));
    reports(herd('3.36%'), 'number-conflict', '3.36%');
  });

  const output = (later: string): string =>
    '青山县国民经济运行情况\n\n' +
    '2023年，全县实现农林牧渔业增加值28.34亿元，比上年增长4.1%。\n\n' +
    `全年实现地区生产总值213.5亿元。其中，第一产业增加值28.34亿元，按可比价格计算，同比增长${later}。`;

  it('reads 比上年 and 按可比价格计算，同比 after one level under two names of one measure word', () => {
    silent(output('4.1%'));
    reports(output('5.1%'), 'number-conflict', '5.1%');
  });

  it('keeps two measures of one value apart (投诉 and 办结)', () => {
    silent(
      '青山区12315平台运行情况\n\n' +
        '全年共接收投诉举报咨询1.60万件，其中，投诉1.35万件，同比上升6.56%，占比84.69%。\n\n' +
        '全年受理投诉1.26万件，同比上升4.48%；办结1.35万件，同比上升5.69%，按期办结率99.92%。',
    );
  });

  it('keeps a change against the month before apart from one against the year before', () => {
    silent('绿水县财政收入情况\n\n' + '3月，全县一般公共预算收入2345.6万元，环比增长3.2%。\n\n' + '3月份一般公共预算收入2345.6万元，同比增长5.1%，完成月度计划的102%。');
  });

  it('keeps changes against two years apart', () => {
    silent('青山县工业运行情况\n\n' + '一季度，全县规模以上工业增加值35.27亿元，比2019年增长21.5%。\n\n' + '一季度，全县规模以上工业增加值35.27亿元，比2020年增长13.8%，两年平均增长10.2%。');
  });
});
