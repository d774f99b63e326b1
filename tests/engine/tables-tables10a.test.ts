// Tables read so that a broken copy of a figure is found (issue 12), round 10 (tables10a): a pipe table whose heading
// is broken over lines with a group row right under it, its totals' empty share cells written out; an 增量 column;
// a row over numbered rows; shares, contributions and pulls of a whole that is no 合计 row; a bilingual yearbook's
// English label lines. Every table is made up.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';
import { parseDraft } from '../../server/src/engine/parse';
import { readGrid } from '../../server/src/engine/tables/grid';

const tableFindings = (text: string): string[] =>
  check(text)
    .findings.filter((f) => /^table-/.test(f.rule))
    .map((f) => text.slice(f.offset, f.endOffset));

/** A county's household income table, copied from a web page: every cell of the heading closed by its pipe. */
function income(cells: Partial<Record<string, string>> = {}): string {
  const v = (key: string, value: string): string => cells[key] ?? value;
  return [
    '表3 居民人均可支配收入',
    '',
    '指 标 | 2024年 （元） |',
    '2023年 （元） |',
    '增量 （元） |',
    '构成 (%) |',
    '贡献率 (%) |',
    '拉动增长 （百分点） |',
    '全体居民 | — | |||||',
    `可支配收入 | ${v('total', '30000')} | 28000 | 2000 | |||`,
    `一、工资性收入 | 18000 | 16800 | ${v('wageIncrease', '1200')} | ${v('wageShare', '60.0')} | ${v('wageContribution', '60.0')} | ${v('wagePull', '4.3')} |`,
    '二、经营净收入 | 6000 | 5600 | 400 | 20.0 | 20.0 | 1.4 |',
    '三、财产净收入 | 2000 | 1900 | 100 | 6.7 | 5.0 | 0.4 |',
    '四、转移净收入 | 4000 | 3700 | 300 | 13.3 | 15.0 | 1.1 |',
    '',
    '全县居民收入稳步增长。',
    '',
  ].join('\n');
}

describe('a pipe table whose heading is broken over lines, a group row under it (tables10a)', () => {
  it('reads the heading, the group row as a row, and the totals whose empty share cells are written out', () => {
    const draft = parseDraft(income());
    assert.equal(draft.tables.length, 1);
    const table = draft.tables[0]!;
    assert.ok(!table.unclear);
    assert.equal(table.header.cells.length, 7);
    const grid = readGrid(table, draft.source)!;
    assert.deepEqual(
      grid.columns.map((c) => c.role),
      ['label', 'amount', 'amount', 'change', 'share', 'rate', 'growth'],
    );
    // 可支配收入 keeps its figures in their columns: its empty shares are written out, not lost
    const total = grid.rows.find((r) => r.label === '可支配收入')!;
    assert.ok(!total.row.short);
  });

  it('is silent on the table as written', () => {
    assert.deepEqual(tableFindings(income()), []);
  });

  it('finds a wrong increase (增量 is the difference of the two years)', () => {
    assert.ok(tableFindings(income({ wageIncrease: '1100' })).includes('1100'));
  });

  it('finds a total the numbered rows under it pass', () => {
    assert.ok(tableFindings(income({ total: '27000' })).includes('27000'));
  });
});

describe('shares, contributions and pulls of a whole that is no 合计 row (tables10a)', () => {
  it('finds a wrong 构成 (of this year), 贡献率 (of the increase) and 拉动 (of last year’s whole)', () => {
    assert.deepEqual(tableFindings(income({ wageShare: '65.0' })), ['65.0']);
    assert.deepEqual(tableFindings(income({ wageContribution: '55.0' })), ['55.0']);
    assert.deepEqual(tableFindings(income({ wagePull: '4.0' })), ['4.0']);
  });

  it('stays silent when no pair of columns makes most of the shares hold (shares of a whole not in the table)', () => {
    const text = income()
      .replace('| 60.0 | 60.0 | 4.3 |', '| 50.0 | 60.0 | 4.3 |')
      .replace('| 20.0 | 20.0 | 1.4 |', '| 16.7 | 20.0 | 1.4 |')
      .replace('| 6.7 | 5.0 | 0.4 |', '| 5.6 | 5.0 | 0.4 |')
      .replace('| 13.3 | 15.0 | 1.1 |', '| 27.8 | 15.0 | 1.1 |');
    assert.deepEqual(
      check(text)
        .findings.filter((f) => f.rule === 'table-share' && /构成/.test(f.message))
        .map((f) => f.message),
      [],
    );
  });
});

describe("a bilingual yearbook's English label lines (tables10a)", () => {
  const yearbook = (total2022: string): string =>
    [
      '表5 主要人口指标',
      '项目  Item 2020 2021 2022',
      `     总人口（万人） 500 510 ${total2022}`,
      '          Total Population (10000 persons)',
      '        260 265 270',
      '        240 245 250',
      '     城镇化率（%） 60.1 61.2 62.3',
      '          Urbanization Rate(%)',
      '',
      '人口总量保持增长。',
      '',
    ].join('\n');

  it('reads an English line as the translation of the label above it, not a row between the rows', () => {
    const draft = parseDraft(yearbook('520'));
    const grid = readGrid(draft.tables[0]!, draft.source)!;
    assert.deepEqual(
      grid.rows.map((r) => r.label),
      ['总人口（万人）', '', '', '城镇化率（%）'],
    );
    assert.deepEqual(tableFindings(yearbook('520')), []);
  });

  it('finds a total the two unnamed rows under it pass', () => {
    assert.deepEqual(tableFindings(yearbook('468')), ['468']);
  });
});

describe('a table of one row pasted one cell per line (tables10a)', () => {
  const notice = (rate: string): string =>
    [
      '附：2024年某区民生实事完成情况',
      '',
      '项目名称',
      '',
      '年度目标（个）',
      '',
      '完成数（个）',
      '',
      '完成率',
      '',
      '新建社区食堂',
      '',
      '12',
      '',
      '12',
      '',
      rate,
      '',
      '某区民政局',
      '',
      '2024年12月20日',
      '',
    ].join('\n');

  it('reads the heading and its one row: no broken paragraph or stray figure, the rate checked', () => {
    const findings = check(notice('100%')).findings;
    assert.deepEqual(
      findings.filter((f) => f.rule === 'web-residue' || f.rule === 'broken-paragraph' || /^table-/.test(f.rule)).map((f) => f.rule),
      [],
    );
    const draft = parseDraft(notice('100%'));
    assert.equal(draft.tables.length, 1);
    assert.deepEqual(
      draft.tables[0]!.rows.map((r) => r.cells.map((c) => c.text)),
      [['新建社区食堂', '12', '12', '100%']],
    );
  });

  it('finds a wrong rate', () => {
    assert.deepEqual(tableFindings(notice('90%')), ['90%']);
  });
});

describe('a heading cell wrapped to a line of its own (tables10a)', () => {
  const census = (male: string): string =>
    [
      '表2 全乡人口构成',
      '',
      '指标名称 绝对数（人） 占年末人口',
      '比重%',
      '全乡总人口 20000 100',
      '按城乡分',
      '城镇 8000 40.0',
      '乡村 12000 60.0',
      '按性别分',
      `男性 10400 ${male}`,
      '女性 9600 48.0',
      '',
      '人口结构基本稳定。',
      '',
    ].join('\n');

  it('reads 比重% as the end of the last heading cell, not a row: the column is a share of the row of 100', () => {
    const draft = parseDraft(census('52.0'));
    assert.deepEqual(
      draft.tables[0]!.header.cells.map((c) => c.text),
      ['指标名称', '绝对数（人）', '占年末人口比重%'],
    );
    assert.deepEqual(tableFindings(census('52.0')), []);
  });

  it('finds a wrong share', () => {
    assert.deepEqual(tableFindings(census('57.0')), ['57.0']);
  });
});

describe("a bilingual yearbook's English labels with figures in them, one cell per line (tables10a)", () => {
  const yearbook = (total: string): string =>
    [
      '表4 人口抽样调查',
      '',
      '项 目 |',
      'Item |',
      '2022 |',
      '2023 |',
      '2024 |',
      '常住人口 |',
      'Resident Population |',
      `${total} |`,
      '310.00 |',
      '320.00 |',
      '#0-14岁 |',
      'Age',
      '0-14 |',
      '50.00 |',
      '52.00 |',
      '54.00 |',
      '15-64岁 |',
      'Age',
      '15-64 |',
      '200.00 |',
      '205.00 |',
      '210.00 |',
      '65岁及以上 |',
      'Age',
      '65 and Over |',
      '50.00 |',
      '53.00 |',
      '56.00 |',
      '',
      '人口总量平稳。',
      '',
    ].join('\n');

  it('joins Age 0-14 to the Chinese label above it: the age groups add up to the population', () => {
    const draft = parseDraft(yearbook('300.00'));
    const grid = readGrid(draft.tables[0]!, draft.source)!;
    assert.deepEqual(
      grid.rows.map((r) => r.label.replace(/[A-Za-z].*$/, '')),
      ['常住人口', '#0-14岁', '15-64岁', '65岁及以上'],
    );
    assert.deepEqual(tableFindings(yearbook('300.00')), []);
  });

  it('finds a population its age groups pass', () => {
    assert.deepEqual(tableFindings(yearbook('270.00')), ['270.00']);
  });
});
