// Readings of round 16 (branch rates16): rates, shares and structures whose base or whole the engine did not find.
// Each case is a made-up text in the style of the reports: the right figures are silent, the same words with the
// rate, share or term miswritten are reported.

import { reports, silent } from './figure-findings';

describe('number-ratio: a completion rate of the year’s plan beside the projects’ total investment (rates16)', () => {
  const text = (rate: string): string =>
    `全县安排重点建设项目86个，总投资912亿元，今年计划投资240亿元，1-9月份累计完成投资180亿元，投资完成率${rate}；本年度计划新开工项目20个，已开工16个，开工率80%。`;
  it('reads 投资完成率 as of 今年计划投资, not of 总投资', () => {
    silent(text('75%'));
    reports(text('80%'), 'number-ratio', '180亿元 ÷ 240亿元');
  });
  it('reads 年度计划完成率 of a group the same way', () => {
    silent('林业类项目6个，总投资48.6亿元，今年计划投资12.5亿元，上半年累计完成投资7.5亿元，年度计划完成率60%。');
    reports('林业类项目6个，总投资48.6亿元，今年计划投资12.5亿元，上半年累计完成投资7.5亿元，年度计划完成率65%。', 'number-ratio', '7.5亿元 ÷ 12.5亿元');
  });
});

describe('number-ratio: the plan of the numerator’s own subject before those of its sub-groups (rates16)', () => {
  const text = (rate: string): string =>
    `今年我县重点工程项目共20项，其中：建设项目18项，前期项目2项。总投资300亿元，当年计划投资40亿元。\n\n截至12月底，全县重点工程进展顺利，1-12月份，完成投资50亿元，投资完成率${rate}。其中：\n\n省级5项，当年计划投资12亿元。1-12月份完成投资15亿元，投资完成率125%。\n\n县级15项，当年计划投资28亿元。1-12月份完成投资35亿元，投资完成率125%。\n`;
  it('reads the county’s rate over the county’s plan stated before it', () => {
    silent(text('125%'));
    reports(text('120%'), 'number-ratio', '50亿元 ÷ 40亿元');
  });
});

describe('number-ratio: plans a completion is of (rates16)', () => {
  it('reads 开工建设 before 完成投资 as how far the projects got, not a group with a plan of its own', () => {
    silent('新建项目共120个，计划总投资500亿元，年内计划投资200亿元。至9月底，开工建设100个，开工率为83.3%，累计完成投资150亿元，完成年度计划的75%。');
    reports('新建项目共120个，计划总投资500亿元，年内计划投资200亿元。至9月底，开工建设100个，开工率为83.3%，累计完成投资150亿元，完成年度计划的70%。', 'number-ratio', '150亿元 ÷ 200亿元');
  });
  it('reads 计划完成投资 in the sentence before as the plan a 完成率 is of', () => {
    silent('省级水利项目包括水库、堤防等3项，全年计划完成投资25亿元。至9月底累计完成投资20亿元，完成率80%。');
    reports('省级水利项目包括水库、堤防等3项，全年计划完成投资25亿元。至9月底累计完成投资20亿元，完成率85%。', 'number-ratio', '20亿元 ÷ 25亿元');
  });
  it('reads 完成年度计划投资比例 like 完成年度计划投资的', () => {
    silent('我县6项省重点项目总投资150亿元，2024年度计划投资20亿元，1-6月份累计完成投资11亿元，完成年度计划投资比例55%，超序时进度5个百分点。');
    reports('我县6项省重点项目总投资150亿元，2024年度计划投资20亿元，1-6月份累计完成投资11亿元，完成年度计划投资比例60%，超序时进度5个百分点。', 'number-ratio', '11亿元 ÷ 20亿元');
  });
  it('reads 完成年度計劃投資的 on a page in traditional characters like 完成年度计划投资的', () => {
    silent('全省重點項目50個，總投資1200億元，年度投資計劃150億元。1至5月，累計完成投資60億元，完成年度計劃投資的40%。');
    reports('全省重點項目50個，總投資1200億元，年度投資計劃150億元。1至5月，累計完成投資60億元，完成年度計劃投資的45%。', 'number-ratio', '60億元 ÷ 150億元');
  });
});

describe('number-ratio: a court’s 结案率 over cases closed named 审结 or 审执结 (rates16)', () => {
  it('reads 审结 as the cases a 结案率 counts, not a judge’s mean 人均结案', () => {
    silent('全年共审理案件5000件，审结4500件，一线法官人均结案300件，结案率90%，案件结收比98%。');
    reports('全年共审理案件5000件，审结4500件，一线法官人均结案300件，结案率95%，案件结收比98%。', 'number-ratio', '4500件 ÷ 5000件');
  });
  it('leaves 结案标的额 aside: the money of the cases, not their count', () => {
    silent('共受理案件2500件，审结2000件，结案标的额6.2亿元，结案率达80%。');
    reports('共受理案件2500件，审结2000件，结案标的额6.2亿元，结案率达85%。', 'number-ratio', '2000件 ÷ 2500件');
  });
});

describe('number-ratio: the three industries’ shares each after its own name (rates16)', () => {
  const text = (second: string): string =>
    `初步核算，全年实现地区生产总值500亿元，比上年增长5%。其中，第一产业增加值50亿元，增长3%；第二产业增加值200亿元，增长6%；第三产业增加值250亿元，增长5%。第一产业增加值占地区生产总值的比重为10%，第二产业增加值比重为${second}，第三产业增加值比重为50%。`;
  it('reads 第二产业增加值比重为 after 第一产业增加值占地区生产总值的比重为 as a share of the product', () => {
    silent(text('40%'));
    reports(text('45%'), 'number-ratio', '200亿元 ÷ 500亿元');
  });
  it('reads the bare 第二产业为, 第三产业为 of such a list the same way', () => {
    const bare = (third: string): string =>
      `全年实现地区生产总值400亿元。其中，第一产业增加值60亿元；第二产业增加值140亿元；第三产业增加值200亿元。第一产业增加值占地区生产总值的比重为15%，第二产业为35%，第三产业为${third}。`;
    silent(bare('50%'));
    reports(bare('55%'), 'number-ratio', '200亿元 ÷ 400亿元');
  });
});

describe('number-ratio: a structure of the second and third industries alone (rates16)', () => {
  const text = (ratio: string): string =>
    `初步核算，全区实现地区生产总值（GDP）800亿元，比上年增长6%。分产业看，第二产业增加值600亿元，增长7%；第三产业增加值200亿元，增长4%。二、三产业比例为${ratio}。`;
  it('reads each term of 二、三产业比例 as its industry’s share of the product', () => {
    silent(text('75:25'));
    reports(text('70:25'), 'number-ratio', '600亿元 ÷ 800亿元');
  });
});

describe('number-ratio: a household’s mean size on a page with pinyin readings (rates16)', () => {
  const text = (size: string): string => `全市共有家庭戶100000戶，集體戶5000戶，家庭戶人口為250000人。平均每個（gè）家庭戶的人口為${size}，比2010年減少0.3人。`;
  it('reads 平均每個（gè）家庭戶的人口 as 平均每个家庭户的人口', () => {
    silent(text('2.5人'));
    reports(text('2.8人'), 'number-ratio', '250000人 ÷ 100000戶');
  });
});

describe('number-ratio: a crop’s yield per 亩 or 公顷, its output over its sown area (rates16)', () => {
  const text = (yieldPerMu: string): string => `全年全县粮食作物播种面积50万亩，增长0.5%，粮食产量20万吨，增长1.2%，粮食单产${yieldPerMu}/亩，增长0.7%；油料作物种植面积10万亩，产量2万吨。`;
  it('reads 粮食单产 in 公斤/亩 as 粮食产量 ÷ 粮食作物播种面积', () => {
    silent(text('400公斤'));
    reports(text('420公斤'), 'number-ratio', '20万吨 ÷ 50万亩');
  });
  it('reads 平均单产每亩 of a crop named before it, its output and area stated after it', () => {
    const after = (perMu: string): string => `今年我市秋粮平均单产每亩${perMu}，比上年增加3公斤。秋粮总产量为6.08亿公斤，秋粮播种面积为152万亩。`;
    silent(after('400公斤'));
    reports(after('380公斤'), 'number-ratio', '6.08亿公斤 ÷ 152万亩');
  });
});

describe('number-ratio: shares after 分别占总数的 of parts of several measures, each of its own total (rates16)', () => {
  const text = (third: string): string =>
    `全年全省共接报火灾2万起，亡100人，伤80人，直接财产损失5亿元。\n\n从发生场所看，发生在居民住宅的火灾共1.2万起，亡70人，伤40人，直接财产损失2亿元，分别占总数的60%、70%、${third}和40%。\n`;
  it('reads each share over the first statement of its own measure before it', () => {
    silent(text('50%'));
    reports(text('55%'), 'number-ratio', '40人 ÷ 80人');
  });
});

describe('number-ratio: counts each with its share in a bracket after it (rates16)', () => {
  const text = (first: string): string =>
    `一季度，区长信箱收到群众来信80件，涉及12个单位。\n\n从来信分类看，住房保障20件（${first}）；道路交通16件（20%）；生态环保12件（15%）；劳动保障8件（10%）；其他24件（30%）。\n`;
  it('reads the bracketed shares as shares of the total they add up to', () => {
    silent(text('25%'));
    reports(text('30%'), 'number-ratio', '20件 ÷ 80件');
  });
});

describe('number-ratio: 倍 after 为…的 (rates16)', () => {
  const text = (times: string, total: string): string => `完成造林任务 12000 亩，为年度任务 5000 亩的 ${times}，为总任务 8000 亩的 ${total}。`;
  it('reads 为年度任务5000亩的2.4倍 as the figure before over 5000亩, a chained 为总任务…的 too', () => {
    silent(text('2.4 倍', '1.5 倍'));
    reports(text('2.6 倍', '1.5 倍'), 'number-ratio', '12000 亩 ÷ 5000 亩');
    reports(text('2.4 倍', '1.8 倍'), 'number-ratio', '12000 亩 ÷ 8000 亩');
  });
  it('reads 是去年的1.3倍 after 由去年的…提高到今年的… as now over then', () => {
    silent('项目数量由去年的400个提高到今年的520个，是去年的1.3倍。');
    reports('项目数量由去年的400个提高到今年的520个，是去年的1.5倍。', 'number-ratio', '520个 ÷ 400个');
  });
});

describe('number-ratio: a plan of the year completed by a date in that year (rates16)', () => {
  const text = (rate: string): string => `2019年，全省下达农村危房改造任务1000户。\n\n据统计，截至2019年6月28日，全省开工900户，开工率达90%；竣工600户，竣工率达${rate}。\n`;
  it('reads the year’s task of the paragraph before as the base of a rate dated within the year', () => {
    silent(text('60%'));
    reports(text('65%'), 'number-ratio', '600户 ÷ 1000户');
  });
});
