// post27c, round 27: with 美元 read as money, two readings of how officials write set out figures of other scopes.
// A summary of numbered items, each opened by a line stating its subject, goes on about that subject on the line after
// it: one measure under two items is two items' own. A share naming a wider place (全省) than the paragraph's own (全市)
// is of a total the text never states.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string) => check(text).findings.filter((f) => f.rule === rule);

// made up: a city's tourism summary, numbered items with a second line each
const items = (second = '旅游外汇收入6.10亿美元') => `2023年1-6月全市旅游接待情况

1、接待境外游客120.50万人次，比去年同期增长3.10%;

旅游外汇收入合计8.40亿美元，比去年同期增长2.20%;

2、接待境外过夜游客70.20万人次，比去年同期增长1.50%;

${second}，比去年同期增长1.30%;

3、接待国内游客2000.00万人次，比去年同期增长10.00%。
`;

describe('number-conflict: the line after a numbered line is its item’s (post27c)', () => {
  it('reads one measure under two numbered items of different subjects as two items’ own', () => {
    assert.deepEqual(findings(items(), 'number-conflict'), []);
  });

  it('keeps items of one subject one scope', () => {
    const text = `2023年全市旅游接待情况

1、接待境外游客120.50万人次，比去年同期增长3.10%;

旅游外汇收入8.40亿美元，比去年同期增长2.20%;

2、接待境外游客120.50万人次，与上半年持平;

旅游外汇收入9.40亿美元，比去年同期增长1.30%;
`;
    assert.equal(findings(text, 'number-conflict').length, 1);
  });
});

// made up: a city's foreign trade, its exports' share of the province's
const trade = (share = '占全省出口比重的45.0%') => `一季度，全市外贸进出口总额120亿美元，同比增长10%。其中，出口70亿美元，同比增长12%，${share}；进口50亿美元，同比增长7%。`;

describe('number-ratio: a share of a wider place’s total (post27c)', () => {
  it('never reads a share of the province’s exports against the city’s total', () => {
    assert.deepEqual(findings(trade(), 'number-ratio'), []);
  });

  it('still reads a share of the city’s own total', () => {
    assert.equal(findings(trade('占全市进出口总额的45.0%'), 'number-ratio').length, 1);
    assert.deepEqual(findings(trade('占全市进出口总额的58.3%'), 'number-ratio'), []);
  });

  it('still reads a district’s share of its own total beside a comparison with the city (高于全市, 居全市)', () => {
    const district = (share: string) =>
      `1-11月，全区固定资产投资100000万元，同比增长8.3%，高于全市平均水平3.2个百分点，增速居全市第8位。服务业投资占据主导地位，累计完成投资80000万元，同比增长13.1%，总量占全区投资比重为${share}。`;
    assert.equal(findings(district('86.0%'), 'number-ratio').length, 1);
    assert.deepEqual(findings(district('80.0%'), 'number-ratio'), []);
  });
});

// made up: a development zone's projects, one group named by a threshold in two currencies
const projects = (total = '86个') => `2023年累计引进优质项目${total}，其中投资超2亿元或3000万美元制造业项目50个、先进制造业项目30个、总部经济项目6个。`;

describe('number-sum: a threshold in two currencies names the part (post27c)', () => {
  it('reads 超2亿元或3000万美元 as the name of the first part, not as the part', () => {
    assert.deepEqual(findings(projects(), 'number-sum'), []);
    assert.equal(findings(projects('76个'), 'number-sum').length, 1);
  });
});
