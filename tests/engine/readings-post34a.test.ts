// Readings of post34a (issue 12, round 34): a bracket after net assets that breaks down the assets; a line of a budget
// account beside the spending, no piece of its list; a ceiling after a list, no item of it; a net measure, no name of its
// gross one; two groups of firms each measured in a sentence of its own; one kind of a debt alone in a bracket, no more
// than the whole. Each case made up, each reported case failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

// made up: a province's public institutions, assets, debts and net assets, the assets by kind of unit in brackets
const assets = (admin: string): string => `全省行政事业性国有资产总额5.2万亿元，负债总额1.1万亿元，净资产4.1万亿元（行政单位资产${admin}，事业单位资产3.6万亿元）。`;

describe('a bracket after net assets breaks down the assets (post34a)', () => {
  it('is silent when the kinds of unit add up to the assets', () => {
    assert.deepEqual(findings(assets('1.6万亿元'), 'number-sum'), []);
  });

  it('reports kinds of unit that do not add up to the assets, on the assets', () => {
    assert.deepEqual(findings(assets('1.2万亿元'), 'number-sum'), ['5.2万亿元']);
  });

  it('still reads a bracket of net assets as parts of the net assets', () => {
    const text = (central: string): string => `全省行政事业性国有资产总额5.2万亿元，负债总额1.1万亿元，净资产4.1万亿元（省级净资产${central}，市县净资产3.2万亿元）。`;
    assert.deepEqual(findings(text('0.9万亿元'), 'number-sum'), []);
    assert.deepEqual(findings(text('0.5万亿元'), 'number-sum'), ['4.1万亿元']);
  });
});

// made up: a city's state capital budget, spending by level, then the money moved out in a sentence of its own
const budget = (own: string): string =>
  `全市国有资本经营预算支出预算数为5.6亿元，决算数为5.2亿元，完成预算的92.9%，其中：市本级支出预算数为${own}，决算数为4.1亿元，完成预算的91.1%；` +
  `对区县转移支付预算数为1.1亿元，决算数为1.1亿元，完成预算的100%。国有资本经营预算调出资金预算数为2.3亿元，决算数为2.3亿元，完成预算的100%。`;

describe('a line of the account beside the spending is no piece of its list (post34a)', () => {
  it('is silent when the money moved out echoes the pieces’ words after the list', () => {
    assert.deepEqual(findings(budget('4.5亿元'), 'number-sum'), []);
  });

  it('still reports pieces of the spending over it', () => {
    assert.deepEqual(findings(budget('4.9亿元'), 'number-sum'), ['5.6亿元']);
  });
});

describe('a ceiling after a list is no item of it (post34a)', () => {
  const debt = (special: string): string => `截至2022年末，全市政府债务余额356.2亿元，包括一般债务余额150.1亿元、专项债务余额${special}，控制在省政府核定的债务限额410亿元之内。`;

  it('is silent when the balance is kept under its limit', () => {
    assert.deepEqual(findings(debt('206.1亿元'), 'number-sum'), []);
  });

  it('still reads a list of limits under a limit', () => {
    const text = (special: string): string => `2023年全市新增债务限额50亿元，包括一般债务限额20亿元、专项债务限额${special}。`;
    assert.deepEqual(findings(text('30亿元'), 'number-sum'), []);
    assert.deepEqual(findings(text('35亿元'), 'number-sum'), ['50亿元']);
  });

  it('still reports a kind of debt over the balance', () => {
    assert.deepEqual(findings(debt('366.1亿元'), 'number-sum'), ['356.2亿元']);
  });
});

describe('a net measure names no gross one (post34a)', () => {
  it('finds no whole for a share of all net assets among the assets', () => {
    const text = '截至2020年末，全省行政事业单位国有资产总额6.2万亿元，其中净资产总额为4.5万亿元，占全部国有净资产总额的28.6%。';
    assert.deepEqual(findings(text, 'number-ratio'), []);
  });

  it('still finds a whole named as the share names it', () => {
    const text = (share: string): string => `全省国有企业实现利润总额150亿元，实现净利润120亿元。省属企业实现净利润60亿元，占全省国有企业净利润的${share}。`;
    assert.deepEqual(findings(text('50%'), 'number-ratio'), []);
    assert.deepEqual(findings(text('40%'), 'number-ratio'), ['40%']);
  });
});

describe('two groups of firms, each measured in a sentence of its own (post34a)', () => {
  it('is silent on one measure given for firms counted apart', () => {
    const text =
      '全省国有企业共2100户，资产总额3.1万亿元。全省共12个集团企业在境外设立56个子公司，年末资产总额86.2亿元，全年实现营业收入90.5亿元。' +
      '全省国有企业在省外投资设立子企业154户，主要投向物流、制造业等行业，年末资产总额512.7亿元。';
    assert.deepEqual(findings(text, 'number-conflict'), []);
  });

  it('still reports one group measured twice', () => {
    const text = '全省共12个集团企业在境外设立56个子公司，年末资产总额86.2亿元，全年实现营业收入90.5亿元。' + '全省共12个集团企业在境外设立56个子公司，主要分布在东南亚，年末资产总额96.2亿元。';
    assert.deepEqual(findings(text, 'number-conflict'), ['96.2亿元']);
  });
});

describe('one kind of a debt alone in a bracket is no more than the whole (post34a)', () => {
  const limits = (special: string): string => `省政府核定我县2023年度政府债务限额42.5亿元。其中新增债务限额3.2亿元（新增专项债务限额${special}）。`;

  it('is silent when the special debt is within the new debt', () => {
    assert.deepEqual(findings(limits('2.8亿元'), 'number-sum'), []);
  });

  it('reports the special debt over the new debt', () => {
    assert.deepEqual(findings(limits('3.5亿元'), 'number-sum'), ['3.2亿元']);
  });

  it('reports bonds written without 亿 under their special bonds', () => {
    const text = '2023年我县举借债务2.6亿元，其中：新增债券2.6元（专项债券2.6亿元）。';
    assert.deepEqual(findings(text, 'number-sum'), ['2.6元']);
  });

  it('is silent on a bracket of last year’s figure', () => {
    const text = '其中新增债务限额3.2亿元（上年新增专项债务限额3.5亿元）。';
    assert.deepEqual(findings(text, 'number-sum'), []);
  });
});
