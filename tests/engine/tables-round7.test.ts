// Tables whose structure is certain before they are summed (issue 12), seventh round: a table sum is reported only
// where the table's words or its other columns bear out the reading of which rows make up which total. A reading
// that no column bears out is a misreading (a selection of rows, two breakdowns taken as one), and where another
// reading of the same rows makes the sum right (a part and its only sub-item, two cuts one after the other), nothing
// is said.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const tableFindings = (text: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === 'table-sum')
    .map((f) => text.slice(f.offset, f.endOffset));

const gfm = (rows: string[][]): string =>
  [`| ${rows[0]!.join(' | ')} |`, `|${rows[0]!.map(() => '---').join('|')}|`, ...rows.slice(1).map((r) => `| ${r.join(' | ')} |`), '', '以上数据来自各地上报。', ''].join('\n');

describe('a total that no column of its rows bears out', () => {
  // made up: a province's total over the three cities an excerpt lists (the others left out)
  const table = (households: string, people: string): string =>
    gfm([
      ['地区', '户数', '人口'],
      ['全省合计', households, people],
      ['甲市', '1200', '4000'],
      ['乙市', '1500', '5000'],
      ['丙市', '900', '3000'],
    ]);

  it('says nothing when the rows miss the total in every column', () => {
    assert.deepEqual(tableFindings(table('5000', '16000')), []);
  });

  it('still reports a slip that leaves the other column adding up', () => {
    assert.deepEqual(tableFindings(table('3600', '11000')), ['11000']);
  });

  it('counts a column that repeats another once', () => {
    // made up: 本年预算数 and its 其中 column equal in every row; the total is wrong in both alike
    const text = gfm([
      ['项目', '本年预算数', '其中：财政拨款'],
      ['合计', '34.35', '34.35'],
      ['因公出国（境）费', '0', '0'],
      ['公务接待费', '1.70', '1.70'],
      ['公务用车费', '0', '0'],
    ]);
    assert.deepEqual(tableFindings(text), ['34.35', '34.35']);
  });

  it('reports a column over a total whose other columns come short (a selection of its rows)', () => {
    const text = gfm([
      ['行业', '营业收入', '利润', '税金'],
      ['规模以上工业合计', '800', '90', '70'],
      ['甲业', '300', '30', '20'],
      ['乙业', '400', '40', '30'],
      ['丙业', '200', '10', '10'],
    ]);
    assert.deepEqual(tableFindings(text), ['800']);
  });
});

describe('another reading of the same rows that makes the sum right', () => {
  it('reads rows that add up to the total twice over as two breakdowns of it', () => {
    // made up: one column, the rows cut by place and then by sex
    const table = (total: string): string =>
      gfm([
        ['类别', '件数'],
        ['合计', total],
        ['城镇', '30'],
        ['农村', '20'],
        ['男性', '28'],
        ['女性', '22'],
      ]);
    assert.deepEqual(tableFindings(table('50')), []);
    assert.deepEqual(tableFindings(table('45')), ['45']);
  });

  it('counts once a part equal to the row before it (a part and its only sub-item)', () => {
    const table = (total: string): string =>
      gfm([
        ['项目', '2025年预算数'],
        ['收入总计', total],
        ['本级收入', '600'],
        ['上级补助收入', '300'],
        ['转移支付补助', '300'],
        ['上年结余', '100'],
      ]);
    assert.deepEqual(tableFindings(table('1000')), []);
    assert.deepEqual(tableFindings(table('900')), ['900']);
  });
});

describe('a slip in a two-column table with a sub-item', () => {
  // made up: 三公 table whose 公务用车 row has its two parts under it, the second not marked 其中
  const table = (budget: string): string =>
    gfm([
      ['项目', '预算数', '决算数'],
      ['合计', budget, '167.37'],
      ['因公出国（境）费', '0', '0'],
      ['公务接待费', '1', '2.14'],
      ['公务用车购置及运行维护费', '245', '165.23'],
      ['其中：公务用车运行维护费', '165', '87.07'],
      ['公务用车购置费', '80', '78.16'],
    ]);

  it('reads the sub-item the other column bears out and reports only the slip', () => {
    assert.deepEqual(tableFindings(table('246')), []);
    assert.deepEqual(tableFindings(table('221')), ['221']);
  });
});
