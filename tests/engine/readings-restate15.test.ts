// Readings of round 15 for restatements and changes (restate15). Each case is a made-up text: the reading reports the
// one that breaks the relation, and stays silent where the figures agree or the text is unclear.

import { reports, silent } from './figure-findings';

describe('number-conflict: a count with a qualifier and 的 pointing back to all of its noun (restate15)', () => {
  const lead = (v: string): string => `截至8月底，县政府常务会议确定的${v}民生实事已全部完成。\n\n`;
  const body = '一、总体情况\n\n今年年初，县政府常务会议确定民生实事23件，其中教育类8件，医疗类6件，交通类9件。\n';
  it('compares it with the count the draft states under the qualifier’s words, after it', () => {
    silent(lead('23件') + body);
    reports(lead('25件') + body, 'number-conflict', '25件');
  });
  it('compares it with a count named by the qualifier’s word and no more than procedure, before it', () => {
    const text = (v: string): string => `一、基本情况\n\n会议期间共收到提案326件，经审查，立案298件，并案13件。\n\n二、办理情况\n\n立案的${v}提案已全部办复。\n`;
    silent(text('298件'));
    reports(text('289件'), 'number-conflict', '289件');
  });
  it('stays silent on a count narrowed by more words than the qualifier', () => {
    silent('本月受理的9230件办件中，省长热线转办13件。\n\n二、来源\n\n直接来电受理8947件，网络留言受理283件。\n');
  });
  it('stays silent on a part counted in the same period, and on a counted noun before 的', () => {
    silent('一季度发生的18起较大火灾中有10起发生在居住场所。\n\n二、分析\n\n一季度，全省共接报较大火灾18起。\n');
    silent('审计机关对20个省份的158个县进行了审计。\n\n二、结果\n\n审计发现，20个省份中有84个县形成闲置资金。\n');
  });
});

describe('number-ratio: a change written 增产, 减产 or a bare 增, 减 (restate15)', () => {
  it('reads 增产 after a level and its difference', () => {
    const text = (v: string): string => `全年粮食产量170855吨，比上年增加2032吨，增产${v}。\n`;
    silent(text('1.2%'));
    reports(text('2.2%'), 'number-ratio');
  });
  it('reads a clause that is only 增 or 减 before its percentage', () => {
    const rise = (v: string): string => `全县常住人口为130万人，比上年增加13万人，增${v}。\n`;
    silent(rise('11.1%'));
    reports(rise('15.1%'), 'number-ratio');
    const fall = (v: string): string => `实现农业税收2918万元，比去年减少509万元，减${v}。\n`;
    silent(fall('14.85%'));
    reports(fall('18.85%'), 'number-ratio');
  });
  it('stays silent on 新增, which is no bare 增', () => {
    silent('全县常住人口为130万人，比上年增加13万人，新增15.1%来自外来务工人员。\n');
  });
});

describe('number-conflict: the period a paragraph opens with, for its figures that name none (restate15)', () => {
  const text = (v: string): string =>
    `2024年1至9月，我院共受理各类案件9471件，同比上升7.85%；审执结各类案件7018件，同比上升2.04%。\n\n二、结案情况\n\n1-9月审执结各类案件${v}，同比上升2.04%，其中民事案件4120件。\n`;
  it('compares a statement after the opening with one of that period elsewhere', () => {
    silent(text('7018件'));
    reports(text('7218件'), 'number-conflict', '7218件');
  });
  it('stays silent on a figure after another time named in the paragraph', () => {
    silent(
      '上半年，第一产业用电量为0.18亿千瓦时；第三产业用电量为7.34亿千瓦时。6月份，第一产业用电量为0.04亿千瓦时；第三产业用电量为1.31亿千瓦时。\n\n二、分析\n\n上半年，全市第三产业用电量7.34亿千瓦时，占全社会用电量比重12.0%。\n',
    );
  });
});
