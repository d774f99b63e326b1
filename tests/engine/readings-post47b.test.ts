// Readings of post47b (issue 12, round 47, heldout165–166: budget reports of 张掖, 长沙, 吕梁, 苏州 and 福州's final
// accounts, 平潭's departmental reports): projects still being planned are no part of those under construction; a list
// of （1） paragraphs ends at the 2． heading after it; a sorting's parts named by another flow than its total; a
// difference in a clause giving the cause of a fall; a park's budget (园区) as a level of its own; a budget's figure in
// 亿 to one decimal is rounded; 收入决算结果 as the total of an account. Each case made up, each silent case failing
// without its reading and each reported case with its guard.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings } from './figure-findings';

describe('projects still being planned after 在建 (post47b)', () => {
  const projects = (counted: string): string =>
    `2023年在建项目20个，总投资31.5亿元。其中，纳统项目${counted}个，已纳统金额12.6亿元；开工项目8个，总投资3.2亿元；完工项目5个，年度完成投资2.4亿元；策划前期项目33个，总投资170.2亿元。`;

  it('are no part of the projects under construction, nor their investment', () => {
    assert.deepEqual(figureFindings(projects('14')), []);
  });

  it('still reports a part under construction larger than the total', () => {
    assert.deepEqual(figureFindings(projects('24')), ['number-sum 20个']);
  });
});

describe('a list of （1） paragraphs before a 2． heading (post47b)', () => {
  const spending = (projects: string): string =>
    `按照收支平衡的原则，相应安排支出100.5亿元，其中：\n\n（1）人员支出40.5亿元；\n\n（2）项目支出${projects}亿元。\n\n2．政府性基金预算收入15.2亿元，加上年结转9.5亿元，预计可用财力24.7亿元。`;

  it('ends before the heading', () => {
    assert.deepEqual(figureFindings(spending('60')), []);
  });

  it('still reports its own items that exceed the total', () => {
    assert.deepEqual(figureFindings(spending('70')), ['number-sum 100.5亿元']);
  });
});

describe('a sorting of funds named by another flow than the total before it (post47b)', () => {
  const funds = (items: string): string => `市本级社会保险基金预算收入267.85亿元。市本级社会保险基金预算支出213.4亿元。年末滚存结余588.76亿元。\n\n分险种来看，${items}`;

  it('is no breakdown of a balance when its parts are incomes', () => {
    assert.deepEqual(figureFindings(funds('全市城乡居民基本养老保险基金收入54.01亿元，支出38.95亿元，滚存结余78.4亿元；职工基本医疗保险基金收入192.62亿元，支出139.45亿元，滚存结余532.92亿元。')), []);
  });

  it('still reports balances that do not make the balance', () => {
    assert.deepEqual(figureFindings(funds('全市城乡居民基本养老保险基金滚存结余54.01亿元；职工基本医疗保险基金滚存结余192.62亿元。')), ['number-sum 588.76亿元']);
  });
});

describe('a difference in a clause giving the cause of a fall (post47b)', () => {
  it('is not the fall of the level', () => {
    assert.deepEqual(figureFindings('农林水支出执行78.67亿元，下降10.94％，主要是2025年结转资金较上年减少9.1亿元导致。'), []);
  });

  it('still reports a difference of the level that does not give the fall', () => {
    assert.deepEqual(figureFindings('农林水支出执行78.67亿元，较上年减少9.1亿元，下降10.94％。'), ['number-ratio 10.94％']);
  });
});

describe('a park with a budget of its own (post47b)', () => {
  const budget = (heading: string, level: string): string =>
    `一、一般公共预算执行情况\n\n2025年全市一般公共预算收入2490.2亿元，增长1.3%。一般公共预算支出2545.8亿元，下降2.2%。\n\n（一）${heading}一般公共预算执行情况\n\n2025年${level}一般公共预算收入432.6亿元，完成预算的104%。\n\n一般公共预算支出279亿元，完成预算的95.1%。`;

  it('is a level of its own under its heading', () => {
    assert.deepEqual(figureFindings(budget('园区', '园区')), []);
  });

  it('still reports the whole’s figures stated twice with no level named', () => {
    assert.deepEqual(figureFindings(budget('', '')), ['number-conflict 432.6亿元', 'number-conflict 279亿元']);
  });
});

describe('a budget’s figure in 亿 to one decimal (post47b)', () => {
  const sources = (share: string): string =>
    `一般公共预算收入6.7亿元，同口径增长6％。一般公共预算可用财力28.9亿元。财力构成是：\n\n（1）一般公共预算收入6.7亿元，占可用财力的${share}％；\n\n（2）返还性及财力性转移支付11.3亿元，占可用财力的39.05％。`;

  it('is rounded: the share was worked out before the rounding', () => {
    assert.deepEqual(figureFindings(sources('23.15')), []);
  });

  it('still reports a share outside the rounding', () => {
    assert.deepEqual(figureFindings(sources('24.15')), ['number-ratio 24.15％']);
  });
});

describe('budget figures in 亿 to two decimals and their balance (post47b)', () => {
  it('leave a balance within their rounding', () => {
    assert.deepEqual(figureFindings('全市国有资本经营预算收入1.94亿元，为预算的99.8%，增长0.2%。全市国有资本经营预算支出1.94亿元，为预算的99.8%，增长3.7%。收支相抵，年终结余结转4万元。'), []);
  });
});

describe('年终结余结转 as the balance of an account (post47b)', () => {
  const account = (balance: string): string =>
    `全市地方一般公共预算收入253.8亿元，为预算的95.4%；加上债务转贷收入、上级补助收入等274.6亿元，收入总计528.4亿元。全市地方一般公共预算支出336.7亿元，为预算的91.2%，加上债务还本支出、上解上级支出等150.1亿元，支出总计486.8亿元。收支相抵，年终结余结转${balance}亿元。`;

  it('is the income less the spending', () => {
    assert.deepEqual(figureFindings(account('41.6')), []);
  });

  it('reports a balance that is not the income less the spending', () => {
    assert.deepEqual(figureFindings(account('37.4')), ['number-sum 37.4亿元']);
  });
});

describe('收入决算结果 as the total of an account (post47b)', () => {
  const account = (result: string): string =>
    `2025年全市国有资本经营预算收入10.47亿元，加上转移性收入等0.90亿元，收入决算结果${result}亿元；国有资本经营预算支出2.09亿元，调出资金7.81亿元，支出决算结果9.90亿元；收支相抵年终结余1.47亿元。`;

  it('is the income and the items added to it', () => {
    assert.deepEqual(figureFindings(account('11.37')), []);
  });

  it('reports a result that is not their sum', () => {
    assert.deepEqual(figureFindings(account('111.37')), ['number-sum 111.37亿元', 'number-sum 1.47亿元']);
  });
});
