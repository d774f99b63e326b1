// Readings of restatements (issue 12, branch post-e): a measure stated twice is one statement only when nothing in
// the words around it makes it another thing's measure. Each case is a made-up text: the pair read apart stays
// silent, and the same pair without what tells them apart is still reported.

import { reports, silent } from './figure-findings';

describe('number-conflict: parts of another whole, a class of a measure, another budget’s paragraph (post-e)', () => {
  it('keeps parts after 其中 of two wholes of two values apart (地区生产总值… 其中 / 民营经济增加值… 其中)', () => {
    const text = (whole: string): string =>
      `全年全市地区生产总值520000万元，比上年增长6.1%。其中，第一产业增加值80000万元，增长3.0%；第二产业增加值240000万元，增长7.2%；第三产业增加值200000万元，增长5.8%。\n\n全年${whole}，增长5.5%，占全市的57.7%。其中，第一产业增加值80000万元，增长3.0%；第二产业增加值150000万元，增长6.0%。`;
    silent(text('民营经济增加值300000万元'));
    // the same whole written twice: its parts are one measure stated twice, and disagree
    reports(text('全市地区生产总值520000万元'), 'number-conflict', '第二产业增加值');
  });

  it('reads a class inside a measure (审理各类刑事案件) as a part of the measure without it (审理案件)', () => {
    const text = (measure: string): string => `共审理案件52310件，审结47102件，结案率90.04%。\n\n一、维护社会稳定\n\n依法惩治犯罪。${measure}860件，审结795件。`;
    silent(text('审理各类刑事案件'));
    silent(text('审理经济类案件'));
    // 各类 alone names every kind: the same measure, stated with another value
    reports(text('审理各类案件'), 'number-conflict', '审理各类案件');
  });

  it('reads a budget report’s paragraph as of the budget it opens with (政府性基金预算…年终结余)', () => {
    const text = (second: string): string =>
      `2023年，县本级一般公共预算总收入52.30亿元，总支出48.12亿元。收支相抵，年终结余4.18亿元。\n\n2023年，县本级${second}收入21.40亿元，支出20.65亿元。收支相抵，年终结余0.75亿元。`;
    silent(text('政府性基金预算'));
    silent(text('社会保险基金预算'));
    // two paragraphs of one budget: one 年终结余 with two values
    reports(text('一般公共预算'), 'number-conflict', '年终结余');
  });
});
