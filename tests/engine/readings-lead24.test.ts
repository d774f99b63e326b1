// Readings of round 24 by the lead (issue 12): a short bracketed list of parts whose items a 分号 separates is an aside
// of its sentence; the change stated after the bracket is the whole's (heldout60's 云龙 医疗救助基金, a real error missed).
// A change whose levels are stated for two years in earlier paragraphs (a “三公”经费 budget against the year before). A sex
// ratio's 个百分点 against the census before it.

import { reports, silent } from './figure-findings';

describe('readings of the lead, round 24 (issue 12)', () => {
  describe('number-ratio: a change after a bracketed list of parts split by ；', () => {
    it('reads the change against the whole before the bracket', () => {
      silent('医疗救助基金收入：2355万元（其中：利息收入12万元；其他收入182万元；上级补助收入2162万元），比上年同期减少303万元，下降11.4%。');
      reports('医疗救助基金收入：2355万元（其中：利息收入12万元；其他收入182万元；上级补助收入2162万元），比上年同期减少303万元，下降14.8%。', 'number-ratio', '14.8%');
    });

    it('keeps ； a sentence end in a bracket that opens no list of parts', () => {
      // （非经营性场所71起，…；其中居住场所火灾67起，占65.05%，…） may hold sentences of its own: only a bracket opening with
      // 其中, 含 or 包括 is read as one aside
      silent('医疗救助基金收入：2355万元（利息收入12万元；其他收入182万元；上级补助收入2162万元），比上年同期减少303万元，下降14.8%。');
    });
  });

  describe('number-ratio: a difference and its percentage of two levels stated for two years before', () => {
    const levels =
      '2022年度“三公”经费预算总计21.8万元，其中：因公出国（境）经费0万元，公务接待11.8万元，公务用车运行费用10万元。\n\n2021年度“三公”经费合计支出20.12万元，其中：因公出国（境）经费0万元，公务接待12.39万元，公务用车运行费用7.73万元。\n\n';

    it('reads the percentage against the earlier year’s level', () => {
      silent(levels + '2022年度“三公”经费预算较2021年度增加1.68万元，其中公务接待较上年同期减少0.58万元，减少4.68%。公务用车运行费用较上年同期增加2.27万元，增长29.37%。');
      reports(levels + '2022年度“三公”经费预算较2021年度增加1.68万元，其中公务接待较上年同期减少0.58万元，减少9.68%。', 'number-ratio', '9.68%');
      reports(levels + '公务用车运行费用较上年同期增加2.27万元，增长22.7%。', 'number-ratio', '22.7%');
    });

    it('reads nothing when the two years’ levels do not differ by the difference', () => {
      // 2.97万元 is not 10 − 7.73: the difference is of something else, and 2.97 ÷ 7.73 says nothing
      silent(levels + '公务用车运行费用较上年同期增加2.97万元，增长22.7%。');
    });

    it('reads nothing when a year has two values under the name', () => {
      silent(levels + '2021年度公务接待12.45万元。\n\n公务接待较上年同期减少0.58万元，减少9.68%。');
    });
  });

  describe('number-ratio: the 个百分点 of a sex ratio against the one it is compared with', () => {
    const stated = '总人口性别比（以女性为100，男性对女性的比例）为111.05，比2010年第六次全国人口普查的107.55';

    it('checks the points, with or without a comma before the verb', () => {
      silent(`${stated}，升高了3.50个百分点。`);
      silent(`${stated}升高3.50个百分点。`);
      reports(`${stated}，升高了8.50个百分点。`, 'number-ratio', '8.50个百分点');
      reports(`${stated}升高2.50个百分点。`, 'number-ratio', '2.50个百分点');
    });

    it('does not read the ratio compared with as the ratio of the counts stated', () => {
      silent('全市常住人口中，男性人口为100万人，女性人口为95万人，总人口性别比（以女性为100，男性对女性的比例）为105.26，比上年的104.94，升高0.32个百分点。');
    });
  });
});
