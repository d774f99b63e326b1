// The lead, round 27: a table set out in two halves side by side (tables/sideBySide.ts) is two tables over the same
// lines. The pasted-table finding covers both with one quick fix that rebuilds both halves; before, each half had
// its own finding over the shared lines, and either fix replaced the block with its half alone, dropping the other
// half's cells from the writer's text.

import assert from 'node:assert/strict';
import { applyEdits, check } from '../../server/src/engine/check';
import { parseDraft } from '../../server/src/engine/parse';

// made up: a county's general budget, income on the left, spending on the right, 万元
const balance = (remit = '60,150'): string => `表1：2024年全县一般公共预算收支决算平衡表
单位：万元
科目名称 | 执行数 | 决算数 | 科目名称 | 执行数 | 决算数 |
收入总量 | 500,000 | 500,200 | 支出总量 | 500,000 | 500,200 |
一、一般公共预算收入 | 200,000 | 200,000 | 一、一般公共预算支出 | 420,000 | 420,050 |
税收收入 | 150,000 | 150,000 | | | |
非税收入 | 50,000 | 50,000 | | | |
二、转移性收入 | 300,000 | 300,200 | 二、转移性支出 | 80,000 | 80,150 |
上级补助 | 250,000 | 250,200 | 上解支出 | 60,000 | ${remit} |
调入资金 | 50,000 | 50,000 | 债务还本支出 | 20,000 | 20,000 |
以上数据为快报数。
`;

const pasted = (text: string) => check(text).findings.filter((f) => f.rule === 'pasted-table');

describe('pasted-table: a table set out in two halves side by side (lead27)', () => {
  it('is one finding over the whole block, naming both tables', () => {
    const found = pasted(balance());
    assert.equal(found.length, 1);
    const text = balance();
    const [f] = found;
    assert.ok(text.slice(f!.offset, f!.endOffset).startsWith('科目名称 | 执行数'));
    assert.ok(text.slice(f!.offset, f!.endOffset).endsWith('债务还本支出 | 20,000 | 20,000 |'));
    assert.match(f!.message, /两张表格.*8行×3列、6行×3列.*上下两张表/);
  });

  it('rebuilds both halves, keeping every cell of each and the text around them', () => {
    const text = balance();
    const fixed = applyEdits(text, pasted(text)[0]!.fix!);
    for (const cell of ['收入总量', '非税收入', '调入资金', '支出总量', '上解支出', '债务还本支出', '420,050', '60,150']) assert.ok(fixed.includes(cell), cell);
    assert.ok(fixed.startsWith('表1：2024年全县一般公共预算收支决算平衡表\n单位：万元\n'));
    assert.ok(fixed.endsWith('\n\n以上数据为快报数。\n'));
    const tables = parseDraft(fixed).tables;
    assert.deepEqual(
      tables.map((t) => [t.source, t.rows[0]!.cells[0]!.text]),
      [
        ['gfm', '收入总量'],
        ['gfm', '支出总量'],
      ],
    );
    assert.deepEqual(pasted(fixed), []);
  });

  it('keeps the halves checked after the fix: a slip in 上解支出 is still found', () => {
    const text = balance('61,150');
    const fixed = applyEdits(text, pasted(text)[0]!.fix!);
    assert.ok(check(fixed).findings.some((f) => f.rule === 'table-sum' && fixed.slice(f.offset, f.endOffset).match(/80,150|61,150/)));
  });

  it('leaves a table of one half as one finding of its own size', () => {
    const text = `科目名称 | 执行数 | 决算数 |
收入总量 | 500,000 | 500,200 |
税收收入 | 150,000 | 150,000 |
非税收入 | 350,000 | 350,200 |
`;
    const found = pasted(text);
    assert.equal(found.length, 1);
    assert.match(found[0]!.message, /^这是一张表格.*4行×3列/);
  });
});

describe('units: foreign currencies and poultry counted as 羽 (lead27)', () => {
  const sums = (text: string): string[] =>
    check(text)
      .findings.filter((f) => f.rule === 'number-sum')
      .map((f) => f.message);

  it('adds amounts in 美元 and finds parts over their total', () => {
    const [message] = sums('新签外资项目总投资5.2亿美元，其中甲项目3.1亿美元、乙项目2.4亿美元。');
    assert.match(message ?? '', /3\.1亿美元 \+ 乙项目2\.4亿美元 = 5\.5亿美元，比总数5\.2亿美元还多0\.3亿美元/);
  });

  it('never adds 美元 to 元', () => {
    assert.deepEqual(sums('新签外资项目总投资5.2亿元，其中甲项目3.1亿美元、乙项目2.4亿美元。'), []);
  });

  it('adds poultry counted as 羽', () => {
    assert.equal(sums('全年出栏家禽1200万羽，其中肉鸡800万羽、肉鸭450万羽。').length, 1);
    assert.deepEqual(sums('全年出栏家禽1250万羽，其中肉鸡800万羽、肉鸭450万羽。'), []);
  });
});
