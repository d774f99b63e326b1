// Tables read on the layouts real pages paste (issue 12), round 32 (tables38): a monthly progress table pasted as pipe
// rows whose empty cells were dropped in copying (a county with no 改建 houses writes 在建 299 | 299 | 98.0 and goes
// on), its heading over several lines of merged cells, so that its columns cannot be told apart: the short rows'
// figures are placed by the sums and ratios its full rows bear out. Each case made up, each reported case failing
// without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';
import { parseDraft } from '../../server/src/engine/parse';

const findings = (text: string, rule: string | RegExp): string[] =>
  check(text)
    .findings.filter((f) => (typeof rule === 'string' ? f.rule === rule : rule.test(f.rule)))
    .map((f) => text.slice(f.offset, f.endOffset))
    .filter((t, i, all) => all.indexOf(t) === i);

/** Full rows of the made-up table: 计划 | 在建 合计 | 新建 | 改建 | 占计划 | 完成 合计 | 新建 | 改建 | 占计划 | 总投资 | 住房 | 配套. */
const FULL = [
  '| 全市 | 6000 | 4520 | 3700 | 820 | 75.3 | 1480 | 1190 | 290 | 24.7 | 9100 | 6600 | 2500 | |',
  '| 东城县 | 400 | 310 | 250 | 60 | 77.5 | 90 | 70 | 20 | 22.5 | 640 | 500 | 140 | |',
  '| 西城县 | 900 | 700 | 700 | 0 | 77.8 | 200 | 200 | 0 | 22.2 | 1500 | 1100 | 400 | |',
  '| 南山县 | 1200 | 1000 | 820 | 180 | 83.3 | 200 | 150 | 50 | 16.7 | 1800 | 1300 | 500 | |',
  '| 北山县 | 1500 | 1050 | 900 | 150 | 70.0 | 450 | 400 | 50 | 30.0 | 2100 | 1500 | 600 | |',
  '| 河口县 | 800 | 600 | 600 | 0 | 75.0 | 200 | 200 | 0 | 25.0 | 1300 | 1000 | 300 | |',
];

// made up: a city's housing works by county, the heading over three lines of merged cells, three counties' rows
// short of the empty cells their pages left out (江口县 no 改建 at all, 山口县 and 湖口县 none 完成 改建)
const progress = (cells: Record<string, string> = {}, full: readonly string[] = FULL): string => `| 某市2023年农房改造工程进度表 | ||||||||||||
| （截至2023年6月30日） | ||||||||||||
| 县名 | 计划户数 | 在建住房 | 完成住房 | 完成投资 | ||||||||
| 户数 | 占计划（%） | 户数 | 占计划（%） | 总投资 | 住房投资 | 配套投资 | |||||
| 合计（户） | 新建（户） | 改建（户） | 合计（户） | 新建（户） | 改建（户） | ||||||
${full.join('\n')}
| 江口县 | ${cells.jiangPlan ?? '300'} | 280 | 280 | ${cells.jiangRate ?? '93.3'} | 20 | 20 | 6.7 | 400 | 300 | 100 | ||
| 山口县 | 500 | 330 | 70 | 260 | 66.0 | 170 | 170 | 34.0 | ${cells.shanInvest ?? '660'} | 400 | 260 | |
| 湖口县 | ${cells.huPlan ?? '400'} | 250 | 80 | 170 | 62.5 | 150 | 150 | 37.5 | 700 | 400 | 300 | |
`;

describe('readings (tables38): short rows of a pasted table placed by its full rows', () => {
  it('reads the table as one whose columns are unclear, without a finding', () => {
    const tables = parseDraft(progress()).tables;
    assert.equal(tables.length, 1);
    assert.equal(tables[0]!.unclear, true);
    assert.deepEqual(findings(progress(), /^table-/), []);
  });

  it('flags a short row whose 计划 is not its 在建 and 完成 added up', () => {
    assert.ok(findings(progress({ huPlan: '360' }), 'table-sum').includes('360'));
  });

  it('flags a short row whose 占计划 is not its 在建 over its 计划', () => {
    assert.deepEqual(findings(progress({ jiangRate: '88.3' }), 'table-rate'), ['88.3']);
  });

  it('flags a short row whose 总投资 is not its two parts added up', () => {
    assert.deepEqual(findings(progress({ shanInvest: '600' }), 'table-sum'), ['600']);
  });
});

describe('readings (tables38): limits', () => {
  it('places no row by the laws of four full rows', () => {
    assert.deepEqual(findings(progress({ shanInvest: '600' }, FULL.slice(0, 4)), /^table-/), []);
  });

  it('reads no short row whose failing sums and ratios share no figure (two slips, or a wrong placement)', () => {
    const text = progress({ huPlan: '360' }).replace('| 37.5 | 700 |', '| 37.5 | 650 |');
    assert.deepEqual(findings(text, /^table-/), []);
  });

  it('reads no row of odd figures no placement bears out', () => {
    const text = progress().replace(/\| 湖口县 .*\n/, '| 新城县 | 7 | 9 | 11 | 13 | 15 | 17 | 19 | 21 | 23 | 25 | ||\n');
    assert.deepEqual(findings(text, /^table-/), []);
  });
});
