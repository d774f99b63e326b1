// Tables read on the layouts real pages paste (issue 12), round 23 (tables26): a yearbook's pipe table whose rows all
// came out on one line (its caption, its heading, then rows of a label and figures, group rows of empty cells), read
// as the table it is; and an allocation table copied from a PDF with single spaces between its cells, a remark (备注)
// after the figures of most rows and a heading of groups over two lines (年度任务（户） over 小计 C级 D级 无房), each
// group's 小计 the sum of its columns. Each case made up, each reported case failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string | RegExp): string[] =>
  check(text)
    .findings.filter((f) => (typeof rule === 'string' ? f.rule === rule : rule.test(f.rule)))
    .map((f) => text.slice(f.offset, f.endOffset));

describe('a pipe table pasted on one line', () => {
  // made up: a city yearbook's table of its enterprises' 技术改造 projects, copied from a page that joined its rows
  const cells = (rows: Record<string, string> = {}): string[] => [
    '8-3 规模以上工业企业技术改造项目情况（2019年）',
    '指标',
    '技改项目',
    '项目数 （项）',
    '参与人员 （人）',
    '投资额 （万元）',
    '企业合计',
    rows.total ?? '5120 | 30400 | 640500',
    '按企业规模分',
    ' | | ',
    '大型',
    rows.large ?? '410 | 8200 | 180300',
    '中型',
    rows.middle ?? '1230 | 9100 | 201000',
    '小型',
    '3450 | 13000 | 258000',
    '微型',
    '30 | 100 | 1200',
    '按地区分',
    ' | | ',
    '甲区',
    '2100 | 12000 | 300000',
    '乙区',
    '2040 | 11400 | 250500',
    '丙县',
    '980 | 7000 | 90000',
  ];
  const oneLine = (rows: Record<string, string> = {}): string => `${cells(rows).join(' | ')} |\n|\n`;

  it('reads the rows out of the line: a table that adds up is silent', () => {
    assert.deepEqual(findings(oneLine(), /^(?:table|number)-/), []);
  });

  it('checks the 合计 row against the rows of each group (a part 2039 is a count, not a year)', () => {
    // 410 + 1240 + 3450 + 30 = 5130, not 5120; the districts still add up to 5120
    assert.deepEqual(findings(oneLine({ middle: '1240 | 9100 | 201000' }), 'table-sum'), ['5120']);
    // 中型 2039: 410 + 2039 + 3450 + 30 = 5929, 合计 5929 the sizes' sum but not the districts' (5120)
    assert.deepEqual(findings(oneLine({ total: '5929 | 30400 | 640500', middle: '2039 | 9100 | 201000' }), 'table-sum'), ['5929']);
  });

  it('checks the total of a column other than the first', () => {
    // 大型 8300: 8300 + 9100 + 13000 + 100 = 30500 by size, not 30400 (the districts add up to 30400)
    assert.deepEqual(findings(oneLine({ large: '410 | 8300 | 180300' }), 'table-sum'), ['30400']);
  });

  it('reads no table from a line whose cells do not fall into rows of one width', () => {
    // a row one figure short: the cells after the heading no longer come in rows of a label and three figures
    const broken = oneLine({ middle: '1240 | 9100' });
    assert.deepEqual(findings(broken, /^table-/), []);
  });
});

describe('an allocation table spaced by single spaces, a remark after its figures, a heading of groups', () => {
  // made up: a county's 农村危房改造 subsidy table, attached to a notice, copied from its PDF
  const table = (rows: Record<string, string> = {}): string =>
    [
      '关于下达2023年农村危房改造补助资金的通知',
      '',
      '附件',
      '2023年农村危房改造补助资金分配表',
      '乡镇 改造任务（户） 已拨付资金（万元） 本次下达资金（万元） 备注',
      '小计 C级 D级 C级 D级 小计 C级 D级',
      rows.a ?? '城关镇 9 0 9 0 10 15.5 0 15.5 调减“某项目补助资金”4.5万元，用于其他乡镇。',
      rows.b ?? '东山镇 6 1 5 0.75 7 12.5 1.5 11 调减“某项目补助资金”',
      '西河乡 4 4 0 1.5 3.5 6 6 0 调增',
      rows.d ?? '南岭乡 7 0 7 2.25 5 10.5 0 10.5 调增',
      '',
      '县住房和城乡建设局',
    ].join('\n');

  it('reads the rows with their remarks and the groups of the heading: a table that adds up is silent', () => {
    assert.deepEqual(findings(table(), /^(?:table|number)-/), []);
  });

  it("checks each group's 小计 against its own columns, a count exactly", () => {
    // most rows have one part only (0 + 9 = 9): the figures alone do not tell the 小计 columns, their headings do
    // 0 + 9 = 9 户: 8 is one short (whole households: no rounding slack)
    assert.deepEqual(findings(table({ a: '城关镇 8 0 9 0 10 15.5 0 15.5 调减“某项目补助资金”4.5万元，用于其他乡镇。' }), 'table-sum'), ['8']);
    // 本次下达 1.5 + 11 = 12.5, not 13.5 (the 已拨付 group has no 小计: its columns are no part of it)
    assert.deepEqual(findings(table({ b: '东山镇 6 1 5 0.75 7 13.5 1.5 11 调减“某项目补助资金”' }), 'table-sum'), ['13.5']);
    assert.deepEqual(findings(table({ d: '南岭乡 7 0 7 2.25 5 11.5 0 10.5 调增' }), 'table-sum'), ['11.5']);
  });
});

describe('a long column of shares read by its rows, more than one row off', () => {
  // made up: a province yearbook's 就业人员及构成 table over 24 years, copied from its PDF, single-spaced, the
  // heading in two languages over lines that fall into no column (the shares are found by the figures alone)
  const years = Array.from({ length: 24 }, (_, i) => 1990 + i);
  const figures = (y: number) => {
    const k = y - 1990;
    const first = 1800 - 20 * k + (k % 3) * 7.31;
    const second = 300 + 17 * k + (k % 4) * 3.17;
    const third = 200 + 23 * k + (k % 5) * 2.09;
    const total = first + second + third;
    // 第二产业's share, half a point high in a year written off
    const share = (x: number, slip = 0): string => ((x / total) * 100 + slip).toFixed(2);
    return { first, second, third, total, share };
  };
  const secondShare = (y: number, slip = 0): string => figures(y).share(figures(y).second, slip);
  const row = (y: number, off: readonly number[]): string => {
    const { first, second, third, total, share } = figures(y);
    const cells = [y, total.toFixed(2), first.toFixed(2), second.toFixed(2), third.toFixed(2), share(first), secondShare(y, off.includes(y) ? 0.5 : 0), share(third)];
    return cells.join(' ');
  };
  const table = (off: readonly number[] = []): string =>
    [
      '按三次产业分的就业人员及构成（年底数）',
      'Number of Employed Persons by Industry and Composition',
      '  就业人员（万人）           构成（以就业人员为100）',
      '  Employed   Composition in Percentage',
      '  Persons 第一产业 第二产业 第三产业 第一产业 第二产业 第三产业',
      'Year (10000 Primary Secondary Tertiary Primary Secondary Tertiary',
      '  persons) Industry Industry Industry Industry Industry Industry',
      ...years.map((y) => row(y, off)),
      '',
    ].join('\n');

  it('reads the shares: a table whose shares all hold is silent', () => {
    assert.deepEqual(findings(table(), 'table-share'), []);
  });

  it('keeps the reading with two rows off among twenty-four, and reports both', () => {
    // 1995 and 2004 第二产业 shares written half a point high: each a slip, the other 22 rows bear the reading out
    const text = table([1995, 2004]);
    assert.deepEqual(findings(text, 'table-share'), [secondShare(1995, 0.5), secondShare(2004, 0.5)]);
  });
});
