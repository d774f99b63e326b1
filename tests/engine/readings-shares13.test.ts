// Readings of shares and rates added in round 13 (branch shares13). Each case is a made-up text: the reading finds
// the relation and reports a figure that breaks it, and stays silent where the figures agree or the words do not
// name the base.

import { findingAt, noFindingAt, silent } from './figure-findings';

describe('rates: a difference is no base, and the one count due is (shares13)', () => {
  it('reads 结案率 against 受理 past the 增加… stated after it', () => {
    findingAt('共受理各类案件6000件，增加1500件；结案5400件；综合结案率为95%。', '95%');
    silent('共受理各类案件6000件，增加1500件；结案5400件；综合结案率为90%。');
  });
  it('takes the one count due (受理) among the counts before the numerator', () => {
    findingAt('截至11月底，共受理各类案件6000件，收案首次突破4千件；结案5400件；综合结案率为95%。', '95%');
    silent('截至11月底，共受理各类案件6000件，收案首次突破4千件；结案5400件；综合结案率为90%。');
  });
  it('stays silent when no count before the numerator is one due', () => {
    noFindingAt('截至11月底，共审理各类案件6000件，收案首次突破4千件；结案5400件；综合结案率为95%。', '95%');
  });
});

describe('shares: a part after 其中, of the level before it named with place and verb aside (shares13)', () => {
  it('reads 占年末常住人口的比重 against 年末全市常住人口 in the sentence before', () => {
    findingAt('年末全市常住人口500万人，比上年末增加2万人。其中，城镇常住人口300万人，占年末常住人口的比重为65%。', '65%');
    silent('年末全市常住人口500万人，比上年末增加2万人。其中，城镇常住人口300万人，占年末常住人口的比重为60%。');
  });
  it('stays silent when the level before names another measure', () => {
    noFindingAt('年末全市户籍人口520万人，比上年末增加2万人。其中，城镇常住人口300万人，占年末常住人口的比重为65%。', '65%');
  });
});

describe('shares: 占GDP of a year named by its number or as 全年 (shares13)', () => {
  it('reads 全年…占GDP的比重 against 2023年…地区生产总值', () => {
    findingAt('2023年全县地区生产总值200亿元，比上年增长5%。\n\n全年民营经济增加值120亿元，增长6%，占GDP的比重为65%。', '65%');
    silent('2023年全县地区生产总值200亿元，比上年增长5%。\n\n全年民营经济增加值120亿元，增长6%，占GDP的比重为60%。');
  });
  it('stays silent when the product of two years is stated', () => {
    noFindingAt('2023年全县地区生产总值200亿元，2022年全县地区生产总值180亿元。\n\n全年民营经济增加值120亿元，增长6%，占GDP的比重为65%。', '65%');
  });
});

describe('rates: a budget’s 执行率 is what was used of what was approved (shares13)', () => {
  it('reads 执行率 as 已用指标 ÷ 批复指标, leaving 预算结余 aside', () => {
    findingAt('全年预算批复指标50亿元，已用指标40亿元，预算结余10亿元，总体执行率85%。', '85%');
    silent('全年预算批复指标50亿元，已用指标40亿元，预算结余10亿元，总体执行率80%。');
  });
  it('stays silent when two amounts could be what was used', () => {
    noFindingAt('全年预算批复指标50亿元，已用指标40亿元，已拨付资金45亿元，总体执行率85%。', '85%');
  });
});
