// Readings of round 9 for sums (issue 12, mutants): links the words make certain.

import { reports, silent } from './figure-findings';

describe('readings of sums, round 9 (issue 12, mutants)', () => {
  describe('number-sum: a procuratorate’s decisions are no more than the reviews it ended', () => {
    it('adds the decisions to arrest and not to arrest up against the reviews ended, each unit on its own', () => {
      silent('本季度审结审查逮捕案件50件62人，批准逮捕41件50人，不捕9件12人。');
      reports('本季度审结审查逮捕案件45件62人，批准逮捕41件50人，不捕9件12人。', 'number-sum', '“审查逮捕”后所列各项不能超过总数');
      reports('本季度审结审查逮捕案件50件56人，批准逮捕41件50人，不捕9件12人。', 'number-sum', '比总数56人还多6人');
    });

    it('reads the decisions in the sentences after the review, prosecuted and not prosecuted in kinds named apart', () => {
      silent('全年共审结审查起诉案件90件。共起诉各类犯罪70件，同比下降5%。不起诉18件，附条件不起诉2件。');
      reports('全年共审结审查起诉案件81件。共起诉各类犯罪70件，同比下降5%。不起诉18件，附条件不起诉2件。', 'number-sum', '“审查起诉”后所列各项不能超过总数');
    });

    it('takes no cases received for the total, nor the kinds after 其中 for more decisions', () => {
      silent('本季度受理审查逮捕案件40件，批准逮捕41件（含上期积存），不捕9件（含上期积存）。');
      silent('全年共审结审查起诉案件300件330人。共起诉各类犯罪240件262人。共不起诉60件66人，其中法定不起诉1人，犯罪情节轻微不起诉60人（含刑事和解后不起诉9人），证据不足不起诉5人，不起诉率为20%。');
    });
  });

  describe('number-sum: proposals filed and not filed beside proposals merged', () => {
    it('adds the filed and the not filed up to no more than those received', () => {
      silent('大会共收到提案300件。经审查，立案265件，并案15件，不予立案20件。');
      reports('大会共收到提案280件。经审查，立案265件，并案15件，不予立案20件。', 'number-sum', '比总数280件还多5件');
      reports('大会共收到提案260件，不予立案20件，立案250件，合并处理12件。', 'number-sum', '“收到提案”后所列各项不能超过总数');
    });

    it('takes no count with a share of its own for the proposals received', () => {
      silent('大会共收到提案145件，委员个人提出提案95件，占65.5%，各民主党派提出提案50件，占34.5%。经审查，合并5件，立案112件，不予立案28件。');
    });
  });
});
