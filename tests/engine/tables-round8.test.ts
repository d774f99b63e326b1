// Tables read on the layouts real pages paste (issue 12), eighth round: each reading with a made-up table, each
// failing without it.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

const gfm = (rows: string[][], above = ''): string =>
  [above, `| ${rows[0]!.join(' | ')} |`, `|${rows[0]!.map(() => '---').join('|')}|`, ...rows.slice(1).map((r) => `| ${r.join(' | ')} |`), '', '以上数据来自各单位上报。', ''].join('\n');

describe('a count of whole things named by its heading', () => {
  // made up: a hotline's cases by office, 受理件数 = 办结数 + 在办数 (no unit written anywhere)
  const table = (first: string, above = ''): string =>
    gfm(
      [
        ['承办单位', '受理件数', '办结数', '在办数'],
        ['甲局', first, '10', '1'],
        ['乙局', '25', '22', '3'],
        ['丙局', '43', '34', '9'],
        ['丁局', '8', '6', '2'],
      ],
      above,
    );

  it('holds when every row adds up', () => {
    assert.deepEqual(findings(table('11'), 'table-sum'), []);
  });

  it('reports a count one short of its parts', () => {
    assert.deepEqual(findings(table('12'), 'table-sum'), ['12']);
  });

  it('keeps the half-unit slack where a unit line may make them 万件', () => {
    assert.deepEqual(findings(table('12', '单位：万件\n'), 'table-sum'), []);
  });
});

describe('a rate whose base no heading names as a plan', () => {
  // made up: 及时办结率 = 及时办结件数 ÷ 办件量; 按期办结率 has no column of its own numerator
  const table = (first: string): string =>
    gfm([
      ['单位', '办件量', '及时办结件数', '及时办结率', '转办次数', '按期办结率'],
      ['甲局', '200', '180', first, '3', '100%'],
      ['乙局', '150', '120', '80.00%', '2', '100%'],
      ['丙局', '80', '76', '95.00%', '0', '100%'],
      ['丁局', '40', '30', '75.00%', '1', '100%'],
    ]);

  it('holds when every row divides out', () => {
    assert.deepEqual(findings(table('90.00%'), 'table-rate'), []);
  });

  it('reports the rate of a row that does not, over the base the other rows bear out', () => {
    assert.deepEqual(findings(table('85.00%'), 'table-rate'), ['85.00%']);
  });

  it('takes no base where the rate fits no column in most rows', () => {
    // 及时办结件数 over 办件量 holds in one row: no base is borne out, nothing is said
    const text = gfm([
      ['单位', '办件量', '及时办结件数', '及时办结率'],
      ['甲局', '200', '180', '90.00%'],
      ['乙局', '150', '120', '70.00%'],
      ['丙局', '80', '76', '85.00%'],
      ['丁局', '40', '30', '65.00%'],
    ]);
    assert.deepEqual(findings(text, 'table-rate'), []);
  });
});

describe('a composition under a section heading of its own', () => {
  // made up: a monthly bulletin's sections in one table; 2、总收入构成 restates the whole as 100.0 and its parts
  const table = (first: string): string =>
    gfm([
      ['指标', '本月', '累计', '增长%'],
      ['1、收入', '', '', ''],
      ['总收入（万元）', '——', '5000', '3.1'],
      ['甲业', '——', '1000', '2.0'],
      ['乙业', '——', '1500', '4.2'],
      ['丙业', '——', '1500', '3.0'],
      ['丁业', '——', '1000', '3.0'],
      ['2、总收入构成', '', '', ''],
      ['总收入（%）', '——', '100.0', '——'],
      ['甲业', '——', first, '0.1'],
      ['乙业', '——', '30.0', '-0.2'],
      ['丙业', '——', '30.0', '0.1'],
      ['丁业', '——', '20.0', '0.0'],
    ]);

  it('holds when each part is its share of the whole', () => {
    assert.deepEqual(findings(table('20.0'), 'table-share'), []);
  });

  it('reports a share that is not', () => {
    assert.deepEqual(findings(table('25.0'), 'table-share'), ['25.0']);
  });

  it('reads three parts, one of them wrong, under the whole restated as 100', () => {
    const text = gfm([
      ['指标', '累计'],
      ['1、收入', ''],
      ['总收入（万元）', '5000'],
      ['甲业', '1000'],
      ['乙业', '1500'],
      ['丙业', '2500'],
      ['2、总收入构成', ''],
      ['总收入（%）', '100.0'],
      ['甲业', '25.0'],
      ['乙业', '30.0'],
      ['丙业', '50.0'],
    ]);
    assert.deepEqual(findings(text, 'table-share'), ['25.0']);
  });
});
