// Readings of restate39 (issue 12, round 39, the table restatements missed): a table set out as two halves of
// label | figure whose figure headings differ (基础指标 | 案件数 | 比率指标 | 数值); a paragraph leading into its table,
// whose figures are of that table when several tables have the same rows; a row named by an act and 数 (立案数) for the
// text's act (立案). Each case made up, each reported case failing without its reading and each silent case with its
// guard removed.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const tableFindings = (text: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === 'table-restatement')
    .map((f) => text.slice(f.offset, f.endOffset));

// made up: a weekly report of a city's digital management platform, all cases and then the regular ones, each
// paragraph followed by its table
const weekly = (allRate: string, regularRate: string, allDispatched: string, between = ''): string =>
  `每周运行分析报告（2024年5月6日至5月12日）\n` +
  `（一）全市案件统计\n` +
  `2024年5月6日至5月12日全市共受理案件20000，立案19800件，立案率99.00%；派遣${allDispatched}件，派遣率${allRate}；结案15000件，结案率75.76%。\n` +
  `本周全市数字城管案件统计表\n` +
  `基础指标 | 案件数 | 比率指标 | 数值 |\n` +
  `受理数 | 20000 | ||\n` +
  `立案数 | 19800 | 立案率 | 99.00% |\n` +
  `派遣数 | 19000 | 派遣率 | 95.96% |\n` +
  `结案数 | 15000 | 结案率 | 75.76% |\n` +
  `（二）常规案件统计\n` +
  `其中全市共受理常规案件8000件，立案7900件，立案率98.75%；派遣7500件，派遣率${regularRate}；结案6000件，结案率75.95%。\n` +
  between +
  `本周全市数字城管常规案件统计表\n` +
  `基础指标 | 案件数 | 比率指标 | 数值 |\n` +
  `受理数 | 8000 | ||\n` +
  `立案数 | 7900 | 立案率 | 98.75% |\n` +
  `派遣数 | 7500 | 派遣率 | 94.94% |\n` +
  `结案数 | 6000 | 结案率 | 75.95% |\n`;

describe('a paragraph leading into its table, of two tables with the same rows (restate39)', () => {
  it('is silent when every figure agrees with the table after its paragraph', () => {
    assert.deepEqual(tableFindings(weekly('95.96%', '94.94%', '19000')), []);
  });

  it('reports a rate that agrees with neither table against the table its paragraph leads into', () => {
    // (94.94% is the second table's and 95.96% the first's: 90.94% names both rows 派遣率 and agrees with none)
    assert.deepEqual(tableFindings(weekly('95.96%', '90.94%', '19000')), ['94.94%']);
  });

  it('reports an act counted in a row named by the act and 数, listed after another act (立案…，派遣 for 派遣数)', () => {
    // (18000 agrees with neither 派遣数 row, 19000 or 7500: the first table's, after its paragraph)
    assert.deepEqual(tableFindings(weekly('95.96%', '94.94%', '18000')), ['19000']);
  });

  it('is silent when a paragraph stands between the figure and the table: it leads into no table', () => {
    const note = '常规案件不包括四乱案件，各区数字另见附表。\n';
    assert.deepEqual(tableFindings(weekly('95.96%', '90.94%', '19000', note)), []);
  });
});

describe('a table of two halves of label | figure under different figure headings (restate39)', () => {
  // made up: one table only, its rates on the right half
  const one = (rate: string): string =>
    `本周全市共受理案件20000件，立案19800件，立案率${rate}；派遣19000件，派遣率95.96%。\n` +
    `本周全市数字城管案件统计表\n` +
    `基础指标 | 案件数 | 比率指标 | 数值 |\n` +
    `受理数 | 20000 | ||\n` +
    `立案数 | 19800 | 立案率 | 99.00% |\n` +
    `派遣数 | 19000 | 派遣率 | 95.96% |\n`;

  it('is silent when the rates agree with the right half', () => {
    assert.deepEqual(tableFindings(one('99.00%')), []);
  });

  it('reports a rate against its row of the right half', () => {
    assert.deepEqual(tableFindings(one('97.00%')), ['99.00%']);
  });

  it('keeps a table as one when its label headings name no kind of label (名称 | 数量 | 规格 | 金额)', () => {
    // (规格 is a column of the goods' rows, not a second table's labels: 水泵's 金额 is 300)
    const goods = (pump: string): string =>
      `本次采购共计420万元。水泵金额${pump}万元，阀门金额120万元。\n采购明细表\n单位：万元\n名称 | 数量 | 规格 | 金额 |\n水泵 | 20 | 大型 | 300 |\n阀门 | 50 | 中型 | 120 |\n`;
    assert.deepEqual(tableFindings(goods('300')), []);
    assert.deepEqual(tableFindings(goods('310')), ['300']);
  });
});
