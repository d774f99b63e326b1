// Tables as heldout96 showed them at first contact, round 30 (post30b): a year-to-date table of counts by month pasted
// from a web page, its heading over two lines (序号 | 区县 | 人口数 | 数量 | 总数 | 百万人口数 over 1月 … 12月 | 已登记 |
// 已办结), its rows padded with empty pipes and shorter than the heading by the months to come, its 合计 label merged
// over the serial column, and a count per million people whose population column is written in 万. Each case made up,
// each failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string | RegExp): string[] =>
  check(text)
    .findings.filter((f) => (typeof rule === 'string' ? f.rule === rule : rule.test(f.rule)))
    .map((f) => text.slice(f.offset, f.endOffset));

/** A line of the pasted table, padded with the copy's empty cells to 20 pipes. */
const line = (cells: readonly string[]): string => `${cells.join(' | ')} |${'|'.repeat(20 - cells.length)}`;

const MONTHS = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);

interface Figures {
  march?: string;
  april?: string;
  rate?: string;
  /** Without the 总数 group over 已登记 and 已办结 (nothing after the months to tell where the corner ends). */
  noTotals?: boolean;
}

function table(f: Figures = {}): string {
  const rows: Array<[string, string, string, string[], string, string, string]> = [
    ['1', '甲区', '120', ['10', '12', '15', '13'], '50', '40', '42'],
    ['2', '乙区', '85', ['5', '7', '9', '11'], '32', '30', '38'],
    ['3', '丙区', '60', ['8', '6', '4', '2'], '20', '18', '33'],
    ['4', '丁区', '150', ['20', '18', '22', '25'], '85', '70', f.rate ?? '57'],
    ['5', '戊区', '45', ['3', '2', '6', '4'], '15', '15', '33'],
    ['6', '己区', '90', ['9', '11', '10', '12'], '42', '35', '47'],
  ];
  const totals = (cells: readonly string[]): string[] => (f.noTotals ? [] : [...cells]);
  return [
    '2025年某市各区投诉举报受理情况（1-4月）',
    '发布时间：2025年05月06日',
    '',
    line(['序号', '区县', '人口数（万）', '投诉举报数量（件）', ...totals(['投诉总数（件）']), '百万人口投诉数（件）']),
    line([...MONTHS, ...totals(['已登记', '已办结'])]),
    ...rows.map(([n, name, people, months, registered, done, rate]) => line([n, name, people, ...months, ...totals([registered, done]), rate])),
    line(['合计', '550', '55', '56', f.march ?? '66', f.april ?? '67', ...totals(['244', '208']), '44']),
    '备注：数据来源于投诉举报信息系统。',
    '',
  ].join('\n');
}

describe('a year-to-date table of counts by month, pasted with its heading over two lines', () => {
  it('reads the months under their group and the 合计 row under its columns: a table that adds up gives nothing', () => {
    // (the month headings read as a row of figures put 已登记 under 8月 and the 合计 row one column early: 208 was
    // taken for the sum of 244, 67, 66 and 56)
    assert.deepEqual(findings(table(), /^table-/), []);
  });

  it('checks each month of the 合计 row against the districts: two months whose gaps cancel out are both found', () => {
    assert.deepEqual(findings(table({ march: '60', april: '73' }), 'table-sum'), ['60', '73']);
  });

  it('never sums the count per million people down the table: a slip in one month shows in its column and its row only', () => {
    assert.deepEqual(findings(table({ march: '60' }), 'table-sum'), ['60', '244']);
  });

  it('checks the count per million people as the row total over its population, the power of ten read from the rows', () => {
    assert.deepEqual(findings(table({ rate: '51' }), 'table-rate'), ['51']);
  });

  it('stays silent when nothing after the months tells where the heading’s corner ends', () => {
    assert.deepEqual(findings(table({ noTotals: true, march: '60' }), /^table-/), []);
  });
});
