// Readings of tables41 (issue 12, round 41; readings-tables41.test.ts is round 37’s): a monthly return's heading of two lines, the month's 完成情况 merged over
// its 任务数 | 完成数 | 完成率 and 增/减 over the difference and its 幅度, pasted as pipe rows or one cell per line; the
// difference beside its growth read against the same two levels. Each case made up, each silent case failing without
// its reading and each reported case with its guard.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings, findingTexts as findings } from './figure-findings';

// made up: a city's districts, cases done in May against the task and against April
const rows = (growth: string, difference: string, total: string): string[][] => [
  ['甲区', '1000', '1100', '110.00%', '1000', '100', '10.00%'],
  ['乙区', '800', '760', '95.00%', '800', '-40', growth],
  ['丙区', '500', '550', '110.00%', '440', difference, '25.00%'],
  ['合 计', '2300', total, '104.78%', '2240', '170', '7.59%'],
];
const heading = [
  ['单 位', '5月完成情况', '4月完成数', '增/减'],
  ['任务数', '完成数', '完成率', '（件）', '幅度'],
];

const piped = (growth = '-5.00%', difference = '110', total = '2410'): string =>
  `某市各区案件办理情况表\n\n${[...heading, ...rows(growth, difference, total)].map((r) => `${r.join(' | ')} |`).join('\n')}\n`;

const stacked = (growth = '-5.00%', difference = '110', total = '2410'): string =>
  `某市各区案件办理情况表\n\n${[...heading, ...rows(growth, difference, total)]
    .flat()
    .map((c) => `${c} |`)
    .join('\n')}\n`;

describe('a monthly return’s heading of 完成情况 and 增/减 over their columns (tables41)', () => {
  for (const [form, table] of [
    ['pipe rows', piped],
    ['one cell per line', stacked],
  ] as const) {
    it(`reads the columns of a table pasted as ${form}: silent when it holds`, () => {
      assert.deepEqual(figureFindings(table()), []);
    });

    it(`reports a growth the two months do not give (${form})`, () => {
      assert.deepEqual(findings(table('-6.00%'), 'table-change'), ['-6.00%']);
    });

    it(`reports a difference the two months do not give (${form})`, () => {
      assert.deepEqual(findings(table('-5.00%', '120'), 'table-change'), ['120']);
    });

    it(`reports a 合计 the districts do not add up to (${form})`, () => {
      assert.deepEqual(findings(table('-5.00%', '110', '2400'), 'table-sum'), ['2400']);
    });
  }
});

describe('a growth that is its stated difference over the earlier level (tables41)', () => {
  it('leaves the growth alone when the levels are wrong: the difference is reported', () => {
    // 合计 完成数 written as April's 2240: 2240 − 2240 = 0, not 170; 170 ÷ 2240 is the 7.59% written
    const text = piped('-5.00%', '110', '2240');
    assert.deepEqual(findings(text, 'table-change'), ['170']);
  });
});

// made up: a city's management cases, this month against the month before and the same month a year before
const monthly = (mom: string, yoy: string): string =>
  `表1：城市管理问题简要分析表\n\n${[
    ['类型', '10月（件）', '9月（件）', '环比（%）', '2022年', '10月（件）', '同比（%）'],
    ['发现问题数', '1200', '1000', '↑20.00%', '1500', '↓20.00%'],
    ['事件总数', '900', '1000', '↓10.00%', '800', yoy],
    ['部件总数', '300', '250', mom, '400', '↓25.00%'],
  ]
    .flat()
    .map((c) => `${c}\n`)
    .join('\n')}`;

describe('a heading cell broken after its year, copied one cell per line (tables41)', () => {
  it('reads 2022年 / 10月（件） as one column, the month a year before: silent when it holds', () => {
    assert.deepEqual(figureFindings(monthly('↑20.00%', '↑12.50%')), []);
  });

  it('reports a 环比 the two months do not give', () => {
    assert.deepEqual(findings(monthly('↑25.00%', '↑12.50%'), 'table-change'), ['↑25.00%']);
  });

  it('reports a 同比 against the same month of the year before', () => {
    assert.deepEqual(findings(monthly('↑20.00%', '↑15.00%'), 'table-change'), ['↑15.00%']);
  });
});
