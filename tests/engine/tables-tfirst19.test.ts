// Tables read as the newest unseen batches (heldout47–49) show them, round 19 (tfirst19): a statistics form whose
// groups are written once over two columns under a unit caption row, a column of share changes in points, shares
// whose rounding remainder was put in one row, averages and rows of other units under a row, a serial column that
// leaves rows unnumbered, and a small table whose 合计 label spans the serial column. Each case made up, each failing
// without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string | RegExp): string[] =>
  check(text)
    .findings.filter((f) => (typeof rule === 'string' ? f.rule === rule : rule.test(f.rule)))
    .map((f) => text.slice(f.offset, f.endOffset));

describe('a statistics form: 金额单位 row, groups over two columns, a second heading line that lost its corner, column numbers', () => {
  const form = (growth: string): string =>
    [
      '2024年5月全县社会消费品零售额',
      '',
      '金额单位：万元 | ||||||',
      '项目 | 本 年 | 上年同期 | 增长（%） | |||',
      '本月 | 1-本月 | 上年本月 | 上年1-本月 | 本月 | 累计 |',
      '甲 | 1 | 2 | 3 | 4 | 5 | 6 |',
      '社会消费品零售额 | 52840.6 | 251366.2 | 48910.3 | 233725.9 | 8.0 | 7.5 |',
      '一、按销售所在地 | ||||||',
      '1、城镇 | 41235.8 | 196540.7 | 38102.6 | 182870.1 | 8.2 | 7.5 |',
      '2、乡村 | 11604.8 | 54825.5 | 10807.7 | 50855.8 | 7.4 | 7.8 |',
      '二、按行业分组 | ||||||',
      '1、批发业 | 5000.6 | 24031.4 | 4600.4 | 22315.8 | 8.7 | 7.7 |',
      `限额以上企业 | 3012.4 | 14820.9 | 2710.3 | 13560.2 | ${growth} | 9.3 |`,
      '限额以下 | 1988.2 | 9210.5 | 1890.1 | 8755.6 | 5.2 | 5.2 |',
      '',
    ].join('\n');

  it('spreads 本年, 上年同期 and 增长 over their two columns: growths checked against the right columns, never summed as parts', () => {
    assert.deepEqual(findings(form('11.1'), /^table-/), []);
    assert.deepEqual(findings(form('15.1'), /^table-/), ['15.1']);
  });
});

describe('a 比重变化 column: the points between the two share columns, its sign an arrow', () => {
  const table = (change: string): string =>
    [
      '表2 服务大类投诉量变化表',
      '',
      '服务大类 | 2024年上半年（件） | 投诉比重（%） | 2023年上半年（件） | 投诉比重（%） | 比重变化（%） |',
      '生活社会服务类 | 61245 | 11.82 | 55310 | 11.36 | ↑0.46 |',
      `互联网服务类 | 48712 | 9.40 | 52036 | 10.69 | ${change} |`,
      '教育培训服务类 | 20318 | 3.92 | 18870 | 3.88 | ↑0.04 |',
      '销售服务类 | 17490 | 3.37 | 12655 | 2.60 | ↑0.77 |',
      '公用事业类 | 9023 | 1.74 | 9410 | 1.93 | ↓0.19 |',
      '房屋装修及物业服务类 | 8644 | 1.67 | 7902 | 1.62 | ↑0.05 |',
      '',
    ].join('\n');

  it('reads ↑0.46 as 11.82 − 11.36, not as a growth of the counts', () => {
    assert.deepEqual(findings(table('↓1.29'), /^table-/), []);
  });

  it('reports a change of the shares that does not fit them, in points', () => {
    const found = check(table('↑1.29')).findings.filter((f) => f.rule === 'table-change');
    assert.equal(found.length, 1);
    assert.match(found[0]!.message, /百分点/);
  });
});

describe('shares of the rows written to add up to 100, the rounding remainder in the 其他 row', () => {
  const table = (other: string): string =>
    [
      '表1 按投诉问题性质分类情况表',
      '',
      '项目 | 投诉量（件） | 投诉比重（%） |',
      '售后服务 | 152310 | 38.98 |',
      '合同 | 98417 | 25.19 |',
      '质量 | 80265 | 20.54 |',
      '价格 | 20188 | 5.17 |',
      '虚假宣传 | 15602 | 3.99 |',
      `其他 | 23977 | ${other} |`,
      '',
    ].join('\n');

  it('leaves 6.13 alone (23977 of 390759 is 6.136%: written so that the column makes 100.00), and reports a share further off', () => {
    assert.deepEqual(findings(table('6.13'), 'table-share'), []);
    assert.deepEqual(findings(table('6.31'), 'table-share'), ['6.31']);
  });
});

describe('averages and rows of other units are no parts of the row above them', () => {
  const stays = (foreigners: string): string =>
    [
      '全市接待过夜游客情况（2024年4月）',
      '',
      '本月 | 比上年 同月% |',
      '1-本月 | 比上年 同期% |',
      '|',
      '一、接待过夜游客人数（人次） | 1523641 | 5.12 | 5821370 | 3.40 |',
      '1、入境过夜游客 | 152364 | -2.31 | 612035 | -4.05 |',
      '港澳台同胞 | 98120 | -3.10 | 401233 | -5.22 |',
      `外 国 人 | ${foreigners} | -0.87 | 210802 | -1.76 |`,
      '2、国内过夜游客 | 1371277 | 6.01 | 5209335 | 4.35 |',
      '二、接待过夜游客人均停留天数（天/人） | 2.03 | 3.57 | 1.96 | -1.51 |',
      '1、入境过夜游客 | 2.01 | -1.47 | 2.13 | 2.40 |',
      '港澳台同胞 | 2.08 | -4.15 | 2.21 | -2.64 |',
      '外 国 人 | 1.87 | 2.19 | 1.98 | 3.66 |',
      '2、国内过夜游客 | 2.05 | 4.06 | 1.94 | -2.02 |',
      '',
    ].join('\n');

  it('does not add up 人均停留天数 rows (天/人), and still adds up the 人次 rows', () => {
    assert.deepEqual(findings(stays('54244'), 'table-sum'), []);
    assert.deepEqual(findings(stays('64244'), 'table-sum'), ['152364']);
  });

  const supply = (lpgHomes: string): string =>
    [
      '城镇供气情况',
      '',
      '指标 | 全市 2022年 | 全市 2023年 | 主城区 2022年 | 主城区 2023年 |',
      '天然气供气总量（万立方米） | 186540 | 171236 | 145310 | 146822 |',
      '#家庭用量 | 63812 | 57420 | 45806 | 45990 |',
      '天然气用气户数（户） | 2051764 | 2213890 | 1688410 | 1820335 |',
      '#家庭用户 | 1990215 | 2030000 | 1560000 | 1650000 |',
      '天然气用气人口（万人） | 558.43 | 651.87 | 455.60 | 535.20 |',
      '天然气汽车加气站（个） | 48 | 55 | 42 | 46 |',
      '液化石油气供气总量（吨） | 81236 | 87702 | 61480 | 68207 |',
      `#家庭用量 | ${lpgHomes} | 57260 | 35288 | 42061 |`,
      '',
    ].join('\n');

  it('stops the 其中 list at a row of another unit (万人, 个, 吨 after 户), and checks the 吨 row’s own 其中', () => {
    assert.deepEqual(findings(supply('50713'), 'table-sum'), []);
    assert.deepEqual(findings(supply('90713'), 'table-sum'), ['81236']);
  });
});

describe('a column of serial numbers that leaves rows unnumbered', () => {
  const table = (first: string): string =>
    [
      '2024年城镇老旧小区改造计划表',
      '',
      ' | 区县 | 小区数（个） | 楼栋数（栋） | 户数（户） |',
      ' | 全市小计 | 525 | 2440 | 99891 |',
      `1 | 其中：历下区 | ${first} | 1276 | 56525 |`,
      '2 | 市中区 | 101 | 414 | 14133 |',
      '3 | 槐荫区 | 38 | 121 | 5680 |',
      '4 | 天桥区 | 11 | 195 | 10003 |',
      '',
    ].join('\n');

  it('is no amount: 1 + 2 + 3 + 4 is not checked against the 小计 row, while its 其中 rows are', () => {
    assert.deepEqual(findings(table('226'), 'table-sum'), []);
    assert.deepEqual(findings(table('526'), 'table-sum'), ['525']);
  });
});

describe('a small table without a separator line whose 合计 label spans the 排位 column', () => {
  const table = (deaths: string): string =>
    [
      '2024年1-6月全市生产安全事故情况',
      '',
      '排位 | 行业 | 事故 起数 | 占总数 比例% | 死亡人数 | 占总数 比例% |',
      `1 | 道路运输业 | 64 | 80.00 | 58 | ${deaths} |`,
      '2 | 建筑业 | 9 | 11.25 | 8 | 11.1 |',
      '3 | 工矿商贸业 | 5 | 6.25 | 4 | 5.6 |',
      '4 | 其他行业 | 2 | 2.50 | 2 | 2.8 |',
      '全市合计 | 80 | 100 | 72 | 100 |',
      '',
    ].join('\n');

  it('checks the share columns against the 全市合计 row', () => {
    assert.deepEqual(findings(table('80.6'), /^table-/), []);
    assert.deepEqual(findings(table('86.0'), 'table-share'), ['86.0', '100']);
  });
});
