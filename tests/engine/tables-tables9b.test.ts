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

describe('a count column named by its heading beside columns with no unit', () => {
  // made up: a unit line naming two units (件、万元) leaves the hotline columns without one; 件数小计 is in 件
  const table = (first: string, heading = '件数小计'): string =>
    gfm(
      [
        ['月份', '热线甲', '热线乙', heading, '挽回损失'],
        ['1月', '1210', '344', first, '12.50'],
        ['2月', '980', '275', '1255', '8.06'],
        ['3月', '1432', '410', '1842', '15.20'],
        ['4月', '1288', '396', '1684', '9.75'],
        ['合计', '4910', '1425', '6335', '45.51'],
      ],
      '单位：件、万元\n',
    );

  it('holds when every row adds up', () => {
    assert.deepEqual(findings(table('1554'), 'table-sum'), []);
  });

  it('reports a row whose count is not the sum of the columns beside it (and the column total it breaks)', () => {
    assert.deepEqual(findings(table('1454'), 'table-sum'), ['1454', '6335']);
  });

  it('does not add the columns to a heading that counts in 万件', () => {
    assert.deepEqual(findings(table('1454', '件数小计（万件）'), 'table-sum'), ['6335']);
  });
});

describe('a change written with an arrow or a word for its sign', () => {
  // made up: a consumer hotline's half-year against the year before, 同比 cells written ↑/↓ or 上升/下降
  const table = (first: string, second: string): string =>
    gfm([
      ['类型', '2025年上半年（件）', '去年同时期', '同比（%）'],
      ['接收量', '5230', '4800', first],
      ['受理量', '4100', '4400', second],
      ['办结量', '4980', '4500', '上升10.67%'],
    ]);

  it('holds when each arrow gives the change its sign', () => {
    assert.deepEqual(findings(table('↑8.96%', '↓6.82%'), 'table-change'), []);
  });

  it('reports a change its two columns do not give', () => {
    assert.deepEqual(findings(table('↑9.96%', '下降6.82%'), 'table-change'), ['↑9.96%']);
  });

  it('reads a down arrow as a fall, not a rise', () => {
    assert.deepEqual(findings(table('↑8.96%', '↑6.82%'), 'table-change'), ['↑6.82%']);
  });
});

describe('a row over rows indented under it, too many to search every reading of', () => {
  // made up: teachers by city, each city over its districts (indented) and its counties; 14 rows under 甲市
  const body = (first: string): string[] => [
    `甲市 ${first} 4892`,
    '  甲市辖区 2000 620',
    '    东区 500 150',
    '    西区 600 170',
    '    南区 400 140',
    '    北区 500 160',
    ...[
      '一县 1913 688',
      '二县 1721 593',
      '三县 1544 517',
      '四县 1387 452',
      '五县 1239 391',
      '六县 1102 338',
      '七县 983 291',
      '八县 871 247',
      '九县 768 209',
      '十县 677 176',
      '十一县 593 147',
      '十二县 519 122',
      '十三县 452 101',
    ].map((r) => `  ${r}`),
    `乙市 3000 900`,
    '  乙市辖区 1800 500',
    '    东城区 1000 300',
    '    西城区 800 200',
    '  甲县 1200 400',
  ];
  const table = (first: string): string => ['表1 各市教师数', '单位：人', '地区 小学 初中', ...body(first), '', '以上数据来自各单位上报。', ''].join('\n');

  it('holds when the city’s districts and counties make it up', () => {
    assert.deepEqual(findings(table('15769'), 'table-sum'), []);
  });

  it('reports a city smaller than its districts and counties', () => {
    assert.deepEqual(findings(table('15369'), 'table-sum'), ['15369']);
  });
});

describe('a share row under the row it is the share of, naming its whole', () => {
  // made up: 城镇人口 over 年末常住人口, written as a row 占常住人口比重 under it
  const table = (share: string, label = '占常住人口比重'): string =>
    gfm(
      [
        ['指标', '2023年', '2024年'],
        ['年末常住人口', '52.40', '52.10'],
        ['城镇人口', '31.20', '31.50'],
        [label, share, '60.46'],
        ['户籍人口', '58.30', '58.60'],
      ],
      '单位：万人、%\n',
    );

  it('holds when each cell is the row above over the named row', () => {
    assert.deepEqual(findings(table('59.54'), 'table-share'), []);
  });

  it('reports a share the two rows do not give', () => {
    assert.deepEqual(findings(table('61.54'), 'table-share'), ['61.54']);
  });

  it('stays silent where the named whole is not a row of the table', () => {
    assert.deepEqual(findings(table('61.54', '占全省人口比重'), 'table-share'), []);
  });
});
