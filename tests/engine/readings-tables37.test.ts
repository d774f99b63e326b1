// Tables read on the layouts real pages paste (issue 12), round 31 (tables37): a hospital's two-year comparison pasted
// as text, its rows numbered (1. 财政补助收入 …) so that Markdown reads them into a list, and its last two columns
// headed by a group of changes on the line above their own headings (2017比2016增减 over 增减值 增减%). Each case made
// up, each reported case failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';
import { parseDraft } from '../../server/src/engine/parse';

const findings = (text: string, rule: string | RegExp): string[] =>
  check(text)
    .findings.filter((f) => (typeof rule === 'string' ? f.rule === rule : rule.test(f.rule)))
    .map((f) => text.slice(f.offset, f.endOffset))
    .filter((t, i, all) => all.indexOf(t) === i);

// made up: a county hospital's income and spending in two years, the difference and its growth after them
const hospital = (cells: Record<string, string> = {}): string => `某县人民医院财务情况对比表
单位：元
项目及编号 2022年度 2023年度 2023比2022增减
增减值 增减%
一、收入支出情况 （一） 收入总计 ${cells.income ?? '40000000.00'} 46000000.00 6000000.00 15.00%
1. 财政补助收入 5000000.00 8000000.00 ${cells.subsidyDiff ?? '3000000.00'} 60.00%
2. 科教项目收入 0
3. 医疗收入 34000000.00 37000000.00 3000000.00 8.82%
4. 其他收入 1000000.00 1000000.00 0.00 0.00%
（二） 支出总计 38000000.00 42000000.00 4000000.00 10.53%
1. 医疗业务成本 30000000.00 33000000.00 3000000.00 ${cells.costGrowth ?? '10.00%'}
2. 管理费用 7000000.00 8000000.00 1000000.00 14.29%
3. 其他支出 1000000.00 1000000.00 0.00 0.00%
`;

describe('readings (tables37): an aligned table whose numbered rows Markdown reads as a list', () => {
  it('reads the table, its heading of changes put together, without a finding', () => {
    const tables = parseDraft(hospital()).tables;
    assert.equal(tables.length, 1);
    assert.deepEqual(
      tables[0]!.header.cells.map((c) => c.text),
      ['项目及编号', '2022年度', '2023年度', '2023比2022增减 增减值', '2023比2022增减 增减%'],
    );
    assert.deepEqual(findings(hospital(), /^table-/), []);
  });

  it('flags a numbered row whose difference is not that of its two years', () => {
    assert.deepEqual(findings(hospital({ subsidyDiff: '2700000.00' }), 'table-change'), ['2700000.00']);
  });

  it('flags a numbered row whose growth is not that of its two years', () => {
    assert.deepEqual(findings(hospital({ costGrowth: '15.00%' }), 'table-change'), ['15.00%']);
  });

  it('flags a total its numbered rows do not add up to', () => {
    assert.ok(findings(hospital({ income: '36000000.00' }), 'table-sum').includes('36000000.00'));
  });
});

describe('readings (tables37): limits', () => {
  it('leaves a numbered list of prose as prose', () => {
    const text = `工作安排如下：
1. 加强组织领导，落实责任分工
2. 完善工作机制，按月调度进度
3. 强化督查考核，确保取得实效
`;
    assert.equal(parseDraft(text).tables.length, 0);
  });

  it('does not read two words under a group as a difference and its growth unless they are', () => {
    const text = hospital().replace('增减值 增减%', '本期 同期');
    const tables = parseDraft(text).tables;
    assert.ok(tables.every((t) => !t.header.cells.some((c) => c.text === '2023比2022增减 本期')));
  });
});
