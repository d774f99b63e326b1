// Readings of rates33 (issue 12, round 36): a completion whose own words state the plan, task or target it is of
// (ratesOfThePlanInTheirWords), read in more of the ways officials write it: 占任务90万亩的 (the 占 of the plan's words),
// 占目标任务（3995户）81.1% (the bracket without 的), the parts of a sentence opened by 其中 each with its own task, one
// level completed against two plans across a semicolon, a plan named by its funds (占计划目标到位资金), and persons
// counted as 名 against a task in 人; and a debt ratio (资产负债率) over the balance sheet its paragraph states before it.
// Each case made up, each reported case failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

// made up: a county forestry bureau's year, each work with its task, as a 繁體 page with pinyin glosses prints it
const forestry = (planting: string, tending: string): string => `去年，全縣完成植樹造林3.2萬畝，占任務（wù）2.5萬畝的${planting}；完成森林撫育12.6萬畝，占任務（wù）12.0萬畝的${tending}。`;

describe('a completion of the task its 占 names (rates33)', () => {
  it('is silent when each percentage is the work done over its task', () => {
    assert.deepEqual(findings(forestry('128%', '105%'), 'number-ratio'), []);
  });

  it('reports a percentage that is not the work done over the task its words state', () => {
    assert.deepEqual(findings(forestry('123%', '105%'), 'number-ratio'), ['123%']);
    assert.deepEqual(findings(forestry('128%', '110%'), 'number-ratio'), ['110%']);
  });

  it('reads persons counted as 名 against a task counted in 人', () => {
    const jobs = (p: string): string => `全县城镇新增就业2100人，占全年目标任务1500人的140%，帮助城镇150名就业困难人员实现就业，占全年目标任务120人的${p}。`;
    assert.deepEqual(findings(jobs('125%'), 'number-ratio'), []);
    assert.deepEqual(findings(jobs('130%'), 'number-ratio'), ['130%']);
  });

  it('reads a plan named by its funds', () => {
    const funds = (p: string): string => `全县新签约项目到位资金9.2亿元，占计划目标到位资金（11.5亿元）的${p}。`;
    assert.deepEqual(findings(funds('80%'), 'number-ratio'), []);
    assert.deepEqual(findings(funds('85%'), 'number-ratio'), ['85%']);
  });
});

// made up: a city's housing programme, the whole and its parts each against its own target
const housing = (rental: string, subsidy: string): string =>
  `截至9月底，全市已开工建设保障性安居工程1500套，占目标任务（1400套）的107.1%。` +
  `其中，公共租赁住房600套，占目标任务（500套）的${rental}，棚户区改造900套，占目标任务（900套）的100%；` +
  `租赁补贴发放2400户，占目标任务（3000户）${subsidy}。`;

describe('the parts after 其中, each against the target in its words (rates33)', () => {
  it('is silent when each part is its count over its own target', () => {
    assert.deepEqual(findings(housing('120%', '80%'), 'number-ratio'), []);
  });

  it('reports a part whose percentage is not its count over its own target', () => {
    assert.deepEqual(findings(housing('110%', '80%'), 'number-ratio'), ['110%']);
  });

  it('reads a target in brackets with no 的 before the percentage', () => {
    assert.deepEqual(findings(housing('120%', '85%'), 'number-ratio'), ['85%']);
  });

  it('is silent when the completion after 其中 holds for the whole stated before', () => {
    const text = '全市完成投资50亿元，同比增长8%。其中，工业投资20亿元，完成年计划（60亿元）的83.3%。';
    assert.deepEqual(findings(text, 'number-ratio'), []);
  });
});

// made up: a county's investment promotion, one amount against the city's task and the county's own
const promotion = (county: string): string => `截至6月底，全县市外到位资金12.6亿元，完成市上全年任务（20亿元）的63%；完成县上全年任务（25亿元）的${county}。`;

describe('one level completed against two plans (rates33)', () => {
  it('is silent when both percentages are the level over their plans', () => {
    assert.deepEqual(findings(promotion('50.4%'), 'number-ratio'), []);
  });

  it('reports the second completion when it is not the level over its plan', () => {
    assert.deepEqual(findings(promotion('55.4%'), 'number-ratio'), ['55.4%']);
  });
});

// made up: a county's state-owned firms, their balance sheet and its debt ratio in the next sentence
const firms = (ratio: string): string =>
  `截至2023年末，全县国有企业资产总额120.5亿元，同比增长6.2%；负债总额72.3亿元，同比增长5.1%；所有者权益48.2亿元，同比增长7.6%。资产负债率${ratio}，同比下降0.5个百分点。`;

describe('a debt ratio over the balance sheet stated before it (rates33)', () => {
  it('is silent when the ratio is the liabilities over the assets', () => {
    assert.deepEqual(findings(firms('60%'), 'number-ratio'), []);
  });

  it('reports a ratio that is not the liabilities over the assets', () => {
    assert.deepEqual(findings(firms('65%'), 'number-ratio'), ['65%']);
  });

  it('reads the liabilities as the assets less the net assets when only those are stated', () => {
    const supervised = (ratio: string): string => `县国资委监管企业资产总额80.4亿元，同比增长3.2%；净资产32.16亿元，同比增长2.1%。平均资产负债率${ratio}，同比上升0.3个百分点。`;
    assert.deepEqual(findings(supervised('60%'), 'number-ratio'), []);
    assert.deepEqual(findings(supervised('55%'), 'number-ratio'), ['55%']);
  });

  it('is silent when two totals of assets stand before the ratio', () => {
    const text = '全县国有企业资产总额120.5亿元，同比增长6.2%；其中县属企业资产总额80.4亿元，同比增长4.1%；负债总额50亿元，同比增长3.3%。资产负债率65%。';
    assert.deepEqual(findings(text, 'number-ratio'), []);
  });
});
