// Readings of tables46 (issue 12, round 46: table totals that went unchecked): a yearbook table classified two ways at
// once, its total's first run of rows (教育部门 / 其他部门 / 民办) repeated under each area row after it, the run read as
// one cut of the total; a bilingual label's English tail wrapped onto a line of its own (and Supply), which no longer
// ends the rows a row may sum; and the rows indented deeper than a # row ending before the first one larger than it (a
// copy that drifts the table's later rows deeper), so the next measure (人工煤气供气量) reads its own # row; a paragraph right
// after a table tells of it, when a figure names a row of two tables alike (上级补助收入 of the general budget and of the
// fund budget) and agrees with neither; a budget's revenue named by the budget alone (一般公共预算收入) is the 本级收入 row
// of the table whose title names that budget. Each case
// made up in the way the real text writes it, each reported case failing without its reading and each silent case with
// its guard.

import assert from 'node:assert/strict';
import { findingTexts } from './figure-findings';

describe('a total whose first run of rows recurs under each row after it (tables46)', () => {
  const schools = (primary: string, second: readonly string[]): string =>
    `表3 各类学校数\n\n| 项目 | 合计 | 小学 | 初中 | 高中 |\n| --- | --- | --- | --- | --- |\n| 总计 | 1060 | ${primary} | 210 | 50 |\n| 教育部门 | 940 | 720 | 180 | 40 |\n| 其他部门 | 35 | 20 | 10 | 5 |\n| 民办 | 85 | 60 | 20 | 5 |\n| 城区 | 300 | 220 | 60 | 20 |\n| ${second[0]} | 250 | 190 | 45 | 15 |\n| ${second[1]} | 10 | 5 | 3 | 2 |\n| ${second[2]} | 40 | 25 | 12 | 3 |\n| 镇区 | 500 | 380 | 100 | 20 |\n| ${second[0]} | 450 | 350 | 85 | 15 |\n`;
  const owners = ['教育部门', '其他部门', '民办'];

  it('is silent where the run makes up the total', () => {
    assert.deepEqual(findingTexts(schools('800', owners), 'table-sum'), []);
  });

  it('reports a total cut below its run', () => {
    assert.ok(findingTexts(schools('720', owners), 'table-sum').includes('720'));
  });

  it('reads no run whose labels do not recur', () => {
    assert.ok(!findingTexts(schools('720', ['公办', '企业办', '民营']), 'table-sum').includes('720'));
  });
});

describe('an English tail wrapped onto a line of its own (tables46)', () => {
  const employment = (secondary: string, tail: string): string =>
    `表5  年末就业人员数\nTotal Employment at Year-end\n单位：万人           (10 000 persons)\n        Item 2001 2002 2003\n就业人员总计 Total Employment 1000.00 1010.00 1020.00\n第一产业 Primary Industry 500.00 490.00 480.00\n第二产业 Secondary Industry ${secondary} 310.00 320.00\n  采矿业     Mining and Quarrying 20.00 21.00 22.00\n  制造业     Manufacturing 170.00 175.00 180.00\n    Electricity, Gas & Water Production\n      ${tail}\n10.00 11.00 12.00\n  建筑业     Construction 100.00 103.00 106.00\n第三产业 Tertiary Industry 200.00 210.00 220.00\n  批发与零售业     Wholesale and Retail Trade 90.00 95.00 100.00\n  住宿和餐饮业     Hotels and Restaurants 60.00 62.00 64.00\n`;

  it('is silent where the rows make up their row', () => {
    assert.deepEqual(findingTexts(employment('300.00', 'and Supply'), 'table-sum'), []);
  });

  it('reports a row cut below the rows after the tail', () => {
    assert.deepEqual(findingTexts(employment('270.00', 'and Supply'), 'table-sum'), ['270.00']);
  });

  it('takes no line opening with a capital for a tail', () => {
    assert.deepEqual(findingTexts(employment('270.00', 'And Supply'), 'table-sum'), []);
  });
});

describe('the rows deeper than a # row end before one larger than it (tables46)', () => {
  const utilities = (gas: string): string =>
    `17-15 城市公用事业基本情况\n \n指 标 2001 2002 2003 2004 2005\n供水、供气  \n  自来水年供水量（亿吨） 25.67 38.23 35.34 39.25 39.05\n   #生活用水量 6.24 10.52 14.57 17.91 18.59\n    平均每人日生活用水（升） 176.4 225.6 265.6 215.8 211.5\n    用水普及率（%） 91.3 98.9 99.2 94.0 96.3\n    人工煤气供气量（亿立方米） ${gas}\n     #家庭用量 1.59 3.09 3.91 4.09 2.78\n    煤气管道长度（公里） 1118 2041 4277 5620 5320\n    用气普及率（%） 36.8 81.8 95.8 92.0 93.3\n市政工程  \n  年末实有道路长度（公里） 5812 8163 11011 26598 28674\n`;

  it('is silent where the next measure holds its # row', () => {
    assert.deepEqual(findingTexts(utilities('14.27 28.22 36.26 102.79 129.08'), 'table-sum'), []);
  });

  it('reports the next measure smaller than its # row', () => {
    assert.ok(findingTexts(utilities('1.42 28.22 36.26 102.79 129.08'), 'table-sum').includes('1.42'));
  });

  it('leaves a deeper row not larger than the # row in most columns under it', () => {
    const under = utilities('1.42 8.22 6.26 102.79 12.08').replace(/ {4}平均每人日[^\n]*\n {4}用水普及率[^\n]*\n/, '');
    assert.ok(!under.includes('平均每人日'));
    assert.ok(!findingTexts(under, 'table-sum').includes('1.42'));
  });
});

describe('a paragraph right after a table tells of it (tables46)', () => {
  const budget = (grant: string, between = ''): string =>
    `（一）全县预算执行情况\n\n1. 全县一般公共预算\n\n2024年全县一般公共预算收支平衡表\n\n单位：万元\n\n| 收入 | 执行数 |\n| --- | --- |\n| 总计 | 600000 |\n| 一、本级收入 | 140000 |\n| 二、上级补助收入 | 460000 |\n\n${between}——全县一般公共预算收入完成14亿元。加上上级补助收入${grant}，收入总计60亿元。\n\n2. 全县政府性基金预算\n\n2024年全县政府性基金预算收支平衡表\n\n单位：万元\n\n| 收入 | 执行数 |\n| --- | --- |\n| 总计 | 150000 |\n| 一、本级收入 | 120000 |\n| 二、上级补助收入 | 30000 |\n\n——全县政府性基金预算收入完成12亿元。\n`;

  it('is silent where the figure restates the table above', () => {
    assert.deepEqual(findingTexts(budget('46亿元'), 'table-restatement'), []);
  });

  it('reports a figure off the table above', () => {
    assert.deepEqual(findingTexts(budget('41亿元'), 'table-restatement'), ['41亿元']);
  });

  it('reads no table a numbered heading stands after', () => {
    assert.deepEqual(findingTexts(budget('41亿元', '（二）收支说明\n\n'), 'table-restatement'), []);
  });
});

describe('a budget named alone is its own row of the table titled by it (tables46)', () => {
  const balance = (revenue: string, title: string): string =>
    `1. 全县一般公共预算\n\n${title}\n\n单位：万元\n\n| 收入 | 执行数 |\n| --- | --- |\n| 总计 | 600000 |\n| 一、本级收入 | 140000 |\n| 二、上级补助收入 | 460000 |\n\n——全县一般公共预算收入完成${revenue}，增长5.1%。\n`;

  it('is silent where the revenue is the 本级收入 row', () => {
    assert.deepEqual(findingTexts(balance('14亿元', '2024年全县一般公共预算收支平衡表'), 'table-restatement'), []);
  });

  it('reports a revenue off the 本级收入 row', () => {
    assert.deepEqual(findingTexts(balance('12亿元', '2024年全县一般公共预算收支平衡表'), 'table-restatement'), ['12亿元']);
  });

  it('reads no table titled by another budget', () => {
    assert.deepEqual(findingTexts(balance('12亿元', '2024年全县政府性基金预算收支平衡表'), 'table-restatement'), []);
  });
});
