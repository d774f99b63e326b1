// Tables read so that a broken copy of a figure is found (issue 12/13, mutants on the real corpus): a table pasted
// one cell per line with pipes between cells where two pipes with nothing between are an empty cell, and a 其中 row
// that is a part of a row further up than the row right above it.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';
import { parseDraft } from '../../server/src/engine/parse';
import type { Table } from '../../server/src/engine/tables/model';

const cells = (t: Table): string[][] => [t.header, ...t.rows].map((r) => r.cells.map((c) => c.text));
const tableFindings = (text: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule.startsWith('table-'))
    .map((f) => text.slice(f.offset, f.endOffset));

/** Cells one per line, each closed by a pipe; `''` is an empty cell (a pipe alone right after a pipe). */
const piped = (cellTexts: string[]): string => `学校情况表\n\n|\n${cellTexts.map((c) => (c === '' ? '|' : `${c}\n|`)).join('\n')}\n`;

const HEADING = ['学校数（所）', '', '合计', '公办', '民办', '其他'];
const rows = (total: string): string[] => [...['全县', total, '80', '40', '10'], ...['甲乡', '60', '35', '25', ''], ...['乙乡', '40', '20', '10', '10'], ...['丙乡', '30', '25', '5', '']];

describe('tables pasted with pipes, an empty pair of pipes an empty cell', () => {
  it('reads the rows from label to label, the empty cell kept in its column', () => {
    const draft = parseDraft(piped([...HEADING, ...rows('130')]));
    assert.equal(draft.tables.length, 1);
    const t = draft.tables[0]!;
    assert.ok(!t.unclear);
    assert.deepEqual(cells(t).slice(-4), [
      ['全县', '130', '80', '40', '10'],
      ['甲乡', '60', '35', '25', ''],
      ['乙乡', '40', '20', '10', '10'],
      ['丙乡', '30', '25', '5', ''],
    ]);
    assert.deepEqual(tableFindings(piped([...HEADING, ...rows('130')])), []);
  });

  it('finds a total cut by a tenth in such a table', () => {
    const text = piped([...HEADING, ...rows('117')]);
    assert.ok(tableFindings(text).includes('117'), JSON.stringify(tableFindings(text)));
  });
});

describe('其中 rows under a row the rows above them make up', () => {
  const table = (fringe: string): string =>
    ['| 地区 | 学校 | 班级 |', '|---|--:|--:|', '| 城区 | 100 | 900 |', '| 公办 | 70 | 600 |', '| 民办 | 30 | 300 |', `| 其中：新区 | ${fringe} | 400 |`, '| 镇区 | 50 | 450 |', ''].join('\n');

  it('takes the 其中 row as a part of the row the rows above add up to, not of the row right above', () => {
    assert.deepEqual(tableFindings(table('40')), []);
  });

  it('still finds a 其中 row larger than the row it is a part of', () => {
    assert.ok(tableFindings(table('140')).length > 0);
  });
});

describe('bilingual row labels in a table pasted one cell per line', () => {
  const table = (total: string): string =>
    [
      '卫生机构表',
      '',
      ...['机构数', '床位数', '人员数', 'Institutions', 'Beds', 'Personnel'],
      ...['总 计', 'Total', total, '300', '900'],
      ...['医 院', 'Hospitals', '20', '200', '700'],
      ...['卫生院', 'Health Centers', '10', '100', '200'],
      '',
    ]
      .map((c) => (c === '' ? '' : `${c} |`))
      .join('\n');

  it('reads the Chinese and the English label as one row label', () => {
    const draft = parseDraft(table('30'));
    assert.equal(draft.tables.length, 1);
    const t = draft.tables[0]!;
    assert.ok(!t.unclear);
    assert.deepEqual(cells(t).slice(-3), [
      ['总 计 Total', '30', '300', '900'],
      ['医 院 Hospitals', '20', '200', '700'],
      ['卫生院 Health Centers', '10', '100', '200'],
    ]);
    assert.deepEqual(tableFindings(table('30')), []);
  });

  it('finds a total cut by a tenth in such a table', () => {
    assert.ok(tableFindings(table('27')).includes('27'), JSON.stringify(tableFindings(table('27'))));
  });
});

describe('a yearbook table aligned with spaces, its columns years', () => {
  const table = (last: string): string =>
    ['医院工作情况', '', '项    目 单 位 2022年 2023年 2024年', `机构数 个 30 32 ${last}`, ' 医院 个 10 12 15', ' 卫生院 个 20 20 20', '病床数 张 300 320 350', ''].join('\n');

  it('reads a heading line with more words than columns: the years head the columns, the words before them the labels', () => {
    const draft = parseDraft(table('35'));
    assert.equal(draft.tables.length, 1);
    assert.deepEqual(cells(draft.tables[0]!)[0], ['项    目 单 位', '2022年', '2023年', '2024年']);
    assert.deepEqual(tableFindings(table('35')), []);
    assert.deepEqual(tableFindings(table('31')), ['31']);
  });

  it('takes the rows indented under a # row as its parts, not as more parts of the row above it', () => {
    const rows = (v: string): string =>
      ['医院工作情况', '', '项目 2022年 2023年 2024年', '出院人数 1000 1100 1200', ` #出院病人数 ${v} 900 1000`, '  1.治愈 600 700 800', '  2.好转 150 150 150', '  3.死亡 50 50 50', ''].join('\n');
    assert.deepEqual(tableFindings(rows('800')), []);
  });

  it('finds a # row cut below the numbered rows indented under it', () => {
    const rows = (v: string): string =>
      ['医院工作情况', '', '项目 2022年 2023年 2024年', '出院人数 1000 1100 1200', ` #出院病人数 ${v} 900 1000`, '  1.治愈 600 700 800', '  2.好转 150 150 150', '  3.死亡 50 50 50', ''].join('\n');
    assert.deepEqual(tableFindings(rows('720')), ['720']);
  });
});
