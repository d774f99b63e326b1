// Tables read after the first run on the unseen batches heldout7 and heldout8 (issue 12): a yearbook's place names
// spaced out character by character, and a 合计 row over a table cut off (its rows short of it in every column but one).

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const tableFindings = (text: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule.startsWith('table-'))
    .map((f) => f.message);

describe('tables cut off and yearbook place names', () => {
  // made up: households by where they are registered, the places spaced out as a yearbook prints them
  const rows = (total: string, mongolia = '内 蒙 古 | 300 | 250 | 30 | 20 |'): string =>
    [
      '各地区家庭户数量 | ||||',
      '单位：户 | ||||',
      '地 区 | 合计 | 本村户 | 村外户 | 外省户 |',
      `全国合计 | ${total} |`,
      '北 京 | 100 | 80 | 10 | 10 |',
      '山 西 | 200 | 180 | 10 | 10 |',
      mongolia,
      '辽 宁 | 400 | 350 | 30 | 20 |',
    ].join('\n');

  it('reads 内 蒙 古 as a place, not as 内：蒙古 under the row above', () => {
    const complete = rows('1000 | 860 | 80 | 60 |');
    assert.deepEqual(tableFindings(complete), []);
    // 内 … over a part would say 蒙古's 30 exceeds 山西's 10
    assert.deepEqual(
      tableFindings(complete).filter((m) => m.includes('蒙古')),
      [],
    );
    assert.match(tableFindings(rows('1000 | 860 | 80 | 60 |').replace('| 250 |', '| 350 |')).join('\n'), /表格合计与分项之和不符/);
  });

  it('does not flood a 合计 row whose listed rows fall short of it in every column but one (a table cut off)', () => {
    // the rows shown add up to 1000 | 860 | 80 | 60; the total counts rows not shown, and one column is over
    const cut = rows('1500 | 1330 | 70 | 100 |');
    const found = tableFindings(cut);
    assert.equal(found.length, 1, found.join('\n'));
    assert.match(found[0]!, /超过/);
    assert.match(found[0]!, /80/);
  });

  it('still reports a slip in a complete table, where the other columns add up', () => {
    const found = tableFindings(rows('1000 | 860 | 90 | 60 |'));
    assert.ok(
      found.some((m) => /村外户.*90/.test(m) && /表中合计应等于所列各项之和/.test(m)),
      found.join('\n'),
    );
  });

  it('reads a tax under 其中：税收收入 as one of its taxes, not another part of the revenue', () => {
    // made up: a yearbook's space-aligned revenue rows, the taxes indented under 税收收入
    const table = (revenue: number): string =>
      [
        '地方财政收支',
        '',
        '    项  目                 全省     西宁市    海东市',
        `  公共财政收入            ${revenue}     3000     1500`,
        '    其中：税收收入           6000     2600     1200',
        '      其中：企业所得税         900      300      100',
        '            个人所得税         400      150       60',
        '',
      ].join('\n');
    assert.deepEqual(tableFindings(table(7000)), []);
    assert.match(tableFindings(table(5900)).join('\n'), /税收收入6000/);
  });
});
