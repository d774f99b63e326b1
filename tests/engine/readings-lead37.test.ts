// Readings of the lead's branch (issue 12, round 37): a text's figure that fails to restate a table cell the table
// bears out itself (a part or total of a 合计 that adds up, a growth its row gives) is the figure that is off, and the
// finding stands at it, not at the cell. Each case made up.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';
import { explainAt } from '../../server/src/engine/explain';
import { findingTexts } from './figure-findings';

// made up: a county's budget revenue, its two parts and their 合计 in a table under the text
const revenue = (body: string, tax = '8.6', total = '12.9'): string =>
  `${body}\n\n表1 2023年全县一般公共预算收入完成情况\n\n| 项目 | 完成数（亿元） | 上年数（亿元） |\n|---|---|---|\n` +
  `| 税收收入 | ${tax} | 8.1 |\n| 非税收入 | 4.3 | 4.0 |\n| 合计 | ${total} | 12.1 |\n`;

describe('a restatement of a cell the table bears out (lead37)', () => {
  it('is reported at the text’s figure when the cell is a part of a 合计 that adds up', () => {
    const text = revenue('2023年，全县税收收入8.8亿元，非税收入4.3亿元。');
    assert.deepEqual(findingTexts(text, 'table-restatement'), ['8.8亿元']);
    const [finding] = check(text).findings.filter((f) => f.rule === 'table-restatement');
    assert.match(finding!.message, /正文写作8\.8亿元.*与表中合计相符（税收收入8\.6 \+ 非税收入4\.3 = 12\.9/);
    assert.match(finding!.message, /请核对正文$/);
  });

  it('stays at the cell when the table’s own 合计 does not bear the cell out', () => {
    const text = revenue('2023年，全县税收收入8.8亿元，非税收入4.3亿元。', '8.6', '13.5');
    assert.ok(findingTexts(text, 'table-restatement').includes('8.6'));
    assert.ok(!findingTexts(text, 'table-restatement').includes('8.8亿元'));
  });

  it('is silent when the text restates the cell', () => {
    assert.deepEqual(findingTexts(revenue('2023年，全县税收收入8.6亿元，非税收入4.3亿元。'), 'table-restatement'), []);
  });

  it('points the hover at the text’s figure from the cell', () => {
    const text = revenue('2023年，全县税收收入8.8亿元，非税收入4.3亿元。');
    const result = check(text);
    const cell = text.indexOf('| 8.6 |') + 2;
    const explanation = explainAt(result, cell);
    const restated = explanation.cell?.relations.find((r) => r.kind === 'restatement');
    assert.ok(restated, JSON.stringify(explanation));
    assert.equal(restated.reportedAt?.text, '8.8亿元');
  });
});
