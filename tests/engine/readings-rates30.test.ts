// Rates and changes, round 29 (issue 12): a completion whose own words state the plan it is of, by its figure right
// before 的 (完成年任务（40.2亿元）的32.5%, 占全年筛查任务（6.6万人）的103.12%); a plan, a task, what was done and the size of a
// fall as pages in 繁體 write them (計劃投資, 完成投資, 任務, 減幅); a difference concluded with 因此 from the levels of two
// years stated before it. Each case holds in one text and is broken in another; the guards stay silent.

import { reportsArithmetic as reports, silentOnArithmetic as silent } from './figure-findings';

describe('rates and completions as officials write them: round 29', () => {
  describe('a completion stating its plan by its figure', () => {
    const trade = (rate: string): string => `1-6月，全区外贸进出口总额为18亿元，同比增长2.1%，完成年任务（45亿元）的${rate}。`;

    it('reads the level before the clause over the plan in brackets', () => {
      silent(trade('40%'));
    });

    it('reports a completion the level and the plan do not give', () => {
      reports(trade('45%'), '完成率 = 18亿元 ÷ 45亿元 = 40%');
    });

    const screened = (rate: string): string => `截至9月底，全县共进行乳腺癌筛查8240人，占全年筛查任务（0.8万人）的${rate}；两癌筛查工作进展顺利。`;

    it('reads a plan in 万人 against a count in 人', () => {
      silent(screened('103%'));
    });

    it('reports a share of the task the counts do not give', () => {
      reports(screened('93%'), '8240人 ÷ 0.8万人 = 103%');
    });

    it('keeps a plan stated bare before 的 with the share readings, which read it already', () => {
      silent('截至11月底，全县已完成造林2.4万亩，完成全年目标任务3万亩的80%。');
      reports('截至11月底，全县已完成造林2.4万亩，完成全年目标任务3万亩的85%。', '2.4万亩 ÷ 3万亩 = 80%');
    });

    it('is silent when the level before the plan is counted in another unit', () => {
      silent('截至目前，培育创业实体260个，创造新的就业岗位1500个，完成全年目标任务1000人的120%。');
    });

    it('is silent when another clause stands between the level and the plan', () => {
      silent('1-9月，全县完成固定资产投资50亿元，新开工项目12个，完成年度目标（80亿元）的70%。');
    });
  });

  describe('a plan and what was done on a page in 繁體', () => {
    const invest = (rate: string): string => `我市共5項重點項目，總投資16.2億元，2023年計劃投資4.5億元，1-8月完成投資3.6億元，投資完成率為${rate}。`;

    it('reads 計劃投資 as the plan and 完成投資 as what was done of it', () => {
      silent(invest('80%'));
    });

    it('reports a completion the plan and the investment done do not give', () => {
      reports(invest('90%'), '3.6億元 ÷ 4.5億元 = 80%');
    });

    it('reads the same sentence in simplified characters alike', () => {
      reports('我市共5项重点项目，总投资16.2亿元，2023年计划投资4.5亿元，1-8月完成投资3.6亿元，投资完成率为90%。', '3.6亿元 ÷ 4.5亿元 = 80%');
    });
  });

  describe('a difference concluded with 因此 from the levels of two years stated before it', () => {
    const cable = (verb: string): string =>
      [
        '数据显示，2023年某省有线电视实际用户520.4万户。广播综合人口覆盖率99.7%。',
        '另据2022年某省统计公报数据，该年有线电视实际用户538.6万户。',
        `因此，某省有线电视实际用户2023年比2022年${verb}18.2万户。`,
      ].join('\n\n');

    it('reads the later level less the earlier one, by the verb', () => {
      silent(cable('减少了'));
    });

    it('reports a direction word the two levels contradict', () => {
      reports(cable('增加了'), '520.4万户 − 538.6万户 = -18.2万户');
    });

    const subscribers = (size: string): string =>
      ['统计公报显示，2022年末全省广播电视台82座，有线电视用户1186.5万户。', `据了解，在2021年的统计公报中，其有线电视用户1150万户。因此，2022年其有线电视用户同比增加${size}万户。`].join('\n\n');

    it('takes 同比 as against the year before, and a level of no year named as the later one', () => {
      silent(subscribers('36.5'));
      reports(subscribers('38.5'), '1186.5万户 − 1150万户 = 36.5万户');
    });

    it('is silent when the levels of a year disagree', () => {
      silent(
        [
          '2023年某省有线电视实际用户520.4万户，其中城市用户300万户。',
          '2022年有线电视实际用户538.6万户，2022年有线电视实际用户540.1万户。',
          '因此，某省有线电视实际用户2023年比2022年增加了50万户。',
        ].join('\n\n'),
      );
    });
  });

  describe('減幅 on a page in 繁體', () => {
    const eroded = (size: string): string => `2022年全省水土流失面積下降到12.45萬平方公里，較2021年減少0.25萬平方公里，減幅${size}。`;

    it('reads 減幅 as the size of a fall, as 减幅', () => {
      silent(eroded('1.97%'));
    });

    it('reports a 減幅 the level and its decrease do not give', () => {
      reports(eroded('2.5%'), '1.97%');
    });
  });
});
