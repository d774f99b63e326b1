// Tables read on the layouts real pages paste (issue 12), round 16 (tables16): 性别比 in a table (男 ÷ 女 × 100, as a
// column after the men's and women's shares or as a row under the men and women) and the shares of a table of
// places without a 合计 row (each share of the rows' sum). Each case made up; each `it` fails without the reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

describe('性别比 as a column after the shares of men and women', () => {
  // made up: a census bulletin's table of towns, its second heading row (男 | 女) lost in copying, the heading one
  // cell short of the rows; each ratio is the men's share over the women's × 100
  const spaced = (ratio: string, share = '51.32'): string =>
    [
      '二、各镇人口性别构成',
      '',
      '表2 各镇人口性别构成',
      '',
      '地 区 占常住人口比重（%） 性别比',
      `城关镇 49.16 50.84 96.70`,
      `东山镇 ${share} 48.68 105.42`,
      `西河镇 52.07 47.93 ${ratio}`,
      `南岭乡 50.45 49.55 101.82`,
      `北坪乡 53.10 46.90 113.22`,
      '',
      '注：性别比以女性为100。',
      '',
    ].join('\n');

  it('reports a ratio that is not the men over the women, and nothing when all are', () => {
    assert.deepEqual(findings(spaced('108.64'), 'table-rate'), []);
    assert.deepEqual(findings(spaced('98.64'), 'table-rate'), ['98.64']);
  });

  it('reports a share of men and women that do not make 100%', () => {
    assert.deepEqual(findings(spaced('108.64'), 'table-share'), []);
    assert.deepEqual(findings(spaced('108.64', '56.32'), 'table-share'), ['56.32']);
  });

  // one cell per line, as a web page's table copies: 地区 / 比重 / 性别比 over 全 县 / 50.62 / 49.38 / 102.51 …
  const stacked = (ratio: string, after = '性别比'): string =>
    [
      '表3 各乡镇人口性别构成',
      '',
      '单位：%',
      '',
      '地区',
      '',
      '比重',
      '',
      after,
      '',
      ...['全 县', '50.62', '49.38', '102.51', '城南镇', '49.80', '50.20', ratio, '河口镇', '51.90', '48.10', '107.90', '石桥乡', '52.44', '47.56', '110.26'].flatMap((c) => [c, '']),
      '以上为第七次全国人口普查数据。',
      '',
    ].join('\n');

  it('reads a table of one cell per line, and only under a 性别比 heading', () => {
    assert.deepEqual(findings(stacked('99.20'), 'table-rate'), []);
    assert.deepEqual(findings(stacked('92.20'), 'table-rate'), ['92.20']);
    // the same figures under another heading (a third share, not a ratio): nothing to divide
    assert.deepEqual(findings(stacked('92.20', '增减'), 'table-rate'), []);
  });

  it('stays silent when the two figures before the ratio are not the men and the women', () => {
    // made up: 常住人口 | 户数 | 性别比: the ratio is of figures the table does not give
    const text = ['地区 常住人口 户数 性别比', '城关镇 48210 17320 96.70', '东山镇 31502 11875 105.42', '西河镇 22964 8841 98.64', '南岭乡 15233 6012 101.82', ''].join('\n');
    assert.deepEqual(findings(text, 'table-rate'), []);
    assert.deepEqual(findings(spaced('98.64'), 'table-rate'), ['98.64']);
  });
});

describe('性别比 as a row under the rows of men and women', () => {
  // made up: a yearbook's population table, years across
  const table = (ratio: string, label = '性别比（女=100）'): string =>
    [
      '指标 | 2023年 | 2022年 | 2021年 |',
      '总人口（人） | 1203416 | 1198230 | 1190542 |',
      '男（人） | 612350 | 610122 | 606930 |',
      '女（人） | 591066 | 588108 | 583612 |',
      `${label} | ${ratio} | 103.74 | 104.00 |`,
      '出生率（‰） | 7.21 | 7.65 | 8.02 |',
      '',
    ].join('\n');

  it('reports a ratio that is not the men over the women of its column', () => {
    assert.deepEqual(findings(table('103.60'), 'table-rate'), []);
    assert.deepEqual(findings(table('101.60'), 'table-rate'), ['101.60']);
    // 出生人口性别比 is of the year's births, not of the people counted
    assert.deepEqual(findings(table('101.60', '出生人口性别比'), 'table-rate'), []);
  });
});

describe('shares of a table of places without a 合计 row', () => {
  // made up: every town of a county with its share of the county; the shares are of the rows' sum (60000)
  const table = (share: string): string =>
    [
      '表1 各镇常住人口',
      '单位：人、%',
      '地区 | 常住人口 | 比重 |',
      '城关镇 | 21300 | 35.50 |',
      `河口镇 | 9480 | ${share} |`,
      '石桥镇 | 12720 | 21.20 |',
      '南岭镇 | 9900 | 16.50 |',
      '北坪镇 | 6600 | 11.00 |',
      '',
    ].join('\n');

  it('reports a share that is not its amount over the rows’ sum', () => {
    assert.deepEqual(findings(table('15.80'), 'table-share'), []);
    assert.deepEqual(findings(table('18.80'), 'table-share'), ['18.80']);
  });

  it('stays silent when the shares are of a whole the rows do not make', () => {
    // four towns of a county of 90000 people, the county's total left out: each share is of 90000, none of the rows'
    // sum (53400), so the whole is not the rows
    const some = ['地区 | 常住人口 | 比重 |', '城关镇 | 21300 | 23.67 |', '河口镇 | 9480 | 10.53 |', '石桥镇 | 12720 | 14.13 |', '南岭镇 | 9900 | 11.00 |', ''].join('\n');
    assert.deepEqual(findings(some, 'table-share'), []);
    assert.deepEqual(findings(table('18.80'), 'table-share'), ['18.80']);
  });
});

describe('ratios of a progress table whose heading cannot be placed', () => {
  // made up: a 民生实事 table copied one cell per line, its heading cell 目标任务 split over two lines and each measure
  // a group of 目标任务 | 进度 | 完成比例（%）; 全县 is the sum of the towns
  const table = (ratio: string, heading = '完成比例（%）'): string =>
    [
      '附表 2023年民生实事项目完成情况',
      '',
      ...['地区', '城镇新增就业（人）', '农村劳动力转移就业（人）', '目标', '任务', '进度', heading, '目标', '任务', '进度', heading].flatMap((c) => [c, '']),
      ...['全县', '3500', '3905', '111.6', '2050', '2275', '111.0', '城关镇', '1200', '1380', '115.0', '700', '812', '116.0', '河口镇', '900', '963', ratio]
        .concat(['500', '565', '113.0', '石桥镇', '800', '872', '109.0', '450', '486', '108.0', '南岭乡', '600', '690', '115.0', '400', '412', '103.0'])
        .flatMap((c) => [c, '']),
      '以上数据截至2023年12月31日。',
      '',
    ].join('\n');

  it('reports a ratio that is not the progress over the target, where the rows bear the ratios out', () => {
    assert.deepEqual(findings(table('107.0'), 'table-rate'), []);
    assert.deepEqual(findings(table('170.0'), 'table-rate'), ['170.0']);
  });

  it('stays silent where the third figure of each group is no ratio of the two before it', () => {
    // made up: 计划 | 完成 | 增长（%） against last year, figures the table does not give
    const rows = ['城关镇 | 1200 | 1380 | 6.2 |', '河口镇 | 900 | 963 | 4.8 |', '石桥镇 | 800 | 872 | 9.9 |', '南岭乡 | 600 | 690 | 12.1 |'];
    assert.deepEqual(findings(['地区 | 计划 | 完成 | 增长（%） |', ...rows, ''].join('\n'), 'table-rate'), []);
    assert.deepEqual(findings(table('170.0'), 'table-rate'), ['170.0']);
  });
});

describe('性别比 under two rows of men and women copied without their labels', () => {
  // made up: a yearbook's census table, years across; the 男 and 女 labels lost, the two rows right above 性别比
  const table = (ratio: string, label = '性别比（女性=100）'): string =>
    [
      '表3-2 历次人口普查人口基本情况',
      '',
      '    项目 1982 1990 2000 2010 2020',
      '    总人口（万人） 1210 1386 1502 1611 1698',
      '        623 716 779 834 874',
      '        587 670 723 777 824',
      `    ${label} 106.1 106.9 107.7 ${ratio} 106.1`,
      '    平均每户人数（人/户） 4.6 4.1 3.5 3.1 2.8',
      '',
    ].join('\n');

  it('reads the two rows as the men and the women where the ratio holds in nearly every column', () => {
    assert.deepEqual(findings(table('107.3'), 'table-rate'), []);
    assert.deepEqual(findings(table('101.3'), 'table-rate'), ['101.3']);
    // a row of another measure under the two: no ratio to read
    assert.deepEqual(findings(table('101.3', '人口密度（人/平方公里）'), 'table-rate'), []);
  });
});

describe('a heading whose last word heads two years', () => {
  // made up: 镇区 人口数 比重 over 2020年 2010年, the shares of 2020 of the 总计's population
  const table = (share: string): string =>
    [
      '各镇常住人口数',
      '',
      '单位：人、%',
      '',
      '镇区 人口数 比重',
      '2020年 2010年',
      '总 计 240000 - -',
      '城关镇 96000 40.00 38.52',
      `河口镇 60000 ${share} 26.10`,
      '石桥镇 48000 20.00 20.43',
      '南岭镇 36000 15.00 14.95',
      '',
    ].join('\n');

  it('reads each year’s share under its year and checks the year of the amounts', () => {
    assert.deepEqual(findings(table('25.00'), 'table-share'), []);
    // the share against 总计, and the 2020 shares' sum (101%) at the column's last share
    assert.deepEqual(findings(table('26.00'), 'table-share'), ['26.00', '15.00']);
  });
});

describe('a table copied column by column under a heading of spaced words', () => {
  // made up: 地区 常住人口 比重 on one line, then the towns one a line, their populations, their shares
  const table = (share: string): string =>
    [
      '表1 各镇常住人口数',
      '',
      '单位：人、%',
      '',
      '地区 常住人口 比重',
      ...['城关镇', '河口镇', '石桥镇', '南岭镇', '北坪镇'],
      ...['21300', '9480', '12720', '9900', '6600'],
      ...['35.50', share, '21.20', '16.50', '11.00'],
      '',
      '注：比重为各镇常住人口占全县常住人口的比重。',
      '',
    ].join('\n');

  it('reads the blocks as columns and checks each share', () => {
    assert.deepEqual(findings(table('15.80'), 'table-share'), []);
    assert.deepEqual(findings(table('18.80'), 'table-share'), ['18.80']);
  });
});

describe('a block of row shares mirroring the amounts before it', () => {
  // made up: 合计 | 城镇 | 乡村 in 人, then the same in shares of each row's 合计 (100.0 | 城镇 | 乡村)
  const table = (share: string): string =>
    [
      '表4 各地区就业人员构成',
      '',
      '| 地区 | 合计 | 城镇 | 乡村 | 合计 | 城镇 | 乡村 |',
      '|---|---:|---:|---:|---:|---:|---:|',
      '| 全市 | 52000 | 31200 | 20800 | 100.0 | 60.0 | 40.0 |',
      `| 东区 | 18000 | 12600 | 5400 | 100.0 | ${share} | 30.0 |`,
      '| 西区 | 20000 | 11000 | 9000 | 100.0 | 55.0 | 45.0 |',
      '| 南区 | 14000 | 7600 | 6400 | 100.0 | 54.3 | 45.7 |',
      '',
    ].join('\n');

  it('checks each share as its amount over the row’s whole', () => {
    assert.deepEqual(findings(table('70.0'), 'table-share'), []);
    assert.deepEqual(findings(table('75.0'), 'table-share'), ['75.0']);
  });
});
