// Readings added after the first run on heldout15 and heldout16 (branch post-m): percentages and sums that are not of
// the figures beside them. Each case is a made-up text: the reading keeps it silent, and the same figures without the
// words it reads are still reported.

import { reports, silent } from './figure-findings';

describe('number-ratio: a rate per year is not the whole period’s change (post-m)', () => {
  it('reads 年平均减少 / 年均增长 as an average rate per year', () => {
    const text = (words: string): string => `全镇常住人口为52000人，与十年前相比，减少4000人，减少7.14%，${words}0.74%。`;
    silent(text('年平均减少'));
    reports(text('减少了'), 'number-ratio');
  });
});

describe('number-ratio: a change after 剔除…的影响 is of an adjusted level (post-m)', () => {
  it('reads 若剔除…对收入的影响，按同口径计算增长 as a change of the adjusted figures', () => {
    const text = (words: string): string => `全县税收收入完成62.4亿元，比上年增长8.0%，增收4.6亿元，${words}增长16.3%。`;
    silent(text('若剔除减税政策对收入的影响，按同口径计算'));
    reports(text('按同口径计算'), 'number-ratio');
  });
});

describe('number-ratio: a count of those who were so and then did something else is no numerator of the rate (post-m)', () => {
  it('does not read 失业人员实现再就业 as the count of 失业率', () => {
    const text = (who: string): string => `全年城镇新增就业人员5200人，${who}1300人，年末城镇登记失业率3.2%。`;
    silent(text('城镇失业人员实现再就业'));
    reports(text('城镇登记失业人员'), 'number-ratio');
  });
});

describe('number-sum: a list naming a whole scope is not the parts of a narrower total (post-m)', () => {
  it('does not take 全市法院 parts as the parts of 市中院’s total in the sentence before', () => {
    const text = (scope: string): string => `市中院受理案件8000件，审执结7000件。从收案类型看，${scope}新收一审案件9000件，新收二审案件2000件，新收执行案件4000件。`;
    silent(text('全市法院'));
    reports(text(''), 'number-sum');
  });
});

describe('number-sum: two runs after 其中 each adding up to the total are two breakdowns (post-m)', () => {
  it('reads 其中 by channel, then by outcome, each adding up, as two breakdowns of one total', () => {
    const text = (last: number): string => `全年共收到政府信息公开申请共20件，其中当面申请5件，网络申请15件，办结17件，结转下年度办理${last}件。`;
    silent(text(3));
    reports(text(4), 'number-sum');
  });
});
