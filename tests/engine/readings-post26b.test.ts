// Readings of round 26 (post26b): shares of overlapping categories, the proportion of a year's work done against the
// year's plan, 增加率 as a change, 占总支出的 in the items of a list under its lead's total, and a crop's area under its
// two names (issue 12, first run of heldout77–79).

import { reports, silent } from './figure-findings';

describe('readings of round 26, post26b (issue 12, first run of heldout77–79)', () => {
  describe('number-ratio: shares over 100% each of which holds on one stated whole', () => {
    const byKind = (whole: string, second: string): string => `${whole}按照问题类型分：涉及噪声扰民60件（占40.0%），油烟污染54件（占${second}），违章建筑45件（占30.0%），垃圾堆放21件（占14.0%）。`;

    it('reads categories that overlap when every share is its count over the whole stated before', () => {
      silent(byKind('全县共受理群众来信来访举报案件150件。\n\n', '36.0%'));
    });

    it('still adds the shares when one of them is off the whole', () => {
      reports(byKind('全县共受理群众来信来访举报案件150件。\n\n', '38.0%'), 'number-ratio');
    });

    it('still adds the shares when no whole is stated', () => {
      reports(byKind('', '36.0%'), 'number-ratio', '超过100%');
    });

    it('still adds the shares of one breakdown whose parts do not overrun the whole, each share holding on their rounding', () => {
      reports('全市政府采购规模为1.32亿元。其中，货物、工程、服务采购规模分别为0.72亿元、0.02亿元和0.59亿元，占全市政府采购规模比例为54.54%、1.51%和44.69%。', 'number-ratio', '超过100%');
    });

    it('still adds the shares of a 其中 list, which no sorting by a kind opens', () => {
      reports('全县共受理群众来信来访举报案件150件。其中，噪声扰民60件（占40.0%），油烟污染54件（占36.0%），违章建筑45件（占30.0%），垃圾堆放21件（占14.0%）。', 'number-ratio', '超过100%');
    });

    const pair = (second: string): string => `本月共接到环保举报620件。\n\n从问题类型看，噪声（341件）和油烟（310件）举报较多，分别占到举报总量的55.0%、${second}。`;

    it('pairs counts in brackets with the shares after 分别 in order', () => {
      silent(pair('50.0%'));
    });

    it('still reports such a pair when a share is off the whole', () => {
      reports(pair('52.0%'), 'number-ratio');
    });
  });

  describe('number-ratio: 完成投资比例 is of the year’s plan, not of the projects’ 总投资', () => {
    const projects = (plan: string, ratio: string): string => `计划新开工项目40个，总投资300亿元，${plan}已开工35个项目，1-12月完成投资150亿元，完成投资比例${ratio}，超序时进度25%。`;

    it('reads the proportion done against the plan stated in its sentence', () => {
      silent(projects('年度计划投资120亿元，', '125%'));
    });

    it('reports a proportion that holds on neither the plan nor the 总投资', () => {
      reports(projects('年度计划投资120亿元，', '135%'), 'number-ratio', '150亿元 ÷ 120亿元');
    });

    it('still reads it against the 总投资 when no plan is stated', () => {
      reports(projects('', '55%'), 'number-ratio', '150亿元 ÷ 300亿元');
    });
  });

  describe('number-ratio: 增加率 and 减少率 are changes, of the level before', () => {
    it('reads 增加率 as the increase over the level before it', () => {
      silent('本月共受理消费者投诉420件，比上月增加70件，环比增加率为20.00%。');
    });

    it('reports an 增加率 that is the increase over the level now', () => {
      reports('本月共受理消费者投诉420件，比上月增加70件，环比增加率为16.67%。', 'number-ratio', '(420件 − 70件)');
    });

    it('reads 减少率 as the decrease over the level before it', () => {
      silent('本月共受理消费者投诉420件，比上月减少30件，环比减少率为6.67%。');
    });
  });

  describe('number-ratio: 占总支出的 in numbered items is of the total the list’s lead states', () => {
    const lead = '全镇一般公共预算支出完成 800.00万元，主要支出项目执行情况如下：';
    const items = (second: string): string => `\n\n1、一般公共服务支出200.00万元，占总支出的25.00%。\n\n2、农林水支出600.00万元，占总支出的${second}。`;

    it('reads each item’s share against the lead’s total', () => {
      silent(lead + items('75.00%'));
    });

    it('reports an item’s share off the lead’s total', () => {
      reports(lead + items('75.10%'), 'number-ratio', '600.00万元 ÷ 800.00万元');
    });

    it('reads a second list numbered again from 1 under a lead of no figure against the same total', () => {
      const again = (second: string): string => `\n\n按经济分类，支出如下：\n\n1、工资福利支出120.00万元，占总支出的15.00%。\n\n2、项目支出680.00万元，占总支出的${second}。`;
      silent(lead + items('75.00%') + again('85.00%'));
      reports(lead + items('75.00%') + again('85.10%'), 'number-ratio', '680.00万元 ÷ 800.00万元');
    });

    it('reads no total when no lead announces the items', () => {
      silent(`全镇一般公共预算支出完成800.00万元。${items('75.10%')}`);
    });
  });

  describe('number-ratio: a crop’s 播种面积 and 种植面积 are one area', () => {
    const area = (share: string): string => `2023年，全县粮食种植面积120.00万亩，较上年持平。\n\n全县建成高产示范片30.0万亩，占全年粮食播种面积的${share}。`;

    it('reads a share of the 播种面积 against the 种植面积 stated', () => {
      silent(area('25%'));
    });

    it('reports a share off it', () => {
      reports(area('28%'), 'number-ratio', '30.0万亩 ÷ 120.00万亩');
    });
  });
});
