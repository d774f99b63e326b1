// Tables read on the layouts real pages paste (issue 12), round 30 (tables36): a yearbook column split two ways
// after it (按性别分, then 按农业和非农业分), its headings lost in two languages; and rows that add up to their whole in
// every column but one, where the short column's parts repeat the column before's. Each case made up, each reported
// case failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string | RegExp): string[] =>
  check(text)
    .findings.filter((f) => (typeof rule === 'string' ? f.rule === rule : rule.test(f.rule)))
    .map((f) => text.slice(f.offset, f.endOffset))
    .filter((t, i, all) => all.indexOf(t) === i);

// made up: a city's yearbook, households and population over ten years, the population split by sex and again by
// 农业/非农业, the headings over five lines in two languages (the columns read by their arithmetic)
const population = (cells: Record<string, string> = {}): string => `表2-1 历年总户数和总人口
Households and Population Over The Years
单位：万户，万人（10000 households,10000 persons）
年份 总户数 总人口 其中 of Which
按性别分 按农业和非农业分
By Sex By Agriculture & Non-agriculture
Total Total 男性 女性 农业人口 非农业人口
Year  Households  Population Male Female Agriculture Non-agriculture
2001 103.62 300.50 152.35 148.15 240.40 60.10
2002 104.78 303.87 154.06 149.81 240.00 63.87
2003 105.94 307.24 155.77 151.47 239.59 67.65
2004 107.11 310.61 157.48 153.13 239.19 ${cells.n2004 ?? '71.42'}
2005 108.27 313.98 159.19 154.79 238.78 75.20
2006 109.43 317.35 160.90 156.45 238.38 ${cells.n2006 ?? '78.97'}
2007 110.59 320.72 162.61 158.11 237.98 82.74
2008 111.76 324.09 164.31 159.78 237.57 ${cells.n2008 ?? '86.52'}
2009 112.92 327.46 166.02 161.44 237.17 90.29
2010 114.08 330.83 167.73 163.10 236.76 ${cells.n2010 ?? '94.07'}
`;

describe('readings (tables36): a column split a second way by the columns after its first split', () => {
  it('reads the table as written without a finding', () => {
    assert.deepEqual(findings(population(), /^table-/), []);
  });

  it('flags the year whose 农业 and 非农业 do not make up the population', () => {
    // 239.19 + 64.42 = 303.61, not 310.61
    assert.deepEqual(findings(population({ n2004: '64.42' }), 'table-sum'), ['310.61']);
  });

  it('still reads the split with a slip in two years of ten', () => {
    assert.deepEqual(findings(population({ n2004: '64.42', n2008: '86.25' }), 'table-sum'), ['310.61', '324.09']);
  });

  it('says nothing where the columns after the first split miss the population in three years of ten', () => {
    // three failing rows against seven holding: not four holding for each failing, no second split read
    assert.deepEqual(findings(population({ n2004: '64.42', n2006: '78.79', n2008: '86.25' }), 'table-sum'), []);
  });
});

// made up: a province's grain output by crop in three years, 稻谷 over its three seasons
const grain = (late2024 = '201.30', mid2024 = '180.12'): string => `8-17 各类粮食产量
| 单位：万吨 | | | |
| 项 目 | 2022 | 2023 | 2024 |
| 合 计 | 640.55 | 652.18 | 648.02 |
| 按品种分 | | | |
| 稻谷 | 512.40 | 520.07 | 516.88 |
| 早稻 | 130.25 | 135.62 | 128.31 |
| 中稻 | 176.33 | 180.12 | ${mid2024} |
| 晚稻 | 205.82 | 204.33 | ${late2024} |
| 甘薯 | 90.11 | 92.36 | 91.40 |
| 豆类 | 38.04 | 39.75 | 39.74 |
`;

describe('readings (tables36): rows short of their whole in one column whose parts repeat the column before', () => {
  it('reads the table as written without a finding', () => {
    // 2024: 128.31 + 180.12 + 201.30 = 509.73 is short of 516.88 … so the figures as written are first made to add up
    assert.deepEqual(findings(grain('208.45'), /^table-/), []);
  });

  it('flags 稻谷 where the short year repeats the year before in 中稻 and 晚稻', () => {
    // 128.31 + 180.12 + 204.33 = 512.76, not 516.88; 180.12 and 204.33 are 2023's
    assert.deepEqual(findings(grain('204.33'), 'table-sum'), ['516.88']);
  });

  it('says nothing where the short year repeats no part of its neighbour (a kind the rows may leave out)', () => {
    // 128.31 + 180.13 + 204.34 = 512.78: short, but no part written as in 2023
    assert.deepEqual(findings(grain('204.34', '180.13'), 'table-sum'), []);
  });
});

// made up: a city's hotline cases by county, every case closed (处理中 0 in every row)
const hotline = (cells: Record<string, string> = {}): string => `二、各县区办理情况

| 承办县区 | 总件数 | 处理中 | 已办结 | 办结率 |
| --- | --- | --- | --- | --- |
| 东城区 | ${cells.east ?? '61'} | 0 | 61 | 100% |
| 西城县 | 35 | 0 | 35 | 100% |
| 南山县 | 27 | 0 | 27 | 100% |
| 北湖区 | 19 | 0 | 19 | 100% |
| 中河县 | 12 | 0 | 12 | 100% |
| 总计 | 154 | 0 | 154 | 100% |
`;

describe('readings (tables36): a count of cases and the two states its cases are in', () => {
  it('reads the table as written without a finding', () => {
    assert.deepEqual(findings(hotline(), /^table-/), []);
  });

  it('flags the county whose 总件数 is not its cases in process and closed', () => {
    // 0 + 61 = 61, not 55 (the 总计 column sum fails too)
    assert.deepEqual(findings(hotline({ east: '55' }), 'table-sum'), ['55', '154']);
  });

  it('reads no such sum where the columns are not the two states of a case', () => {
    const text = hotline({ east: '55' }).replace('| 处理中 |', '| 不满意 |');
    assert.deepEqual(findings(text, 'table-sum'), ['154']);
  });
});

// made up: the same table on a page in 繁體 with pinyin glosses (總件數: a count, exact as written)
const hotlineTraditional = (rate = '100%'): string => `| 承辦縣區（qū） | 總件數（shù） | 處理中 | 已辦結（jié） | 辦結（jié）率 |
| --- | --- | --- | --- | --- |
| 東城區（qū） | 61 | 0 | 61 | 100% |
| 西城縣 | 35 | 0 | 35 | 100% |
| 南山縣 | 27 | 0 | 27 | 100% |
| 北湖區（qū） | 19 | 0 | 19 | 100% |
| 中河縣 | 12 | 0 | 12 | ${rate} |
| 總計 | 154 | 0 | 154 | 100% |
`;

describe('readings (tables36): a count headed in 繁體 is exact', () => {
  it('reads the table as written without a finding', () => {
    assert.deepEqual(findings(hotlineTraditional(), /^table-/), []);
  });

  it('flags a 辦結率 of 95% over 12 cases closed of 12', () => {
    // read at ± 0.5 each, 11.5 ÷ 12.5 = 92% would let 95% pass
    assert.deepEqual(findings(hotlineTraditional('95%'), 'table-rate'), ['95%']);
  });
});

// made up: a yearbook's revenue by year, the headings over many lines in English (no column named), the early
// years one figure short (no 公共财政预算收入 column then: their 中央 and 地方 the same figure); the last two columns the
// local revenue's share of all revenue and of all spending, no % written
const revenue = (share1970 = '45.1', spent1970 = '43.7'): string => `9-1  主要年份财政收支情况
Government Financial Revenue and Expenditure in Main Years
单位：万元、% (10 000 yuan%)
  Year             Public Budget Revenues
Total State Public     of Local Governments
  Revenue Financial Budget ment ment Finance The The
  Subsidies Revenues     Budget Proportion Proportion
  and Other       Expenditures of Total of Total
  Revenue         Revenue Expenditure
                   
1960 18420 11236 7184 7184 18973 39.0 37.9
1970 27310 15004 12306 12306 28129 ${share1970} ${spent1970}
1980 61250 43980 17270 17270 63088 28.2 27.4
2000 820110 650300 266020 96210 169810 697094 20.7 24.4
2001 1290400 1090550 328150 128300 199850 1096840 15.5 18.2
2002 1420660 1209700 382180 171220 210960 1207561 14.8 17.5
2003 1431150 1190380 437780 197010 240770 1216478 16.8 19.8
2004 1670220 1399650 514120 243550 270570 1419687 16.2 19.1
`;

describe('readings (tables36): a short row placed by shares its figures and the full rows show, no % written', () => {
  it('reads the table as written without a finding', () => {
    assert.deepEqual(findings(revenue(), /^table-/), []);
  });

  it("flags an early year's share that is not its local revenue over its total", () => {
    // 12306 ÷ 27310 = 45.06%, not 50.1
    assert.deepEqual(findings(revenue('50.1'), 'table-share'), ['50.1']);
  });

  it('says nothing of an early year whose two shares both fail (no placement of its figures is sure)', () => {
    assert.deepEqual(findings(revenue('50.1', '48.7'), /^table-/), []);
  });
});
