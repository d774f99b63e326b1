// Readings of post33b (issue 12, round 33, after heldout109's first run): a share of the total cases (占总案件的) when a
// monthly return states the cases received and, after 其中, those put on file; a count past a bar (5万元以上…案件) is
// not the count without it restated; a one-row return with no row labels (警告 | 罚款 | … | 合计); two months side by
// side (6月受理数 | 7月受理数 | 增/减幅). Each case made up, each reported case failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

describe('a share of the total cases, received or put on file (post33b)', () => {
  // made up: a county's monthly return of city-management cases, the shares of its sources over the 立案 count
  const cases = (first: string, second: string): string =>
    `11月共受理各类城市管理案件820件，其中立案760件，应结案731件，结案702件。\n\n1、网格员巡查上报684件，占总案件的${first};\n\n2、热线转办76件，占总案件的${second}。`;
  const kinds = (share: string): string =>
    `10月共受理城市管理案件640件，其中立案600件，应结案580件，结案566件。受理的各类案件中，事件类有效立案数共570件，占总案件量的${share}，其中应结案数为552件；部件类有效立案数为30件，占总案件量的5%。`;

  it('is silent on shares that hold against the count put on file (立案)', () => {
    assert.deepEqual(findings(cases('90%', '10%'), 'number-ratio'), []);
    assert.deepEqual(findings(kinds('95%'), 'number-ratio'), []);
    assert.deepEqual(findings(kinds('95%'), 'number-sum'), []);
  });

  it('still reports a share that holds against neither total', () => {
    assert.deepEqual(findings(cases('95%', '10%'), 'number-ratio'), ['95%']);
    assert.deepEqual(findings(kinds('92%'), 'number-ratio'), ['92%']);
  });
});

describe('a count past a bar is a subset, not a restatement (post33b)', () => {
  // made up, in 繁體 as such bulletins are published: a tobacco bureau's campaign, the cases of each kind and those of
  // a value over a bar
  const cases = (bar: string): string =>
    `近期，省煙草專賣局在全省開展卷煙市場集中整治行動。行動期間，全省共查獲涉煙違法案件2860起，違法卷煙9030萬支，案值10886萬元。其中真煙案件2130起；假煙案件690起；走私煙案件40起。共查獲${bar}案件520起。${bar}真煙案件460起，假煙案件52起，走私煙案件8起。`;

  it('is silent on 案值超5萬元以上真煙案件 beside 真煙案件', () => {
    assert.deepEqual(findings(cases('案值超5萬元以上'), 'number-conflict'), []);
  });

  it('still compares two counts past the same bar', () => {
    const twice = `${cases('案值超5萬元以上')}\n\n此次行動，案值超5萬元以上真煙案件480起。`;
    assert.deepEqual(findings(twice, 'number-conflict'), ['480起']);
  });
});

describe('a one-row return with no row labels (post33b)', () => {
  // made up: a county's penalties by kind in one row, with their 合计
  const table = (total: string): string =>
    `表一\n\n某县2024年度行政处罚实施情况统计表\n\n警告、通报批评 | 罚款 | 没收违法所得 | 吊销许可证、执照 | 行政拘留 | 合计（宗） | 罚没金额（万元） |\n| --- | --- | --- | --- | --- | --- | --- |\n| 8200 | 61500 | 140 | 75 | 320 | ${total} | 1210.5 |\n`;

  it('counts the first column too: silent when the row adds up', () => {
    assert.deepEqual(findings(table('70235'), 'table-sum'), []);
  });

  it('reports a 合计 the row does not add up to', () => {
    assert.deepEqual(findings(table('70335'), 'table-sum'), ['70335']);
  });
});

describe('two months side by side (post33b)', () => {
  // made up: a city's cases by source, this month against the month before, with a rate of increase or decrease
  const table = (rate: string): string =>
    `8月份，系统共受理案件9870宗。\n\n案件来源 | 7月受理数（宗） | 8月受理数（宗） | 增/减幅（%） |\n| --- | --- | --- | --- |\n| 信息采集 | 8000 | 8400 | ${rate} |\n| 热线转办 | 500 | 450 | -10.00% |\n| 其他 | 1000 | 1020 | 2.00% |\n| 合计 | 9500 | 9870 | 3.89% |\n`;

  it('is silent when each 增/减幅 is the later month over the earlier', () => {
    assert.deepEqual(findings(table('5.00%'), 'table-change'), []);
  });

  it('reports a 增/减幅 that does not follow from the two months', () => {
    assert.deepEqual(findings(table('4.76%'), 'table-change'), ['4.76%']);
  });

  it('reads no order across a year’s end (12月 | 1月)', () => {
    const wrap = table('4.76%').replace('7月受理数', '12月受理数').replace('8月受理数', '1月受理数');
    assert.deepEqual(findings(wrap, 'table-change'), []);
  });
});
