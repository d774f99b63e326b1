// Rates and changes, round 28 (issue 12): 签约 ends a word (a count of households signed is exact, and its rate does
// not lend it to the next rate as a base); a change's size stated with 高达 or 达到了; 从, 较 and 净 as pages in 繁體
// write them (從…增長到…, 較常年同期（…）偏多, 凈增); a rate of projects over the set of projects counted right before it in
// its own clause. Each case holds in one text and is broken in another; the guards stay silent.

import { reportsArithmetic as reports, silentOnArithmetic as silent } from './figure-findings';

describe('rates and changes as officials write them: round 28', () => {
  describe('签约 is a word, not 签 and “about”', () => {
    const signed = (rate: string): string => `截至目前，总数4300户中，已完成签约4000户，签约率达${rate}，腾房3900户。`;

    it('reads the households signed as an exact count, the numerator of 签约率', () => {
      silent(signed('93%'));
    });

    it('reports a 签约率 the counts do not give', () => {
      reports(signed('95%'), '签约率 = 4000户 ÷ 4300户 = 93%');
    });

    it('does not take the households signed, which have a rate of their own, as the base of the next rate', () => {
      silent('截至目前，全区城中村改造项目已累计签约4120户，签约率98.6%；累计腾空3980户，腾空率95.2%；累计拆除12.6万平方米。');
    });
  });

  describe('the size of a change stated with 高达 or 达到了', () => {
    const aged = (size: string): string => `全市90岁及以上户籍老人达到12.4万人，比上年增加2.4万人，增幅高达${size}。`;

    it('reads 增幅高达 as the change of the level', () => {
      silent(aged('24%'));
    });

    it('reports a 增幅高达 the level and its increase do not give', () => {
      reports(aged('30%'), '2.4万人 ÷ (12.4万人 − 2.4万人) = 24%');
    });
  });

  describe('從…增長到… on a page in 繁體', () => {
    const income = (tail: string): string => `村集體收入從前年的1200萬元增長到去年的1320萬元，${tail}。`;

    it('takes the figure after 從 as the earlier one (去年 here is the year reported)', () => {
      silent(income('增長10%'));
      silent(income('增幅達到了10%'));
    });

    it('reports a growth the two levels do not give', () => {
      reports(income('增幅達到了12%'), '(1320萬元 − 1200萬元) ÷ 1200萬元 = 10%');
    });
  });

  describe('較 before a norm in brackets on a page in 繁體', () => {
    const rain = (size: string): string => `據統計，全省平均降水量520.8毫米，較常年同期（434.0毫米）偏多${size}，為歷史同期第5多。`;

    it('reads the norm in brackets as the level compared with', () => {
      silent(rain('20%'));
    });

    it('reports a departure the two levels do not give', () => {
      reports(rain('25%'), '(520.8毫米 − 434.0毫米) ÷ 434.0毫米 = 20%');
    });
  });

  describe('凈增 (净增 as some pages in 繁體 write it)', () => {
    const members = (size: string): string => `截至年底，全市黨員總數為120.5萬名，比上年凈增2.5萬名，增幅為${size}。`;

    it('reads the net increase after 比上年 as the difference of the level', () => {
      silent(members('2.1%'));
    });

    it('reports a growth the level and its net increase do not give', () => {
      reports(members('2.5%'), '2.5萬名 ÷ (120.5萬名 − 2.5萬名) = 2.12%');
    });
  });

  describe('a rate of projects over the set counted right before it in its clause', () => {
    const begun = (rate: string): string => `一季度，80项新开工项目已开工建设36个，开工率${rate}，完成投资20.5亿元。`;
    const resumed = (rate: string): string => `截至9月底，150个重点项目开复工120项，开复工率${rate}。`;

    it('reads the set of projects as the base, though counted in 项 and the projects begun in 个', () => {
      silent(begun('45%'));
      silent(resumed('80%'));
    });

    it('reports a rate the two counts do not give', () => {
      reports(begun('50%'), '开工率 = 36个 ÷ 80项 = 45%');
      reports(resumed('85%'), '开复工率 = 120项 ÷ 150个 = 80%');
    });

    it('is silent when the count before is of something other than projects', () => {
      silent('今年6个受灾县完工10个，完工率90%。');
    });
  });
});
