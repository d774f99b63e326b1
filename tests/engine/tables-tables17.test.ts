// Tables read on the layouts real pages paste (issue 12), round 17 (tables17): columns whose headings are lost or
// merged, read by their arithmetic — the rows of a pipe table that lost its empty cells (a sum and a ratio of
// figures apart), a yearbook table without its headings (a column the sum of two columns apart, a column of
// percentages two columns make), a heading of two lines pasted one cell per line (户 | 金额 under each group), and
// the growth between two censuses (第六次 | 第七次). Each case made up; each `it` fails without the reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

describe('a pipe table whose rows lost their empty cells', () => {
  // made up: a monthly progress table of a resettlement project, the page's empty cells dropped in copying (rows of
  // different lengths); in the full rows 户数 is the 在建 and 完成 totals together, each total its 新建 and 改建, and
  // 占计划 each total over 户数 (中桥县's 2030 households a figure, not a year)
  const table = (households: string, share: string): string =>
    [
      '附件',
      '',
      '| 某州2023年安置点建设进度表 | |||||||||||',
      '| 县名 | 计划任务数 | 在建住房 | 完成住房 | ||||||||',
      '| 户数 | 合计 | 新建 | 改建 | 占计划（%） | 合计 | 新建 | 改建 | 占计划（%） | ||',
      '| 高原县 | 9260 | 7412 | 6530 | 882 | 80.0 | 1848 | 1511 | 337 | 20.0 | |',
      '| 东坝县 | 612 | 480 | 1 | 479 | 78.4 | 132 | 60 | 72 | 21.6 | |',
      `| 西岭县 | ${households} | 1375 | 1208 | 167 | 80.1 | 342 | 302 | 40 | 19.9 | |`,
      '| 南河县 | 845 | 605 | 455 | 150 | 71.6 | 240 | 200 | 40 | 28.4 | |',
      `| 北山县 | 1230 | 1044 | 830 | 214 | ${share} | 186 | 126 | 60 | 15.1 | |`,
      '| 中桥县 | 2360 | 2030 | 1810 | 220 | 86.0 | 330 | 298 | 32 | 14.0 | |',
      '| 石门县 | 96 | 96 | 96 | 100.0 | 0 | 0.0 | |||',
      '| 清水县 | 402 | 300 | 300 | 74.6 | 102 | 102 | 25.4 | ||',
      '',
    ].join('\n');

  it('reports a 户数 that is not the 在建 and 完成 totals together, and nothing when it is', () => {
    assert.deepEqual(findings(table('1717', '84.9'), 'table-sum'), []);
    assert.deepEqual(findings(table('1817', '84.9'), 'table-sum'), ['1817']);
  });

  it('reports a 占计划 that is not its total over 户数, and nothing when it is', () => {
    assert.deepEqual(findings(table('1717', '84.9'), 'table-rate'), []);
    assert.deepEqual(findings(table('1717', '89.9'), 'table-rate'), ['89.9']);
  });
});

describe('a yearbook table whose headings are lost', () => {
  // made up: a series of a county's finances, its heading of several lines in two languages not kept: 总收入 is
  // 补助收入 and 地方收入 together (two columns apart), 公共预算收入 中央 and 地方; the last two columns are 地方收入
  // over 总收入 and over 支出
  const rows = (total: string, share: string): string =>
    [
      '5-2  主要年份财政收支',
      '单位：万元、%',
      '',
      `2016 ${total} 52140 41170 15230 25940 96510 33.2 26.9`,
      '2017 83590 55310 46760 18480 28280 104220 33.8 27.1',
      '2018 90475 59025 51720 20270 31450 113680 34.8 27.7',
      `2019 97218 62408 55990 21180 34810 121940 ${share} 28.5`,
      '2020 101336 63706 60480 22850 37630 130260 37.1 28.9',
      '2021 110985 69205 65370 23590 41780 138870 37.6 30.1',
      '',
    ].join('\n');

  it('reports a total that is not the two columns apart it adds up to in the other rows, and nothing when it is', () => {
    assert.deepEqual(findings(rows('78080', '35.8'), 'table-sum'), []);
    assert.deepEqual(findings(rows('78980', '35.8'), 'table-sum'), ['78980']);
  });

  it('reports a percentage that is not the quotient of the two columns it is in the other rows, and nothing when it is', () => {
    assert.deepEqual(findings(rows('78080', '35.8'), 'table-share'), []);
    assert.deepEqual(findings(rows('78080', '30.8'), 'table-share'), ['30.8']);
  });
});

describe('a heading of two lines pasted one cell per line', () => {
  // made up: a district's relief fund by town, one cell per line; 乡镇审批, 区审批 and 合计 each stand over 户 and 金额
  // (the second line of the heading), 合计 is the other two together, 使用率 the 合计 金额 over 应使用资金, and the
  // 合计 row has no 排名
  const stacked = (households: string, rate: string): string =>
    [
      '各街道第二季度救助资金使用情况如下：',
      ...[
        '单位',
        '常住人口数',
        '应使用资金（万元）',
        '乡镇审批',
        '区审批',
        '合计',
        '资金使用率',
        '排名',
        '户',
        '金额',
        '户',
        '金额',
        '户',
        '金额',
        ...['东湖街道', '8120', '5.68', '3', '0.62', '5', '4.10', households, '4.72', '83.10%', '1'],
        ...['西园街道', '15230', '10.66', '2', '0.41', '6', '5.27', '8', '5.68', '53.28%', '2'],
        ...['南塘镇', '21460', '15.02', '4', '0.88', '7', '6.02', '11', '6.90', rate, '3'],
        ...['北溪镇', '30115', '21.08', '1', '0.20', '3', '2.35', '4', '2.55', '12.10%', '4'],
        ...['中和镇', '26430', '18.50', '2', '0.35', '2', '1.12', '4', '1.47', '7.95%', '5'],
        ...['合计', '101355', '70.94', '12', '2.46', '23', '18.86', '35', '21.32', '30.05%'],
      ].map((c) => `${c} |`),
      '',
    ].join('\n');

  it('reports a 合计 户 that is not the two groups together, and nothing when it is', () => {
    assert.deepEqual(findings(stacked('8', '45.94%'), 'table-sum'), []);
    // (the 合计 row's 35 then is not its column's sum either)
    assert.deepEqual(findings(stacked('9', '45.94%'), 'table-sum'), ['9', '35']);
  });

  it('reports a 使用率 that is not the 合计 金额 over 应使用资金, and nothing when it is', () => {
    assert.deepEqual(findings(stacked('8', '45.94%'), 'table-rate'), []);
    assert.deepEqual(findings(stacked('8', '40.94%'), 'table-rate'), ['40.94%']);
  });
});

describe('the growth between two censuses', () => {
  // made up: the population of towns at the sixth and seventh census, the growth of the later over the earlier and
  // the average growth a year (which compounds over the ten years: not the two columns' growth)
  const census = (growth: string): string =>
    [
      '表1 两次人口普查常住人口',
      '',
      '单位：人、%',
      '',
      '乡镇 第六次人普 第七次人普 增长（%） 年平均增长（%）',
      '合  计 152380 160215 5.14 0.50',
      `城关镇 40210 45630 ${growth} 1.27`,
      '河西镇 30125 28960 -3.87 -0.39',
      '东岭乡 22480 23915 6.38 0.62',
      '南坪乡 18905 17720 -6.27 -0.65',
      '北岗镇 40660 43990 8.19 0.79',
      '',
    ].join('\n');

  it('reports a growth that is not the seventh census over the sixth, and nothing when it is', () => {
    assert.deepEqual(findings(census('13.48'), 'table-change'), []);
    assert.deepEqual(findings(census('18.48'), 'table-change'), ['18.48']);
  });
});
