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
    // (a whole stated before them that one share bears out: one share miswritten, not two wholes)
    reports('受理的1100件来电中，网络反映102件、占比14.3%，电话反映998件、占比90.7%。', 'number-ratio', '14.3% + 90.7%');
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
    silent(
      '务工人员总量达到2865人，比上年增加48人。在务工人员总量中，外出务工人员1718人，比上年增加25人；本地务工人员1147人，比上年增加23人，增速快于外出务工人员。在外出务工人员中，进城务工人员1371人，比上年增加12人。',
    );
    reports(
      '务工人员总量达到2865人，比上年增加48人。在务工人员总量中，外出务工人员1718人，比上年增加25人；本地务工人员1157人，比上年增加23人，增速快于外出务工人员。在外出务工人员中，进城务工人员1371人，比上年增加12人。',
      'number-sum',
      '1718人 + 本地务工人员1157人 = 2875人',
    );
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

describe('number-conflict: subjects of their own (post15)', () => {
  it('reads counts of two bins (超过5千人的 / 在3千人以下的) as two subjects’', () => {
    silent('全县11个乡（镇）中，常住人口超过5千人的乡（镇）有3个，3千人至5千人之间的乡（镇）有4个；在3千人以下的乡（镇）有4个。');
  });
  it('reads sentences of one pasted paragraph opening with ordinals of their own as items of an outline', () => {
    const text = (second: string): string => `二、竞技体育2307.91万元。（五）其他支出329.13万元，其中补助地方29.3万元。 ${second}其他支出718.41万元（其中补助地方697.27万元）。`;
    silent(text('三、'));
    reports(text('（五）'), 'number-conflict', '329.13万元');
  });
  it('reads two items of one list (3. … 7. …) as two subjects', () => {
    const item3 = '雅韵项目：包含整治提升项目和稻香湾改造提升项目。今年实施的稻香湾周边基础设施改造及提升项目，工程总投资149.67万元，已完工并验收审计。';
    const item7 = '天宫村村级活动中心装修工程，工程总投资84.07万元，主要是装修活动中心，已完工，已验收，已审计。';
    silent(`3. ${item3}\n\n7. ${item7}\n`);
    reports(`3. ${item3}\n\n${item7}\n`, 'number-conflict', '149.67万元');
  });
  it('reads two groups split by ；, each opening with a subject of its own and two values of another measure, as two subjects', () => {
    silent('本次督查分为3个组，九龙片区2组，需整改问题515个，未整改到位36个；帅鑫片区1组，需整改问题61个，未整改到位5个。');
    reports('本次督查分为3个组，九龙片区2组，需整改问题515个，未整改到位36个；九龙片区2组，需整改问题515个，未整改到位5个。', 'number-conflict', '36个');
  });
  it('reads a task as set and what was done of it as two measures', () => {
    silent('5.为2574名重度残疾人发放护理补贴。已完成为3221名重度残疾人发放护理补贴。\n');
    reports('5.已为2574名重度残疾人发放护理补贴。已完成为3221名重度残疾人发放护理补贴。\n', 'number-conflict', '2574名');
  });
  it('reads two sentences that give two values for another measure as well as two subjects reported alike', () => {
    silent('发生在住宅的火灾共25.8万起，亡1317人，直接财产损失31.5亿元。发生在重点单位的火灾共2.3万起，亡73人，直接财产损失4.5亿元。');
    reports('发生在住宅的火灾共25.8万起，亡1317人，直接财产损失31.5亿元。发生在重点单位的火灾共2.3万起，亡1317人，直接财产损失4.5亿元。', 'number-conflict', '31.5亿元');
  });
  it('takes a statement that agrees with an earlier one as its restatement', () => {
    silent('全县11个乡（镇）中，常住人口超过5千人的乡（镇）有3个，在3千人至5千人之间的有4个；在3千人以下的乡（镇）有4个。\n\n与2010年相比，11个乡（镇）中，有8个乡（镇）常住人口增加。\n');
  });
});

describe('number-conflict: a title’s figure that the body’s figures could add up to (post15)', () => {
  it('is silent when smaller body figures sharing its words reach it together', () => {
    const body = '三个学年来，学前教育阶段共发放资助资金129.8万元，惠及幼儿4987人次；义务教育阶段共发放资助资金6292.9万元，惠及学生64385人次';
    silent(`回顾三学年 教育资助惠及78753人次\n\n${body}；普通高中阶段共发放资助资金900.5万元，惠及高中学生9381人次。\n`);
    reports(`回顾三学年 教育资助惠及78753人次\n\n${body}。\n`, 'number-conflict', '78753人次');
  });
});

describe('tables: shares of another year and shares within each row (post15)', () => {
  // a heading spaced out (地 区) shifts the columns: the 2020 shares are read as the amounts of the 2010 shares
  const census = (a: string): string =>
    ['表2-1 各镇人口', '', '单位：人、%', '', '地 区 人口数 比重', '2020年 2010年', '全 县 120000 100.00 100.00', `甲镇 60000 ${a} 42.10`, '乙镇 36000 30.00 31.20', '丙镇 24000 20.00 26.70', ''].join(
      '\n',
    );
  it('reads a column that reads 100 where the shares do as shares of their own, not their amounts', () => {
    silent(census('50.00'));
  });
  const rows = (t: string, across = '767'): string =>
    [
      '表1 务工人员地区分布及构成',
      '',
      '| 地区 | 务工人员 | 跨省 | 省内 | 构成 | 跨省 | 省内 |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      `| 合计 | 1718 | ${across} | 951 | 100.0 | ${t} | 55.3 |`,
      '| 东部 | 471 | 82 | 389 | 100.0 | 17.4 | 82.6 |',
      '| 中部 | 639 | 391 | 248 | 100.0 | 61.2 | 38.8 |',
      '| 西部 | 608 | 294 | 314 | 100.0 | 48.4 | 51.6 |',
      '',
    ].join('\n');
  it('reads the columns after a column of 100s as each row’s shares, which do not add up down the table', () => {
    silent(rows('44.7'));
    // (the amounts are still checked)
    reports(rows('44.7', '797'), 'table-sum', '1718');
  });
});
