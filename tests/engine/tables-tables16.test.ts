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
