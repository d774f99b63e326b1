// Readings of sums39 (issue 12, round 37): a sum of money and the uses it goes to right after it (新增专项债券…，用于社会
// 事业…，市政基础设施…), no more than the sum; and trade by direction, 进出口总额 = 出口 + 进口, by its definition. Each
// case made up, each reported case failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';
import { silent } from './figure-findings';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

// made up: a district's bonds of the year, each kind with its uses
const bonds = (general: string, special: string, opener = '用于'): string =>
  `2023年全区发行新增一般债券${general}亿元，${opener}城市道路建设1.20亿元，教育0.40亿元；` +
  `发行新增专项债券${special}亿元，${opener}棚户区改造5.30亿元，产业园区基础设施3.10亿元，医疗卫生 0.60 亿元，其他1.00亿元。`;

describe('the uses of a sum of money (sums39)', () => {
  it('is silent when the uses add up to the sum, or to less of it after 主要用于', () => {
    silent(bonds('1.60', '10.00'));
    silent(bonds('1.80', '10.50', '主要用于'));
  });

  it('reports a sum smaller than its uses', () => {
    assert.deepEqual(findings(bonds('1.44', '10.00'), 'number-sum'), ['1.44亿元']);
    assert.deepEqual(findings(bonds('1.60', '9.00', '主要用于'), 'number-sum'), ['9.00亿元']);
  });

  it('words it as uses that cannot exceed the sum, not as kinds that may overlap', () => {
    const message = check(bonds('1.60', '9.00')).findings.find((f) => f.rule === 'number-sum')?.message ?? '';
    assert.match(message, /= 10亿元，比总数9\.00亿元还多1亿元/);
    assert.match(message, /“用于”后所列各项不能超过总数/);
  });

  it('takes no use that is itself one of a list of uses for the sum of the next', () => {
    // (the 6.00 is a use of the bonds not stated; the 5.00 after it is another use, not its part)
    silent('全市新增专项债券共安排用于120余个项目，其中用于市政建设方面6.00亿元，用于保障性安居工程方面5.00亿元，用于社会事业方面2.50亿元。');
  });

  it('ends the uses at a figure of another measure or a name of no use', () => {
    // (项目3个 is a count: the list of amounts ends there; what was paid out, 已拨付, is no use beside the others)
    silent('下达衔接资金500万元，用于产业发展项目3个，项目总投资900万元。');
    silent('下达衔接资金500万元，用于道路硬化300万元，已拨付250万元。');
  });
});

// made up: a county's trade in the first half year
const trade = (total: string): string => `1-6月，全县完成外贸进出口总额${total}亿元，同比增长12.5%。其中，出口总额8.6亿元，增长15.2%；进口总额3.2亿元，增长5.3%。`;

describe('trade by direction (sums39)', () => {
  it('is silent when exports and imports make the total', () => {
    silent(trade('11.8'));
  });

  it('reports a total that is not exports and imports', () => {
    assert.deepEqual(findings(trade('12.8'), 'number-sum'), ['12.8亿元']);
    const message = check(trade('12.8')).findings.find((f) => f.rule === 'number-sum')?.message ?? '';
    assert.match(message, /出口、进口构成完整分类/);
  });

  it('takes imports first too, and no partner’s trade for the whole', () => {
    const text = (total: string): string => `全市货物贸易进出口总值${total}亿元，增长6.1%。进口额40.5亿元，增长2.0%；出口额62.3亿元，增长8.9%。`;
    assert.deepEqual(findings(text('110.8'), 'number-sum'), ['110.8亿元']);
    silent(text('102.8'));
    silent('全市对东盟进出口总额30.5亿元，增长9.4%。出口额62.3亿元，进口额40.5亿元。');
  });
});
