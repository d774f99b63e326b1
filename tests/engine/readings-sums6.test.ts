// Readings of sums learnt from the missed mutants of the real corpus (issue 12, branch sums6): each case is a made-up
// text showing the reading, silent where it holds and reported where it does not.

import { reports, silent } from './figure-findings';

describe('readings of sums (sums6)', () => {
  describe('number-sum: totals stated in pairs, their parts in pairs after 其中', () => {
    it('adds the persons of each kind up to the persons of the total, as the households', () => {
      silent('4月，全镇共有低保对象1200户1650人，其中农村低保1000户1400人，城镇低保200户250人，当月发放低保金180万元。');
      reports('4月，全镇共有低保对象1200户1550人，其中农村低保1000户1400人，城镇低保200户250人，当月发放低保金180万元。', 'number-sum', '1550人');
      reports('4月，全镇共有低保对象1100户1650人，其中农村低保1000户1400人，城镇低保200户250人，当月发放低保金180万元。', 'number-sum', '1100户');
    });

    it('skips the rate each piece states, and lets the pieces leave a remainder', () => {
      silent('全年审结审查逮捕案件120件160人，其中批准逮捕100件130人，逮捕率为81.25%；不捕20件30人，不捕率为18.75%。');
      reports('全年审结审查逮捕案件120件150人，其中批准逮捕100件130人，逮捕率为81.25%；不捕20件30人，不捕率为18.75%。', 'number-sum', '150人');
      silent('全年审结审查起诉案件300件380人，其中提起公诉250件320人；不起诉40件50人。');
    });

    it('reads no pairs when a piece lacks one of its figures, or the list has one piece', () => {
      silent('全年接待来访700批1300人次，其中领导接访60批230人次，现场化解1100人次。');
      silent('全年接待来访700批1300人次，其中领导接访60批1230人次。');
    });
  });

  describe('number-sum: a sentence that only compares between the totals and the 其中 list', () => {
    it('reads the totals of the sentence before it, each measure its own list', () => {
      silent(
        '今年以来，我院共受理各类案件900件，结案500件，结案率55.6%。与上年同比，受案增加60件，上升7.1%。其中：受理刑事案件100件，结案60件，结案率60%；受理民事案件700件，结案400件，结案率57.1%；受理执行案件90件，结案40件，结案率44.4%。',
      );
      reports(
        '今年以来，我院共受理各类案件800件，结案500件，结案率62.5%。与上年同比，受案增加60件，上升7.1%。其中：受理刑事案件100件，结案60件，结案率60%；受理民事案件700件，结案400件，结案率57.1%；受理执行案件90件，结案40件，结案率44.4%。',
        'number-sum',
        '800件',
      );
      reports(
        '今年以来，我院共受理各类案件900件，结案450件，结案率50%。与上年同比，受案增加60件，上升7.1%。其中：受理刑事案件100件，结案60件，结案率60%；受理民事案件700件，结案400件，结案率57.1%；受理执行案件90件，结案40件，结案率44.4%。',
        'number-sum',
        '450件',
      );
    });

    it('does not look past a sentence with a level of its own', () => {
      silent('今年以来，我院共受理各类案件800件。本月新收案件60件，上升7.1%。其中：刑事案件10件，民事案件40件。');
    });
  });

  describe('number-sum: a lead paragraph broken down in the paragraphs after it that open with 其中 or ——', () => {
    const lead = (schools: number, pupils: number): string => `2024年，全县共有义务教育阶段学校${schools}所，招生5000人，在校生${pupils}人，专任教师1500人。`;
    const primary = '其中普通小学30所，小学招生3500人，在校生12000人。小学共有教职工1100人，专任教师1000人。';
    const junior = '其中普通初中10所。初中招生1500人，在校生6000人。初中共有教职工560人，专任教师500人。';

    it('adds each measure of the parts up to no more than the lead', () => {
      silent([lead(40, 18000), primary, junior].join('\n\n'));
      reports([lead(36, 18000), primary, junior].join('\n\n'), 'number-sum', '36所');
      reports([lead(40, 16200), primary, junior].join('\n\n'), 'number-sum', '16200人');
    });

    it('reads ——小学 and ——初中 paragraphs the same way', () => {
      silent('全县义务教育学校30所，仪器设备值1.8亿元，图书140万册。\n\n——小学。校数17所；仪器设备值9000万元；图书80万册。\n\n——初中。校数13所；仪器设备值8900万元；图书60万册。');
      reports(
        '全县义务教育学校30所，仪器设备值1.6亿元，图书140万册。\n\n——小学。校数17所；仪器设备值9000万元；图书80万册。\n\n——初中。校数13所；仪器设备值8900万元；图书60万册。',
        'number-sum',
        '1.6亿元',
      );
    });

    it('reads no part from one paragraph alone, nor from a paragraph giving two figures of the measure', () => {
      silent([lead(40, 10000), primary].join('\n\n'));
      silent([lead(40, 16000), primary, '其中普通初中10所，在校生6000人，其中住校在校生3000人。'].join('\n\n'));
    });
  });

  describe('number-sum: two candidate totals before 其中, and parts named alike that only one of them can hold', () => {
    it('takes the candidate no part exceeds for the total', () => {
      silent('经初步审查，立案300件，转为意见和建议40件，立案率88.2%。其中，经济建设类120件，政治建设类30件，文化建设类50件，社会建设类100件。');
      reports('经初步审查，立案280件，转为意见和建议40件，立案率87.5%。其中，经济建设类120件，政治建设类30件，文化建设类50件，社会建设类100件。', 'number-sum', '280件');
    });

    it('stays silent when both candidates could hold the parts, or the parts are not named alike', () => {
      silent('经初步审查，立案300件，转为意见和建议200件。其中，经济建设类120件，政治建设类30件，文化建设类50件，社会建设类100件。');
      silent('全年新收案件300件，结案40件。其中，刑事120件，执行260件。');
      silent('立案提案中，委员提案300件，占75%；集体提案100件，占25%。其中，经济建设方面提案150件，政治建设方面提案50件，社会建设方面提案200件。');
    });
  });

  describe('number-ratio: the three industries’ contributions to growth add up to 100%', () => {
    it('adds them up, a negative one too', () => {
      silent('全县地区生产总值80.5亿元，比上年增长2.1%。三次产业对经济增长的贡献率分别为50.2%、-20.4%和70.2%。');
      reports('全县地区生产总值80.5亿元，比上年增长2.1%。三次产业对经济增长的贡献率分别为50.2%、-25.4%和70.2%。', 'number-ratio', '应为100');
      reports('全县地区生产总值80.5亿元，比上年增长2.1%。第一、二、三产业对地区生产总值增长的贡献率分别为12.5%、60.3%、25.8%。', 'number-ratio', '应为100');
    });

    it('leaves two industries, or contributions of other things, alone', () => {
      silent('第二、三产业对经济增长的贡献率分别为40.2%和45.1%。');
      silent('消费、投资、净出口对经济增长的贡献率分别为50.2%、30.1%和10.5%。');
    });
  });

  describe('number-sum: parts that are levels of schooling', () => {
    it('adds levels that cover nothing in common up to no more than the total', () => {
      silent('全市普通高校招生3000人，其中本科1000人，专科2000人。');
      reports('全市普通高校招生2700人，其中本科1000人，专科2000人。', 'number-sum', '2700人');
      reports('全镇乡村医生120人，其中：大专学历10人，中专学历60人，其他58人。', 'number-sum', '120人');
    });

    it('checks only that no part exceeds the total when levels overlap or another line cuts them', () => {
      silent('全院职工300人，其中大专及以上学历200人，本科学历150人。');
      silent('全院职工300人，其中女性本科学历150人，大专学历160人。');
    });
  });
});
