// Tables read so that a broken copy of a figure is found (issue 12), fifth round: a rate column named by its base
// only (占调整预算%), a 比上年增长 column under a group heading, a share column whose whole is the row that reads 100,
// and a rate written as a row whose numerator row is not named by the rate.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: RegExp): string[] =>
  check(text)
    .findings.filter((f) => rule.test(f.rule))
    .map((f) => text.slice(f.offset, f.endOffset));
const tableFindings = (text: string): string[] => findings(text, /^table-/);

describe('a rate column named by its base only, and growth under a group heading', () => {
  // made up: a township's revenue, the 2024 execution columns under one merged heading
  const table = (rate: string, growth: string): string =>
    [
      '表2 | |||||',
      '2024年某镇一般公共预算收入执行情况表 | |||||',
      '单位：万元 | |||||',
      '项 目 | 2023年决算数 | 2024年预算调整数 | 2024年执行数 | ||',
      '金额 | 占调整预算% | 比上年增长% | |||',
      `一、税收收入 | 520 | 600 | 582 | ${rate} | ${growth} |`,
      '增值税 | 310 | 350 | 347 | 99.14 | 11.94 |',
      '个人所得税 | 40 | 50 | 45 | 90.00 | 12.50 |',
      '城市维护建设税 | 30 | 40 | 38 | 95.00 | 26.67 |',
      '车船税 | 80 | 90 | 92 | 102.22 | 15.00 |',
      '',
      '全镇收入平稳增长。',
      '',
    ].join('\n');

  it('finds nothing in a table that holds', () => {
    assert.deepEqual(tableFindings(table('97.00', '11.92')), []);
  });

  it('checks 占调整预算% as the execution over the adjusted budget', () => {
    assert.deepEqual(tableFindings(table('92.00', '11.92')), ['92.00']);
  });

  it('checks 比上年增长% against the year before', () => {
    assert.deepEqual(tableFindings(table('97.00', '16.92')), ['16.92']);
  });
});

describe('a share column whose whole is the row that reads 100', () => {
  // made up: a county's households by kind; the whole is written first, with no 合计 label
  const table = (urban: string): string =>
    [
      '表1 2024年末户籍户数及构成',
      '',
      '| 指标 | 年末数（户） | 比重（%） |',
      '|---|---:|---:|',
      '| 全县户籍总户数 | 120000 | 100 |',
      `| 其中：城镇 | 45000 | ${urban} |`,
      '| 乡村 | 75000 | 62.50 |',
      '| 其中：一人户 | 18000 | 15.00 |',
      '| 二人户 | 42000 | 35.00 |',
      '| 三人及以上户 | 60000 | 50.00 |',
      '',
    ].join('\n');

  it('finds nothing when every share holds', () => {
    assert.deepEqual(tableFindings(table('37.50')), []);
  });

  it('finds a share that is not the row over the whole', () => {
    assert.deepEqual(tableFindings(table('42.50')), ['42.50']);
  });

  it('reads a column headed 百分比（%） over a 合计 row as shares', () => {
    const counts = (first: string): string =>
      ['| 类别 | 件数 | 百分比（%） |', '|---|---:|---:|', `| 城建环保 | 60 | ${first} |`, '| 社会事业 | 30 | 30 |', '| 农业农村 | 10 | 10 |', '| 合计 | 100 | 100 |', ''].join('\n');
    assert.deepEqual(tableFindings(counts('60')), []);
    // the share itself, and the column's shares adding up to 105 against the 合计 row's 100
    assert.deepEqual(tableFindings(counts('65')), ['65', '100']);
  });

  it('does not take a row reading 100 for the whole when most shares are of something else', () => {
    const text = ['| 指标 | 数量（个） | 比重（%） |', '|---|---:|---:|', '| 项目总数 | 200 | 100 |', '| 工业 | 80 | 50 |', '| 农业 | 60 | 30 |', '| 服务业 | 60 | 20 |', ''].join('\n');
    assert.deepEqual(tableFindings(text), []);
  });
});

describe('a rate written as a row whose numerator row the rate does not name', () => {
  // made up: a hospital yearbook, years across; 病死率 is 4.死亡 over #出院病人数, 病床使用率 占用 over 开放床日
  const table = (deaths: string, use: string): string =>
    [
      '表5 县医院工作情况',
      '',
      '| 项目 | 单位 | 2019年 | 2020年 | 2021年 | 2022年 | 2023年 |',
      '|---|---|---:|---:|---:|---:|---:|',
      '| 本年出院人数 | 人 | 52000 | 50500 | 56000 | 58800 | 61000 |',
      '| #出院病人数 | 人 | 48000 | 47000 | 52000 | 55000 | 57000 |',
      '| 1.治愈 | 人 | 30000 | 29000 | 31000 | 32000 | 33000 |',
      '| 2.好转 | 人 | 15000 | 15500 | 18000 | 20000 | 21000 |',
      '| 3.死亡 | 人 | 600 | 700 | 650 | 720 | 800 |',
      '| 实际开放总床日数 | 万床日 | 36.5 | 36.6 | 40.2 | 41.0 | 42.3 |',
      '| 实际占用总床日数 | 万床日 | 30.1 | 28.4 | 33.0 | 35.2 | 36.9 |',
      '| 治愈率 | % | 62.5 | 61.7 | 59.6 | 58.2 | 57.9 |',
      `| 病死率 | % | ${deaths} | 1.5 | 1.3 | 1.3 | 1.4 |`,
      `| 病床使用率 | % | ${use} | 77.6 | 82.1 | 85.9 | 87.2 |`,
      '',
    ].join('\n');

  it('finds nothing when every rate holds', () => {
    assert.deepEqual(tableFindings(table('1.3', '82.5')), []);
  });

  it('finds a 病死率 that is not 死亡 over 出院病人数', () => {
    assert.deepEqual(tableFindings(table('6.3', '82.5')), ['6.3']);
  });

  it('finds a 病床使用率 that is not the occupied over the open bed-days', () => {
    assert.deepEqual(tableFindings(table('1.3', '87.5')), ['87.5']);
  });
});

describe('a restatement of a table row in the text', () => {
  it('reads 第一产业增加值 as a level, not a change', () => {
    const text = (primary: string): string =>
      [
        `全县实现生产总值210.00亿元，按可比价格计算，比上年增长5.0%。其中，第一产业增加值${primary}亿元，增长3.1%；第二产业增加值90.00亿元，增长5.5%。`,
        '',
        '表1 2024年全县生产总值',
        '',
        '| 指标 | 绝对数（亿元） | 比上年增长（%） |',
        '|---|---:|---:|',
        '| 地区生产总值 | 210.00 | 5.0 |',
        '| 第一产业 | 25.00 | 3.1 |',
        '| 第二产业 | 90.00 | 5.5 |',
        '| 第三产业 | 95.00 | 5.2 |',
        '',
      ].join('\n');
    assert.deepEqual(tableFindings(text('25.00')), []);
    // (25.00 + 90.00 + 95.00 = 210.00: the table bears its cell out, the finding stands at the text's figure)
    assert.deepEqual(tableFindings(text('22.50')), ['22.50亿元']);
  });

  it('compares a row named without a year with the latest year of the table', () => {
    const text = (clinics: string): string =>
      [
        `2024年第一季度，全县村卫生室诊疗${clinics}万人次，同比增长4.0%。`,
        '',
        '表2 2024年第一季度诊疗人次数（万人次）',
        '',
        '| 指标 | 2024年第一季度 | 2023年第一季度 | 增减百分比（%） |',
        '|---|---:|---:|---:|',
        '| 医院 | 52.6 | 50.1 | 5.0 |',
        '| 村卫生室 | 13.0 | 12.5 | 4.0 |',
        '',
      ].join('\n');
    assert.deepEqual(tableFindings(text('13.0')), []);
    assert.deepEqual(tableFindings(text('11.7')), ['13.0']);
  });

  it('does not compare a figure of a sentence naming the earlier year with the latest column', () => {
    const text = ['2023年第一季度，全县村卫生室诊疗12.5万人次。', '', '| 指标 | 2024年第一季度 | 2023年第一季度 |', '|---|---:|---:|', '| 医院 | 52.6 | 50.1 |', '| 村卫生室 | 13.0 | 12.5 |', ''].join(
      '\n',
    );
    assert.deepEqual(tableFindings(text), []);
  });
});
