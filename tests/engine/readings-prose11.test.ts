// Readings of shares, rates, changes and restatements (issue 12, round 11, branch prose11): false alarms where a
// reader stays silent. Each case is a made-up text: the near miss the reading makes silent, and a text the engine
// still reports (or checks), so that the reading is no blanket silence.

import { findingAt, noFindingAt, reports, silent } from './figure-findings';

describe('readings of shares, rates, changes and restatements (prose11)', () => {
  describe('a difference that names its count: 死亡人数减少2人, of 死亡40人, not of the last level 受伤10人', () => {
    const text = (p: string): string => `全年共发生事故30起、死亡40人、受伤10人，与上年相比事故起数增加3起，死亡人数减少2人，下降${p}。`;
    it('is of the level its name names', () => {
      silent(text('4.8%'));
      reports(text('9.8%'), 'number-ratio', '2人 ÷ (40人 + 2人)');
    });

    it('stays silent when no level of the sentence bears its name (受伤人数 after 死亡 alone)', () => {
      noFindingAt('全年共发生事故30起、死亡4人，与上年相比事故起数增加3起，上升11.1%，受伤人数减少2人，下降60%。', '60%');
    });
  });

  describe('a count its own rate follows: 全市18个项目均已开工，开工率80%', () => {
    it('is a part of the projects, not a restatement of their total, nor the base of the next rate', () => {
      const text = '全市共实施重点项目25个，计划完成投资9.5亿元。全市20个项目均已开工，开工率80%；已完工项目6个，完工率24%。';
      noFindingAt(text, '20个');
      noFindingAt(text, '24%');
    });

    it('a count pointing back without a rate after it still restates the total', () => {
      findingAt('全市共实施重点项目25个，计划完成投资9.5亿元。全市20个项目均已开工，进展顺利。', '20个');
    });
  });

  describe('a rate right after a bracket that breaks down the figure before it', () => {
    it('speaks of that figure, not of a part in the bracket: no reading', () => {
      noFindingAt('本月共办理工单500件（其中办结450件，退回50件），办结率70.00%，群众满意。', '70.00%');
    });

    it('a part in brackets that is no breakdown (no 其中) is still read', () => {
      findingAt('本月共受理工单500件（办结450件），办结率70.00%。', '70.00%');
    });
  });

  describe('shares after long subjects of their own: 空气质量优良天数占比、地表水考核断面优良水质占比', () => {
    it('are of as many wholes, not added up', () => {
      noFindingAt('前三季度，全市空气质量优良天数占比91.5%、地表水考核断面优良水质占比96.0%，环境质量稳定向好。', '96.0%');
    });

    it('parts of one whole named alike are still added up', () => {
      findingAt('全年工单中，咨询类工单占比61.5%、投诉类工单占比56.0%。', '56.0%');
    });
  });

  describe('two counts of one period each followed by its own share', () => {
    it('are two parts of a list, not one measure stated twice', () => {
      noFindingAt(
        '全年共接报火灾20.0万起。农村地区共发生火灾9.0万起，占总数的45.0%；其次为县城集镇，共发生火灾6.0万起，占总数的30.0%；城市火灾相对较少，共发生火灾4.0万起，占总数的20.0%。',
        '4.0万起',
      );
    });
  });

  describe('a share whose subject names one trade: 工业增加值 is not 农牧业增加值', () => {
    it('is not read against a figure of another trade that ends alike', () => {
      noFindingAt('全县地区生产总值40000万元。全年实现农牧业增加值12000万元。其中：工业增加值占地区生产总值的比重2.50%。', '2.50%');
    });

    it('is read against the figure of its own name', () => {
      findingAt('全县地区生产总值40000万元。全年实现工业增加值12000万元。其中：工业增加值占地区生产总值的比重2.50%。', '2.50%');
    });
  });

  describe('a sentence that opens with 同比 and lists differences and their percentages', () => {
    const text = (p: string): string => `全年发生事故300起，死亡50人，受伤80人。同比，死亡减少10人，受伤减少20人，分别下降${p}、20%。`;
    it('compares the levels of the sentence before it, in order', () => {
      silent(text('16.7%'));
      reports(text('21.7%'), 'number-ratio', '10人 ÷ (50人 + 10人)');
    });

    it('stays silent when the sentence does not open by comparing', () => {
      noFindingAt('全年发生事故300起，死亡50人，受伤80人。另有轻伤减少10人，重伤减少20人，分别下降21.7%、20%。', '21.7%');
    });
  });

  describe('traditional multipliers: 萬, 億', () => {
    const text = (p: string): string => `1-5月，全縣完成財政總收入4000萬元，占年初預算10000萬元的${p}。`;
    it('are read as 万 and 亿', () => {
      silent(text('40.0%'));
      reports(text('45.0%'), 'number-ratio', '4000萬元 ÷ 10000萬元');
    });
  });

  describe('a subgroup counted at the head of its sentence after a ；', () => {
    const text = (b: string): string => `全年安排重点建设项目70个，年度投资计划200亿元。（省、市重点建设项目30个，完成投资70.0亿元，进展顺利；县重点建设项目40个，完成投资${b}亿元，进展顺利。）`;
    it('qualifies the figures of its sentence: two groups, not one measure stated twice', () => {
      noFindingAt(text('20.0'), '20.0亿元');
    });

    it('one group stated twice in one sentence is still compared', () => {
      findingAt('全年安排重点建设项目70个。县重点建设项目40个，完成投资20.0亿元；县重点建设项目40个，完成投资25.0亿元。', '25.0亿元');
    });
  });

  describe('traditional verbs of change: 增長, 減少, 分別下降', () => {
    it('read a change as their simplified forms do', () => {
      const text = (p: string): string => `全年受理案件120件，較上年的100件增長${p}。`;
      silent(text('20.0%'));
      reports(text('25.0%'), 'number-ratio', '(120件 − 100件) ÷ 100件');
    });

    it('stay silent on a listed change whose levels are not stated alike', () => {
      noFindingAt('全年發生事故3起、死亡3人，與上年相比事故起數增加1起，死亡人數減少2人，受傷人數減少1人，分別下降40%、100%。', '40%');
    });
  });
});
