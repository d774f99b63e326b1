// Readings of shares, rates and changes (issue 12, round 9, branch ratio9): wholes and bases the words fix. Each case
// is a made-up text, silent where the reading holds and reported where it does not, with a near miss that stays silent.

import assert from 'node:assert/strict';
import { figureFindings, reports, silent } from './figure-findings';

/** No number-ratio finding in `text` (other rules may speak of its other figures). */
function noRatio(text: string): void {
  assert.deepEqual(
    figureFindings(text)
      .filter((f) => f.rule === 'number-ratio')
      .map((f) => f.message),
    [],
  );
}

describe('readings of shares, rates and changes (ratio9)', () => {
  describe('number-ratio: a named whole stated several times is the statement before the share', () => {
    const text = (p: string): string =>
      `一、全县收入\n\n1—6月，全县一般公共预算收入完成20.0亿元，同比增长5%。\n\n在税收方面，1—6月完成16.0亿元，占一般公共预算收入${p}，同比增长4%。\n\n二、分区域收入\n\n1—6月，城区与园区合计完成一般公共预算收入32.0亿元。`;
    it('checks the share against the whole stated before it, not those of the later sections', () => {
      silent(text('80%'));
      reports(text('85%'), 'number-ratio', '16.0亿元 ÷ 20.0亿元');
    });

    it('stays silent when the share holds against a later statement and not the earlier one (the words may mean it)', () => {
      noRatio(text('50%'));
    });
  });

  describe('number-ratio: shares with no whole named, of a total an earlier paragraph read under a subject', () => {
    const text = (p: string): string =>
      `一、总体情况\n\n本月，市12345平台共受理群众诉求20000件，办结19000件。\n\n二、来源分析\n\n热线电话12000件，占总数的60.00%；网站留言5000件，占总数的${p}；微信2000件，占总数的10.00%；信件600件，占总数的3.00%。`;
    it('checks the shares against that total', () => {
      silent(text('25.00%'));
      reports(text('30.00%'), 'number-ratio', '5000件 ÷ 20000件');
    });

    it('stays silent when the shares name a subject of their own that the total is not of', () => {
      noRatio(
        '一、总体情况\n\n本月，市12345平台共受理群众诉求20000件，办结19000件。\n\n二、县级平台\n\n县级平台热线电话12000件，占总数的60.00%；网站留言5000件，占总数的30.00%；微信2000件，占总数的10.00%；信件600件，占总数的3.00%。',
      );
    });
  });

  describe('number-ratio: after 其中, the parts listed with their shares are of the whole the first share is of', () => {
    const text = (p: string): string => `3月，全市平台共接收各类诉求2000件，其中，投诉500件，占比25.00%；举报300件，占比${p}；咨询1000件，占比50.00%；以上诉求均已转办。`;
    it('checks each later share against the whole before 其中', () => {
      silent(text('15.00%'));
      reports(text('20.00%'), 'number-ratio', '300件 ÷ 2000件');
    });

    it('stays silent for a share after another 其中 (a part of a part)', () => {
      noRatio('3月，全市平台共接收各类诉求2000件，其中，投诉500件，占比25.00%；其中食品类300件，占比20.00%；以上诉求均已转办。');
    });
  });

  describe('number-ratio: 完成年初预算的 of a budget stated under 预算为： before', () => {
    const text = (p: string): string =>
      `经县人民代表大会批准，全县2024年度预算为：一般公共预算收入50,000万元，支出200,000万元；政府性基金预算收入30,000万元，支出28,000万元。\n\n地方一般公共预算收入55,000万元，完成年初预算的110%。地方一般公共预算支出190,000万元，完成年初预算的${p}。`;
    it("checks the completion against the budget of its name (支出 after 收入 in the list is that budget's 支出)", () => {
      silent(text('95%'));
      reports(text('90%'), 'number-ratio', '190,000万元 ÷ 200,000万元');
    });

    it('stays silent when the budget of that name has two values (an adjusted one)', () => {
      noRatio('经县人民代表大会批准，全县2024年度预算为：一般公共预算收入50,000万元。经调整，预算为：一般公共预算收入52,000万元。\n\n地方一般公共预算收入55,000万元，完成年初预算的120%。');
    });
  });

  describe('number-ratio: respective changes of differences each named after its level', () => {
    const text = (p: string): string => `全县发生生产安全事故18起、死亡20人，受伤6人，与去年同期相比事故起数减少2起，死亡人数减少5人，分别下降10%、${p}，受伤人数增加1人，上升20%。`;
    it('pairs each difference with the level its name names', () => {
      silent(text('20%'));
      reports(text('25%'), 'number-ratio', '5人');
    });

    it('stays silent for a difference whose name names no level (受伤 stated without a level)', () => {
      noRatio('全县发生生产安全事故3起、死亡1人，与去年同期相比事故起数减少1起，受伤人数减少2人，死亡人数减少1人，分别下降25%、40%、50%。');
    });
  });

  describe('number-ratio: 斤 is a unit of weight', () => {
    const text = (p: string): string => `全县粮食总产量10.50亿斤，较上年增加0.50亿斤，增长${p}。`;
    it('checks a change of amounts in 斤', () => {
      silent(text('5.0%'));
      reports(text('8.0%'), 'number-ratio', '0.50亿斤');
    });
  });

  describe("number-ratio: an industry pulls the economy's growth by its contribution times that growth", () => {
    const text = (p: string): string => `全年全县地区生产总值200.0亿元，比上年增长5.0%。三次产业对经济增长的贡献率分别为10.0%、30.0%、60.0%，分别拉动经济增长0.5个百分点、${p}、3.0个百分点。`;
    it('checks each pull against its contribution and the growth of the product, paired in order', () => {
      silent(text('1.5个百分点'));
      reports(text('2.5个百分点'), 'number-ratio', '30.0% × 5.0%');
    });

    it('stays silent when the growth of the product is stated twice with two values (which one is meant)', () => {
      noRatio(
        '一季度全县地区生产总值50.0亿元，同比增长4.0%。全年全县地区生产总值200.0亿元，比上年增长5.0%。三次产业对经济增长的贡献率分别为10.0%、30.0%、60.0%，分别拉动经济增长0.5个百分点、2.5个百分点、3.0个百分点。',
      );
    });
  });

  describe('number-ratio: a figure right before 中， is the whole of the shares listed after it', () => {
    const text = (p: string): string => `本年共收到建议90件，已办结60件。在受理的80件中，城建方面20件，占总数的25.0%；教育方面16件，占总数的${p}；卫生方面8件，占总数的10.0%。`;
    it('checks the shares against the figure the breakdown opens with', () => {
      silent(text('20.0%'));
      reports(text('25.0%'), 'number-ratio', '16件 ÷ 80件');
    });

    it('stays silent for a share after 其中 within the breakdown (a part of a part)', () => {
      noRatio('本年共收到建议90件，已办结60件。在受理的80件中，城建方面20件，其中道路方面8件，占总数的50.0%。');
    });
  });
});
