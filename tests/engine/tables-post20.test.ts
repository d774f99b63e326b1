// A column of growths, rates or shares in which not one row agrees with its row's figures (issue 12, round 20): the
// column was read against the wrong columns or computed another way, so it gets one hint at its first row instead
// of a finding per row; a slip in one row of a column that otherwise holds stays an error at that row. Each case
// made up.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';
import type { Finding } from '../../server/src/engine/types';

const tableFindings = (text: string, rule: string): Finding[] => check(text).findings.filter((f) => f.rule === rule);
const at = (text: string, fs: readonly Finding[]): string[] => fs.map((f) => `${f.severity} ${text.slice(f.offset, f.endOffset)}`);

describe('a growth column no row of which agrees with the two year columns', () => {
  // made up: a county's farm output, the growth column computed on another basis than the tons shown
  const table = (growths: readonly string[]): string =>
    [
      '表1 某县2023年主要农产品产量',
      '',
      '| 指标 | 2023年（吨） | 2022年（吨） | 增长（%） |',
      '| --- | --- | --- | --- |',
      `| 粮食 | 1200 | 1000 | ${growths[0]} |`,
      `| 油料 | 550 | 500 | ${growths[1]} |`,
      `| 蔬菜 | 900 | 1000 | ${growths[2]} |`,
      `| 水果 | 660 | 600 | ${growths[3]} |`,
      '',
    ].join('\n');

  it('gives one hint for the column, at its first row, with every row in its related locations', () => {
    const text = table(['3.2', '1.5', '-0.8', '2.1']);
    const fs = tableFindings(text, 'table-change');
    assert.deepEqual(at(text, fs), ['hint 3.2']);
    assert.match(fs[0]!.message, /这一列4行都与所在行的数字对不上/);
    assert.equal(fs[0]!.related?.length, 4);
  });

  it('reports a slip in one row of a column that holds elsewhere as an error at that row', () => {
    const text = table(['20.0', '10.0', '-10.0', '11.0']);
    assert.deepEqual(at(text, tableFindings(text, 'table-change')), ['error 11.0']);
  });

  it('reports each row of a column of two rows, too few to be taken for a misreading', () => {
    const text = ['| 指标 | 2023年（吨） | 2022年（吨） | 增长（%） |', '| --- | --- | --- | --- |', '| 粮食 | 1200 | 1000 | 3.2 |', '| 油料 | 550 | 500 | 1.5 |', ''].join('\n');
    assert.deepEqual(at(text, tableFindings(text, 'table-change')), ['error 3.2', 'error 1.5']);
  });
});

describe('a share column no row of which is its row’s share of the 合计 row', () => {
  // made up: a township's spending by item, the share column of another year pasted beside this year's amounts
  const table = (shares: readonly string[]): string =>
    [
      '| 项目 | 支出（万元） | 占比（%） |',
      '| --- | --- | --- |',
      '| 合计 | 800 | 100 |',
      `| 教育 | 400 | ${shares[0]} |`,
      `| 卫生 | 240 | ${shares[1]} |`,
      `| 农林水 | 160 | ${shares[2]} |`,
      '',
    ].join('\n');

  it('gives one hint for the column', () => {
    const text = table(['45.2', '33.1', '21.7']);
    assert.deepEqual(at(text, tableFindings(text, 'table-share')), ['hint 45.2']);
  });

  it('reports the one share that is not its row’s share', () => {
    const text = table(['50.0', '30.0', '25.0']);
    // the shares add up to 105, so the 100 row is reported too, as before
    assert.deepEqual(at(text, tableFindings(text, 'table-share')), ['error 100', 'error 25.0']);
  });
});

describe('a table pasted one cell per line: label, unit and figure by turns, some rows left empty', () => {
  // made up: a county's afforestation form copied from a yearbook page, each cell on a line of its own
  const lines = (cells: readonly string[]): string => `${cells.join('\n\n')}\n`;
  const form = [
    '某县林业生产情况（2023年）',
    '计量单位',
    '2023',
    '一、造林面积',
    '公顷',
    '1530',
    '1、人工造林',
    '公顷',
    '1530',
    '2、飞播造林',
    '公顷',
    '3、封山育林',
    '公顷',
    '二、森林抚育面积',
    '公顷',
    '4820',
  ];
  const residue = (text: string): string[] =>
    check(text)
      .findings.filter((f) => f.rule === 'web-residue')
      .map((f) => text.slice(f.offset, f.endOffset));

  it('reads the figures alone on their lines as the table’s cells, not as web residue', () => {
    assert.deepEqual(residue(lines(form)), []);
  });

  it('still reports a view count alone on its line between a page’s headline and its sentences', () => {
    const text = lines(['某县完成年度造林任务', '2023年11月20日 来源：县林业局', '1328', '今年以来，全县完成人工造林1530公顷，完成年度任务的102%。']);
    assert.deepEqual(residue(text), ['2023年11月20日 来源：县林业局', '1328']);
  });
});

describe('a 其中 row under a row of changes that fell', () => {
  // made up: a hospital's quarterly table, the drug share and its 其中 row, with the change in points
  const table = (part: string): string =>
    ['| 指标 | 2023年 | 2022年 | 增长额 |', '| --- | --- | --- | --- |', '| 药占比（%） | 28.05 | 28.07 | -0.02 |', `| 其中：中药饮片占比（%） | 0.11 | 0.11 | ${part} |`, ''].join('\n');

  it('does not hold a part of a fall to being no larger than the fall', () => {
    assert.deepEqual(at(table('0.00'), tableFindings(table('0.00'), 'table-sum')), []);
  });
});
