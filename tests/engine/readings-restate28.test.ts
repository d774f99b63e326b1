// Readings of restatements (issue 12, branch restate28): a change right after a level, written again after the same
// level (the same value to three significant digits or more, in the same unit) elsewhere in the draft, is one change
// against the year before, however the two sentences name or date the level and whether they write 同比, 比上年 or
// no word, a caliber (按可比价格计算) or a gloss in brackets; two measures of one value, and a change against another
// period (环比) or another year, stay apart. An amount whose name is an average (年平均降水量) and a total over each of
// several (各窗口共办理) are one value, a statement; an average rate of each item in a list is not. Each case is a made-up text.

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
    '青山县国民经济运行情况\n\n' + '2023年，全县实现第一产业增加值28.34亿元，比上年增长4.1%。\n\n' + `全年实现地区生产总值213.5亿元。其中，第一产业增加值28.34亿元，按可比价格计算，同比增长${later}。`;

  it('reads 比上年 and 按可比价格计算，同比 after one level, one name ending the other', () => {
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

describe('number-conflict: an average named as the measure is one value (restate28)', () => {
  const rain = (later: string): string =>
    '青山市气候影响评价\n\n' +
    '2023年全市年平均气温18.9℃，较常年偏高0.6℃；2023年全市年平均降水量为1181.4毫米，较常年值偏少12.7%。\n\n' +
    '降水\n\n' +
    `2023年全市年平均降水量为${later}，各地降水分布不均，北部偏多、南部偏少。`;

  it('compares an amount whose name begins with 年平均', () => {
    silent(rain('1181.4毫米'));
    reports(rain('1081.4毫米'), 'number-conflict', '1081.4毫米');
  });

  const windows = (later: string): string =>
    '绿水县政务服务中心工作情况\n\n' +
    '2023年第二季度，政务服务大厅各窗口共办理政务服务事项3816件，群众满意率保持较高水平。\n\n' +
    `第二季度，政务服务大厅各窗口共办理政务服务事项${later}，其中即办件2104件。`;

  it('reads 各…共 as a total over all of them', () => {
    silent(windows('3816件'));
    reports(windows('3616件'), 'number-conflict', '3616件');
  });

  it('keeps an average rate of each item in a list apart', () => {
    silent(
      '绿水县政府债务管理情况\n\n' +
        '截至2023年12月底，全县发行地方政府新增债券11.6131亿元。其中：新增一般债券1.6416亿元，发行平均利率2.93%；专项债券9.9715亿元，发行平均利率3.02%。债券还本付息5.37亿元。',
    );
  });
});
