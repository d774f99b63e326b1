// Readings of round 26 for sums (issue 12, mutants): a list after 其中 whose groups by ； run on by ， with more parts
// named alike (mixed separators), and parts named with 累计 under a running total.

import { reports, silent } from './figure-findings';

describe('readings of sums, round 26 (issue 12, mutants)', () => {
  describe('number-sum: a list after 其中 by ； whose later groups run on by ，', () => {
    it('reads every part named alike, in each clause, as one list', () => {
      silent('全年实现农林牧渔业总产值18.6亿元，同比增长5.2%。其中：农业产值9.2亿元，占49.5%；林业产值1.1亿元，占5.9%，牧业产值8.1亿元，占43.5%，渔业产值0.2亿元，占1.1%。');
      reports('全年实现农林牧渔业总产值16.6亿元，同比增长5.2%。其中：农业产值9.2亿元，占49.5%；林业产值1.1亿元，占5.9%，牧业产值8.1亿元，占43.5%，渔业产值0.2亿元，占1.1%。', 'number-sum', '16.6亿元');
    });

    it('reads the parts after changes of their own between them', () => {
      silent(
        '全年农林牧渔业及其服务业总产值86420万元，同比增长4.1%。其中，农业产值30150万元，同比增长5.0%；林业产值21300万元，同比增长3.2%，牧业产值25670万元，同比增长2.8%，渔业产值7400万元，同比增长4.4%，农林牧渔业服务业产值1900万元，同比增长6.1%。',
      );
      reports(
        '全年农林牧渔业及其服务业总产值80420万元，同比增长4.1%。其中，农业产值30150万元，同比增长5.0%；林业产值21300万元，同比增长3.2%，牧业产值25670万元，同比增长2.8%，渔业产值7400万元，同比增长4.4%，农林牧渔业服务业产值1900万元，同比增长6.1%。',
        'number-sum',
      );
    });

    it('keeps a parallel list by measure, two levels in the first group, as two lists', () => {
      silent('全年预算批复指标60.20亿元，已用指标51.30亿元。其中：县直部门批复指标33.10亿元，已用指标28.40亿元；乡镇批复指标9.80亿元，已用指标6.70亿元。');
    });

    it('takes no clause of another measure for a part', () => {
      silent('全年农林牧渔业总产值18.6亿元。其中：农业产值9.2亿元；林业产值1.1亿元，粮食产量12.3万吨，牧业产值8.1亿元。');
    });
  });

  describe('number-sum: parts named with 累计 under a running total', () => {
    it('reads parts that run over the same period as the total', () => {
      silent('上半年，城乡居民累计生活用电量为11.36亿千瓦时，同比下降0.2%。其中，城镇居民累计用电量为4.92亿千瓦时，下降3.1%；乡村居民累计用电量为6.44亿千瓦时，增长2.5%。');
      reports(
        '上半年，城乡居民累计生活用电量为10.36亿千瓦时，同比下降0.2%。其中，城镇居民累计用电量为4.92亿千瓦时，下降3.1%；乡村居民累计用电量为6.44亿千瓦时，增长2.5%。',
        'number-sum',
        '10.36亿千瓦时',
      );
    });

    it('ends the list at a part not said to run over the period, after parts that are', () => {
      silent(
        '1-6月，全区一般公共预算收入累计完成298400万元，增长12.1%，其中：税收收入累计完成221300万元，增长8.2%；非税收入累计完成77100万元，增长25.3%；政府性基金预算收入1520万元；国有资本经营收入1730万元。',
      );
    });

    it('takes a clause opening with 累计 for a running total beside the first, not a part', () => {
      silent('全年累计争取上级补助资金18650.20万元，其中：中央预算资金17210.50万元，省级预算资金1439.70万元；累计争取债券资金31020万元，其中：专项债资金26520万元，一般债资金4500万元。');
    });
  });
});
