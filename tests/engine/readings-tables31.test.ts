// Tables read on the layouts real pages paste (issue 12), round 25 (tables31): a budget's balance table set out in two
// halves side by side (科目名称 | 执行数 | 决算数 twice, income on the left, spending on the right), read as two tables;
// the text of a 决算 report restating the 决算数 of a row whose 执行数 stands beside it (the 表题 names which); a
// balance's 总计 written right before its figure, which is no cell of the row named before it; and an item added by
// 加上 whose name is a row's and a measure word. Each case made up, each reported case failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';
import { parseDraft } from '../../server/src/engine/parse';

const findings = (text: string, rule: string | RegExp): string[] =>
  check(text)
    .findings.filter((f) => (typeof rule === 'string' ? f.rule === rule : rule.test(f.rule)))
    .map((f) => text.slice(f.offset, f.endOffset));

// made up: a county's general budget, income on the left, spending on the right, 万元
const balance = (cells: Record<string, string> = {}): string => `表1：2024年全县一般公共预算收支决算平衡表
单位：万元
科目名称 | 执行数 | 决算数 | 科目名称 | 执行数 | 决算数 |
收入总量 | 500,000 | 500,200 | 支出总量 | 500,000 | 500,200 |
一、一般公共预算收入 | 200,000 | 200,000 | 一、一般公共预算支出 | 420,000 | 420,050 |
税收收入 | 150,000 | ${cells.tax ?? '150,000'} | | | |
非税收入 | ${cells.nontaxRun ?? '50,000'} | 50,000 | | | |
二、转移性收入 | 300,000 | 300,200 | 二、转移性支出 | 80,000 | 80,150 |
上级补助 | 250,000 | 250,200 | 上解支出 | 60,000 | ${cells.remit ?? '60,150'} |
调入资金 | 50,000 | 50,000 | 债务还本支出 | 20,000 | 20,000 |
`;

describe('a balance table set out in two halves side by side', () => {
  it('parts the halves into two tables of three columns, each under the 表题', () => {
    const tables = parseDraft(balance()).tables;
    assert.equal(tables.length, 2);
    assert.deepEqual(
      tables.map((t) => t.header.cells.map((c) => c.text)),
      [
        ['科目名称', '执行数', '决算数'],
        ['科目名称', '执行数', '决算数'],
      ],
    );
    assert.deepEqual(
      tables[1]!.rows.map((r) => r.cells[0]!.text),
      ['支出总量', '一、一般公共预算支出', '二、转移性支出', '上解支出', '债务还本支出'],
    );
    assert.ok(tables.every((t) => t.caption?.text.includes('平衡表')));
  });

  it('is silent on a balance that holds', () => {
    assert.deepEqual(findings(balance(), /^table-/), []);
  });

  it('adds the spending half up by itself: a slip in 上解支出 breaks its 转移性支出', () => {
    const found = findings(balance({ remit: '61,150' }), 'table-sum');
    assert.ok(found.length > 0);
    assert.ok(
      found.every((s) => /80,150|61,150/.test(s)),
      found.join(' / '),
    );
  });

  it('leaves a table whose heading does not repeat as one table', () => {
    const text = balance().replace('科目名称 | 执行数 | 决算数 | 科目名称 | 执行数 | 决算数 |', '科目名称 | 执行数 | 决算数 | 科目名称 | 预算数 | 调整数 |');
    assert.equal(parseDraft(text).tables.length, 1);
  });
});

describe('the text of a 决算 report restating a row of 执行数 and 决算数', () => {
  const prose = (
    tax: string,
  ): string => `一般公共预算收入完成20.00亿元，其中，税收收入完成${tax}亿元，非税收入5.00亿元。加上上级补助收入25.02亿元，收入总量50.02亿元。一般公共预算支出42.01亿元，一般公共预算支出总计50.02亿元。

`;

  it('restates the 决算数 the 表题 names: a slip in the 决算数 is reported', () => {
    const text = prose('15.00') + balance({ tax: '151,000' });
    assert.ok(findings(text, 'table-restatement').includes('151,000'));
  });

  it('does not take the 执行数 beside it for what the text restates', () => {
    const text = prose('15.00') + balance({ nontaxRun: '51,000' });
    assert.deepEqual(findings(text, 'table-restatement'), []);
  });

  it('reads the item after 加上 by its row (上级补助收入 for 上级补助)', () => {
    const text = prose('15.00').replace('25.02亿元', '25.12亿元') + balance();
    assert.deepEqual(findings(text, 'table-restatement'), ['250,200']);
  });

  it('takes no 总计 for the row named before it (一般公共预算支出总计 is no 一般公共预算支出)', () => {
    const text = prose('15.00') + balance();
    assert.deepEqual(findings(text, 'table-restatement'), []);
  });

  it('is silent when the 表题 names no column (预算执行情况表 over 执行数 | 决算数)', () => {
    const text = prose('15.00') + balance({ tax: '151,000' }).replace('收支决算平衡表', '收支情况表');
    assert.deepEqual(findings(text, 'table-restatement'), []);
  });
});
