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

  it('reads the level with 其中 and its measure for a subject (其中，出口7000亿元)', () => {
    const exports = (share: string): string =>
      `前7个月，全省外贸进出口1.15万亿元，比去年同期增长4.6%。其中，出口7000亿元，增长8.6%；进口4500亿元，下降1.1%。\n\n前7个月，全省机电产品出口3000亿元，增长8.7%，占同期全省外贸出口总值的${share}。`;
    assert.deepEqual(figureFindings(exports('42.9%')), []);
    assert.deepEqual(figureFindings(exports('47.9%')), ['number-ratio 47.9%']);
  });
});

describe('a share whose words end its part’s measure and a level’s before (shares44)', () => {
  const trade = (share: string, general = '我省以一般贸易方式进出口'): string =>
    `上半年，我省货物贸易进出口9700亿元，比上年同期增长9.2%，占全国外贸总值的6.6%。\n\n青岛、烟台进出口总值继续位居我省各地市前列，进出口值分别达2800亿元和1360亿元，合计占同期全省进出口总值的42.9%。\n\n${general}6500亿元，增长7%，占同期我省进出口总值的${share}。`;

  it('reads it against the level no share follows', () => {
    assert.deepEqual(figureFindings(trade('67%')), []);
  });

  it('reports a share the level does not give', () => {
    assert.deepEqual(figureFindings(trade('62%')), ['number-ratio 62%']);
  });

  it('is silent when the part is of a plan', () => {
    assert.deepEqual(figureFindings(trade('62%', '我省计划进出口')), []);
  });

  it('reads a level after 其中 whose share names other words (其中受理消费者投诉9880件，占73%)', () => {
    const complaints = (share: string): string =>
      `第二季度共接到案件13499件，比去年同期增加49件。其中受理消费者投诉9880件，占73%；举报3619件，占27%。\n\n受理商品消费投诉共4759件，占投诉量的${share}。`;
    assert.deepEqual(figureFindings(complaints('48%')), []);
    assert.deepEqual(figureFindings(complaints('43%')), ['number-ratio 43%']);
  });

  it('is silent on a part whose measure shares the level’s by a character only (进出口 beside 出口)', () => {
    const partners = `全省外贸进出口1.15万亿元，比去年同期增长4.6%。其中，出口7000亿元，增长8.6%；进口4500亿元，下降1.1%。\n\n各地外贸保持增长。\n\n对欧盟进出口1228.8亿元，同比增长5.6%，占10.7%，居各贸易伙伴首位。`;
    assert.deepEqual(figureFindings(partners), []);
  });
});
