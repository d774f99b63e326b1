// Readings of round 22 (post22p, after the first run on heldout56–58). Each case is made-up text in the style of the
// real reports: a silent case and, where the reading leaves something to check, its reported twin.

import { reports, silent } from './figure-findings';

describe('number-sum: a clause opened by 共 after the parts of a 其中 list', () => {
  // made up: a prefecture's lottery sales, then the welfare fund they raised, summed with 共 in the same sentence
  const text = (total: string): string => `2022年，全州彩票销量再创历史新高达${total}，其中，福利彩票销量3.02亿元，体育彩票销量3.51亿元，共为国家筹集彩票公益金1.72亿元，同比增长12.4%。`;

  it('ends the list before the clause opened by 共: the fund raised is no third part of the sales', () => {
    silent(text('6.53亿元'));
  });

  it('still reports the two sales over their total', () => {
    reports(text('5.88亿元'), 'number-sum', '体育彩票销量3.51亿元');
  });

  it('keeps a first part whose name opens with 共 (共创作品)', () => {
    reports('全年抖音发布作品9条，其中共创作品12条；微信视频发布作品16条。', 'number-sum', '12条');
  });
});

describe('number-sum: a column list does not run on into a sentence naming another side of the account', () => {
  // made up: a social insurance fund's income by budget and outturn, then its spending in the next sentence
  const text = (outturn: string, rate: string): string =>
    `2022年，某市社会保险基金收入预算数450.12亿元，决算数${outturn}，完成预算的${rate}。其中，保险费收入预算数220.40亿元，决算数212.16亿元，完成预算的96.3%；财政补贴收入预算数220.26亿元，决算数198.09亿元，完成预算的89.9%。本年支出预算数400.12亿元，决算数365.71亿元，完成预算的91.4%。`;

  it('reads 支出预算数 as the sibling of the income, not a third piece of it', () => {
    silent(text('410.25亿元', '91.1%'));
  });

  it('reports income outturns over the total outturn', () => {
    reports(text('380.25亿元', '84.5%'), 'number-sum', '决算数198.09亿元');
  });
});

describe('number-sum: a part counted alone (单独)', () => {
  // made up: a district's investment promotion, the total with a zone included, the district alone and a zone after 其中
  const text = (projects: string): string =>
    `2023年，全区完成情况（包括经开区）签约项目${projects}，签约资金52.60亿元，引进企业18家。其中，我区单独签约项目80个，签约资金41.20亿元，引进企业13家；新区签约项目35个，签约资金19.30亿元，引进企业7家。`;

  it('reads the parts as overlapping: each within the total holds', () => {
    silent(text('96个'));
  });

  it('reports a part alone over the total', () => {
    reports(text('76个'), 'number-sum', '80个');
  });
});

describe('number-ratio: the subject of a share names its part, not a figure of the same kind', () => {
  it('does not take 上报到位资金 for the 工业到位资金 a share is of', () => {
    silent('2023年，全区签约资金55.2亿元，上报到位资金30亿元，工业到位资金占比61.5%。');
  });

  it('reads a share of the figure its subject names', () => {
    reports('2023年，全区签约资金55.2亿元，工业到位资金30亿元，工业到位资金占比61.5%。', 'number-ratio', '61.5%');
  });
});

describe('number-ratio: indicators reported against their targets are not shares of one whole', () => {
  const text = (target: string): string => `2023年，全区引进企业21家（任务数18家），上报到位资金36亿元（任务数34亿元），工业到位资金占比64.9%${target}，东西部协作到位资金占比47.5%。`;

  it('does not add up shares stated with their targets (a scorecard)', () => {
    silent(text('（任务数占比60%）'));
  });

  it('adds them up when no target stands with them', () => {
    reports(text(''), 'number-ratio', '各部分占比之和');
  });
});

describe('number-ratio: shares of one sentence cut the whole again after a sorting or inside a bracket', () => {
  // made up: a county fire report whose numbered sortings run on in one sentence (a full stop typed as .)
  const text = (open: string, close: string, sorting: string): string =>
    `全县共发生火灾200起，同比上升2.1%。\n\n（二）火灾风险分布情况\n\n2、从火灾发生场所分析：建筑火灾80起，占40%${open}居住场所火灾60起，占75%，商业网点火灾20起，占25%${close}，交通工具火灾70起，占35%，户外火灾50起，占25%.${sorting}因电气故障引发火灾90起，占45%；因用火不慎引发火灾110起，占55%。`;

  it('adds up each cut on its own: the bracket, the places, the causes', () => {
    silent(text('（', '）', '3、从起火原因分析：'));
  });

  it('adds up the shares of one cut when no sorting opens another', () => {
    reports(text('（', '）', '3、'), 'number-ratio', '各部分占比之和');
  });

  it('adds up the shares a bracket would have kept apart', () => {
    reports(text('，', '', '3、从起火原因分析：'), 'number-ratio', '各部分占比之和');
  });
});

describe('number-ratio: a completion rate of the whole is not read against a part’s plan listed after 其中', () => {
  it('stays silent rather than divide by the first county’s plan', () => {
    silent(
      '（一）项目安排情况。根据到位资金，全州共安排实施巩固拓展脱贫攻坚成果项目320个，投资规模20.00亿元，其中：甲市安排项目70个、计划投资7.00亿元；乙县安排项目170个、计划投资9.00亿元；丙县安排项目50个、计划投资2.00亿元；丁县安排项目30个、计划投资2.00亿元。\n\n（二）项目实施情况。开工项目320个，开工率100%；完工项目300个，完工率93.75%；完成投资18.00亿元，投资完成率90%（甲市85%、乙县95%、丙县90%、丁县85%）。',
    );
  });
});

describe('number-ratio: a project stage’s rate may be of the stage before it', () => {
  const text = (rate: string): string => `全县共安排项目300个。开工项目300个，开工率100%；完工项目250个，完工率83.3%；验收项目225个，验收率${rate}。`;

  it('reads 验收率 against the projects completed', () => {
    silent(text('90%'));
  });

  it('reports a rate that neither all the projects nor the completed ones give', () => {
    reports(text('86%'), 'number-ratio', '86%');
  });
});

describe('number-ratio: a group’s completion is of the plan stated with the nearest count of the group', () => {
  // made up: a county's projects in traditional characters with pinyin readings, two groups each with their plan
  const text = (rate: string): string =>
    `列入省、市重點（diǎn）項目30宗，年度投資計劃200.0億元，完成投資80.0億元，完成年度計劃的40.0%；縣重點（diǎn）項目50宗，年度投資計劃60.0億元，完成投資6.0億元，完成年度計劃的${rate}。`;

  it('reads the second group against its own plan, not the first group’s outturn', () => {
    silent(text('10.0%'));
  });

  it('reports a completion its plan does not give', () => {
    reports(text('12.0%'), 'number-ratio', '12.0%');
  });
});

describe('number-conflict: items of two sections, each with a total of its own', () => {
  const item = '老年人家庭改造项目';
  const text = (second: string): string =>
    `一、中央资金支持项目10万元。\n\n1、${item}6.5万元，用于居家改造。\n\n2、养老机构消防改造项目3.5万元，用于消防平台建设。\n\n${second}\n\n1、养老机构保险资金2万元，用于保险缴纳。\n\n2、${item}4万元，用于居家改造。`;

  it('reads an item named alike under two funded sections as two items', () => {
    silent(text('二、市级资金项目6万元。'));
  });

  it('compares the item stated twice under sections of one total', () => {
    reports(text('二、市级资金项目10万元。'), 'number-conflict', item);
  });
});

describe('number-conflict: statements that point back to two groups (在这些…中)', () => {
  const text = (opener: string): string =>
    `各级主管部门共有专职人员5000人，其中，中央级300人，地方级4700人。在这些专职人员中，50岁以上的有1200人，占24.00%。各级档案馆共有专职人员30000人，其中，中央级400人，地方级29600人。${opener}50岁以上的有9000人，占30.00%。`;

  it('reads each 50岁以上 as its own group’s', () => {
    silent(text('在这些专职人员中，'));
  });
});
