// Readings of round 25 for changes (issue 12, mutants): a budget adjustment's difference, a grain purchase report's
// 多购/少购, and a bare 增 or 减 right after the year compared with.

import { reports, silent } from './figure-findings';

describe('readings of rates and changes, round 25 (issue 12, mutants)', () => {
  describe('number-ratio: a budget adjusted from one figure to another, and the difference it states', () => {
    it('checks 调增 and 调减 against the figures adjusted from and to', () => {
      silent('一般公共预算收入由年初预算10200.50万元调整为10480.30万元，调增279.80万元。');
      reports('一般公共预算收入由年初预算10200.50万元调整为10480.30万元，调增251.80万元。', 'number-ratio');
      silent('调入资金由年初预算3650.40万元调整为3410.15万元，调减240.25万元。');
      reports('调入资金由年初预算3650.40万元调整为3410.15万元，调减216.25万元。', 'number-ratio');
    });

    it('reads the traditional forms and a verb of change after 调整为', () => {
      silent('上級補助收入由年初預算8120.00萬元調整為9356.40萬元，調增1236.40萬元。');
      reports('上級補助收入由年初預算8120.00萬元調整為9356.40萬元，調增1112.40萬元。', 'number-ratio');
      reports('基金收入由年初的5200万元调整为6100万元，增加810万元。', 'number-ratio');
    });

    it('reads nothing when 调整为 does not join the two figures in one clause opened by 由', () => {
      silent('年初预算10200.50万元，经批准调整为10480.30万元，调增251.80万元。');
      silent('年初预算10200.50万元；由上级调整为10480.30万元的部分，调增251.80万元。');
    });
  });

  describe('number-ratio: a purchase compared with last year, 多购 and 少购', () => {
    it('checks the difference after 少购 against the two levels', () => {
      silent('粳稻：累计从生产者收购3520.4吨，较去年同期4186吨少购665.6吨，其中本期收购12吨。');
      reports('粳稻：累计从生产者收购3520.4吨，较去年同期4186吨少购599.0吨，其中本期收购12吨。', 'number-ratio');
    });
  });

  describe('number-ratio: a bare 增 or 减 after the words that compare is a difference', () => {
    it('reads 比上年增 and 较上年净增 as the difference the percentage is of', () => {
      // 42.5 ÷ (860.5 − 42.5) = 5.196%
      silent('全年茶叶总产量860.5吨，比上年增42.5吨，增幅达5.2%。');
      reports('全年茶叶总产量860.5吨，比上年增42.5吨，增幅达7.2%。', 'number-ratio');
      silent('全市共有志愿者3.45万名，较上年净增0.25万名，增幅7.81%。');
      reports('全市共有志愿者3.45万名，较上年净增0.25万名，增幅9.81%。', 'number-ratio');
    });

    it('takes 新增 for a level and 比年初增 for no difference of a growth 同比', () => {
      silent('库内建筑企业92家，较去年新增25家，完成建筑业总产值为19.4亿元，同比增幅11.2%。');
      silent('各项贷款余额3520.6亿元，比年初增71.4亿元，按可比口径计算同比增长12.8%。');
    });
  });
});
