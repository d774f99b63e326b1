// Tables read on the layouts real pages paste (issue 12), round 25 (tables30): a column of yields per unit of area
// (单位面积产量, 每公顷产量) checked as its row's output over its area, the headings' units a power of ten read from
// the rows; and a second numbered table pasted right under the first (its caption, then its heading, no blank line),
// which parts the two, so that the first one's heading, its corner cell put last by the copy, is read in its place.
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
