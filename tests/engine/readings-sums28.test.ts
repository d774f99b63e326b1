// Readings of round 28 for sums (issue 12, mutants): parts written with thousands grouped by commas (1,488,847条), a list
// after a bare 其中 whose groups by ； run on by ， with more parts, and a list of parts named alike written with both ，
// and 、.

import { reports, silent } from './figure-findings';

describe('readings of sums, round 28 (issue 12, mutants)', () => {
  describe('number-sum: parts with thousands grouped by commas', () => {
    const ratings = (total: string): string =>
      `2021年5月，全省各渠道共收集办事评价${total}。其中，网上办事大厅收到评价数1,236,512条，移动端收到评价数48,230条，窗口收到评价数512,604条，热线收到评价数305,118条。`;

    it('reads each figure with its commas as one part', () => {
      silent(ratings('2,102,464条'));
      reports(ratings('1,892,217条'), 'number-sum', '1,892,217条');
    });

    it('reads them in a list after 其中 in the total’s own sentence too', () => {
      const spent = (total: string): string => `全年共支出救助资金${total}，其中，医疗救助资金3,518.6万元，生活救助资金12,604.2万元，临时救助资金2,215.5万元。`;
      silent(spent('18,338.3万元'));
      reports(spent('16,504.5万元'), 'number-sum', '16,504.5万元');
    });
  });

  describe('number-sum: a bare 其中 whose groups by ； run on by ，', () => {
    const requests = (total: string): string => `2024年，全县共收到政府信息公开申请${total}，其中，通过网络申请312件，占68.6%；通过信函申请121件，占26.6%，通过当面申请22件，占4.8%。`;

    it('reads the parts after the ； and after the ， as one list', () => {
      silent(requests('455件'));
      reports(requests('409件'), 'number-sum', '409件');
    });

    it('still ends the list at the ； when its first group states two parts (two parallel lists)', () => {
      silent('全县批复指标41.5亿元，其中，县直部门批复指标30.2亿元，已用指标25.1亿元；各乡镇批复指标11.3亿元，已用指标8.6亿元，结余指标2.7亿元。');
    });

    it('still ends the list at the ； when the names do not end alike', () => {
      silent('全年接待来访群众860人次，其中，集体访120人次，占14.0%；个人访740人次，占86.0%，重复访52人次。');
    });
  });

  describe('number-sum: parts named alike written with both ， and 、', () => {
    const audits = (total: string): string => `全年完成结算审计项目${total}，其中，城区学校建设项目42个，东片安置房建设项目6个、粮食仓储建设项目5个、乡镇卫生院建设项目3个。`;

    it('reads the parts after the 、 as more of the same list', () => {
      silent(audits('56个'));
      reports(audits('50个'), 'number-sum', '50个');
    });

    it('still ends an enumeration at another mark before a part named otherwise', () => {
      silent('全县共有在校学生5.2万人，其中，小学生3.12万人，初中生1.39万人、专任教师3412人。');
    });
  });
});
