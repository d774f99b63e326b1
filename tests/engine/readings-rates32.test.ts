// Readings of rates32 (issue 12, round 32): points between a growth and the growth of every kind of its measure
// (各项贷款, 全部投资), that whole being the largest level of the measure stated before; a rate over 100% whose plan,
// stated in a paragraph before, is smaller than what was done. Each case made up, each reported case failing without
// its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

// made up: a city's loans at the end of a quarter, two kinds compared with all loans
const loans = (smes: string, green: string): string =>
  '9月末，全市本外币贷款余额8.2万亿元，同比增长9.5%；比年初增加6000亿元。\n\n' +
  '制造业贷款余额1.1万亿元，同比增长12.0%，增速比上年同期快1.0个百分点。' +
  `普惠小微贷款余额6000亿元，同比增长20.4%，增速比各项贷款快${smes}；绿色贷款余额9000亿元，同比增长30.1%，增速比各项贷款快${green}。`;

describe('points against the growth of every kind of the measure (rates32)', () => {
  it('is silent when each gap is the growth less that of all loans', () => {
    assert.deepEqual(findings(loans('10.9个百分点', '20.6个百分点'), 'number-ratio'), []);
  });

  it('reports a gap that is not the growth less that of all loans', () => {
    assert.deepEqual(findings(loans('11.9个百分点', '20.6个百分点'), 'number-ratio'), ['11.9个百分点']);
    assert.deepEqual(findings(loans('10.9个百分点', '21.6个百分点'), 'number-ratio'), ['21.6个百分点']);
  });

  it('reads 高于各项贷款增速 on a page in traditional characters', () => {
    const page = (gap: string): string => `2023年末，全省人民幣各項貸款余額5.5萬億元，同比增長12.5%。投向制造業的中長期貸款為3000億元，同比增長40.5%，高于各項貸款增速${gap}。`;
    assert.deepEqual(findings(page('28.0個百分點'), 'number-ratio'), []);
    assert.deepEqual(findings(page('30.0個百分點'), 'number-ratio'), ['30.0個百分點']);
  });

  it('reads 比全部投资增速高 of an investment', () => {
    const county = (gap: string): string => `上半年，全县固定资产投资55.5亿元，同比增长1.0%。其中，基础设施投资28.2亿元，同比增长3.8%，比全部投资增速高${gap}。`;
    assert.deepEqual(findings(county('2.8个百分点'), 'number-ratio'), []);
    assert.deepEqual(findings(county('3.8个百分点'), 'number-ratio'), ['3.8个百分点']);
  });

  it('is silent when balances in two currency scopes are the largest alike', () => {
    const two = '9月末，全市本外币贷款余额8.2万亿元，同比增长9.5%。人民币贷款余额7.9万亿元，同比增长10.0%。\n\n' + '普惠小微贷款余额6000亿元，同比增长20.4%，增速比各项贷款快10.4个百分点。';
    assert.deepEqual(findings(two, 'number-ratio'), []);
  });

  it('takes no balance smaller than the part as the whole', () => {
    const small = '9月末，全市住户贷款余额500亿元，同比增长5.0%。\n\n普惠小微贷款余额6000亿元，同比增长20.4%，增速比各项贷款快10.4个百分点。';
    assert.deepEqual(findings(small, 'number-ratio'), []);
  });
});

// made up: a city's task set in one paragraph, the works started reported in the next
const started = (rate: string): string => `今年，省下达我市保障性住房目标任务为10000套。\n\n截至目前，全市保障性住房开工建设11000套，开工率达${rate}。`;

describe('a rate over 100% of a smaller plan stated before (rates32)', () => {
  it('is silent when the rate is what was done over the plan', () => {
    assert.deepEqual(findings(started('110%'), 'number-ratio'), []);
  });

  it('reports a rate over 100% that is not what was done over the plan', () => {
    assert.deepEqual(findings(started('115%'), 'number-ratio'), ['115%']);
  });

  it('takes no smaller plan for a rate of 100% or less', () => {
    assert.deepEqual(findings(started('95%'), 'number-ratio'), []);
  });
});

describe('N倍 of a year named after 是, between the levels of 从…增长到 (rates32)', () => {
  const grown = (times: string): string => `五年来，全县地区生产总值从120亿元增长到300亿元，是2016年的${times}，由全省第40位上升至第30位。`;

  it('is silent when the multiple is the level reached over the level it went from', () => {
    assert.deepEqual(findings(grown('2.5倍'), 'number-ratio'), []);
  });

  it('reports a multiple that is not the one level over the other', () => {
    assert.deepEqual(findings(grown('2.8倍'), 'number-ratio'), ['2.8倍']);
  });

  it('is silent with no level it went from', () => {
    assert.deepEqual(findings('全县社会消费品零售总额完成4.99亿元，是2016年的1.6倍。', 'number-ratio'), []);
  });
});

describe('the breadth of growth, the kinds that grew over all the kinds (rates32)', () => {
  const industries = (breadth: string): string => `分行业看，40个大类行业中有25个行业增加值实现增长，增长面为${breadth}。其中，汽车制造业增长12.5%。`;

  it('is silent when the breadth is the kinds that grew over all of them', () => {
    assert.deepEqual(findings(industries('62.5%'), 'number-ratio'), []);
  });

  it('reports a breadth that is not the one count over the other', () => {
    assert.deepEqual(findings(industries('67.5%'), 'number-ratio'), ['67.5%']);
  });

  it('reads the whole across a page break that ends in 中', () => {
    const split = (breadth: string): string => `全市限额以上单位20种商品类别中\n\n15种商品零售额呈现增长，增长面达到${breadth}\n\n消费市场平稳。`;
    assert.deepEqual(findings(split('75%'), 'number-ratio'), []);
    assert.deepEqual(findings(split('80%'), 'number-ratio'), ['80%']);
  });

  it('is silent when the counts are not one among the other (no 中)', () => {
    assert.deepEqual(findings('全市新增企业40个，25个行业实现增长，增长面为67.5%。', 'number-ratio'), []);
  });
});
