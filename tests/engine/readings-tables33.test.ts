// Tables read on the layouts real pages paste (issue 12), round 27 (tables33): a budget's balance table set out in two
// halves side by side and pasted one cell per line (收入 / 执行数 / 支出 / 执行数, then the rows' cells one a line), the
// longer half going on alone once the other is done, so where the pairs end is told by the halves adding up; and an
// item added after 以及 in the balance sentence, restating its row. Each case made up, each reported case failing
// without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';
import { parseDraft } from '../../server/src/engine/parse';

const findings = (text: string, rule: string | RegExp): string[] =>
  check(text)
    .findings.filter((f) => (typeof rule === 'string' ? f.rule === rule : rule.test(f.rule)))
    .map((f) => text.slice(f.offset, f.endOffset));

const stacked = (cells: readonly string[]): string => cells.join('\n\n');

// made up: a county's general budget, income on the left (ten items), spending on the right (seven), 万元; the
// last four income items stand alone, with no spending item beside them
const balance = (cells: Record<string, string> = {}, prose = ''): string =>
  `2024年全县一般公共预算收支平衡表

单位：万元

${stacked([
  '收    入',
  '执行数',
  '支    出',
  '执行数',
  '总   计',
  '500000',
  '总   计',
  '500000',
  '一、本级收入',
  '200000',
  '一、本级支出',
  '420000',
  '税收',
  '120000',
  '二、转移性支出',
  '80000',
  '非税',
  '80000',
  '上解支出',
  cells.remit ?? '10000',
  '二、转移性收入',
  cells.transfer ?? '300000',
  '债务还本支出',
  '50000',
  '上级补助收入',
  '200000',
  '结转下年支出',
  '20000',
  '调入资金',
  '40000',
  '动用预算稳定调节基金',
  '10000',
  '地方政府债务收入',
  '30000',
  '上年结转',
  cells.carry ?? '20000',
])}
${prose}`;

describe('a balance table in two halves pasted one cell per line', () => {
  it('parts the halves into two tables, the income items after the last pair left alone', () => {
    const tables = parseDraft(balance()).tables;
    assert.deepEqual(
      tables.map((t) => t.header.cells.map((c) => c.text.replace(/\s/g, ''))),
      [
        ['收入', '执行数'],
        ['支出', '执行数'],
      ],
    );
    assert.deepEqual(
      tables[0]!.rows.map((r) => r.cells[0]!.text.replace(/\s/g, '')),
      ['总计', '一、本级收入', '税收', '非税', '二、转移性收入', '上级补助收入', '调入资金', '动用预算稳定调节基金', '地方政府债务收入', '上年结转'],
    );
    assert.deepEqual(
      tables[1]!.rows.map((r) => r.cells[0]!.text.replace(/\s/g, '')),
      ['总计', '一、本级支出', '二、转移性支出', '上解支出', '债务还本支出', '结转下年支出'],
    );
    assert.ok(tables.every((t) => t.caption?.text.includes('平衡表')));
  });

  it('is silent on a balance that holds', () => {
    assert.deepEqual(findings(balance(), /^table-/), []);
  });

  it('adds the spending half up by itself: a slip in 上解支出 breaks its 转移性支出', () => {
    const found = findings(balance({ remit: '11000' }), 'table-sum');
    assert.ok(found.length > 0);
    assert.ok(
      found.every((s) => /^(?:80000|11000)$/.test(s)),
      found.join(' / '),
    );
  });

  it('adds the income half up with its lone items: a slip in 二、转移性收入', () => {
    const found = findings(balance({ transfer: '310000' }), 'table-sum');
    assert.ok(found.length > 0);
    assert.ok(
      found.every((s) => /^(?:500000|310000)$/.test(s)),
      found.join(' / '),
    );
  });

  it('reads nothing as two halves when the figure headings differ (执行数 | 预算数)', () => {
    const text = balance().replace(/执行数\n\n支 {4}出\n\n执行数/, '执行数\n\n支    出\n\n预算数');
    const tables = parseDraft(text).tables;
    assert.ok(!tables.some((t) => t.header.cells.length === 2 && /收/.test(t.header.cells[0]!.text) && /执行数/.test(t.header.cells[1]!.text) && t.rows.length === 10));
  });

  it('leaves the pairs unread where no place makes the halves add up and single items are left over', () => {
    // no ordinals: no section to add up, and an odd count of items leaves where the pairs end open
    const text = stacked(['收入', '执行数', '支出', '执行数', '总计', '100', '总计', '100', '甲', '60', '乙', '70', '丙', '40', '丁', '30', '戊', '5']);
    const tables = parseDraft(text).tables;
    assert.ok(!tables.some((t) => t.header.cells.length === 2 && t.header.cells[0]!.text === '收入'));
  });
});

describe('an item added after 以及 in the balance sentence', () => {
  const prose = '全县一般公共预算收入完成20亿元。加上上级补助收入20亿元，以及动用预算稳定调节基金1.5亿元、上年结转2亿元后，收入总计50亿元。';

  const messages = (text: string): string[] =>
    check(text)
      .findings.filter((f) => f.rule === 'table-restatement')
      .map((f) => f.message);

  it('restates the row it names: 1.5亿元 is not the table’s 10000万元', () => {
    const found = messages(balance({}, prose));
    assert.ok(
      found.some((m) => m.includes('动用预算稳定调节基金') && m.includes('1.5亿元')),
      found.join(' / '),
    );
  });

  it('is silent when the item agrees', () => {
    assert.deepEqual(messages(balance({}, prose.replace('1.5亿元', '1亿元'))), []);
  });
});
