// Tables read on the layouts real pages paste (issue 12), round 9 (tables9b): relations in tables the engine reads
// into a correct grid. Each reading with a made-up table, each failing without it.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

const gfm = (rows: string[][], above = ''): string =>
  [above, `| ${rows[0]!.join(' | ')} |`, `|${rows[0]!.map(() => '---').join('|')}|`, ...rows.slice(1).map((r) => `| ${r.join(' | ')} |`), '', '以上数据来自各单位上报。', ''].join('\n');

describe('按…分 groups under one of a total’s rows', () => {
  // made up: 总计 = 学校 + 培训机构 + 其他; 学校 split twice (按办学主体分, 按学段分), 培训机构 with two rows of its own
  const table = (total: string): string =>
    gfm([
      ['项目', '本年', '上年'],
      ['总计', total, '1710'],
      ['学校', '1200', '1130'],
      ['按办学主体分', '', ''],
      ['公办学校', '900', '860'],
      ['民办学校', '300', '270'],
      ['按学段分', '', ''],
      ['小学', '700', '650'],
      ['中学', '450', '440'],
      ['培训机构', '520', '500'],
      ['学科类', '210', '230'],
      ['非学科类', '310', '270'],
      ['其他', '90', '80'],
    ]);

  it('holds when the total’s parts add up', () => {
    assert.deepEqual(findings(table('1810'), 'table-sum'), []);
  });

  it('reports a total its parts do not make, reading the 按…分 rows as the row’s own', () => {
    assert.deepEqual(findings(table('1850'), 'table-sum'), ['1850']);
  });

  it('stays silent where no reading of the rows adds up in any column', () => {
    const text = gfm([
      ['项目', '本年', '上年'],
      ['总计', '1850', '1750'],
      ['学校', '1200', '1130'],
      ['按办学主体分', '', ''],
      ['公办学校', '900', '860'],
      ['民办学校', '300', '270'],
      ['培训机构', '520', '500'],
      ['其他', '90', '80'],
    ]);
    assert.deepEqual(findings(text, 'table-sum'), []);
  });
});
