// Tables read on the layouts real pages paste (issue 12), round 24 (tables29): a bilingual yearbook's composition
// headed in English only (Composition in Percentage(%), its rows repeating the amounts' names above it), and the
// next column of a block of shares whose headings were lost, read after its neighbour's reading though a long
// column's slips leave more failing rows than a searched reading allows. Each case made up, each reported case
// failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string | RegExp): string[] =>
  check(text)
    .findings.filter((f) => (typeof rule === 'string' ? f.rule === rule : rule.test(f.rule)))
    .map((f) => text.slice(f.offset, f.endOffset));

describe('a composition headed in English only', () => {
  // made up: a province's 就业人员 by 产业 over five years, then their shares under an English section heading
  const table = (rows: Record<string, string> = {}): string => `3-9 全省从业人员基本情况
Basic Statistics of Employment
项目  Item 2001 2006 2011 2020 2022
从业人员合计（万人） 1650 1780 1920 2040 2030
Number of Employed Persons(10000 persons)
  第一产业 800 700 610 380 340
    Primary Industry
  第二产业 400 520 650 700 690
    Secondary Industry
  第三产业 450 560 660 960 1000
    Tertiary Industry
Composition in Percentage(%)
  第一产业 48.5 39.3 31.8 18.6 16.7
    Primary Industry
  第二产业 24.2 29.2 ${rows.b ?? '33.9'} 34.3 34.0
    Secondary Industry
  第三产业 27.3 31.5 34.4 47.1 49.3
    Tertiary Industry
城镇单位从业人员（万人） 300.5 380.2 450.7 600.1 590.3
Urban(10000 persons)
`;

  it('reads the shares of the rows they repeat: a table that adds up is silent', () => {
    assert.deepEqual(findings(table(), /^table-/), []);
  });

  it('checks each share against the whole right above the rows it repeats', () => {
    // 650 ÷ 1920 = 33.85%: 38.9 is no share of it
    assert.deepEqual(findings(table({ b: '38.9' }), 'table-share'), ['38.9']);
  });
});

describe('the next column of a block of shares whose headings were lost', () => {
  // made up: a county's 从业人员 by 产业 and their shares, the heading in English words over the columns, two slips
  // of rounding in the last share column (as printed: 13.64 for 13.645, 21.90 for 21.905) already
  const rows = [
    [1980, 500.0, 400.0, 60.0, 40.0],
    [1985, 520.0, 390.0, 75.0, 55.0],
    [1990, 560.0, 392.0, 98.0, 70.0],
    [1995, 600.0, 390.0, 120.0, 90.0],
    [2000, 640.0, 384.0, 144.0, 112.0],
    [2005, 680.0, 374.0, 170.0, 136.0],
    [2010, 720.0, 360.0, 200.0, 160.0],
    [2011, 730.0, 350.4, 204.4, 175.2],
    [2012, 740.0, 340.4, 207.2, 192.4],
    [2013, 750.0, 330.0, 210.0, 210.0],
    [2014, 760.0, 319.2, 220.4, 220.4],
    [2015, 770.0, 308.0, 231.0, 231.0],
  ];
  const pct = (a: number, w: number): string => ((a / w) * 100).toFixed(2);
  const table = (last: Record<number, string> = {}): string => {
    const body = rows.map(([y, w, a, b, c]) => `${y} ${w!.toFixed(2)} ${a!.toFixed(2)} ${b!.toFixed(2)} ${c!.toFixed(2)} ${pct(a!, w!)} ${pct(b!, w!)} ${last[y!] ?? pct(c!, w!)}`);
    return `按三次产业分的从业人员及构成
Number of Employed Persons by Industry and Composition
Year Total Primary Secondary Tertiary Primary Secondary Tertiary
${body.join('\n')}
`;
  };

  it('reads the last share column after its neighbours: a table that adds up is silent', () => {
    assert.deepEqual(findings(table(), /^table-/), []);
  });

  it('checks the last column though it already has two slips', () => {
    // two rows off by a rounding slip and a third written 5 points high: each row that fails is reported
    const slips = { 1990: '12.45', 2010: '22.27' };
    assert.deepEqual(findings(table(slips), 'table-share'), ['12.45', '22.27']);
    assert.deepEqual(findings(table({ ...slips, 2000: '22.50' }), 'table-share'), ['12.45', '22.50', '22.27']);
  });
});

describe('groups of rows under a heading of groups, pasted one cell a line', () => {
  // made up: a city's 商标注册 by 类型, each type's count and its 构成 over 企业 and 个人, for 合计, 城区 and 郊区; the
  // 城区 and 郊区 小计 rows write two shares in one cell (of their own group and of the 合计)
  const rows = (v: Record<string, string>): string[] => [
    '合计',
    '小计',
    '9000',
    '100.0%',
    '2000',
    '100.0%',
    '3000',
    '100.0%',
    '4000',
    '100.0%',
    '企业',
    v.a ?? '5400',
    '60.0%',
    '1500',
    v.p ?? '75.0%',
    '1800',
    '60.0%',
    '2100',
    '52.5%',
    '个人',
    '3600',
    '40.0%',
    '500',
    '25.0%',
    '1200',
    '40.0%',
    '1900',
    '47.5%',
    '城区',
    '小计',
    '6000',
    '100/66.7',
    '1200',
    '100/60.0',
    '2000',
    '100/66.7',
    '2800',
    '100/70.0',
    '企业',
    '3900',
    '65.0%',
    '900',
    '75.0%',
    '1300',
    '65.0%',
    '1700',
    '60.7%',
    '个人',
    '2100',
    '35.0%',
    '300',
    '25.0%',
    '700',
    '35.0%',
    '1100',
    '39.3%',
    '郊区',
    '小计',
    '3000',
    '100/33.3',
    '800',
    '100/40.0',
    '1000',
    '100/33.3',
    '1200',
    '100/30.0',
    '企业',
    '1500',
    '50.0%',
    '600',
    '75.0%',
    '500',
    '50.0%',
    '400',
    '33.3%',
    '个人',
    '1500',
    '50.0%',
    '200',
    '25.0%',
    '500',
    '50.0%',
    '800',
    '66.7%',
  ];
  const table = (v: Record<string, string> = {}): string =>
    ['按城乡', '分组', '合计', '甲类', '乙类', '丙类', '件数', '构成', '件数', '构成', '件数', '构成', '件数', '构成', ...rows(v)].map((c) => `${c} |`).join('\n') + '\n';

  it('reads the heading of groups and the groups of rows: a table that adds up is silent', () => {
    assert.deepEqual(findings(table(), /^table-/), []);
  });

  it('checks the 合计 column across, the 合计 group against the others and each group against its 小计', () => {
    // 企业 5400 → 5800: 小计 9000 is not 5800 + 3600, and 5800 neither 1500 + 1800 + 2100 (across) nor 城区 3900 +
    // 郊区 1500 (the groups): one finding for each reading
    assert.deepEqual(findings(table({ a: '5800' }), 'table-sum'), ['9000', '5800', '5800']);
    // a share of a two-part group mistyped
    assert.deepEqual(findings(table({ p: '70.0%' }), 'table-share'), ['70.0%']);
  });
});
