// Readings of round 24 for rates (branch rates24). Each case is a made-up text: the reading finds the relation (so a
// wrong figure is reported), and the same words with the right figure stay silent.

import { noFindingAt, reports, silent } from './figure-findings';

describe('number-ratio: a success rate of the disputes taken in, the verb in the numerator or the base (rates24)', () => {
  it('takes the attempt from the numerator when the rate names none (调解成功 of 受理调解案件)', () => {
    const text = (rate: string): string => `截至10月底，全区受理调解案件4215件，调解成功4087件，成功率达${rate}。`;
    // 4087 ÷ 4215 = 96.96%
    silent(text('97.0%'));
    reports(text('92.0%'), 'number-ratio', '4087件 ÷ 4215件');
  });
  it('reads a bare 成功 against a base that names the mediation (调解纠纷共…宗，成功…宗)', () => {
    const text = (rate: string): string => `全年各级人民调解组织调解纠纷共23640宗，成功22915宗，成功率为${rate}，涉及当事人4.2万人次。`;
    // 22915 ÷ 23640 = 96.93%
    silent(text('97%'));
    reports(text('92%'), 'number-ratio', '22915宗 ÷ 23640宗');
  });
  it('reads 调处成功率 against the disputes found (排查矛盾纠纷), a mediation being attempted on disputes', () => {
    const text = (rate: string): string => `截至9月底，全县各级调解组织共排查矛盾纠纷8650件，调处成功8412件，调处成功率达${rate}。`;
    // 8412 ÷ 8650 = 97.25%
    silent(text('97.2%'));
    reports(text('93.2%'), 'number-ratio', '8412件 ÷ 8650件');
  });
  it('lets the disputes mediated between stand as the base too (受理…，调处…，调解成功…)', () => {
    // 1530 ÷ 1562 = 97.95% (of 调处), 1530 ÷ 1604 = 95.39% (of 受理): either reading will do
    const text = (rate: string): string => `全镇共受理矛盾纠纷1604件，调处1562件，调解成功1530件，调解成功率${rate}。`;
    silent(text('98.0%'));
    silent(text('95.4%'));
    reports(text('91.4%'), 'number-ratio', '1530件 ÷');
  });
  it('stays silent on a success rate whose base names neither the attempt nor a dispute', () => {
    silent('今年共签约招商项目42个，对接成功35个，成功率达73.3%。');
  });
});

describe("number-ratio: a procuratorate's decision rate is of the cases decided either way (rates24)", () => {
  it('reads 不捕率 against 批准逮捕 and 不批准逮捕, by 人 or by 件', () => {
    // 52 ÷ (231 + 52) = 18.37% by 人; 41 ÷ (187 + 41) = 17.98% by 件
    const text = (rate: string): string => `三季度，批准逮捕187件231人，不批准逮捕41件52人，不捕率为${rate}。`;
    silent(text('18.37%'));
    silent(text('17.98%'));
    reports(text('21.37%'), 'number-ratio', '(');
  });
  it('reads 逮捕率 and 不捕率 of one review across ； with the refusal after the first rate', () => {
    const text = (arrest: string, refuse: string): string => `共受理审查逮捕案件172件240人。审结168件236人，其中批准逮捕139件191人，逮捕率为${arrest}；不捕29件45人，不捕率为${refuse}。`;
    // 191 ÷ 236 = 80.93%, 45 ÷ 236 = 19.07%
    silent(text('80.93%', '19.07%'));
    reports(text('85.93%', '19.07%'), 'number-ratio', '逮捕率 = ');
    reports(text('80.93%', '24.07%'), 'number-ratio', '45人 ÷ (191人 + 45人)');
  });
  it('reads 不起诉率 against 决定起诉 and 决定不起诉, past the changes between', () => {
    const text = (rate: string): string => `受理审查起诉41.2万人，同比下降2.6%；共决定起诉28.4万人，同比下降7%；决定不起诉6.9万人，同比上升31.5%，不起诉率${rate}。`;
    // 6.9 ÷ (28.4 + 6.9) = 19.55%
    silent(text('19.5%'));
    reports(text('24.5%'), 'number-ratio', '6.9万人 ÷ (28.4万人 + 6.9万人)');
  });
  it('reads 批捕率 in the period after the counts (共逮捕…，不捕….。…批捕率)', () => {
    const text = (rate: string): string => `经审查，共逮捕31人，不捕19人，不捕率为38%。受理的审查逮捕案件，检察机关批捕率${rate}。`;
    silent(text('62%'));
    reports(text('67%'), 'number-ratio', '31人 ÷ (31人 + 19人)');
  });
  it('stays silent without the refusal, and when the decision is named twice in the period', () => {
    noFindingAt('本季度共批准逮捕98人，同比上升12%，不捕率为25%。', '25%');
    noFindingAt('一季度批准逮捕80人，不批准逮捕20人；二季度批准逮捕78人，不批准逮捕21人，不捕率为25%。', '25%');
  });
});

describe('number-ratio: a savings rate of the procurement budget, stated or spent and saved together (rates24)', () => {
  it('reads 资金节约率 against the budget stated before the savings', () => {
    const text = (rate: string): string => `上半年，全市完成政府采购预算8.60亿元，实际采购金额7.52亿元，节约资金1.08亿元，资金节约率达到${rate}。`;
    // 1.08 ÷ 8.60 = 12.56%
    silent(text('12.6%'));
    reports(text('17.6%'), 'number-ratio', '1.08亿元');
  });
  it('reads 节资率 against the money spent and saved together', () => {
    const text = (rate: string): string => `全年完成政府采购额9360万元，同比增长6.2%，节约资金1040万元，节资率为${rate}。`;
    // 1040 ÷ (9360 + 1040) = 10.0%
    silent(text('10%'));
    reports(text('15%'), 'number-ratio', '1040万元');
  });
  it("stays silent on savings against a trading centre's turnover (交易额)", () => {
    silent('八月份，全市公共资源交易项目共412项，交易额150.2亿元，节约金额6.3亿元，资金节约率9.8%。');
  });
});

describe('number-ratio: 完成率 of a count after 已 and a verb, against the count due (应 + the same verb) (rates24)', () => {
  it('reads each clause against its own due count', () => {
    const text = (first: string, second: string): string =>
      `推动派驻机构进驻镇（街）党群服务中心，司法所应进驻镇（街）党群服务中心为74个，目前已进驻59个，完成率为${first}；税务所应进驻镇（街）党群服务中心为40个，目前已进驻35个，完成率为${second}。`;
    // 59 ÷ 74 = 79.73%, 35 ÷ 40 = 87.5%
    silent(text('79.73%', '87.5%'));
    reports(text('84.73%', '87.5%'), 'number-ratio', '59个 ÷ 74个');
    reports(text('79.73%', '92.5%'), 'number-ratio', '35个 ÷ 40个');
  });
  it('stays silent when the verb after 已 names no due count', () => {
    silent('全县应进驻党群服务中心的机构为74个，目前已挂牌59个，完成率为90%。');
  });
});

describe('number-ratio: a satisfaction rate of the forms returned, the satisfied named after their count (rates24)', () => {
  it('reads 满意率 against the 回执 counted before, in the same period', () => {
    const text = (rate: string): string => `今年共收到办理回执862件，代表对851件建议的办理情况表示满意或基本满意，满意率${rate}。`;
    // 851 ÷ 862 = 98.72%
    silent(text('98.7%'));
    reports(text('93.7%'), 'number-ratio', '851件 ÷ 862件');
  });
  it('reads it past a full stop after the forms (共收到办理回执…。其中，…件评价为满意)', () => {
    const text = (rate: string): string => `一是代表反响好。共收到办理回执612件。其中，605件评价为满意或基本满意、满意率${rate}，对7件建议的办理表示不满意。`;
    // 605 ÷ 612 = 98.86%
    silent(text('98.9%'));
    reports(text('93.9%'), 'number-ratio', '605件 ÷ 612件');
  });
  it('stays silent when the count right before the rate is of the dissatisfied', () => {
    silent('共收到办理回执612件，对7件建议的办理表示不满意，满意率93.9%。');
  });
});

describe('number-ratio: 开工率 of the projects under way and finished together (rates24)', () => {
  it('reads 在建 + 竣工 against the projects counted in the period before', () => {
    const text = (rate: string): string => `2022年，全县谋划实施城市提质项目214个，概算总投资812.4亿元。截至目前，在建项目131个，竣工项目37个，开工率达${rate}，完成投资198.6亿元。`;
    // (131 + 37) ÷ 214 = 78.5%
    silent(text('78.5%'));
    reports(text('83.5%'), 'number-ratio', '(131个 + 37个) ÷ 214个');
  });
  it('stays silent when the projects are counted twice before', () => {
    silent('全县谋划实施城市提质项目214个，其中省级重点项目180个。截至目前，在建项目131个，竣工项目37个，开工率达83.5%。');
  });
});
