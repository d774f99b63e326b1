// Readings of restatements (issue 12, branch restate31): a statement written again next to the same figure with the
// same words between (累计完成投资84.58亿元，完成年度计划投资比例60.95%) is one statement, whichever scope one side names
// and however many other values of its measure the draft states; two paragraphs opening with two times, and a part
// after 其中 (of two totals), stay apart. Each case is a made-up text.

import { reports, silent } from './figure-findings';

describe('number-conflict: a statement written again beside the same figure (restate31)', () => {
  const projects = (later: string): string =>
    '绿水县重大项目建设进展通报\n\n' +
    '1-6月，我县重大项目建设稳步推进。6项省重点项目累计完成投资15.36亿元，完成年度计划投资比例54.21%，超序时进度4.21个百分点。\n\n' +
    '省重点项目\n\n' +
    `我县6项省重点项目总投资172.4亿元，1-6月份累计完成投资${later}亿元，完成年度计划投资比例54.21%，超序时进度4.21个百分点。`;

  it('compares a summary’s statement with the body’s when only one of them names the period', () => {
    silent(projects('15.36'));
    reports(projects('13.82'), 'number-conflict', '13.82亿元');
  });

  const plan = (later: string): string =>
    '青山省推进重大项目建设\n\n' +
    '摘要：今年省级层面重点推进大中型建设项目2815个，计划年度完成投资9630亿元，比上年增加1742亿元，增长22.1%。\n\n' +
    `看数量：今年省级层面重点推进大中型建设项目2815个，计划年度完成投资${later}亿元，比上年增加1742亿元，增长22.1%。\n\n` +
    '看结构：往年已开工在建项目1406个，计划年度完成投资5218亿元；计划新开工项目1409个，计划年度完成投资4412亿元。';

  it('compares a summary’s statement with the body’s when the measure has other values in the draft', () => {
    silent(plan('9630'));
    reports(plan('8667'), 'number-conflict', '8667亿元');
  });

  const retail = (later: string): string =>
    '绿水市1-8月消费品市场运行情况\n\n' +
    `8月份，全市限上批发业销售额2.95亿元，同比增长11.4%；限上零售业销售额${later}亿元，同比增长13.8%。\n\n` +
    '1—8月，全市限上批发业销售额24.17亿元，同比增长10.2%；限上零售业销售额28.46亿元，同比增长13.8%。';

  it('keeps apart a month’s and eight months’ levels beside the same change', () => {
    silent(retail('3.52'));
  });

  const balance = (later: string): string =>
    '绿水县医疗保障基金运行情况\n\n' +
    `1、城镇职工医疗保险基金当年结余812.40万元，其中：统筹基金结余215.63万元，个人账户结余${later}万元。` +
    '累计滚存结余是935.18万元，其中：统筹基金结余215.63万元，个人账户结余719.55万元。';

  it('keeps apart two totals’ parts after 其中 beside the same part', () => {
    silent(balance('596.77'));
  });
});
