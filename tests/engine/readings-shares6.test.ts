// Readings of shares and rates that real reports write (issue 12, branch shares6): each case is a made-up sentence
// showing the reading, silent where it holds and reported where it does not.

import { reports, silent } from './figure-findings';

describe('readings of shares and rates (shares6)', () => {
  describe('number-ratio: parts that add up exactly to a total before them are all of it, whatever their shares say', () => {
    const list = (a: string, b: string): string => `本月热线共受理群众来电2000件，同比增长3.1%。\n\n受理的来电中，投诉类1001件，占${a}；咨询类600件，占${b}；求助类200件，占10.0%；其他199件，占9.9%。`;
    it('checks each share against the total the parts add up to, even with two of four wrong', () => {
      silent(list('50.1%', '30.0%'));
      reports(list('55.1%', '35.0%'), 'number-ratio', '1001件 ÷ 2000件');
    });

    it('stays silent when the parts add up to no total and the shares give none', () => {
      silent('本月热线共受理群众来电2000件。\n\n受理的来电中，投诉类1001件，占55.1%；咨询类600件，占35.0%；求助类200件，占10.0%；其他190件，占9.9%。');
    });
  });

  describe('number-ratio: a rate of what was done, over the count due stated earlier in its paragraph', () => {
    it('takes 受理 of the sentence before as the base of 结案率', () => {
      const text = (r: string): string => `1—6月全院共受理各类案件4939件（含旧存256件），同比增加105.53%。结案2837件，结案率${r}，同比上升5.59个百分点。`;
      silent(text('57.44%'));
      reports(text('62.44%'), 'number-ratio', '2837件 ÷ 4939件');
    });

    it('reads a rate standing alone after ； with the counts of its period', () => {
      const text = (r: string): string => `执行收案2380件（含旧存123件），新收案件同比增加180.37%，结案1058件，同比增加150.71%；结案率${r}，同比减少1.42个百分点。`;
      silent(text('44.45%'));
      reports(text('49.45%'), 'number-ratio', '1058件 ÷ 2380件');
    });

    it('stays silent for a rate of a negative outcome, or a rate whose stem names the base', () => {
      silent('受理审查起诉49.8万人，同比下降1.8%。共决定起诉32.9万人，同比下降9%；决定不起诉8.3万人，同比上升42.9%，不起诉率20.1%。');
      silent('全县城镇新增就业1941人；城镇失业人员实现再就业280人；年末城镇登记失业率1.89%。');
      silent('全县城镇登记失业人员1941人。城镇失业人员实现再就业280人，年末城镇登记失业率1.89%。');
    });
  });
  describe('a numbered line that stops in a share before its figure is a broken sentence, not a heading', () => {
    const text = (a: string): string =>
      `一、支出预算情况说明\n\n（一）教育支出类科目 580.00 万元，占支出总预\n算82.27%，同比增加 80.00 万元，增长 ${a}。\n（二）社会保障和就业支出类科目 55.77 万元，占支\n出总预算 7.9%，同比增加 5.00 万元，增长 9.85%。`;
    it('reads the change of the numbered line with the line it goes on in', () => {
      silent(text('16.0%'));
      reports(text('21.0%'), 'number-ratio', '80.00 万元 ÷ (580.00 万元 − 80.00 万元)');
    });

    it('keeps a numbered line that ends in words as a heading', () => {
      silent('（一）聚焦党的建设，基层组织坚强有力\n全县新建党群服务中心12个，占计划的100%。');
    });
  });
  describe('number-ratio: a qualified rate (按期结案率) is of the count its qualifier names', () => {
    it('takes 按期结案数 over 应结案数 for 按期结案率', () => {
      const text = (r: string): string => `4月份，平台共受理问题26898件，应结案数24932件，结案数23974件，结案率96.16%，按期结案数22345件，按期结案率${r}。`;
      silent(text('89.62%'));
      reports(text('94.62%'), 'number-ratio', '22345件 ÷ 24932件');
    });
  });

  describe('number-ratio: points between a percentage and the one it is compared with', () => {
    it('checks 比…98.12%高出0.66个百分点 and 高于…（1.7%）7.4个百分点', () => {
      silent('这五天平均接通率为98.78%，比今年上半年平均接通率98.12%高出0.66个百分点。');
      reports('这五天平均接通率为98.78%，比今年上半年平均接通率98.12%高出1.66个百分点。', 'number-ratio', '98.78% − 98.12%');
      silent('前三季度，全县全社会用电量同比增长9.1%，增速高于全市平均水平（1.7%）7.4个百分点。');
      reports('前三季度，全县全社会用电量同比增长9.1%，增速高于全市平均水平（1.7%）6.4个百分点。', 'number-ratio', '9.1% − 1.7%');
      silent('年平均增长率为0.53%，比2000年到2010年的年平均增长率0.57%下降0.04个百分点。');
      reports('年平均增长率为0.53%，比2000年到2010年的年平均增长率0.57%下降0.14个百分点。', 'number-ratio', '0.57% − 0.53%');
    });

    it('stays silent when no comparison word joins the two percentages, or a figure stands between them', () => {
      silent('城镇居民收入增长8.1%，农村居民收入增长6.1%，高出3个百分点。');
      silent('平均接通率为98.78%，接通16365个，比上半年平均接通率98.12%高出1.66个百分点。');
    });
  });
  describe('number-ratio: a structure term against its industry, when a part of the product breaks down by industry too', () => {
    const text = (a: string, b: string): string =>
      `全年地区生产总值420.2亿元，同比增长5.4%。分产业看，第一产业增加值78.5亿元，同比增长6.5%；第二产业增加值196.5亿元，同比增长5.3%；第三产业增加值145.2亿元，同比增长4.9%。三次产业结构比${a}:${b}:34.5。\n\n全年民营经济增加值256.1亿元，同比增长4.2%，占GDP的60.9%。其中：第一产业增加值39.2亿元，同比增长6.8%；第二产业增加值116.9亿元，同比增长3.7%；第三产业增加值100.0亿元，同比增长3.9%。`;
    it('takes the industry figures of the product’s own scope', () => {
      silent(text('18.7', '46.8'));
      reports(text('19.7', '45.8'), 'number-ratio', '78.5亿元 ÷ 420.2亿元');
    });
  });
  describe('number-ratio: changes listed with 分别 after as many differences, or after 分别同比', () => {
    it('pairs 分别减少170起、126人，分别下降… with the levels before them', () => {
      const text = (a: string): string => `2023年，全省发生各类生产安全事故949起、死亡1030人，同比分别减少170起、126人，分别下降${a}、10.9%。`;
      silent(text('15.19%'));
      reports(text('20.19%'), 'number-ratio', '170起 ÷ (949起 + 170起)');
    });

    it('reads 件数和人数分别同比下降 as a list of changes of the pairs before it', () => {
      const text = (a: string): string => `2022年1-3月，本院共受理各类审查逮捕案件18件20人，去年同期为34件46人，件数和人数分别同比下降${a}、56.52%。`;
      silent(text('47.06%'));
      reports(text('52.06%'), 'number-ratio', '34件');
    });

    it('stays silent when the differences are fewer than the percentages', () => {
      silent('2023年，全省发生各类生产安全事故949起、死亡1030人，同比减少170起，分别下降25.19%、10.9%。');
    });
  });
});
