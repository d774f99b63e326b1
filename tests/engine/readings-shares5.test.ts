// Readings of shares, rates, changes and points that real reports write (issue 12, branch shares5): each case is a
// made-up sentence showing the reading, silent where it holds and reported where it does not.

import { reports, silent } from './figure-findings';

describe('readings of shares, rates, changes and points (shares5)', () => {
  describe('number-ratio: shares that name their whole alike, with words no figure is named by, are of one whole', () => {
    it('finds the whole of 占诉求量的 in the paragraph before', () => {
      const before = '本季度热线共形成有效工单5000件，同比下降3.2%。\n\n';
      const list = (a: string): string => `群众诉求主要集中在：城乡建设1000件，占诉求量的${a}；社会保障800件，占诉求量的16.0%；交通管理600件，占诉求量的12.0%；生活公用500件，占诉求量的10.0%。`;
      silent(before + list('20.0%'));
      reports(before + list('25.0%'), 'number-ratio', '1000件 ÷ 5000件');
    });

    it('stays silent when no one figure makes the others hold (the whole is not stated)', () => {
      silent('本季度热线共形成有效工单5000件。群众诉求主要集中在：城乡建设1000件，占诉求量的25.0%；社会保障800件，占诉求量的18.0%；交通管理600件，占诉求量的14.0%。');
    });
  });

  describe('number-ratio: a change given by its difference, of the level stated before it under the same name', () => {
    it('takes 公务接待费支出决算为… as the level of 公务接待费支出决算增加…，增长…', () => {
      const levels = '2023年度“三公”经费年初预算为20.00万元，其中：公务用车运行维护费支出决算为8.00万元；公务接待费支出决算为2.10万元。\n\n';
      const text = (a: string): string => `${levels}2023年度“三公”经费支出比2022年度有所减少，其中：公务用车运行维护费支出决算减少2.00万元，降低${a}；公务接待费支出决算增加0.10万元，增长5.0%。`;
      silent(text('20.0%'));
      reports(text('25.0%'), 'number-ratio', '2.00万元 ÷ (8.00万元 + 2.00万元)');
    });

    it('stays silent when the name has two values or only ends the level’s name', () => {
      silent('公务接待费支出决算为2.10万元。上半年公务接待费支出决算为1.00万元。\n\n全年公务接待费支出决算增加0.10万元，增长9.0%。');
      silent('一般公共预算支出决算为2.10万元。\n\n支出决算增加0.10万元，增长9.0%。');
    });
  });

  describe('number-ratio: 自然增长率 is the birth rate less the death rate', () => {
    it('checks the natural growth rate against the two rates of its period', () => {
      silent('全年出生人口1552人，出生率为5.3‰；死亡人口1911人，死亡率为6.5‰；人口自然增长率为-1.2‰。');
      reports('全年出生人口1552人，出生率为5.3‰；死亡人口1911人，死亡率为6.5‰；人口自然增长率为1.2‰。', 'number-ratio', '5.3‰ − 6.5‰');
      reports('全年出生人口1552人，人口实际出生率5.3‰；死亡人口1911人，人口实际死亡率6.5‰；人口自然增长率-1.7‰。', 'number-ratio', '自然增长率应为出生率与死亡率之差');
    });

    it('stays silent when a rate is stated twice (two places or two years) in the period', () => {
      silent('全县出生率为5.3‰，上年出生率为6.1‰；死亡率为6.5‰；人口自然增长率为1.2‰。');
    });
  });

  describe('number-ratio: a completion of the plan or target named right before it may go over 100%', () => {
    it('checks 占年初计划20个的135% and 为三季度目标33.23亿元的101.76%', () => {
      silent('2023年，我局共完成审计项目27个，占年初审计项目计划20个的135%。');
      reports('2023年，我局共完成审计项目27个，占年初审计项目计划20个的130%。', 'number-ratio', '27个 ÷ 20个');
      silent('一般公共预算收入累计完成33.82亿元，同口径增长25.63%，为市下三季度目标33.23亿元的101.78%。');
      reports('一般公共预算收入累计完成33.82亿元，同口径增长25.63%，为市下三季度目标33.23亿元的96.78%。', 'number-ratio', '33.82亿元 ÷ 33.23亿元');
    });
  });

  describe('number-ratio: a long list of shares of one total may hold more than one wrong share', () => {
    const list = (a: string, b: string): string =>
      `本月热线共受理市民来电诉求1000件，同比减少101件。其中社会保障类100件，占${a}。住房建设类90件，占9.0%。医疗卫生类80件，占${b}。农林水利类70件，占7.0%。市场管理类60件，占6.0%。交通运输类50件，占5.0%。公共服务类40件，占4.0%。社会治安类30件，占3.0%。生态环境类20件，占2.0%。教育类10件，占1.0%。`;
    it('reports two wrong shares among ten that give the total', () => {
      silent(list('10.0%', '8.0%'));
      reports(list('15.0%', '3.0%'), 'number-ratio', '100件 ÷ 1000件');
      reports(list('15.0%', '3.0%'), 'number-ratio', '80件 ÷ 1000件');
    });

    it('stays silent on a short list with two shares that do not hold', () => {
      silent('本月热线共受理市民来电诉求1000件。其中社会保障类100件，占15.0%。住房建设类90件，占9.0%。医疗卫生类80件，占3.0%。农林水利类70件，占7.0%。');
    });
  });

  describe('number-ratio: the terms of 三次产业结构 against the product, however the product is named', () => {
    const parts = '其中，第一产业增加值100.23亿元，增长4.4%；第二产业增加值170.37亿元，增长3.3%；第三产业增加值168.59亿元，增长2.7%。';
    it('reads 国民经济全年实现地区生产总值 and 地区生产总值总量 as the product', () => {
      silent(`国民经济全年实现地区生产总值（GDP）439.19亿元，比上年增长3.3%。${parts}三次产业结构比为22.8:38.8:38.4。`);
      reports(`国民经济全年实现地区生产总值（GDP）439.19亿元，比上年增长3.3%。${parts}三次产业结构比为20.8:40.8:38.4。`, 'number-ratio', '100.23亿元 ÷ 439.19亿元');
      reports(`全县地区生产总值总量为439.19亿元，同比增长4.0%。${parts}三次产业结构为20.8:40.8:38.4。`, 'number-ratio', '100.23亿元 ÷ 439.19亿元');
    });

    it('reads a structure whose words are spaced out (三 次 产业结构 比 为)', () => {
      silent(`全年实现地区生产总值439.19亿元，比上年增长3.3%。${parts}三 次 产业结构 比 为22.8:38.8:38.4。`);
      reports(`全年实现地区生产总值439.19亿元，比上年增长3.3%。${parts}三 次 产业结构 比 为20.8:40.8:38.4。`, 'number-ratio', '100.23亿元 ÷ 439.19亿元');
    });
  });
});
