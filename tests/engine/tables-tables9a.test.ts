// Tables read so that a broken copy of a figure is found (issue 12), round 9 (tables9a): a statistical report form's
// masthead, period and row of column numbers; group rows right under the heading; pipe rows broken over lines; a
// heading of groups beside columns of their own; a table copied column by column.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';
import { parseDraft } from '../../server/src/engine/parse';
import { readGrid } from '../../server/src/engine/tables/grid';

const tableFindings = (text: string): string[] =>
  check(text)
    .findings.filter((f) => /^table-/.test(f.rule))
    .map((f) => text.slice(f.offset, f.endOffset));

describe("a statistical report form's masthead and period", () => {
  // made up: a county's quarterly civil-affairs form, its heading under the form's marks and the period
  const form = (marks: string[], total: string): string =>
    [
      '| 社会事务统计季报表 | ||',
      ...marks,
      '| 指标名称 | 单位 | 数量 |',
      '| 一、基本情况 | ||',
      '| （一）服务机构 | ||',
      `| 机构合计 | 个 | ${total} |`,
      '| 1.中心 | 个 | 12 |',
      '| 2.站点 | 个 | 30 |',
      '| 3.驿站 | 个 | 18 |',
      '',
      '各项服务平稳运行。',
      '',
    ].join('\n');

  it('reads the table under the masthead lines and the period', () => {
    const marks = ['| 表  号：SW-03 | ||', '| 填报单位：某县民政局 | 2024年度 | |', '| 2024年9月 | ||'];
    assert.deepEqual(tableFindings(form(marks, '60')), []);
    assert.deepEqual(tableFindings(form(marks, '54')), ['54']);
  });

  it('reads a period alone under the caption', () => {
    assert.deepEqual(tableFindings(form(['| 2024年1-9月 | ||'], '54')), ['54']);
  });
});

describe("a statistical form's row of column numbers", () => {
  // made up: 甲 乙 丙 over the columns of words, 1 2 over the columns of figures
  const form = (total: string): string =>
    [
      '指标名称 | 单位 | 代码 | 本期 | 上期 |',
      '甲 | 乙 | 丙 | 1 | 2 |',
      `一、养老机构 | 个 | A100 | ${total} | 40 |`,
      '1.公办 | 个 | A110 | 20 | 18 |',
      '2.民办 | 个 | A120 | 25 | 22 |',
      '',
      '机构数量稳中有升。',
      '',
    ].join('\n');

  it('reads the column numbers as a heading row, not a row of figures', () => {
    const draft = parseDraft(form('45'));
    const grid = readGrid(draft.tables[0]!, form('45'))!;
    assert.deepEqual(
      grid.columns.map((c) => c.label),
      ['指标名称', '单位', '代码', '本期', '上期'],
    );
    assert.equal(grid.rows[0]!.kind, 'heading');
    assert.equal(grid.rows[1]!.kind, 'item');
  });

  it('keeps numbers out of order as a row of figures', () => {
    const text = form('45').replace('甲 | 乙 | 丙 | 1 | 2 |', '甲 | 乙 | 丙 | 2 | 1 |');
    const grid = readGrid(parseDraft(text).tables[0]!, text)!;
    assert.notEqual(grid.rows[0]!.kind, 'heading');
  });
});

describe('pipe rows broken over lines', () => {
  // made up: each district's row broken at its empty 为预算% cells, the heading over two lines (人均收入（元） a column of its own)
  const table = (first: string, lines = ['| 5.0 | 3125 | 3000 | 9000 |', '| -2.0 |']): string =>
    [
      '单位：万元',
      '地区 | 财政收入 | 人均收入（元） | 财政支出 | ||||||',
      '当月 | 累计 | 为预算% | 增幅% | 当月 | 累计 | 为预算% | 增幅% | ||',
      `全县 | ${first} | 8000 |`,
      ...lines,
      '城区 | 1500 | 5000 |',
      '| 4.0 | 3000 | 1800 | 5000 |',
      '| -3.0 |',
      '乡镇 | 1000 | 3000 |',
      '| 6.0 | 3333 | 1200 | 4000 |',
      '| -1.0 |',
      '',
      '各地收入平稳。',
      '',
    ].join('\n');

  it('joins each row, the break between two pipes an empty cell', () => {
    const text = table('2500');
    const grid = readGrid(parseDraft(text).tables[0]!, text)!;
    assert.deepEqual(
      grid.table.rows.map((r) => r.cells.map((c) => c.text)),
      [
        ['全县', '2500', '8000', '', '5.0', '3125', '3000', '9000', '', '-2.0'],
        ['城区', '1500', '5000', '', '4.0', '3000', '1800', '5000', '', '-3.0'],
        ['乡镇', '1000', '3000', '', '6.0', '3333', '1200', '4000', '', '-1.0'],
      ],
    );
    assert.deepEqual(tableFindings(text), []);
    assert.deepEqual(tableFindings(table('2250')), ['2250']);
  });

  it('names each group column by the group and its column, a column with its own unit (元) by itself', () => {
    const text = table('2500');
    const grid = readGrid(parseDraft(text).tables[0]!, text)!;
    assert.deepEqual(
      grid.columns.map((c) => c.label),
      ['地区', '财政收入当月', '财政收入累计', '财政收入为预算%', '财政收入增幅%', '人均收入（元）', '财政支出当月', '财政支出累计', '财政支出为预算%', '财政支出增幅%'],
    );
  });

  it('does not join a line opening with a pipe after a line left open', () => {
    const text = table('2250', ['| 5.0 | 3125 | 3000 | 9000', '| -2.0 |']);
    assert.deepEqual(tableFindings(text), []);
  });
});

describe('a table copied column by column', () => {
  // made up: a population table whose three columns came out one block each, the rows of a column on one line
  const table = (rest: string): string =>
    [
      '表2 常住人口及其构成',
      '指 标 | 年末数（万人） | 比重（%） |',
      '常住人口',
      '其中：城镇 乡村 其中：男性 女性 |',
      '50.0',
      '30.0 20.0 24.0 26.0 |',
      '100.0',
      `${rest} |`,
      '',
      '人口结构保持稳定。',
      '',
    ].join('\n');

  it('reads row k from the k-th word of each block', () => {
    const text = table('60.0 40.0 48.0 52.0');
    const draft = parseDraft(text);
    assert.equal(draft.tables.length, 1);
    assert.deepEqual(
      draft.tables[0]!.rows.map((r) => r.cells.map((c) => c.text)),
      [
        ['常住人口', '50.0', '100.0'],
        ['其中：城镇', '30.0', '60.0'],
        ['乡村', '20.0', '40.0'],
        ['其中：男性', '24.0', '48.0'],
        ['女性', '26.0', '52.0'],
      ],
    );
    assert.deepEqual(tableFindings(text), []);
    assert.deepEqual(tableFindings(table('65.0 40.0 48.0 52.0')), ['65.0']);
  });

  it('reads no table when the blocks hold different numbers of words', () => {
    const text = table('60.0 40.0 48.0');
    assert.equal(parseDraft(text).tables.length, 0);
  });
});

describe('a table pasted one cell per line whose dashes read as a GFM delimiter', () => {
  // made up: each cell closed by a pipe, a group row's empty cells written as dashes (-- |)
  const table = (share: string): string =>
    [
      '表3 年末常住人口',
      '指 标 |',
      '人数（人） |',
      '比重（%） |',
      '全镇常住人口 |',
      '20000 |',
      '100.0 |',
      '按性别分 |',
      '-- |',
      '-- |',
      '#男性 |',
      '10400 |',
      `${share} |`,
      '女性 |',
      '9600 |',
      '48.0 |',
      '按年龄分 |',
      '-- |',
      '-- |',
      '#18岁以下 |',
      '4000 |',
      '20.0 |',
      '18-59岁 |',
      '12000 |',
      '60.0 |',
      '60岁及以上 |',
      '4000 |',
      '20.0 |',
      '',
      '人口总量基本稳定。',
      '',
    ].join('\n');

  it('reads the cells as one table, not a GFM table of one column', () => {
    const draft = parseDraft(table('52.0'));
    assert.equal(draft.tables.length, 1);
    assert.equal(draft.tables[0]!.source, 'stacked');
    assert.deepEqual(tableFindings(table('52.0')), []);
    assert.deepEqual(tableFindings(table('57.0')), ['57.0']);
  });

  it('keeps a one-column GFM table under a delimiter of three dashes', () => {
    const draft = parseDraft(['| 事项 |', '| --- |', '| 修订制度 |', '| 开展培训 |', ''].join('\n'));
    assert.equal(draft.tables.length, 1);
    assert.equal(draft.tables[0]!.source, 'gfm');
  });
});

describe('a table written on one line', () => {
  // made up: the heading and every row of a population table parted by single spaces on one line
  const line = (share: string): string =>
    ['表4 户籍人口构成', '', `指 标 人数（人） 比重（%） 全乡户籍人口 30000 100.0 其中：城镇 12000 ${share} 乡村 18000 60.0 其中：男性 15300 51.0 女性 14700 49.0`, '', '人口结构总体稳定。', ''].join(
      '\n',
    );

  it('reads the heading and a label with its figures per row', () => {
    const draft = parseDraft(line('40.0'));
    assert.equal(draft.tables.length, 1);
    assert.deepEqual(
      draft.tables[0]!.header.cells.map((c) => c.text),
      ['指 标', '人数（人）', '比重（%）'],
    );
    assert.equal(draft.tables[0]!.rows.length, 5);
    assert.deepEqual(tableFindings(line('40.0')), []);
    assert.deepEqual(tableFindings(line('45.0')), ['45.0']);
  });

  it('reads no table from a line whose words and figures do not repeat so', () => {
    const text = '指 标 人数（人） 比重（%） 全乡户籍人口 30000 100.0 其中：城镇 12000 40.0 乡村 18000 60.0 女性 14700\n';
    assert.equal(parseDraft(text).tables.length, 0);
    assert.equal(parseDraft('全年接待游客 120 万人次 旅游收入 8 亿元 增长 5 个百分点\n').tables.length, 0);
  });
});

describe('a growth column after a column naming no period and one naming the last', () => {
  // made up: a monthly form's 数量 against 上期, its 环比 column the change between them
  const form = (growth: string, previous = '上期'): string =>
    [
      `指标名称 | 单位 | 数量 | ${previous} | 环比 |`,
      '1.养老床位 | 张 | 1,100 | 1,000 | 10.00 |',
      `2.护理床位 | 张 | 660 | 600 | ${growth} |`,
      '3.日间照料床位 | 张 | 330 | 300 | 10.00 |',
      '',
      '床位数量稳步增加。',
      '',
    ].join('\n');

  it('checks the growth of the first column over the last period', () => {
    assert.deepEqual(tableFindings(form('10.00')), []);
    assert.deepEqual(tableFindings(form('15.00')), ['15.00']);
  });

  it('does not compare two columns neither of which names the last period', () => {
    assert.deepEqual(tableFindings(form('15.00', '计划')), []);
  });
});

describe("a row's unit from the 单位 column", () => {
  // made up: a hospital's indicators, each row in its own unit, 增长 the difference in that unit
  const table = (diff: string): string =>
    [
      '指标 | 单位 | 上年度 | 本年度 | 增长 |',
      '总收入 | 万元 | 2000 | 2100 | 100.00 |',
      `门诊人次 | 人次 | 30000 | 33000 | ${diff} |`,
      '出院人次 | 人次 | 3000 | 3300 | 300.00 |',
      '',
      '各项指标平稳。',
      '',
    ].join('\n');

  it('stays the unit of a 增长 column that holds differences', () => {
    assert.deepEqual(tableFindings(table('3000.00')), []);
    assert.deepEqual(tableFindings(table('2000.00')), ['2000.00']);
  });
});
