// Readings of sums and restatements learnt from the missed mutants of the real corpus (issue 12, branch sums4): each
// case is a made-up sentence showing the reading, silent where it holds and reported where it does not.

import { reports, silent } from './figure-findings';

describe('readings of sums and restatements (sums4)', () => {
  describe('number-sum: a total whose verb of completion stands before its noun', () => {
    it('takes the parts done after 其中 for parts of a total 完成 before its name', () => {
      silent(
        '1-6月，全县累计完成一般公共预算收入10.5亿元，同比增加0.5亿元，增长5%。其中：地方收入完成7.3亿元，增加0.2亿元；上划中央收入完成2.4亿元，增加0.2亿元；上划省级收入完成0.8亿元，增加0.1亿元。',
      );
      reports(
        '1-6月，全县累计完成一般公共预算收入9.5亿元，同比增加0.5亿元，增长5.6%。其中：地方收入完成7.3亿元，增加0.2亿元；上划中央收入完成2.4亿元，增加0.2亿元；上划省级收入完成0.8亿元，增加0.1亿元。',
        'number-sum',
        '9.5亿元',
      );
    });

    it('still does not take what was done for a part of a task', () => {
      silent('全县年度计划完成造林任务5万亩。其中：东乡完成3.2万亩；西乡完成2.6万亩。');
    });
  });
});
