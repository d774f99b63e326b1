// Readings of budget47 (issue 12, round 47): a budget and its outturn (批准的…预算收入为53.03亿元，实际完成53.68亿元) read
// once with the figures — the budget set (scope 预算), the outturn named by the budget's words — so that the outturn is
// restated in the account of income and spending, named 一般公共预算支出 after 支出预算, and is the whole of the shares
// of its name, while the budget, however it is named, is none of these. Each case made up the way heldout161's final
// accounts write; each silent case failing without the reading and each reported case with its guard.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings, arithmeticFindings } from './figure-findings';

describe('an outturn restated in the account of income and spending (budget47)', () => {
  const account = (income: string, spending: string, total: string, carried: string): string =>
    `关于某市2025年财政决算的报告\n\n市人代会批准的全市2025年一般公共预算收入为53.03亿元，实际完成53.68亿元，为年初预算的101.2%。支出预算为155.32亿元，实际完成174.24亿元，为年初预算的112.2%。\n\n全市一般公共预算收支平衡情况：全市一般公共预算收入${income}亿元，上级补助收入128亿元，总收入${total}亿元；一般公共预算支出${spending}亿元，结转下年支出${carried}亿元，总支出${total}亿元。`;

  it('is the outturn stated again, not the budget', () => {
    assert.deepEqual(figureFindings(account('53.68', '174.24', '181.68', '7.44')), []);
  });

  it('reports an income in the account other than the outturn', () => {
    assert.deepEqual(figureFindings(account('53.86', '174.24', '181.86', '7.62')), ['number-conflict 53.86亿元']);
  });

  it('names the outturn of 支出预算 by the income before it: 一般公共预算支出', () => {
    assert.deepEqual(figureFindings(account('53.68', '174.42', '181.68', '7.26')), ['number-conflict 174.42亿元']);
  });
});

describe('a budget named as its outturn is (budget47)', () => {
  const county = (restated: string): string =>
    `关于某县2025年财政决算的报告\n\n全县2025年一般公共预算收入为18.63亿元，实际完成10.93亿元，为年初预算的58.7%。\n\n全县一般公共预算收支平衡情况：全县一般公共预算收入${restated}亿元，上级补助收入28.45亿元。`;

  it('is set: the outturn stated again is no conflict with it', () => {
    assert.deepEqual(figureFindings(county('10.93')), []);
  });

  it('reports another value against the outturn, not the budget', () => {
    const found = arithmeticFindings(county('11.93'));
    assert.equal(found.length, 1);
    assert.match(found[0]!, /^number-conflict: .*11\.93亿元.*10\.93亿元/);
  });
});

describe('the shares of an outturn’s name (budget47)', () => {
  const shares = (tax: string): string =>
    `关于某市2025年财政决算的报告\n\n市人代会批准的全市2025年一般公共预算收入为53.03亿元，实际完成53.68亿元，为年初预算的101.2%。其中：税收收入完成29.52亿元，占一般公共预算收入的比重为${tax}%；非税收入完成24.16亿元，占比45%。`;

  it('are of the outturn, not of the budget before it', () => {
    assert.deepEqual(figureFindings(shares('55')), []);
  });

  it('reports a share that is not the part over the outturn', () => {
    const found = arithmeticFindings(shares('65'));
    assert.equal(found.length, 1);
    assert.match(found[0]!, /^number-ratio: .*29\.52亿元 ÷ 53\.68亿元/);
  });
});

describe('an account’s item named by the budget it is of (budget47)', () => {
  const account = (income: string, debt: string, spending: string, left: string): string =>
    `关于某市2025年财政决算的报告\n\n2025年全市一般公共预算收入77.2亿元，为调整预算的105.4%，同比增长6.5%。全市一般公共预算支出187.8亿元，为调整预算的79.9%。\n\n全市一般公共预算收支平衡情况：总收入318.7亿元，其中：一般公共预算收入${income}亿元，上级补助收入131亿元，债务转贷收入${debt}亿元。总支出318.7亿元，其中：一般公共预算支出${spending}亿元，上解上级支出30.6亿元，年终结余${left}亿元。`;

  it('is the budget’s whole income stated again', () => {
    assert.deepEqual(figureFindings(account('77.2', '110.5', '187.8', '100.3')), []);
  });

  it('reports an income item other than the income stated before', () => {
    assert.deepEqual(figureFindings(account('77.7', '110.0', '187.8', '100.3')), ['number-conflict 77.7亿元']);
  });

  it('reports a spending item other than the spending stated before', () => {
    assert.deepEqual(figureFindings(account('77.2', '110.5', '178.8', '109.3')), ['number-conflict 178.8亿元']);
  });
});

describe('an outturn opening the sentence after its budget (budget47)', () => {
  const adjusted = (rate: string): string =>
    `关于某市2024年财政预算执行情况的报告\n\n年初市级一般公共预算支出70.8亿元，执行中因上级补助增加，经市人大常委会批准，支出预算调整为79.4亿元（其中：开发区9.8亿元）。实际完成74.2亿元（其中：开发区9.7亿元），为调整预算的${rate}%，增长7.4%。`;

  it('is over the budget ending the sentence before', () => {
    assert.deepEqual(figureFindings(adjusted('93.5')), []);
  });

  it('reports a percentage of the budget that is not the outturn over it', () => {
    assert.deepEqual(figureFindings(adjusted('98.5')), ['number-ratio 98.5%']);
  });

  const named = (restated: string): string =>
    `关于某市2025年财政决算的报告\n\n市人代会批准的全市2025年一般公共预算支出预算为75.28亿元，执行中进行了调整，调整后的支出预算为78.62亿元，比年初预算增加3.34亿元。一般公共预算支出实际完成54.45亿元，为调整预算的69.3%。\n\n全市一般公共预算收支平衡情况：一般公共预算支出${restated}亿元，上解上级支出13.29亿元。`;

  it('keeps its own name before 实际完成, restated in the account', () => {
    assert.deepEqual(figureFindings(named('54.45')), []);
  });

  it('reports the account’s spending other than the outturn', () => {
    assert.deepEqual(figureFindings(named('54.54')), ['number-conflict 54.54亿元']);
  });
});

describe('a task followed by ，实际完成 (budget47)', () => {
  const task = (rate: string): string => `今年全县造林全年任务为25万亩，实际完成25.25万亩，完成率${rate}%。`;

  it('is set by its own words, its completion rate read as before', () => {
    assert.deepEqual(figureFindings(task('101')), []);
  });

  it('still reports a completion rate that is not the outturn over the task', () => {
    assert.deepEqual(figureFindings(task('111')), ['number-ratio 111%']);
  });
});

describe('the budgets just approved, summed (merge of round 47)', () => {
  const summed = (approved: string, outturn: string): string =>
    `2025年全市预算经市人大会议审查批准后，各县（市、区）人民代表大会相继${approved}。经汇总，2025年全市一般公共预算收入为335.79亿元，一般公共预算支出为647.05亿元。\n\n2025年全市一般公共预算收入完成${outturn}亿元，下降16.25％。`;

  it('are budgets, not the outturns stated later under the same names', () => {
    assert.deepEqual(figureFindings(summed('批准了本级预算', '278.26')), []);
  });

  it('without the approval before them, are the year’s income stated twice', () => {
    assert.deepEqual(figureFindings(summed('召开了本级人代会', '278.26')), ['number-conflict 278.26亿元']);
  });
});
