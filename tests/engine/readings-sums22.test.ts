// Readings of round 21 (branch sums22): a 其中 that opens its paragraph, and a count that opens its sentence (N个X中，).
// A writer who ends a paragraph with a total and opens the next with 其中 lists that total's parts; the engine read a 其中
// only within its own paragraph, so the parts stood under no total. A count of what follows that opens its sentence
// (180个断面中，…；…；…) names the topic of the whole period, its list runs on across ；, and the noun may be left out when
// the count restates a total just named (77件中，…). The lists may still leave a remainder: only parts adding up to more
// than the total are reported (or differing from it, where the parts' shares make 100%).
// Each case is a made-up text in the manner of the real ones: the holding text stays silent, and the same words with
// parts that add up to more than the total are reported.

import { reports, silent } from './figure-findings';

describe('number-sum: a 其中 opening its paragraph lists the parts of the total right before it (sums22)', () => {
  const cover = (outpatient: string): string =>
    `今年以来，全县新农合运行平稳。1-9月份累计补偿参合人员18426人次，累计补偿金额1862.40万元。\n\n其中，住院补偿6215人次，补偿支出1603.25万元；门诊补偿${outpatient}，补偿支出259.15万元。`;
  it('reads the parts of each unit against the totals of the paragraph before', () => {
    silent(cover('12211人次'));
    reports(cover('12311人次'), 'number-sum', '18426人次');
  });
  const loans = (second: string): string => `截至6月末，全市发放创业担保贷款3.86亿元，扶持创业人员2140人。\n\n其中，个人创业担保贷款2.41亿元；小微企业创业担保贷款${second}。`;
  it('reads a list by ； in the next paragraph', () => {
    silent(loans('1.45亿元'));
    reports(loans('1.65亿元'), 'number-sum', '3.86亿元');
  });
});

describe('number-sum: a count that opens its sentence heads the list of the whole period (sums22)', () => {
  const sections = (fourth: string): string => `本月全市共监测96个地表水断面。干、支流64个市控断面中，Ⅰ~Ⅲ类水质断面52个；Ⅳ类水质断面${fourth}；Ⅴ类水质断面3个；劣Ⅴ类水质断面1个。`;
  it('reads the groups by ； as parts of the count that opens the sentence', () => {
    silent(sections('8个'));
    reports(sections('11个'), 'number-sum', '64个');
  });
  const works = (paid: string): string => `全年实际实施的28项民生工程中，11项工程建设类项目已完工；${paid}补助发放类项目已足额发放到位。`;
  it('reads a second group opening with its count', () => {
    silent(works('17项'));
    reports(works('19项'), 'number-sum', '28项');
  });
  const motions = (others: string): string => `县人大代表在会议期间提出建议共64件。64件中，有57件交县政府办理，${others}交有关机关和组织办理。`;
  it('reads a count restated with 中 and no noun as the total of what follows', () => {
    silent(motions('7件'));
    reports(motions('9件'), 'number-sum', '64件');
  });
});

describe('number-sum: a part stated word for word twice is one part (sums22)', () => {
  const adopted = (count: string, share: string): string =>
    `县政府共受理代表建议68件，办复率为100%。其中已经办理完毕的建议25件，占总数的36.8%，已采纳且正在办理的建议${count}，占总数的${share}，已采纳且正在办理的建议${count}，占总数的${share}。`;
  it('counts a clause written twice once', () => {
    silent(adopted('31件', '45.6%'));
    reports(adopted('45件', '66.2%'), 'number-sum', '68件');
  });
});
