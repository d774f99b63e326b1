// A table's reading kept between keystrokes (tables/memo.ts, tableModel.ts): while a table, its 表题 and unit line
// are unchanged, a check with a CheckCache gives the draft the table object of the check before and reuses its
// reading; whatever is edited (a cell, the 表题, the unit line, the paragraph before, another table), the findings
// and what a hover shows over every cell and figure are exactly those of a check that starts cold.

import assert from 'node:assert/strict';
import { CheckCache } from '../../server/src/engine/cache';
import { check, type CheckResult } from '../../server/src/engine/check';
import { explainAt } from '../../server/src/engine/explain';
import { figureModel } from '../../server/src/engine/figures/model';

const first = [
  '表1 2024年各乡镇重点项目投资完成情况',
  '',
  '单位：个、万元',
  '',
  '| 乡镇 | 项目数 | 计划投资 | 完成投资 | 完成率（%） |',
  '| --- | --- | --- | --- | --- |',
  '| 城关镇 | 12 | 3650.0 | 3102.5 | 85.0 |',
  '| 河口镇 | 8 | 2140.0 | 1926.0 | 90.0 |',
  '| 石桥乡 | 5 | 980.0 | 735.0 | 75.0 |',
  '| 合计 | 25 | 6770.0 | 5763.5 | 85.1 |',
].join('\n');

const second = [
  '表2 2024年民生实事进展情况',
  '',
  '| 项目 | 本年 | 上年 | 增长（%） |',
  '| --- | --- | --- | --- |',
  '| 新增城镇就业（人） | 5280 | 4800 | 10.0 |',
  '| 改造老旧小区（个） | 36 | 30 | 20.0 |',
  '| 新建村级卫生室（个） | 14 | 10 | 40.0 |',
].join('\n');

const draft = [
  '关于2024年重点项目建设和民生实事进展情况的报告',
  '',
  // a heading starts a chunk of its own: the tables are not read from the draft's first chunk, whose tables the
  // chunk cache gives back as they are, so what is kept here is the table memo's doing
  '## 一、重点项目建设',
  '',
  '全县共安排重点项目25个，年度计划投资6770.0万元，截至年底完成投资5763.5万元，完成率85.1%。',
  '',
  first,
  '',
  '民生实事方面，全年新增城镇就业5280人，比上年增长10.0%。',
  '',
  second,
  '',
].join('\n');

/** The findings, and what a hover shows at every cell of every table and at every figure of the prose. */
function shown(result: CheckResult): unknown {
  const at = [...result.draft.tables.flatMap((t) => [t.header, ...t.rows].flatMap((r) => r.cells.map((c) => c.offset))), ...figureModel(result.draft).figures.map((f) => f.offset)];
  return { findings: result.findings, hovers: at.map((o) => explainAt(result, o)) };
}

/** The text with `from` (its `nth` occurrence) replaced by `to`. */
function edit(text: string, from: string, to: string, nth = 0): string {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(from, at + 1);
  assert.ok(at >= 0, `no ${from} in the text`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

describe('tables kept between keystrokes (speed21)', function () {
  this.timeout(60_000);

  it('gives, after each edit of a replayed sequence, the findings and hovers of a cold check', () => {
    const cache = new CheckCache();
    let text = draft;
    check(text, { cache });
    const steps: Array<[string, (t: string) => string]> = [
      ['a figure typed into a cell', (t) => edit(t, '3102.5', '3112.5')],
      ['the figure deleted again', (t) => edit(t, '3112.5', '3102.5')],
      ['a cell cut to a broken figure', (t) => edit(t, '1926.0', '19的26.0')],
      ['the cell put back', (t) => edit(t, '19的26.0', '1926.0')],
      ['the unit line changed', (t) => edit(t, '单位：个、万元', '单位：个、亿元')],
      ['the unit line put back', (t) => edit(t, '单位：个、亿元', '单位：个、万元')],
      ['the unit line removed', (t) => edit(t, '单位：个、万元\n\n', '')],
      ['the unit line written at the end of the 表题', (t) => edit(t, '完成情况\n', '完成情况（单位：个、万元）\n')],
      ['the 表题 changed', (t) => edit(t, '表1 2024年各乡镇重点项目投资完成情况', '表1 2024年各乡镇重点项目投资指数情况')],
      ['the 表题 turned into a sentence', (t) => edit(t, '投资指数情况（单位：个、万元）', '投资情况如下，请审阅。')],
      ['the 表题 and unit line back', (t) => edit(t, '表1 2024年各乡镇重点项目投资情况如下，请审阅。', '表1 2024年各乡镇重点项目投资完成情况\n\n单位：个、万元')],
      ['a character typed into the paragraph before the table', (t) => edit(t, '全县共安排', '全县共计安排')],
      ['a figure of the paragraph before the table changed', (t) => edit(t, '完成投资5763.5万元', '完成投资5736.5万元')],
      ['the paragraph before the table put back', (t) => edit(edit(t, '全县共计安排', '全县共安排'), '完成投资5736.5万元', '完成投资5763.5万元')],
      ['the blank line between the unit line and the table removed', (t) => edit(t, '单位：个、万元\n\n|', '单位：个、万元\n|')],
      ['the blank line back', (t) => edit(t, '单位：个、万元\n|', '单位：个、万元\n\n|')],
      ['a growth of the other table changed', (t) => edit(t, '| 20.0 |', '| 25.0 |')],
      ['a heading of the other table changed', (t) => edit(t, '| 增长（%） |', '| 增减 |')],
      ['the other table put back', (t) => edit(edit(t, '| 增减 |', '| 增长（%） |'), '| 25.0 |', '| 20.0 |')],
      ['the paragraph between the tables changed', (t) => edit(t, '5280人', '5820人')],
      ['a row indented in the first table', (t) => edit(t, '| 河口镇 |', '|   河口镇 |')],
      ['a row added to the first table', (t) => edit(t, '| 合计 |', '| 其中：城关镇 | 6 | 1800.0 | 1530.0 | 85.0 |\n| 合计 |')],
    ];
    for (const [what, step] of steps) {
      text = step(text);
      assert.deepEqual(shown(check(text, { cache })), shown(check(text)), what);
      check(text, { cache });
    }
  });

  it('reads an unchanged table once: an edit elsewhere or typing and deleting in it gives the earlier table back', () => {
    const cache = new CheckCache();
    const before = check(draft, { cache }).draft.tables;
    // an edit in the paragraph between the tables: both stand where they stood, unchanged
    const between = check(edit(draft, '5280人', '5820人'), { cache }).draft.tables;
    assert.equal(between[0], before[0]);
    assert.equal(between[1], before[1]);
    // a figure of the first table changed (one character for another): that one is read anew, the other is kept
    const typed = check(edit(draft, '3102.5', '3102.6'), { cache }).draft.tables;
    assert.notEqual(typed[0], before[0]);
    assert.equal(typed[1], before[1]);
    // deleted again: the first table of the check before comes back
    assert.equal(check(draft, { cache }).draft.tables[0], before[0]);
    // a new 表题: read anew, though its cells are the same
    assert.notEqual(check(edit(draft, '投资完成情况', '投资完成情况表'), { cache }).draft.tables[0], before[0]);
    // moved by typing above it for a few checks and back: still kept; moved for many: dropped, read anew
    const above = (n: number): string => edit(draft, '全县共安排', `全县${'的'.repeat(n)}共安排`);
    for (let n = 1; n <= 3; n++) check(above(n), { cache });
    assert.equal(check(draft, { cache }).draft.tables[0], before[0]);
    for (let n = 1; n <= 8; n++) check(above(n), { cache });
    assert.notEqual(check(draft, { cache }).draft.tables[0], before[0]);
    // without a cache every check reads its tables anew
    assert.notEqual(check(draft).draft.tables[0], check(draft).draft.tables[0]);
  });
});
