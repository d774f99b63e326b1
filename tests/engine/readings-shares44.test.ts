// Readings of shares44 (issue 12, round 44): a share whose whole stands paragraphs away, found by the part's measure
// narrowing the whole's (普惠性幼儿园在园幼儿 of 在园幼儿, 民间工业投资 of 工业投资). Each case made up, each silent case failing
// without its guard and each reported case without its reading.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings } from './figure-findings';

describe('a share whose part narrows the measure of a level stated paragraphs before (shares44)', () => {
  const kindergartens = (share: string, words = '总数'): string =>
    `全省共有幼儿园1.2万所，比上年减少300所。\n\n在园幼儿80000人，比上年减少2000人，下降2.4%；离园幼儿30000人，比上年增加1000人。\n\n普惠性幼儿园在园幼儿60000人，比上年增加4000人，增长7.1%，占${words}的${share}。`;

  it('reads it against that level', () => {
    assert.deepEqual(figureFindings(kindergartens('75%')), []);
  });

  it('reports a share the level does not give', () => {
    assert.deepEqual(figureFindings(kindergartens('70%')), ['number-ratio 70%']);
  });

  it('reads it when the words name the level (占工业投资), the level’s subject the place of the report', () => {
    const investment = (share: string): string =>
      `前11月，我省工业投资继续保持两位数增长。其中，1-11月，全省工业投资累计完成8000亿元，增长11.2%。\n\n重点地区拉动显著，各市工业投资保持增长。\n\n1-11月，全省民间工业投资完成6000亿元，增长13%，占工业投资${share}，增速比全省民间投资高6个百分点。`;
    assert.deepEqual(figureFindings(investment('75%')), []);
    assert.deepEqual(figureFindings(investment('71%')), ['number-ratio 71%']);
  });

  it('is silent when the words name another whole', () => {
    assert.deepEqual(figureFindings(kindergartens('70%', '学龄儿童总数')), []);
  });

  it('is silent when the level narrowed has two values', () => {
    const two = `上年在园幼儿90000人。\n\n今年在园幼儿80000人，离园幼儿30000人。\n\n普惠性幼儿园在园幼儿60000人，占总数的70%。`;
    assert.deepEqual(figureFindings(two), []);
  });

  it('is silent when the part is a plan or of another year', () => {
    const plan = `在园幼儿80000人，离园幼儿30000人。\n\n计划在园幼儿60000人，占总数的70%。`;
    assert.deepEqual(figureFindings(plan), []);
  });

  it('is silent when the level is of another period', () => {
    const periods = `1-6月，全省在园幼儿80000人，离园幼儿30000人。\n\n各地加快普惠性幼儿园建设。\n\n1-11月，全省普惠性幼儿园在园幼儿60000人，占总数的70%。`;
    assert.deepEqual(figureFindings(periods), []);
  });
});
