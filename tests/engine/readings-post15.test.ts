// Readings added after the first run on the unseen batches of round 15 (lead). Each case is a made-up text: the
// reading keeps it silent, and the same words without what it reads are still reported.

import { reports, silent } from './figure-findings';

describe('number-ratio: shares that are each of a whole of their own (post15)', () => {
  it('reads shares paired by 分别 with counts in other units as shares of as many wholes', () => {
    silent('全年发生交通事故500起，亡120人，损失800万元。其中，农村道路发生事故300起，亡90人，损失500万元，分别占总数的60%、75%和62.5%。');
    reports('全年发生交通事故500起。其中，农村道路发生事故300起、城市道路发生事故150起，山区道路发生事故120起，分别占总数的60%、30%和24%。', 'number-ratio', '60% + 30% + 24%');
  });
  it('reads shares whose counts over their shares give wholes that cannot meet as shares of several wholes', () => {
    silent('其中，较大事故60起、占总数的92.3%，重大事故5起、占总数的83.3%。');
    reports('其中，较大事故60起、占总数的60%，重大事故50起、占总数的50%。', 'number-ratio', '60% + 50%');
  });
  it('reads shares of counts named differently (起数, 亡人数) as shares of several wholes', () => {
    silent('住宅发生事故125起，亡107人，起数占总数的44.3%，亡人数占总数的77.1%。');
    reports('住宅发生事故125起，亡107人，城镇占总数的44.3%，农村占总数的77.1%。', 'number-ratio', '44.3% + 77.1%');
  });
});

describe('number-ratio and number-sum: changes and nested breakdowns (post15)', () => {
  it('reads a share of an increase (增量占…增量的) as no share of the levels stated', () => {
    silent('外出务工人员1700人，比上年增加25人。其中省内务工人员950人，比上年增加24人，省内务工人员增量占外出务工人员增量的96%。');
    reports('外出务工人员1700人，比上年增加25人。其中省内务工人员950人，比上年增加24人，省内务工人员占外出务工人员的96%。', 'number-ratio', '950人 ÷ 1700人');
  });
  it('ends a list before a sentence that opens with “在…中，” (the breakdown of one of its parts)', () => {
    silent('务工人员总量达到2865人，比上年增加48人。在务工人员总量中，外出务工人员1718人，比上年增加25人；本地务工人员1147人，比上年增加23人，增速快于外出务工人员。在外出务工人员中，进城务工人员1371人，比上年增加12人。');
    reports('务工人员总量达到2865人，比上年增加48人。在务工人员总量中，外出务工人员1718人，比上年增加25人；本地务工人员1157人，比上年增加23人，增速快于外出务工人员。在外出务工人员中，进城务工人员1371人，比上年增加12人。', 'number-sum', '1718人 + 本地务工人员1157人 = 2875人');
  });
});

describe('number-format: a web page’s date stamp and dates of older documents (post15)', () => {
  it('reads 日期：2022-12-30 above the first sentence as the page’s stamp, and still reports it below the body', () => {
    silent('# 县教育概况\n\n日期：2022-12-30\n\n全县共有各级各类学校322所。\n');
    reports('# 县教育概况\n\n全县共有各级各类学校322所。\n\n日期：2022-12-30\n', 'number-format', '2022年12月30日');
  });
  it('reads a dashed date with a byline of a few words above the first sentence as the page’s stamp', () => {
    silent('# 教育资助惠及三学年\n\n2018-03-30 教育局资助办 县教育资讯\n\n为切实摸清底数，全县开展了资助核查。\n');
    reports('# 教育资助惠及三学年\n\n为切实摸清底数，全县开展了资助核查。\n\n2018-03-30 教育局资助办 县教育资讯\n', 'number-format', '2018年3月30日');
  });
  it('leaves a 成文日期 in Chinese numerals dated before GB/T 9704-2012 took effect, and reports a later one', () => {
    silent('附件：进展情况统计表\n\n水利厅\n\n二〇一〇年十一月五日\n');
    reports('附件：进展情况统计表\n\n水利厅\n\n二〇二四年十一月五日\n', 'number-format', '2024年11月5日');
  });
});

describe('number-sum: a 其中 that opens its sentence after parts side by side (post15)', () => {
  const text = (last: string): string => `在已立案提案中，集体提案593件，委员个人提案2119件。其中，经济类提案814件，社会类提案781件，文化类提案338件，生态类提案257件，其他提案${last}。`;
  it('is silent when the list adds up to the parts before 其中 together', () => {
    silent(text('522件'));
  });
  it('still reports a list that adds up to neither', () => {
    reports(text('532件'), 'number-sum', '2722件');
  });
});
