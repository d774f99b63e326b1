// Readings of round 23 by the lead (issue 12): heldout63's one false alarm on a relation at first contact, a 12345 report's
// list of categories one of which is named 公共安全类: the 共 of 公共 is no total.

import { reports, silent } from './figure-findings';

describe('readings of the lead, round 23 (issue 12)', () => {
  describe('number-sum: a total split by the parts after it, ending in 其余 or 其他', () => {
    it('does not take the 共 inside a name (公共安全类) for a total', () => {
      silent('从热点分布来看，反映市场监管类139件，公共安全类51件，民政退役军人类26件，财税金融类13件，文化旅游类2件，其他类95件。');
    });

    it('still reads a total stated with 共 in a clause that names 公共', () => {
      silent('公共安全类诉求共受理26件，已办结21件，其余5件正在办理。');
      reports('公共安全类诉求共受理26件，已办结21件，其余6件正在办理。', 'number-sum', '26件');
    });
  });
});
