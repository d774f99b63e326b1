// Tables read so that a broken copy of a figure is found and no row is left in the prose (issue 13), fourth round:
// a yearbook's two heading rows copied one cell per line with its 其中 columns (`# 医院 |`, read by Markdown as a
// heading) on the second, 其中 columns after a column that is not a 合计, and remark sentences in the rows of a pipe
// table with its note under it.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';
import { parseDraft } from '../../server/src/engine/parse';
import type { Table } from '../../server/src/engine/tables/model';

const cells = (t: Table): string[][] => [t.header, ...t.rows].map((r) => r.cells.map((c) => c.text));
const findings = (text: string, rule: RegExp): string[] =>
  check(text)
    .findings.filter((f) => rule.test(f.rule))
    .map((f) => text.slice(f.offset, f.endOffset));
const tableFindings = (text: string): string[] => findings(text, /^table-/);
const residue = (text: string): string[] => findings(text, /^(?:broken-paragraph|web-residue)$/);

describe('a yearbook table whose two heading rows were copied one cell per line, 其中 columns on the second', () => {
  const table = (schools: string, staff: string): string =>
    [
      '8-3 学校基本情况（2019—2023年） | |||||',
      'Basic Statistics of Schools | |||||',
      '年 份 Year |',
      '学校数 （所） Schools |',
      '教职工 （人） Staff |',
      '||||',
      '# 小学 Primary |',
      '# 专任教师 Teachers |',
      '# 行政人员 Administrators |',
      '||||',
      `2019 | ${schools} | 41 | ${staff} | 2050 | 600 |`,
      '2020 | 72 | 40 | 3320 | 2100 | 610 |',
      '2021 | 70 | 39 | 3390 | 2160 | 620 |',
      '2022 | 69 | 39 | 3415 | 2201 | 630 |',
      '2023 | 67 | 38 | 3460 | 2230 | 640 |',
      '',
      '全县教育事业稳步发展。',
      '',
    ].join('\n');

  it('puts each 其中 column after the column it is at most in every row', () => {
    const draft = parseDraft(table('75', '3240'));
    assert.equal(draft.tables.length, 1);
    const t = draft.tables[0]!;
    assert.ok(!t.unclear);
    assert.deepEqual(
      cells(t)[0]!.map((c) => c.replace(/ .*/, '')),
      ['年', '学校数', '#', '教职工', '#', '#'],
    );
    assert.deepEqual(cells(t)[0]!.slice(2, 3), ['# 小学 Primary']);
    assert.deepEqual(tableFindings(table('75', '3240')), []);
    assert.deepEqual(residue(table('75', '3240')), []);
  });

  it('finds a column cut below its 其中 column', () => {
    assert.deepEqual(tableFindings(table('38', '3240')), ['38']);
  });

  it('finds a column cut below the sum of its 其中 columns of one split', () => {
    assert.deepEqual(tableFindings(table('75', '2600')), ['2600']);
  });
});

describe('其中 columns after a column that is not a 合计', () => {
  const table = (staff: string): string =>
    [
      '| 单位 | 职工人数 | #管理人员 | #技术人员 | 资产（万元） |',
      '|---|---:|---:|---:|---:|',
      `| 甲厂 | ${staff} | 12 | 40 | 3100 |`,
      '| 乙厂 | 96 | 10 | 51 | 2800 |',
      '| 丙厂 | 75 | 8 | 30 | 1900 |',
      '| 丁厂 | 60 | 6 | 21 | 1500 |',
      '',
    ].join('\n');

  it('holds when each row is at least its 其中 columns together', () => {
    assert.deepEqual(tableFindings(table('80')), []);
  });

  it('finds a row cut below its 其中 columns together', () => {
    assert.deepEqual(tableFindings(table('48')), ['48']);
  });

  it('does not add up 其中 columns of different splits that are more than the whole in several rows', () => {
    const rows = ['| 单位 | 职工人数 | #女性 | #党员 |', '|---|---:|---:|---:|', '| 甲厂 | 80 | 50 | 40 |', '| 乙厂 | 96 | 60 | 45 |', '| 丙厂 | 75 | 40 | 39 |', '| 丁厂 | 60 | 30 | 20 |', ''];
    assert.deepEqual(tableFindings(rows.join('\n')), []);
    rows[2] = '| 甲厂 | 45 | 50 | 40 |';
    assert.deepEqual(tableFindings(rows.join('\n')), ['45']);
  });
});

describe('a pipe table with a sentence in the remark column of its last rows and a note under it', () => {
  const table = (car: string): string =>
    [
      '单位：万元 | |||',
      '项目 | 2023年 | 2024年 | 增减 | 原因 |',
      '合计 | 300.00 | 280.00 | -20.00 | |',
      '1、接待费 | 100.00 | 90.00 | -10.00 | 压减一般性支出，减少接待。 |',
      `2、公务用车费 | ${car} | 190.00 | -10.00 | |`,
      '其中：（1）运行维护费 | 150.00 | 140.00 | -10.00 | 车辆减少，维护费相应减少。 |',
      '(2)购置费 | 50.00 | 50.00 | 0.00 | 按计划更新一辆执法车辆，其余车辆继续使用。 |',
      '说明：“三公”经费包括因公出国（境）费、公务用车购置及运行费和公务接待费。 | |||',
      '',
      '下面说明增减变化的原因。',
      '',
    ].join('\n');

  it('keeps the rows with a remark in the table and the note out of the prose', () => {
    const draft = parseDraft(table('200.00'));
    assert.equal(draft.tables.length, 1);
    const t = draft.tables[0]!;
    assert.ok(!t.unclear);
    assert.deepEqual(
      t.rows.map((r) => r.cells[0]!.text),
      ['合计', '1、接待费', '2、公务用车费', '其中：（1）运行维护费', '(2)购置费'],
    );
    assert.deepEqual(residue(table('200.00')), []);
    assert.deepEqual(tableFindings(table('200.00')), []);
  });

  it('finds the row its 其中 rows add up to, cut by a tenth', () => {
    assert.ok(tableFindings(table('180.00')).includes('180.00'));
  });

  it('leaves a block of sentences with pipes in the prose', () => {
    const text = ['第一项 | 工作推进有力，成效明显。 |', '第二项 | 措施落实到位，群众满意。 |', '第三项 | 问题整改及时，效果良好。 |', ''].join('\n');
    assert.equal(parseDraft(text).tables.length, 0);
  });
});

describe('第二产业 over 工业 and 建筑业 listed further down, 按主要行业分 (三次产业划分规定)', () => {
  const table = (industry: string, share: string): string =>
    [
      '| 项目 | 2022 | 2023 |',
      '|---|---:|---:|',
      '| 增加值（亿元） | 500.0 | 540.0 |',
      '| 第一产业 | 50.0 | 52.0 |',
      '| 第二产业 | 200.0 | 218.0 |',
      '| 第三产业 | 250.0 | 270.0 |',
      '| 按主要行业分 | | |',
      `| 工业 | 160.0 | ${industry} |`,
      '| 建筑业 | 40.0 | 45.0 |',
      '| 批发和零售业 | 60.0 | 66.0 |',
      '| 增加值指数（上年=100） | 106.0 | 105.0 |',
      '| 第一产业 | 103.0 | 103.5 |',
      '| 第二产业 | 107.0 | 106.0 |',
      '| 第三产业 | 105.5 | 104.5 |',
      '| 按主要行业分 | | |',
      '| 工业 | 108.0 | 107.0 |',
      '| 建筑业 | 101.0 | 102.0 |',
      '| 增加值构成（%） | 100.0 | 100.0 |',
      '| 第一产业 | 10.0 | 9.6 |',
      `| 第二产业 | 40.0 | ${share} |`,
      '| 第三产业 | 50.0 | 50.0 |',
      '| 按主要行业分 | | |',
      '| 工业 | 32.0 | 32.0 |',
      '| 建筑业 | 8.0 | 8.4 |',
      '',
    ].join('\n');

  it('holds when 工业 and 建筑业 make up 第二产业 (and not under the index rows, which do not add up)', () => {
    assert.deepEqual(tableFindings(table('173.0', '40.4')), []);
  });

  it('finds 第二产业 that is not 工业 plus 建筑业', () => {
    assert.deepEqual(tableFindings(table('163.0', '40.4')), ['218.0']);
  });

  it('finds shares of the sectors that do not add up to the 构成 row, and 第二产业 not the sum of its shares', () => {
    assert.deepEqual(tableFindings(table('173.0', '39.4')).sort(), ['100.0', '39.4'].sort());
  });
});

describe('a pipe table whose first heading line names groups merged over columns the second line repeats', () => {
  const table = (car: string): string =>
    [
      '单位：万元',
      '项目 | 计划数 | 完成数 | ||||',
      '合计 | 财政资金 | 自筹资金 | 合计 | 财政资金 | 自筹资金 | |',
      '道路工程 | 120 | 100 | 20 | 118 | 98 | 20 |',
      `车辆购置 | ${car} | 30 | 10 | 38 | 30 | 8 |`,
      '设备更新 | 60 | 50 | 10 | 55 | 50 | 5 |',
      '',
    ].join('\n');

  it('names each column by its group and its own heading', () => {
    const t = parseDraft(table('40')).tables[0]!;
    assert.ok(!t.unclear);
    assert.deepEqual(cells(t)[0], ['项目', '计划数 合计', '计划数 财政资金', '计划数 自筹资金', '完成数 合计', '完成数 财政资金', '完成数 自筹资金']);
    assert.deepEqual(tableFindings(table('40')), []);
  });

  it('finds a 合计 cell cut by a tenth against the columns of its group', () => {
    assert.deepEqual(tableFindings(table('36')), ['36']);
  });
});

describe('a sentence that names a row, then gives its measures by the words of the columns', () => {
  const text = (invest: string): string =>
    [
      `按隶属统计：市直项目12个，完成投资${invest}亿元；县区项目40个，完成投资30.5亿元。`,
      '',
      '| 隶属 | 项目个数 | 年投资计划（亿元） | 完成投资额（亿元） |',
      '|---|---:|---:|---:|',
      '| 甲县 | 22 | 20.0 | 16.2 |',
      '| 乙区 | 18 | 18.0 | 14.3 |',
      '| 市直 | 12 | 30.0 | 21.4 |',
      '',
    ].join('\n');

  it('holds when the text gives the row’s cell (完成投资 for the column 完成投资额)', () => {
    assert.deepEqual(tableFindings(text('21.4')), []);
  });

  it('finds the text and the table giving the row two different figures', () => {
    assert.deepEqual(tableFindings(text('25.6')), ['21.4']);
  });
});
