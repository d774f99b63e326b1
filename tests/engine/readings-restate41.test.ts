// Readings of restate41 (issue 12, round 41, the restatements missed): a table that sets its periods down the rows
// (10月 | 11月, 2024年 | 2023年) and its measures across; a figure keyed by a sibling that is itself a row of the table
// (税收收入 before 非税收入, rows 税收 and 非税); a stock told at 年末 and a loan named without its 余额; a statement of a
// one-year draft written again with the same last words and no period of its own. Each case made up, each reported
// case failing without its reading and each silent case with its guard removed.

import assert from 'node:assert/strict';
import { findingTexts as findings } from './figure-findings';

// made up: a district's hotline, two months side by side, the periods down the rows
const months = (lead: string, first: string, property: string): string =>
  `某区12345热线工单情况通报\n\n` +
  `${lead}共受理转办工单${first}件，其中城市管理类362件，占比29.0%；物业管理类${property}件，占比23.7%。\n\n` +
  `11月共受理转办工单1258件，其中城市管理类337件，占比26.8%；物业管理类259件，占比20.6%。\n\n` +
  `| 月份 | 受理转办工单总数 | 城市管理类工单数量 | 物业管理类工单数量 |\n` +
  `| --- | --- | --- | --- |\n` +
  `| 10月 | 1247 | 362 | 295 |\n` +
  `| 11月 | 1258 | 337 | 259 |\n`;

describe('a table whose rows are periods (restate41)', () => {
  it('is silent when each month’s figures agree with its row', () => {
    assert.deepEqual(findings(months('10月', '1247', '295'), 'table-restatement'), []);
  });

  it('reports a month’s total against the cell of its row and column', () => {
    assert.deepEqual(findings(months('10月', '1240', '295'), 'table-restatement'), ['1247']);
  });

  it('reads a later figure of the sentence by the month the sentence opens with', () => {
    assert.deepEqual(findings(months('10月', '1247', '290'), 'table-restatement'), ['295']);
  });

  it('leaves a figure of no month beside rows of months', () => {
    assert.deepEqual(findings(months('', '1300', '295'), 'table-restatement'), []);
  });
});

// made up: a county's farm output, this year and last down the rows
const years = (farm: string, last: string): string =>
  `某县2024年农业农村经济运行情况\n\n` +
  `分行业看，农业产值${farm}万元，牧业产值15448.23万元。2023年农业产值${last}万元。\n\n` +
  `2024年农业总产值分行业对比\n单位：万元\n\n` +
  `| 年份 | 农业产值 | 牧业产值 |\n` +
  `| --- | --- | --- |\n` +
  `| 2024年 | 32492.84 | 15448.23 |\n` +
  `| 2023年 | 25886.76 | 10245.2 |\n`;

describe('a table whose rows are years (restate41)', () => {
  it('is silent when the figures agree with the rows of their years', () => {
    assert.deepEqual(findings(years('32492.84', '25886.76'), 'table-restatement'), []);
  });

  it('reads a figure of no year as the latest year’s', () => {
    assert.deepEqual(findings(years('30000', '25886.76'), 'table-restatement'), ['32492.84']);
  });

  it('reads a figure of a year named as that year’s row', () => {
    assert.deepEqual(findings(years('32492.84', '25000'), 'table-restatement'), ['25886.76']);
  });
});

// made up: a county's budget, the table in 万元, the text in 亿元, its parts listed after 其中
const budget = (nonTax: string): string =>
  `某县一般公共预算收支平衡表\n单位：万元\n\n` +
  `| 收入 | 执行数 |\n` +
  `| --- | --- |\n` +
  `| 一、本级收入 | 260586 |\n` +
  `| 税收 | 122525 |\n` +
  `| 非税 | 138061 |\n\n` +
  `全县一般公共预算收入完成26.06亿元，增长17.6%。其中：税收收入12.25亿元，增长4.7%；非税收入${nonTax}亿元，增长32.1%。\n`;

describe('a figure keyed by a sibling that is a row of the table (restate41)', () => {
  it('is silent when the second item agrees with its own row', () => {
    assert.deepEqual(findings(budget('13.81'), 'table-restatement'), []);
  });

  it('reports the second item against its own row', () => {
    assert.deepEqual(findings(budget('12.81'), 'table-restatement'), ['138061']);
  });
});

// made up: a city's statistical communiqué, population at the year's end and bank balances
const stocks = (people: string, loans: string): string =>
  `某市2024年国民经济和社会发展统计公报\n\n` +
  `年末全市常住人口${people}万人，比上年增加5.2万人。年末金融机构各项贷款余额1662.8亿元，其中，短期贷款${loans}亿元，增长7.6%。\n\n` +
  `| 指标 | 年末数（万人） |\n` +
  `| --- | --- |\n` +
  `| 全市常住人口 | 3213.34 |\n` +
  `| 城镇 | 2280.32 |\n\n` +
  `| 指标 | 年末数（亿元） |\n` +
  `| --- | --- |\n` +
  `| 各项贷款余额 | 1662.8 |\n` +
  `| 其中：短期贷款余额 | 705.4 |\n`;

describe('a stock told at 年末, a loan named without its 余额 (restate41)', () => {
  it('is silent when both agree with their rows', () => {
    assert.deepEqual(findings(stocks('3213.34', '705.4'), 'table-restatement'), []);
  });

  it('reads 年末全市常住人口 as the row 全市常住人口', () => {
    assert.deepEqual(findings(stocks('3203.34', '705.4'), 'table-restatement'), ['3213.34']);
  });

  it('reads 短期贷款 as the row 短期贷款余额', () => {
    assert.deepEqual(findings(stocks('3213.34', '700.4'), 'table-restatement'), ['705.4']);
  });
});

// made up: a ministry's news of one year, the lead's sentence written again in the body with more words before it
const marriages = (again: string): string =>
  `民政部：2016年全国办理结婚登记1142.8万对\n\n` +
  `2016年，全国各级民政部门和婚姻登记机构共依法办理结婚登记1142.8万对，比上年下降6.7%。\n\n` +
  `据公告，各级民政部门和婚姻登记机构共依法办理结婚登记${again}万对，结婚率为8.3‰。\n`;

// made up: a province's communiqué of one year on its elderly, the count written twice in other words
const centenarians = (first: string, again: string): string =>
  `浙江省2016年老年人口和老龄事业统计公报\n\n2016年，全省${first}百岁老人2307人，其中女性1800人。\n\n据统计，全省${again}百岁老人2300人，居全国前列。\n`;

describe('a statement of a one-year draft written again with the same last words (restate41)', () => {
  it('is silent when the two agree', () => {
    assert.deepEqual(findings(marriages('1142.8'), 'number-conflict'), []);
  });

  it('reports the second against the first', () => {
    assert.deepEqual(findings(marriages('1042.8'), 'number-conflict'), ['1042.8万对']);
  });

  it('compares the clause written again word for word', () => {
    assert.deepEqual(findings(centenarians('共有', '共有'), 'number-conflict'), ['2300人']);
  });

  it('leaves a clause that shares fewer than eight last characters (全省有百岁老人 / 全省共有百岁老人)', () => {
    assert.deepEqual(findings(centenarians('有', '共有'), 'number-conflict'), []);
  });
});
