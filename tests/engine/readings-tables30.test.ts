// Tables read on the layouts real pages paste (issue 12), round 25 (tables30): a column of yields per unit of area
// (单位面积产量, 每公顷产量) checked as its row's output over its area, the headings' units a power of ten read from
// the rows; and a second numbered table pasted right under the first (its caption, then its heading, no blank line),
// which parts the two, so that the first one's heading, its corner cell put last by the copy, is read in its place;
// a statistics form pasted one cell per line whose numbering row (甲 | 乙 | 丙 | 1 | 2 | 3) counts its columns; and a
// yearbook's composition under the same years as its amounts (2022 2023 2022 2023), each year's shares of its own;
// and the shares of a whole the table leaves out (the largest categories of all complaints), which the rows imply.
// Each case made up, each reported case failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';
import { parseDraft } from '../../server/src/engine/parse';

const findings = (text: string, rule: string | RegExp): string[] =>
  check(text)
    .findings.filter((f) => (typeof rule === 'string' ? f.rule === rule : rule.test(f.rule)))
    .map((f) => text.slice(f.offset, f.endOffset));

describe('a column of yields per unit of area', () => {
  // made up: a province's oil crops by city, yield = 总产量（万吨）× 10⁴ ÷ 播种面积（千公顷）
  const table = (cells: Record<string, string> = {}): string => `2024年各市油料生产情况
|
地区 |
播种面积 （千公顷） |
总产量 （万吨） |
每公顷产量 （公斤） |
|
全省 |
664.6 |
164.0 |
${cells.all ?? '2467.7'} |
|
甲 市 |
120.5 |
30.1 |
2497.9 |
|
乙 市 |
98.2 |
25.4 |
2586.6 |
|
丙 市 |
210.0 |
47.3 |
${cells.c ?? '2252.4'} |
|
丁 市 |
75.6 |
21.0 |
2777.8 |
|
戊 市 |
160.3 |
40.2 |
2507.8 |
`;

  it('reads each yield as its output over its area: a table that holds is silent', () => {
    assert.deepEqual(findings(table(), /^table-/), []);
  });

  it('reports the yield that is not its row output over its area', () => {
    // 47.3万吨 ÷ 210.0千公顷 = 2252.4 公斤/公顷, not 2027.2
    assert.deepEqual(findings(table({ c: '2027.2' }), 'table-rate'), ['2027.2']);
  });

  it('checks the whole row as the others', () => {
    // 164.0 ÷ 664.6 × 10⁴ = 2467.6
    assert.deepEqual(findings(table({ all: '2220.9' }), 'table-rate'), ['2220.9']);
  });

  it('reads no quotient where most rows do not hold one', () => {
    // the yields of another year: no pair of columns gives them, nothing is reported
    const other = table().replace('2497.9', '2311.0').replace('2586.6', '2404.2').replace('2777.8', '2630.5').replace('2507.8', '2399.9').replace('2467.7', '2350.0');
    assert.deepEqual(findings(other, 'table-rate'), []);
  });
});

describe('a numbered table pasted right under another', () => {
  // made up: 表 1 by season and kind, its heading without the corner cell (the copy put the empty cell last), then
  // 表 2 by city under it, no blank line between; the yields as in a statistics bureau's announcement
  const text = (cells: Record<string, string> = {}): string => `表 1 2024 年油料播种面积、单位面积产量及总产量 | |||
播种面积 （千公顷） | 单位面积产量 （公斤/公顷） | 总产量 （万吨） | |
全年油料 | 820.0 | 2229.3 | 182.8 |
一、分季节 | |||
1、春播 | 310.4 | 2007.1 | 62.3 |
2、夏播 | 402.7 | ${cells.summer ?? '2530.4'} | 101.9 |
3、秋播 | 106.9 | 1739.9 | 18.6 |
二、分品种 | |||
1、花生 | 370.0 | 2175.7 | 80.5 |
2、油菜籽 | 450.0 | 2273.3 | 102.3 |
注：分项数由于四舍五入，与合计略有差异。 |
表 2 2024 年各市油料产量 | |||
地区 | 播种面积 （千公顷） | 单位面积产量 （公斤/公顷） | 总产量 （万吨） |
全省 | 664.6 | 2467.7 | 164.0 |
甲 市 | 120.5 | 2497.9 | 30.1 |
乙 市 | 98.2 | 2586.6 | 25.4 |
丙 市 | 210.0 | ${cells.c ?? '2252.4'} | 47.3 |
丁 市 | 75.6 | 2777.8 | 21.0 |
戊 市 | 160.3 | 2507.8 | 40.2 |
`;

  it('parts the two tables at the second caption, each with its own heading', () => {
    const tables = parseDraft(text()).tables;
    assert.equal(tables.length, 2);
    assert.deepEqual(
      tables.map((t) => t.header.cells.map((c) => c.text.replace(/\s+/g, ''))),
      [
        ['', '播种面积（千公顷）', '单位面积产量（公斤/公顷）', '总产量（万吨）'],
        ['地区', '播种面积（千公顷）', '单位面积产量（公斤/公顷）', '总产量（万吨）'],
      ],
    );
  });

  it('adds no yields up: tables that hold are silent', () => {
    assert.deepEqual(findings(text(), /^table-/), []);
  });

  it('checks the first table under its headings put back in place', () => {
    // 101.9万吨 ÷ 402.7千公顷 = 2530.4 公斤/公顷
    assert.deepEqual(findings(text({ summer: '2277.4' }), 'table-rate'), ['2277.4']);
  });

  it('checks the second table as well', () => {
    assert.deepEqual(findings(text({ c: '2027.2' }), 'table-rate'), ['2027.2']);
  });
});

describe('a statistics form pasted one cell per line, its numbering row under the heading', () => {
  // made up: a county's 养老服务 form, its heading, its numbering row, a group line with only its code, then rows of
  // 指标名称 | 单位 | 代码 | 本期 | 上年同期 | 增长%, every cell on its own line closed by a pipe, empty ones a pipe alone
  const rows: string[][] = [
    ['一、养老服务', '', 'YL010000', '', '', ''],
    ['（一）养老机构', '个', 'YL011000', '30', '28', '7.14'],
    ['1.公办', '个', 'YL011100', '12', '12', '0.00'],
    ['2.民办', '个', 'YL011200', '18', '16', '12.50'],
    ['（二）养老床位', '张', 'YL012000', '4,200', '3,900', '7.69'],
    ['1.护理型床位', '张', 'YL012100', '2,600', '2,300', '13.04'],
    ['2.其他床位', '张', 'YL012200', '1,600', '1,600', '0.00'],
    ['（三）养老服务支出', '万元', 'YL013000', '1,250.5', '1,100.2', '13.66'],
    ['其中：1.机构补贴', '万元', 'YL013100', '650.3', '600.1', '8.37'],
    ['2.居家服务', '万元', 'YL013200', '420.6', '380.0', '10.68'],
  ];
  const form = (slip: Record<string, string> = {}): string => {
    const cells = [['指标名称', '单位', '代码', '本期', '上年同期', '增长%'], ['甲', '乙', '丙', '1', '2', '3'], ...rows].flat();
    return `发布时间：2025-01-20 来源：规划财务科 | 【打印】 | 【关闭】 |\n\n${cells.map((c) => (c === '' ? '|' : `${slip[c] ?? c} |`)).join('\n')}\n`;
  };

  it('reads the form in its six columns: a form that holds is silent', () => {
    const tables = parseDraft(form()).tables;
    assert.equal(tables.length, 1);
    assert.deepEqual(
      tables[0]!.header.cells.map((c) => c.text),
      ['指标名称', '单位', '代码', '本期', '上年同期', '增长%'],
    );
    assert.deepEqual(findings(form(), /^table-/), []);
  });

  it('checks each growth against its row', () => {
    // 2,600 ÷ 2,300 − 1 = 13.04%, not 18.04
    assert.deepEqual(findings(form({ '13.04': '18.04' }), 'table-change'), ['18.04']);
  });

  it('checks each total against its parts', () => {
    // 2,600 + 1,600 = 4,200 beds, not 3,780 (whose growth then fails as well)
    assert.ok(findings(form({ '4,200': '3,780' }), 'table-sum').includes('3,780'));
  });
});

describe('shares under the same years as the amounts they are of', () => {
  // made up: a yearbook's 城镇新增就业 by source, amounts for two years, then their composition under the same two
  // years (the 构成 heading lost in copying)
  const table = (slip: Record<string, string> = {}): string => `3-5 城镇新增就业人员来源
单位：万人、%
项目 2022 2023 2022 2023
合计 40.00 50.00 100.0 100.0
城镇 10.00 12.50 25.0 25.0
农村 12.00 14.00 ${slip.rural ?? '30.0'} 28.0
外省 8.00 9.00 20.0 18.0
高校毕业生 6.00 10.00 15.0 20.0
其他 4.00 4.50 10.0 9.0
`;

  it('reads each year against its own amounts: a table that holds is silent', () => {
    assert.deepEqual(findings(table(), /^table-/), []);
  });

  it('reports the share that is not its amount over that year’s whole', () => {
    // 12.00 ÷ 40.00 = 30.0%, not 35.0 (of 2022, not of 2023 beside it)
    assert.ok(findings(table({ rural: '35.0' }), 'table-share').includes('35.0'));
  });
});

describe('shares of a whole the table leaves out', () => {
  // made up: a hotline's six largest categories of complaints and their shares of all 20,000 (given nowhere)
  const table = (slip: Record<string, string> = {}): string => `表1 投诉量居前的诉求类别
| 诉求类别 | 投诉量（件） | 占比（%） |
| 城乡建设 | 3000 | 15.00 |
| 劳动保障 | 2400 | 12.00 |
| 市场监管 | 1800 | ${slip.market ?? '9.00'} |
| 交通运输 | 1500 | 7.50 |
| 教育 | 1200 | 6.00 |
| 卫生健康 | 900 | ${slip.health ?? '4.50'} |
`;

  it('reads the whole the rows agree on: shares that hold are silent', () => {
    assert.deepEqual(findings(table(), /^table-/), []);
  });

  it('reports the one share that does not agree with the others', () => {
    // 1800 ÷ 20,000 = 9.00%, not 14.00
    assert.deepEqual(findings(table({ market: '14.00' }), 'table-share'), ['14.00']);
  });

  it('stays silent when two rows disagree (no one whole)', () => {
    assert.deepEqual(findings(table({ market: '14.00', health: '9.50' }), 'table-share'), []);
  });
});
