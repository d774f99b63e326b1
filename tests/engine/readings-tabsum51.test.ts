// Readings of tabsum51 (issue 12, round 51: table totals the engine missed): the rows after a 其中 row are more of its
// list while the list stays within the row above in every column but one (the same one), up to a row going over it
// everywhere: a slip in one column (a mistyped total) no longer cuts the list short and passes. Each case made up in
// the way the real tables write it, each reported case failing without its reading and each silent case with its guard.

import assert from 'node:assert/strict';
import { findingTexts } from './figure-findings';

describe('a 其中 list read past a slip in one column (tabsum51)', () => {
  const crops = (area: string, output = '12000'): string =>
    `2023年全县农业生产情况如下。\n\n表2 主要农作物生产情况\n\n品种 | 播种面积（亩） | 产量（吨）\n油料作物 | ${area} | ${output}\n其中：花生 | 30000 | 8000\n芝麻 | 12000 | 2500\n油菜籽 | 6000 | 1200\n蔬菜 | 90000 | 150000\n瓜果 | 8000 | 20000\n`;

  it('is silent where the list stays within its row in every column', () => {
    assert.deepEqual(findingTexts(crops('50000'), 'table-sum'), []);
  });

  it('reports a total typed short in one column, its list taken to the row going over it everywhere', () => {
    assert.deepEqual(findingTexts(crops('45000'), 'table-sum'), ['45000']);
  });

  it('reports a total typed short in the other column too', () => {
    assert.deepEqual(findingTexts(crops('50000', '11000'), 'table-sum'), ['11000']);
  });

  const profits = (lastYear: string): string =>
    `表3 规模以上工业企业利润\n\n行业 | 本年利润（万元） | 上年利润（万元）\n制造业 | 500 | ${lastYear}\n其中：食品加工 | 300 | -150\n纺织服装 | 250 | -100\n采矿业 | 900 | 800\n`;

  it('leaves a list whose other column falls below zero (parts of a loss stay “within” whatever they are)', () => {
    assert.deepEqual(findingTexts(profits('-200'), 'table-sum'), []);
  });

  const loans = (rest: string): string =>
    `表4 年末金融机构贷款\n\n指标 | 年末余额（亿元） | 比年初增加（亿元）\n贷款余额 | 500 | 120\n#短期贷款 | 230 | 60\n${rest}中长期贷款 | 260 | 50\n#个人住房贷款 | 90 | 12\n`;

  it('leaves a list of two # rows one after another (the second may be a part of the first)', () => {
    assert.deepEqual(findingTexts(loans('#个人经营贷款 | 40 | 8\n'), 'table-sum'), []);
  });
});
