// Tables read on the layouts real pages paste (issue 12), round 30 (post30e): a budget's balance table in two halves
// side by side pasted one cell per line with its empty cells kept, a pipe alone on a line for each (动用预算稳定调节基金 |
// 31493 | | |, or | | 三、债务还本支出 | 159700 |): where the pairs end and which half an item alone belongs to are
// written, and read as written. Each case made up.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';
import { parseDraft } from '../../server/src/engine/parse';

const findings = (text: string, rule: string | RegExp): string[] =>
  check(text)
    .findings.filter((f) => (typeof rule === 'string' ? f.rule === rule : rule.test(f.rule)))
    .map((f) => text.slice(f.offset, f.endOffset));

/** Cells one a line, each closed by a pipe; an empty cell is a pipe alone. */
const piped = (cells: readonly string[]): string => cells.map((c) => (c === '' ? '|' : `${c} |`)).join('\n');

// made up: a county's fund budget, income on the left, spending on the right, 万元; the spending half runs one item
// longer, its last item alone on the right
const fund = (cells: Record<string, string> = {}, prose = ''): string =>
  `2024年全县政府性基金预算收支平衡表
单位：万元
${piped([
  '收入',
  '执行数',
  '支出',
  '执行数',
  '总计',
  cells.total ?? '300000',
  '总计',
  '300000',
  '一、本级收入',
  '100000',
  '一、本级支出',
  '120000',
  '二、转移性收入',
  '20000',
  '二、转移性支出',
  cells.transferOut ?? '60000',
  '上级补助收入',
  '15000',
  '上解支出',
  '5000',
  '上年结转',
  '5000',
  '调出资金',
  '40000',
  '三、债务转贷收入',
  cells.debtIn ?? '180000',
  '结转下年支出',
  '15000',
  '',
  '',
  '三、债务还本支出',
  cells.repay ?? '120000',
])}
${prose}`;

// made up: a general budget whose income half runs three items longer, the spending cells beside them empty
const general = (cells: Record<string, string> = {}): string =>
  `2024年全县一般公共预算收支平衡表
单位：万元
${piped([
  '收入',
  '执行数',
  '支出',
  '执行数',
  '总计',
  '700000',
  '总计',
  '700000',
  '一、本级收入',
  '200000',
  '一、本级支出',
  '550000',
  '税收',
  '90000',
  '二、转移性支出',
  '110000',
  '非税',
  '110000',
  '上解支出',
  '10000',
  '二、转移性收入',
  cells.transfer ?? '420000',
  '结转下年支出',
  '80000',
  '上级补助收入',
  '300000',
  '安排预算稳定调节基金',
  '20000',
  '调入资金',
  '40000',
  '三、债务还本支出',
  '40000',
  '动用预算稳定调节基金',
  '30000',
  '',
  '',
  '上年结转',
  '50000',
  '',
  '',
  '三、债务转贷收入',
  '80000',
  '',
  '',
])}
`;

const labels = (text: string): string[][] => parseDraft(text).tables.map((t) => t.rows.map((r) => r.cells[0]!.text));

/** Findings were given, and every one at a cell `at` matches (the slipped item or its total). */
function onlyAt(found: readonly string[], at: RegExp): void {
  assert.ok(found.length > 0);
  assert.ok(
    found.every((s) => at.test(s)),
    found.join(' / '),
  );
}

describe('a balance table in two halves pasted one cell per line, its empty cells kept', () => {
  it('puts a right item alone at the end in the right half', () => {
    const [income, spending] = labels(fund());
    assert.deepEqual(income, ['总计', '一、本级收入', '二、转移性收入', '上级补助收入', '上年结转', '三、债务转贷收入']);
    assert.deepEqual(spending, ['总计', '一、本级支出', '二、转移性支出', '上解支出', '调出资金', '结转下年支出', '三、债务还本支出']);
  });

  it('keeps the left items after the first empty cells', () => {
    const [income] = labels(general());
    assert.deepEqual(income!.slice(-3), ['动用预算稳定调节基金', '上年结转', '三、债务转贷收入']);
  });

  it('is silent on balances that hold', () => {
    assert.deepEqual(findings(fund(), /^table-/), []);
    assert.deepEqual(findings(general(), /^table-/), []);
  });

  it('checks the spending total against its own items: a slip in 三、债务还本支出', () => {
    onlyAt(findings(fund({ repay: '130000' }), 'table-sum'), /^(?:300000|130000)$/);
  });

  it('checks the income total against its own items: a slip in 三、债务转贷收入', () => {
    onlyAt(findings(fund({ debtIn: '190000' }), 'table-sum'), /^(?:300000|190000)$/);
  });

  it('adds up a section of the longer half: a slip in 二、转移性收入', () => {
    onlyAt(findings(general({ transfer: '430000' }), 'table-sum'), /^(?:700000|430000)$/);
  });

  it('restates an income item the prose names by the income half’s row, not the other table’s', () => {
    const prose = '全县政府性基金预算收入完成10亿元。加上上级补助收入1.5亿元、债务转贷收入18亿元后，收入总计30亿元。';
    assert.deepEqual(findings(fund({}, prose), 'table-restatement'), []);
    assert.ok(findings(fund({}, prose.replace('18亿元', '17亿元')), 'table-restatement').length > 0);
  });
});
