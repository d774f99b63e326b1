// Readings of restate38 (issue 12, round 38): a kind listed after 其中 under a whole counted by a verb of taking in
// (12315平台共接收各类投诉举报咨询3776件，其中，投诉1028件；举报268件) is that kind taken in, the same measure as a statement of
// the same verb and the kind alone elsewhere in the draft (共接收举报268件 in the section on reports). Each case made up,
// each reported case failing without its reading, each silent one with its guard removed.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

// made up: a city's monthly 12315 report, the kinds listed in its overview and each taken up again in its own section
const report = (later: string): string =>
  `某市2025年5月12315平台投诉举报数据分析\n\n一、总体情况\n\n` +
  `2025年5月，某市12315平台共接收各类投诉举报咨询4200件，同比增长3.1%。其中，投诉1500件，同比增长6.2%；举报300件，同比下降2.5%；咨询2400件，同比增长1.9%。\n\n` +
  `二、投诉情况\n\n本月共接收投诉1500件，按期办结率98.6%。\n\n` +
  `三、举报情况\n\n2025年5月，某市12315平台共接收举报${later}，按期核查率100%。\n`;

describe('a kind taken in stated twice (restate38)', () => {
  it('is silent when the kind and its own statement agree', () => {
    assert.deepEqual(findings(report('300件'), 'number-conflict'), []);
  });

  it('reports a kind listed under 共接收各类… restated by 共接收 and the kind with another value', () => {
    assert.deepEqual(findings(report('310件'), 'number-conflict'), ['310件']);
  });

  it('reports the kind restated by the office of the period alone (本月共受理举报)', () => {
    const monthly =
      `一、总体情况\n\n6月份，市12315指挥中心共受理消费者各类信息3000件，环比增长4.2%。其中咨询2000件，环比增长3.0%；投诉800件，环比增长5.5%，为消费者挽回经济损失12.6万元；举报200件，环比增长8.1%。\n\n` +
      `二、举报情况\n\n本月共受理举报210件，环比增长8.1%。\n`;
    assert.deepEqual(findings(monthly, 'number-conflict'), ['210件']);
  });

  it('is silent for a kind listed under another verb (其中投诉 of the cases closed, 办结)', () => {
    const closed = `一、受理情况\n\n本月热线共受理群众诉求5000件，同比增长2.0%。共办结各类诉求4600件，其中，投诉1100件，求助900件。\n\n二、投诉情况\n\n本月共受理投诉1200件，办结率91.7%。\n`;
    assert.deepEqual(findings(closed, 'number-conflict'), []);
  });

  it('is silent for a district’s own 共受理投诉 beside the kind listed under the city’s whole', () => {
    const district = `一、总体情况\n\n2025年，全市12345热线共受理各类诉求80000件。其中，投诉20000件，咨询50000件，建议10000件。\n\n二、区县情况\n\n2025年，东城区12345热线共受理投诉3000件，同比下降4.0%。\n`;
    assert.deepEqual(findings(district, 'number-conflict'), []);
  });
});
