// Readings of shares and rates that real reports write (issue 12, branch shares7): each case is a made-up sentence
// showing the reading, silent where it holds and reported where it does not.

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

describe('readings of shares and rates (shares7)', () => {
  describe('number-ratio: 完成年度计划的N% is what was done over the year’s plan stated before it', () => {
    const text = (p: string): string => `今年共实施县级重点项目36个，当年计划投资48.6亿元。截至6月底，重点项目完成投资26.2亿元，完成年度计划的${p}。`;
    it('checks the completion against the plan, under 完成年度计划的 and 完成投资目标的', () => {
      silent(text('53.9%'));
      reports(text('58.9%'), 'number-ratio', '26.2亿元 ÷ 48.6亿元');
      const target = (p: string): string => `全年计划完成投资98.5亿元，1-4月累计完成投资21.01亿元，完成投资目标的${p}。`;
      silent(target('21.3%'));
      reports(target('26.3%'), 'number-ratio', '21.01亿元 ÷ 98.5亿元');
    });

    it('takes a plan named with another of 计划、任务、目标 (占年度目标的 over 年度计划完成投资)', () => {
      const text = (p: string): string => `全县重点项目年度计划完成投资56.21亿元，1-6月份累计完成投资35.9亿元，占年度目标的${p}。`;
      silent(text('63.88%'));
      reports(text('68.88%'), 'number-ratio', '35.9亿元 ÷ 56.21亿元');
    });

    it('takes the plan stated after the group’s count as the group’s, and no plan of all projects for a group', () => {
      const own = (p: string): string => `全县计划实施千万元以上重点建设项目71个，总投资337.13亿元，年度计划完成投资56.21亿元，1-6月份累计完成投资35.9亿元，完成年度计划的${p}。`;
      silent(own('63.88%'));
      reports(own('68.88%'), 'number-ratio', '35.9亿元 ÷ 56.21亿元');
      silent('全市重大项目年度计划完成投资410.1亿元，1-9月完成投资206.7亿元。其中，75个工业项目完成投资151.2亿元，占年度计划的70.1%。');
    });

    it('stays silent for a plan of a part of the year, or when no plan is stated', () => {
      silent('全年计划完成投资98.5亿元，1-4月累计完成投资21.01亿元，完成1-4月投资计划的132.1%，完成年度投资计划的21.3%。');
      silent('截至6月底，重点项目完成投资26.2亿元，完成年度计划的58.9%。');
    });
  });

  describe('number-ratio: a share of GDP, 经济总量 or 生产总值 is of the product stated as 地区生产总值', () => {
    const text = (p: string): string =>
      `全年实现地区生产总值（GDP）439.19亿元，比上年增长3.3%。\n\n全年实现民营经济增加值290.6亿元，比上年增长1.5%；民营经济占GDP的比重为${p}，较上年下降0.8个百分点。`;
    it('checks the share against the product', () => {
      silent(text('66.2%'));
      reports(text('71.2%'), 'number-ratio', '290.6亿元 ÷ 439.19亿元');
      const total = (p: string): string => `全年地区生产总值686.91亿元，增长6.7%。民营经济增加值522.77亿元，增长6.9%，占全区经济总量的${p}。`;
      silent(total('76.1%'));
      reports(total('81.1%'), 'number-ratio', '522.77亿元 ÷ 686.91亿元');
    });

    it('stays silent when the product has two values (the district and the district without its development zone)', () => {
      noRatio('全年全区地区生产总值3222.84亿元，增长4.9%。\n\n不含经开区计算，全年地区生产总值2239.58亿元，增长7.3%。\n\n全年民营经济增加值1500.2亿元，占GDP的比重为56.6%。');
    });
  });

  describe('number-ratio: a structure after its own paragraph’s product and industries is of them', () => {
    const text = (a: string): string =>
      `全年全区地区生产总值3222.84亿元，增长4.9%。其中，第一产业增加值42.91亿元，增长3.5%；第二产业增加值1716.20亿元，增长4.7%；第三产业增加值1463.73亿元，增长5.2%。三次产业结构调整为${a}。\n\n不含经开区计算，全年地区生产总值2239.58亿元，增长7.3%。其中，第一产业增加值40.28亿元，增长3.6%；第二产业增加值1145.15亿元，增长8.6%；第三产业增加值1054.15亿元，增长6.1%。三次产业结构调整为1.80:51.13:47.07。`;
    it('checks each term against its paragraph’s industry over its paragraph’s product', () => {
      silent(text('1.33:53.25:45.42'));
      reports(text('6.33:48.25:45.42'), 'number-ratio', '42.91亿元 ÷ 3222.84亿元');
    });

    it('keeps the whole product’s industries off a structure of a part of it stated in a paragraph of its own', () => {
      const part = (whole: string, first: string, second: string, third: string, terms: string): string =>
        `全县地区生产总值201.20亿元，比上年增长6.5%。其中，第一产业增加值45.89亿元；第二产业增加值42.61亿元；第三产业增加值112.71亿元。三次产业结构调整为22.8:21.2:56.0。\n\n全年民营经济增加值${whole}亿元。其中，第一产业增加值${first}亿元；第二产业增加值${second}亿元；第三产业增加值${third}亿元。民营经济三次产业结构调整为${terms}。`;
      silent(part('120.00', '43.20', '29.16', '47.64', '36.0:24.3:39.7'));
      // (post-h: the part's terms are its own industries over it; the published 24.3 is 24.24%, a real error)
      reports(part('122.64', '44.56', '29.73', '48.35', '36.3:24.3:39.4'), 'number-ratio', '29.73亿元 ÷ 122.64亿元');
    });
  });

  describe('number-ratio: 出生率 and 死亡率 are the births and deaths per thousand of the population', () => {
    const text = (b: string, d: string): string =>
      `年末全市常住人口283.46万人，比上年末减少1.85万人。其中，城镇人口144.63万人，乡村人口138.83万人。全年出生人口1.48万人，出生率为${b}；死亡人口2.51万人，死亡率为${d}；人口自然增长率为-3.62‰。`;
    it('checks each rate against the year-end population or the year’s mean', () => {
      silent(text('5.21‰', '8.83‰'));
      reports(text('10.21‰', '8.83‰'), 'number-ratio', '1.48万人 ÷ 283.46万人 × 1000');
      const mean = (b: string): string => `全县户籍总人口133.14万人，年平均人口133.43万人。当年出生人口1.21万人，死亡人口1.15万人，出生率为${b}，死亡率为8.6‰。`;
      silent(mean('9.1‰'));
      reports(mean('14.1‰'), 'number-ratio', '千分率');
    });

    it('allows the year’s mean population, which is seldom stated, to differ a little from the year-end one', () => {
      silent('年末全县户籍人口1194365人，其中男性人口612171人。全年出生人口9876人，出生率8.3‰；死亡人口7256人，死亡率6.09‰。');
    });

    it('stays silent without a population total before the rate, or with two counts of births', () => {
      silent('全年出生人口1.48万人，出生率为10.21‰；死亡人口2.51万人，死亡率为8.83‰。');
      silent('年末全市常住人口283.46万人。全年出生人口1.48万人，其中二孩出生人口0.6万人，出生率为10.21‰。');
    });
  });

  describe('number-ratio: shares after a share of an earlier whole are a list of their own', () => {
    const text = (a: string): string =>
      `共收到提案1184件，共立案806件，占总数的68.1%。已立案的提案中，集体提案123件、占15.3%，委员提案683件、占84.7%。提案内容涉及城乡建设方面294件，占${a}；乡村振兴方面55件，占6.8%；生态保护方面60件，占7.4%。`;
    it('checks the list against the whole the first share names', () => {
      silent(text('36.5%'));
      reports(text('41.5%'), 'number-ratio', '294件 ÷ 806件');
    });
  });
});
