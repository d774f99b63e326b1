// Readings of prose relations added after the first run on heldout19 and heldout20 (post12-prose). Each case is a
// made-up text: the reading keeps it silent (or reports it), and the same words without what it reads behave otherwise.

import { reports, silent } from './figure-findings';

describe('breakdowns: 财政收入 holds the centre’s share, so 税收 and 非税 need not be all of it (post12-prose)', () => {
  it('reads 税收 and 非税 under 财政收入 as parts that may leave a remainder', () => {
    silent('上半年，全市财政收入150亿元，同比增长9.0%。其中，税收收入60亿元，增长11.3%；非税收入30亿元，下降8.8%。');
    silent('全市财政总收入150亿元，其中税收收入60亿元，非税收入30亿元。');
  });
  it('still takes them for all of 一般公共预算收入, and for no more than 财政收入', () => {
    reports('全市一般公共预算收入100亿元，同比增长9.0%。其中，税收收入60亿元，增长11.3%；非税收入30亿元，下降8.8%。', 'number-sum', '60亿元 + 非税收入30亿元 = 90亿元');
    reports('全市财政收入80亿元，其中税收收入60亿元，非税收入30亿元。', 'number-sum', '90亿元');
  });
});

describe('breakdowns: school levels beside 小学 and 初中 are the writer’s choice, not all of them (post12-prose)', () => {
  it('reads a list of levels after 其中 as parts that may leave a remainder', () => {
    silent('全区共有专任教师8100人，其中普通高校770人、普通高中1020人、初中1900人、小学3330人、幼儿教育770人、特殊教育26人。');
  });
  it('still takes 小学 and 初中 alone for all of the total, and no list for more than it', () => {
    reports('全县义务教育专任教师5300人，其中小学3330人、初中1900人。', 'number-sum', '5230人');
    reports('全区共有专任教师7000人，其中普通高校770人、普通高中1020人、初中1900人、小学3330人、幼儿教育770人。', 'number-sum');
  });
});

describe('breakdowns: a list after 其中 that ends with 其他 is all of the total (post12-prose)', () => {
  it('reports eleven categories ending with 其他类 that add up short of the total', () => {
    reports('全市主动公开政府信息2275条。其中，机构职能类信息146条，政策、规范性文件类信息65条，规划、计划类信息82条，行政许可类信息320条，其他类信息817条。', 'number-sum', '1430条');
  });
  it('stays silent when they add up, and leaves a list without 其他 a remainder', () => {
    silent('全市主动公开政府信息1430条。其中，机构职能类信息146条，政策、规范性文件类信息65条，规划、计划类信息82条，行政许可类信息320条，其他类信息817条。');
    silent('全市主动公开政府信息2275条。其中，机构职能类信息146条，政策、规范性文件类信息65条，规划、计划类信息82条，行政许可类信息320条，财政类信息817条。');
  });
});

describe('shares: a 其中 in brackets lists only what the bracket holds (post12-prose)', () => {
  it('does not add the share after the bracket to the share inside it', () => {
    silent('全省常住人口中，0—14岁人口为51.7万人，占14.93%；15—64岁人口为242.2万人，占69.87%（其中：15—59岁人口为219.8万人，占63.43%）；65岁及以上人口为52.7万人，占15.20%。');
  });
  it('still reports a share in the bracket over the share it is part of', () => {
    reports('全省常住人口中，15—64岁人口占69.87%（其中：15—59岁人口占73.43%）。', 'number-sum', '73.43%');
  });
});

describe('shares: the shares of age bands from 0 to 及以上 add up to 100 (post12-prose)', () => {
  it('reports bands whose shares do not add up to 100', () => {
    reports('全省常住人口中，0—14岁人口占14.93%；15—64岁人口占74.87%；65岁及以上人口占15.20%。', 'number-ratio', '105%');
    // (with each band's count before its share, the band that is wrong is reported against the counts: shares20)
    reports('全省常住人口中，0—14岁人口为51.7万人，占14.93%；15—64岁人口为242.2万人，占74.87%；65岁及以上人口为52.7万人，占15.20%。', 'number-ratio', '242.2万人 ÷');
  });
  it('stays silent when they add up, or when the bands leave a gap', () => {
    silent('全省常住人口中，0—14岁人口为51.7万人，占14.93%；15—64岁人口为242.2万人，占69.87%；65岁及以上人口为52.7万人，占15.20%。');
    silent('全省常住人口中，0—14岁人口为51.7万人，占14.93%；15—59岁人口为242.2万人，占74.87%；65岁及以上人口为52.7万人，占15.20%。');
  });
});

describe('shares: 三次产业…比重分别为 a%、b%、c% is a structure, each term its industry over the product (post12-prose)', () => {
  const lead = '全年地区生产总值200亿元。其中，第一产业增加值20亿元；第二产业增加值80亿元；第三产业增加值100亿元。\n\n';
  it('reports a term that is not its industry’s share', () => {
    reports(`${lead}在全区生产总值中，第一、二、三产业增加值所占比重分别为11%、39%、50%。`, 'number-ratio', '20亿元 ÷ 200亿元 = 10%');
    reports(`${lead}三次产业增加值占全区生产总值的比重分别为15%、40%和45%。`, 'number-ratio', '100亿元 ÷ 200亿元 = 50%');
  });
  it('stays silent when each term is its share, and reads no 贡献率 so', () => {
    silent(`${lead}三次产业增加值占全区生产总值的比重分别为10%、40%和50%。`);
    silent(`${lead}三次产业对经济增长的贡献率分别为11%、39%和50%。`);
  });
});

describe('sums: 其中 opening a paragraph lists the proposals of the paragraph before (post12-prose)', () => {
  it('reports 委员提案 and 集体提案 that do not add up to the proposals filed just before', () => {
    reports('全年收到提案1190件，审查立案893件，立案率75.04%。\n\n“其中委员提案670件，占比75.03%，集体提案233件，占比24.97%。”', 'number-sum', '903件');
  });
  it('stays silent when they add up, and without 其中 takes no whole from another paragraph', () => {
    silent('全年收到提案1190件，审查立案893件，立案率75.04%。\n\n“其中委员提案670件，占比75.03%，集体提案223件，占比24.97%。”');
    silent('全年收到提案1190件，审查立案893件，立案率75.04%。\n\n委员提案670件，集体提案233件。');
  });
});

describe('arithmetic: a target in 万 to a decimal is rounded for prose (post12-prose)', () => {
  it('reads 全年2.9万人目标任务 as 2.85–2.95万', () => {
    silent('就业困难人员实现就业1.27万人，完成全年2.9万人目标任务的43.29%。');
  });
  it('still reads a whole target (3万人) as set exactly, and a far-off percentage as wrong', () => {
    reports('就业困难人员实现就业1.27万人，完成全年3万人目标任务的43.29%。', 'number-ratio');
    reports('就业困难人员实现就业1.27万人，完成全年2.9万人目标任务的45.29%。', 'number-ratio');
  });
});

describe('shares: shares of plans after 其中 are rates of completion, each of its own plan (post12-prose)', () => {
  it('does not add up the completion of each item’s plan', () => {
    silent('全省累计完成水利投资327.74亿元，占年度计划400亿元的81.93%，其中：重大项目完成投资247.34亿元，占年度计划80.82%；面上项目完成投资80.40亿元，占年度计划85.53%。');
  });
  it('still adds up the shares of one whole after 其中', () => {
    reports('全省办复建议4299件，占91.4%，其中采纳落实的2089件，占48.6%；列入计划的1840件，占52.8%。', 'number-sum', '101.4%');
  });
});

describe('shares: a part of another age band after 其中 is the whole’s sibling (post12-prose)', () => {
  it('ends the list of a band’s parts at a band outside it', () => {
    silent('全省常住人口中，0-15岁人口927.51万人，占总人口的20.54%，其中0-14岁人口850.86万人，占18.85%；16-59岁人口2740.60万人，占60.70%；60岁及以上人口846.90万人，占18.76%。');
  });
  it('still reports a part inside the band over the band', () => {
    reports('全省常住人口中，0-15岁人口927.51万人，占总人口的20.54%，其中0-14岁人口850.86万人，占21.85%。', 'number-sum', '21.85%');
  });
});

describe('breakdowns: 教育, 卫生健康 … are counted in 民生支出 (post12-prose)', () => {
  it('reads them after 民生支出 as its parts, not more parts of the total', () => {
    silent('一般公共预算支出29.92亿元，同比增长11.2%。其中：民生支出24.15亿元，卫生健康支出2.52亿元，同比增长5.2%，教育支出6.73亿元，同比增长0.5%。');
  });
  it('still adds up spending outside 民生 with it', () => {
    reports('一般公共预算支出29.92亿元，同比增长11.2%。其中：民生支出24.15亿元，卫生健康支出2.52亿元，交通运输支出6.73亿元。', 'number-sum', '30.88亿元');
  });
});

describe('extract: 较大事故 is a grade of accident, not a comparison (post12-prose)', () => {
  it('reads 较大事故10起 as a level, so its change is checked', () => {
    reports('全省发生较大事故10起，同比减少8起，下降98.89%。', 'number-ratio', '8起 ÷ (10起 + 8起)');
  });
  it('stays silent when the change holds, and 较上年 still compares', () => {
    silent('全省发生较大事故10起，同比减少8起，下降44.44%。');
    silent('全省发生事故10起，较上年减少8起，下降44.44%。');
  });
});
