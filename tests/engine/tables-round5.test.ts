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
