// Readings of rates38 (issue 12, round 38): a saving rate over a trading centre's turnover of works or purchases, over a
// tender's ceiling price, and as a 繁體 page writes it; a court's closing rate of the cases received anew and carried
// over. Each case made up, each reported case failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

// made up: a county's public-resource trading centre, its works and its purchases each with their savings
const centre = (works: string, purchases: string): string =>
  `今年1-6月，县公共资源交易中心共完成交易项目80宗，同比增长12%。其中工程建设项目30宗，交易金额4.5亿元，节约资金0.5亿元，节资率${works}；` +
  `政府采购项目50宗，交易金额1.6亿元，节约资金0.4亿元，节资率${purchases}。`;

describe('a saving rate over the turnover of works or purchases (rates38)', () => {
  it('is silent when the savings are of the turnover and the savings together', () => {
    // 0.5 ÷ (4.5 + 0.5) = 10%, 0.4 ÷ (1.6 + 0.4) = 20%
    assert.deepEqual(findings(centre('10%', '20%'), 'number-ratio'), []);
  });

  it('is silent when the savings are of the turnover alone', () => {
    // 0.5 ÷ 4.5 = 11.11%, 0.4 ÷ 1.6 = 25%
    assert.deepEqual(findings(centre('11.11%', '25%'), 'number-ratio'), []);
  });

  it('reports a rate that is neither', () => {
    assert.deepEqual(findings(centre('15%', '20%'), 'number-ratio'), ['15%']);
    assert.deepEqual(findings(centre('10%', '30%'), 'number-ratio'), ['30%']);
  });

  it('reads works and purchases counted as kinds (工程类和采购类)', () => {
    const kinds = (rate: string): string => `全年累计完成各类交易项目120个，其中：工程类和采购类100个，交易额9.5亿元，共节约资金5000万元，节资率${rate}。`;
    assert.deepEqual(findings(kinds('5%'), 'number-ratio'), []);
    assert.deepEqual(findings(kinds('9%'), 'number-ratio'), ['9%']);
  });

  it('is silent on the turnover of the whole centre, which holds land sales', () => {
    // guard: the projects counted before the turnover are of every kind, not works or purchases
    const all = '八月份，全市公共资源交易项目共500项，交易额200亿元，同比下降8%，节约金额9亿元，资金节约率10.7%。';
    assert.deepEqual(findings(all, 'number-ratio'), []);
  });
});

// made up: a city's tenders under its cost-control rules
const tenders = (rate: string): string => `采用成本控制办法的交易项目共20宗，总控制价11.6亿元，总中标价8.7亿元，总节约资金2.9亿元，节资率${rate}。`;

describe('a saving rate over a tender’s ceiling price (rates38)', () => {
  it('is silent when the savings are of the ceiling price', () => {
    assert.deepEqual(findings(tenders('25%'), 'number-ratio'), []);
  });

  it('reports a rate that is not the savings over the ceiling', () => {
    assert.deepEqual(findings(tenders('30%'), 'number-ratio'), ['30%']);
  });

  it('reads the ceiling less the winning bids when no savings are stated', () => {
    const bare = (rate: string): string => `按成本控制办法交易的项目8宗，控制价1.60亿元，中标价1.20亿元，平均节资率达${rate}。`;
    assert.deepEqual(findings(bare('25%'), 'number-ratio'), []);
    assert.deepEqual(findings(bare('30%'), 'number-ratio'), ['30%']);
  });
});

describe('a saving rate as a 繁體 page writes it (rates38)', () => {
  const page = (rate: string): string => `2023年，全市共實施政府采購預算50億元，實際完成采購金額46億元，節約資金4億元，節約率達${rate}；采購規模較上年增長5%。`;

  it('is silent when the savings are of the budget', () => {
    assert.deepEqual(findings(page('8%'), 'number-ratio'), []);
  });

  it('reports a rate that is not', () => {
    assert.deepEqual(findings(page('12%'), 'number-ratio'), ['12%']);
  });
});

// made up: a county court's first half-year
const court = (rate: string): string => `上半年，全院新收各类案件2000件，旧存100件，未结420件，已结1680件，综合结案率${rate}。`;

describe('a court’s closing rate of the cases received anew and carried over (rates38)', () => {
  it('is silent when the cases closed are of the new and the old together', () => {
    // 1680 ÷ (2000 + 100) = 80%
    assert.deepEqual(findings(court('80%'), 'number-ratio'), []);
  });

  it('reports a rate that is not', () => {
    assert.deepEqual(findings(court('75%'), 'number-ratio'), ['75%']);
  });

  it('is silent on a part whose own cases carried over are not stated', () => {
    // guard: the part's period states no cases carried over of its own
    const part = `${court('80%')}其中，新收执行案件900件，结案600件（含上年旧存），结案率为62%。`;
    assert.deepEqual(findings(part, 'number-ratio'), []);
  });
});

// made up: a district's city-management cases for one month
const cases = (timely: string): string => `9月城市管理问题应结案数12000件，结案数11900件，结案率99.17%；按期结案数11800件，按期结案率${timely}（上月98.9%）。`;

describe('an on-time rate of the cases the plain rate before it is of (rates38)', () => {
  it('is silent when the on-time count is of the cases due', () => {
    // 11800 ÷ 12000 = 98.33%
    assert.deepEqual(findings(cases('98.33%'), 'number-ratio'), []);
  });

  it('reports an on-time rate that is not', () => {
    assert.deepEqual(findings(cases('97.33%'), 'number-ratio'), ['97.33%']);
  });

  it('reads the plain rate across a full stop', () => {
    const across = (timely: string): string => `应结案数8000件，结案数7990件，结案率99.88%。按期结案数7900件，按期结案率${timely}。`;
    assert.deepEqual(findings(across('98.75%'), 'number-ratio'), []);
    assert.deepEqual(findings(across('97.75%'), 'number-ratio'), ['97.75%']);
  });

  it('is silent when the plain rate before it does not hold', () => {
    // guard: 结案率 98% is no rate of 7990 over 8000, so which cases it is of is unknown, and so is the on-time rate's base
    const off = '应结案数8000件，结案数7990件，结案率98%。按期结案数7900件，按期结案率97.5%。';
    assert.deepEqual(findings(off, 'number-ratio'), ['98%']);
  });
});
