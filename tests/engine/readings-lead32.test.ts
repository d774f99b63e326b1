// Round 32, lead: what the first run on heldout105–107 showed outside the figure readings (raw output in
// docs/measurements/heldout10{5,6,7}-first-run-10ad17c7.md).

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

describe('number-format: a range whose first number is negative keeps its sign in the message (lead32)', () => {
  const range = (text: string) => check(text).findings.find((f) => f.rule === 'number-format' && f.message.includes('数值范围'));
  it('quotes “-2.8~1.5%” whole and asks for “-2.8%~1.5%”', () => {
    const f = range('与上周相比，重点监测的畜禽产品价格变化幅度在-2.8~1.5%之间。\n');
    assert.ok(f, 'no range finding');
    assert.match(f.message, /数值范围“-2\.8~1\.5%”/);
    assert.match(f.message, /应写作“-2\.8%~1\.5%”/);
  });
  it('the fix only inserts the percent sign after 2.8, leaving the sign in the text', () => {
    const text = '价格变化幅度在-2.8~1.5%之间。\n';
    const f = range(text);
    assert.ok(f?.fix, 'no fix');
    let fixed = text;
    for (const e of [...f.fix].sort((a, b) => b.offset - a.offset)) fixed = fixed.slice(0, e.offset) + e.text + fixed.slice(e.endOffset);
    assert.equal(fixed, '价格变化幅度在-2.8%~1.5%之间。\n');
  });
  it('a range of two positive numbers is quoted as before', () => {
    const f = range('预计增长15~30%。\n');
    assert.ok(f);
    assert.match(f.message, /数值范围“15~30%”.*应写作“15%~30%”/);
  });
});

describe('pasted-table: the rows of a pipe table with two label columns are one table, not one table a row (lead32)', () => {
  const text = '品种 | 规格 | 本周 | 上周 | 环比\n白菜 | 散装 | 1.20 | 1.00 | 20.0\n萝卜 | 散装 | 1.10 | 1.00 | 10.0\n番茄 | 散装 | 2.40 | 2.00 | 30.0\n';
  const pasted = () => check(text).findings.filter((f) => f.rule === 'pasted-table');
  it('reports the block once, as pipe rows of five columns', () => {
    const found = pasted();
    assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
    assert.match(found[0]!.message, /竖线分隔的行，缺少表头下的分隔行，4行×5列/);
  });
  it('its fix rebuilds the five columns, keeping every cell', () => {
    const [f] = pasted();
    assert.ok(f?.fix);
    let fixed = text;
    for (const e of [...f.fix].sort((a, b) => b.offset - a.offset)) fixed = fixed.slice(0, e.offset) + e.text + fixed.slice(e.endOffset);
    assert.match(fixed, /\| 品种 \| 规格 \| 本周 \| 上周 \| 环比 \|\n\| --- \|/);
    assert.match(fixed, /\| 番茄 \| 散装 \| 2\.40 \| 2\.00 \| 30\.0 \|/);
  });
});
