// Readings of the lead's branch (issue 12, round 38), from made-up drafts of the kinds our writers send (a county
// finance bureau's budget execution report, …), each written to hold, checked, then broken place by place. Each
// case made up.

import assert from 'node:assert/strict';
import { findingTexts, reports, silent } from './figure-findings';

// made up: a county's budget revenue against the time schedule
describe('a gap to the time schedule (lead38)', () => {
  const revenue = (gap: string, period = '1—10月'): string => `${period}，全县政府性基金预算收入4.35亿元，完成年度预算6亿元的72.5%，${gap}，同比下降21.6%。`;

  it('is the share of the year gone less the completion rate when it trails', () => {
    silent(revenue('滞后序时进度10.8个百分点'));
    reports(revenue('滞后序时进度11.8个百分点'), 'number-ratio', '序时进度83.33%（10个月÷12个月） − 72.5% = 10.83个百分点');
  });

  it('is the completion rate less the share of the year when it leads', () => {
    const text = (gap: string): string => `1-6月份，20个省重大项目完成投资160.45亿元，完成年度计划的73.87%，超序时进度${gap}。`;
    silent(text('23.87个百分点'));
    reports(text('21.87个百分点'), 'number-ratio', '73.87% − 序时进度50%（6个月÷12个月） = 23.87个百分点');
  });

  it('reports a gap whose verb goes the wrong way', () => {
    reports(revenue('超序时进度10.8个百分点'), 'number-ratio', '72.5% − 序时进度83.33%');
  });

  it('reads the period of halves, quarters and month ends, by months or by days', () => {
    silent(`上半年，全县重点项目完成投资19.62亿元，占年度计划的74.9%，超序时进度24.9个百分点。`);
    silent(`前三季度，一般公共预算收入完成33.82亿元，为预算的91.16%，超序时进度16个百分点。`);
    silent(`截至4月底，衔接资金已支出21185.83万元，支出率42.02%，超序时进度8.68个百分点。`);
    // (截至4月30日 by days: 120 ÷ 365 = 32.88%)
    silent(`截至4月30日，衔接资金已支出21185.83万元，支出率42.02%，超序时进度9.14个百分点。`);
    reports(`前三季度，一般公共预算收入完成33.82亿元，为预算的91.16%，超序时进度18个百分点。`, 'number-ratio', '序时进度75%');
  });

  it('takes the period from the paragraph when the sentence has none, and a schedule in a bracket as written', () => {
    const text = (gap: string): string => `2023年1-6月份，全县财政总收入完成146405万元。一般公共预算收入完成72777万元，为预算的65.7%，快于序时进度${gap}个百分点。`;
    silent(text('15.7'));
    reports(text('17.7'), 'number-ratio', '65.7% − 序时进度50%');
    silent(`1—11月，项目完成投资28.6亿元，完成年度计划的87.2%，滞后时序进度（91.67%）4.47个百分点。`);
    reports(`1—11月，项目完成投资28.6亿元，完成年度计划的87.2%，滞后时序进度（91.67%）3.47个百分点。`, 'number-ratio', '91.67% − 87.2%');
  });

  it('takes a gap written in % as points or as the excess relative to the schedule', () => {
    silent(`上半年，37项民生工程完成投资19.62亿元，占年度计划的74.9%，超序时进度24.9%。`);
    silent(`上半年，37项民生工程完成投资19.62亿元，占年度计划的74.9%，超序时进度49.8%。`);
    assert.deepEqual(findingTexts(`上半年，37项民生工程完成投资19.62亿元，占年度计划的74.9%，超序时进度30.9%。`, 'number-ratio'), ['30.9%']);
  });

  it('is silent without a period from January, a completion rate right before, or a gap that is a growth', () => {
    // (no period at all; 7—8月 is not from January)
    silent(`全县一般公共预算收入完成年度预算的72.5%，滞后序时进度20个百分点。`);
    silent(`7—8月，项目完成投资2.6亿元，完成年度计划的22.5%，超序时进度9个百分点。`);
    // (a growth before the gap is no completion rate)
    silent(`1—10月，一般公共预算收入完成12.86亿元，同比增长5.3%，超序时进度9个百分点。`);
    // (several gaps at once, distributed over figures of their own)
    silent(`1—6月，州外、省外、产业到位资金完成年度目标的55.1%，分别提前时序进度5.1、7.5、7.3个百分点。`);
  });
});

// made up: a subdistrict's half-year summary (12345 work orders, 低保)
describe('a satisfaction rate of the cases closed (lead38)', () => {
  const orders = (rate: string): string => `上半年，街道共受理12345热线工单1824件。已办结1751件，办结率96.0%；回访满意1698件，满意率${rate}。`;

  it('holds over the cases closed as well as over all received', () => {
    silent(orders('97.0%'));
    silent(`上半年，街道共受理12345热线工单1824件。已办结1751件，办结率96.0%；回访满意1698件，满意率93.1%。`);
  });

  it('is reported when neither base gives it', () => {
    reports(orders('95.0%'), 'number-ratio', '满意率');
  });
});

describe('an average per household of households counted with their persons (lead38)', () => {
  const relief = (perHousehold: string, head = '户均'): string => `发放城乡低保金582万元，惠及低保对象1236户2108人，${head}发放${perHousehold}元。`;

  it('divides the amount by the households', () => {
    silent(relief('4709'));
    reports(relief('4907'), 'number-ratio', '582万元 ÷ 1236户 = 4708.7元');
  });

  it('divides it by the persons for an average per head', () => {
    silent(relief('2761', '人均'));
    reports(relief('2961', '人均'), 'number-ratio', '582万元 ÷ 2108人');
  });

  it('is silent when something stands between the households and the persons', () => {
    silent(`发放城乡低保金582万元，惠及低保对象1236户、五保对象2108人，户均发放4907元。`);
  });
});
