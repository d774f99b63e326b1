// Readings of round 9 for sums (issue 12, mutants): links the words make certain.

import { reports, silent } from './figure-findings';

describe('readings of sums, round 9 (issue 12, mutants)', () => {
  describe('number-sum: a procuratorate’s decisions are no more than the reviews it ended', () => {
    it('adds the decisions to arrest and not to arrest up against the reviews ended, each unit on its own', () => {
      silent('本季度审结审查逮捕案件50件62人，批准逮捕41件50人，不捕9件12人。');
      // (the cases' list names the items of the persons' list, pair by pair, which adds up exactly: read exactly too, lead36)
      reports('本季度审结审查逮捕案件45件62人，批准逮捕41件50人，不捕9件12人。', 'number-sum', '与总数45件相差5件');
      // (the persons' list names the items of the cases' list, which adds up exactly: read exactly too, lead35)
      reports('本季度审结审查逮捕案件50件56人，批准逮捕41件50人，不捕9件12人。', 'number-sum', '与总数56人相差6人');
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

  describe('number-sum: a running total takes in this month’s figure of the same words', () => {
    it('checks that 累计发放 is no less than 当月发放 of the same noun', () => {
      silent('2024年6月，全县共有特困人员320户352人，当月发放供养金480600元。1-6月累计发放供养金2890000元。');
      reports('2024年6月，全县共有特困人员320户352人，当月发放供养金480600元。1-6月累计发放供养金289000元。', 'number-sum', '分项不能超过总数');
    });

    it('pairs no month’s figure of other words, nor a verb alone', () => {
      silent('2024年6月，当月发放供养金480600元。1-6月累计发放救助金289000元。');
      silent('6月份，当月完成48亿元，下降3%；累计完成40亿元，增长5%。');
    });
  });

  describe('number-sum: the three industries’ pulls add up to the growth of the economy', () => {
    const lead = (growth: string): string =>
      `全年实现地区生产总值156.3亿元，比上年增长${growth}。其中，第一产业增加值31.2亿元，增长3.5%；第二产业增加值48.6亿元，增长6.2%；第三产业增加值76.5亿元，增长5.1%。`;

    it('adds the pulls listed after 三次产业…依次拉动 up to the growth', () => {
      silent(`${lead('5.2%')}三次产业对经济增长的贡献率分别为12.1%、38.4%、49.5%，依次拉动经济增长0.6个百分点、2.0个百分点、2.6个百分点。`);
      reports(`${lead('6.2%')}三次产业对经济增长的贡献率分别为12.1%、38.4%、49.5%，依次拉动经济增长0.6个百分点、2.0个百分点、2.6个百分点。`, 'number-sum', '0.6个百分点 + 2.0个百分点 + 2.6个百分点');
    });

    it('reads one pull in each industry’s clause, 拉低 as negative, and the growth in the paragraph before', () => {
      silent('全区地区生产总值88.4亿元，比上年增长4.6%。\n\n第一产业拉动经济增长0.4个百分点，第二产业拉低经济0.3个百分点，第三产业拉动经济增长4.5个百分点。');
      reports('全区地区生产总值88.4亿元，比上年增长5.6%。\n\n第一产业拉动经济增长0.4个百分点，第二产业拉低经济0.3个百分点，第三产业拉动经济增长4.5个百分点。', 'number-sum', '与总数5.6%相差');
    });

    it('says nothing of pulls not named for the three industries, nor of a growth over two years', () => {
      silent('全区地区生产总值88.4亿元，比上年增长5.6%。消费、投资、净出口分别拉动经济增长2.5个百分点、3.1个百分点、0.1个百分点。');
      silent('全区地区生产总值88.4亿元，两年平均增长5.6%。第一产业拉动经济增长0.4个百分点，第二产业拉动经济增长0.3个百分点，第三产业拉动经济增长4.5个百分点。');
    });
  });
});
