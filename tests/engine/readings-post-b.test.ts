// Readings learnt from the false alarms of the first run on heldout9 and heldout10 (shares, rates and changes): each
// case is a made-up sentence showing the reading, silent where the reading holds and reported where it does not.

import { reports, silent } from './figure-findings';

describe('readings of real reports (post heldout9/10: shares, rates, changes)', () => {
  describe('number-ratio: shares after 其中 are parts of the share before it', () => {
    it('does not add a share and its own sub-shares as shares of one whole', () => {
      silent('全年收到提案1000件，办复900件，占90%，其中已经采纳的500件，占50%；列入计划逐步落实的400件，占40%。');
      silent('全年收到提案1000件，办复900件，占90%，其中已经采纳的500件，占50%，列入计划逐步落实的400件，占40%。');
    });

    it('reports sub-shares that add up to more than the share they are parts of', () => {
      reports('全年收到提案1000件，办复900件，占90%，其中已经采纳的500件，占50%，列入计划逐步落实的450件，占45%。', 'number-sum', '50% + 45%');
      reports('全年收到提案1000件，办复900件，占90%，其中已经采纳的500件，占50%；列入计划逐步落实的450件，占45%。', 'number-sum', '50% + 45%');
    });
  });

  describe('number-ratio: a negated rate is not its positive', () => {
    it('reads 不起诉率 as 不起诉 ÷ (起诉 + 不起诉), not 起诉率', () => {
      silent('全年共提起公诉600人，决定不起诉50人，不起诉率为7.69%。');
      reports('全年共提起公诉600人，决定不起诉50人，不起诉率为8.33%。', 'number-ratio', '不起诉率');
    });
  });

  describe('number-ratio: a change after 剔除…后 is of an adjusted level', () => {
    it('is silent on a change compared after 剔除…后 when the level stated stands before it', () => {
      silent('全年共受理群众诉求700000件，剔除疫情相关诉求后，受理量与去年同期780000件相比，下降8.32%。');
    });

    it('still checks a change whose levels are both stated after 剔除…后', () => {
      reports('剔除疫情相关诉求后，全年共受理群众诉求700000件，与去年同期780000件相比，下降8.32%。', 'number-ratio', '下降');
    });
  });

  describe('number-ratio: a difference after 其中’s part belongs to that part', () => {
    it('does not take the part’s difference for the total’s change', () => {
      silent('全县共有各类市场主体21000户，比上年增长20%，其中企业2700户，比上年增加400户。');
    });

    it('still reads the part’s difference with the part’s own change', () => {
      reports('全县共有各类市场主体21000户，其中企业2700户，比上年增加400户，增长20%。', 'number-ratio', '400户');
    });
  });

  describe('number-ratio: a profit rate of a kind of profit takes only that profit', () => {
    it('does not read 营业利润率 as 利润总额 over a revenue', () => {
      silent('全年实现营业收入64.35亿元，利润总额4.77亿元，营业利润率8.5%。');
    });

    it('reads 营业利润率 as 营业利润 over 营业收入', () => {
      reports('全年实现营业收入60亿元，营业利润6亿元，营业利润率12%。', 'number-ratio', '6亿元 ÷ 60亿元');
    });
  });
});
