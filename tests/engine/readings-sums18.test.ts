// Readings of round 18 (branch sums18): totals whose parts stand in the paragraphs of a list after them, and 其中 lists
// after a review. Each case is a made-up text in the manner of the real ones: the reading keeps the holding text
// silent, and the same words with a total that does not hold are reported.

import { reports, silent } from './figure-findings';

describe('number-sum: parts in the paragraphs under a heading that sorts them (sums18)', () => {
  const text = (total: string, hurt: string): string =>
    `今年1至6月，全县共发生各类生产安全事故${total}、死亡3人、受伤${hurt}，事故起数、死亡人数同比下降，未发生较大以上生产安全事故。具体情况是：\n\n一、从行业看\n\n（一）道路交通：事故7起、死亡2人、受伤5人，事故起数同比下降12.5%。\n\n（二）建筑施工：事故2起、死亡1人、受伤1人，事故起数同比持平。\n\n（三）消防领域：事故3起，同比下降25%，无死亡，受伤2人。`;
  it('reads each paragraph’s figures as parts of the totals, named alike', () => {
    silent(text('12起', '8人'));
  });
  it('reports a total the paragraphs exceed', () => {
    reports(text('11起', '8人'), 'number-sum', '11起');
  });
  it('takes each part of 人 by its name (受伤, not 死亡)', () => {
    reports(text('12起', '7人'), 'number-sum', '7人');
  });
});

describe('number-sum: parts in numbered paragraphs right after their total (sums18)', () => {
  const text = (total: string): string =>
    `今年共安排重点项目46个，全年计划完成投资${total}，1-6月累计完成投资30.2亿元，完成年度投资计划的41.4%。\n\n(1)18个新建项目，全年计划完成投资25.6亿元，1-6月累计完成投资8.1亿元。\n\n(2)28个续建项目，全年计划完成投资47.4亿元，1-6月累计完成投资22.1亿元。`;
  it('reads the numbered paragraphs as the parts', () => {
    silent(text('73亿元'));
  });
  it('reports a total the parts exceed', () => {
    reports(text('70亿元'), 'number-sum', '70亿元');
  });
  it('takes no part from the paragraphs after a lead that announces another measure', () => {
    silent(
      '全年一般公共预算支出48.5亿元，加上上解支出1.2亿元，总支出为49.7亿元。收支相抵后，结转结余为0.6亿元。支出主要情况如下：\n\n1.教育支出9.8亿元，增长3.1%。\n\n2.卫生健康支出5.2亿元，增长2.4%。',
    );
  });
  it('reads the measure the lead announces', () => {
    reports('全年一般公共预算支出13.5亿元，下降2.2%。支出主要情况如下：\n\n1.教育支出9.8亿元，增长3.1%。\n\n2.卫生健康支出5.2亿元，增长2.4%。', 'number-sum', '13.5亿元');
  });
});

describe('number-sum: a 其中 list after a review breaks down what was filed (sums18)', () => {
  const text = (filed: string): string => `本届会议以来，共提交提案412件，经审查，立案${filed}，其中，委员个人提案318件、集体提案65件。`;
  it('reads 立案 as the total, not the proposals received', () => {
    silent(text('383件'));
  });
  it('reports a filed total the parts exceed', () => {
    reports(text('353件'), 'number-sum', '353件');
  });
});
