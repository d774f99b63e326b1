// Readings of tables43 (issue 12, round 43: pasted tables lost whole): the column totals of a table whose heading
// over several lines cannot be put over its columns (全省 over the 设区市); a yearbook series pasted one cell per line
// whose rows are named by their years, with its growth row under the last year. Each case made up, each silent case
// failing without its reading and each reported case with its guard.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts } from './figure-findings';

const TABLE_RULES = ['table-sum', 'table-change', 'table-share', 'table-rate', 'table-restatement'];
const tableFindings = (text: string): string[] => arithmeticFindingTexts(text, TABLE_RULES);

// made up: a yearbook's table by city, its heading over four lines with merged cells (合计 over #国有 and #民营, each
// over 大型 and 中型), the province's row first
const byCity = (whole: string, third = '| 丙 市 | 80 | 30 | 9 | 50 | 20 | 30 |\n'): string =>
  '| 表1 各市企业数（2020年） | |||||\n| 单位：个 | |||||\n| 地区 | 合计 | |||\n| #国有 | #民营 | |||\n| 大型 | 中型 | 大型 | 中型 |\n||||\n' +
  `| 全 省 | 300 | 120 | ${whole} | 180 | 61 | 119 |\n| 甲 市 | 100 | 40 | 12 | 60 | 21 | 39 |\n| 乙 市 | 120 | 50 | 17 | 70 | 20 | 50 |\n${third}`;

describe('the column totals of a table whose heading cannot be put over its columns (tables43)', () => {
  it('reads the province’s row as the sum of the cities’ rows, column by column', () => {
    assert.deepEqual(tableFindings(byCity('38')), []);
  });

  it('reports the column whose cities do not add up to the province', () => {
    assert.deepEqual(tableFindings(byCity('41')), ['table-sum 41']);
  });

  it('stays silent where the cities fall short in every column (a city cut off)', () => {
    assert.deepEqual(tableFindings(byCity('41', '')), []);
  });
});

// made up: a national yearbook's series, pasted one cell per line with a pipe after each cell: 年度, then two groups
// (产生量, 排放量) over 合计 and 其中危险废物, the rows named by their years, and the growth of the last year last
const series = (rate: string, corner = '年度'): string => {
  const cells = [
    corner,
    '产生量',
    '排放量',
    '合计',
    '其中危险废物',
    '合计',
    '其中危险废物',
    '2018',
    '800',
    '20',
    '300',
    '6',
    '2019',
    '880',
    '25',
    '330',
    '5',
    '2020',
    '924',
    '30',
    '297',
    '4',
    '年度增减率（%）',
    '5.0',
    rate,
    '-10.0',
    '-20.0',
  ];
  return `全国工业废物产生及排放情况 单位：万吨\n\n${cells.map((c) => `${c}\n|`).join('\n')}\n`;
};

describe('a series pasted one cell per line whose rows are named by their years (tables43)', () => {
  it('reads the growth row under the last year against the year before', () => {
    assert.deepEqual(tableFindings(series('20.0')), []);
  });

  it('reports a growth that does not follow from the last two years', () => {
    assert.deepEqual(tableFindings(series('25.0')), ['table-change 25.0']);
  });

  it('reads no years as row names under a corner that names none', () => {
    assert.deepEqual(tableFindings(series('25.0', '项目')), []);
  });
});

// made up: a yearbook's income table pasted one cell per line with a pipe after each cell, a 其中 row's label marked
// # on a line of its own (Markdown reads it as a heading)
const income = (rate: string, mark = '# '): string => {
  const rows = [
    ['指 标', '2020年', '2019年', '2020年为上年 %'],
    ['全年收入', '1000.00', '800.00', '125.0'],
    ['一、工资收入', '600.00', '500.00', '120.0'],
    ['二、经营收入', '300.00', '220.00', '136.4'],
    ['三、财产收入', '100.00', '80.00', '125.0'],
    [`${mark}利息收入`, '40.00', '32.00', rate],
    ['租金收入', '60.00', '48.00', '125.0'],
  ];
  return `表1 农民人均收入构成\n计量单位：元\n${rows.map((r) => r.map((c) => `${c}\n|`).join('\n')).join('\n')}\n`;
};

describe('a # label on a line of its own among the cells of a table pasted one cell per line (tables43)', () => {
  it('reads the # row as a row of the table', () => {
    assert.deepEqual(tableFindings(income('125.0')), []);
  });

  it('reports the ratio of the # row that does not follow from its two years', () => {
    assert.ok(tableFindings(income('130.0')).includes('table-rate 130.0'));
  });

  it('reads the row so with no # too', () => {
    assert.ok(tableFindings(income('130.0', '')).includes('table-rate 130.0'));
  });
});
