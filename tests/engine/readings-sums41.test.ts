// Readings of sums41 (issue 12, round 41: the sum mutants the engine misses, all 2,486 classified by script): parts
// that each say 累计 under a running total after 其中; shares listed after 比重分别为 without 占. Each case made up in the
// way the real text writes it; the reported case fails without the reading.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings, findingTexts as findings } from './figure-findings';

// made up: a fund's running balance at the quarter's end, its two accounts after 其中, each a running balance too
const balance = (total: string, first: string): string => `季末职工医保基金累计结存${total}亿元，其中统筹基金${first}22.19亿元，个人账户累计结存21.34亿元。`;

describe('parts that each say 累计 under a running total (sums41)', () => {
  it('is silent when the accounts add up to the balance', () => {
    assert.deepEqual(figureFindings(balance('43.53', '累计结余')), []);
  });

  it('reports a balance smaller than its accounts', () => {
    assert.deepEqual(findings(balance('39.18', '累计结余'), 'number-sum'), ['39.18亿元']);
  });

  it('still takes a part not said to run over the period for no part of the list', () => {
    assert.deepEqual(findings(balance('39.18', '结余'), 'number-sum'), []);
  });
});

// made up: the shares of the regions in one measure, 比重 after the measure without 占
const regions = (east: string): string => `一季度，东、中、西部地区快递业务量比重分别为${east}%、14.3%和7.5%，业务收入比重分别为78.2%、12.7%和9.1%。`;

describe('shares after 比重分别为 without 占 (sums41)', () => {
  it('is silent when the regions’ shares make 100%', () => {
    assert.deepEqual(figureFindings(regions('78.2')), []);
  });

  it('reports shares of one measure that add up to more than 100%', () => {
    assert.deepEqual(findings(regions('83.2'), 'number-ratio'), ['7.5%']);
  });

  it('still reads no shares of one whole after 比重 opening its clause (each part its own whole)', () => {
    const text = '各区60岁及以上老年人口占该区总人口比重列前三位的依次是虹口区、黄浦区和普陀区，比重分别为44.9%、43.8%和42.8%。';
    assert.deepEqual(figureFindings(text), []);
  });
});
