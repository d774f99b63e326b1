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
});
