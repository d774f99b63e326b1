// Readings of the lead's branch (issue 12, round 39), from made-up drafts of the kinds our writers send (a county
// 信访局's report on ten months of petitions, a county 人社局's half-year summary, a county 发改局's report on its key
// projects), each written to hold, checked, then broken place by place. Each case made up.

import { reports, silent } from './figure-findings';

// made up: a county 信访局's report
describe('shares of a level stated with its difference (lead39)', () => {
  const petitions = (online: string, shares = '24.3%、38.7%和37.0%'): string =>
    `1—10月，全县共受理群众信访事项1286件次，同比下降8.3%，比上年同期减少116件次。其中，来信312件次，来访498件次，网上信访${online}件次，分别占总量的${shares}。`;

  it('reads 分别占总量的 over the level, not the difference after it', () => {
    silent(petitions('476'));
    reports(petitions('467'), 'number-ratio', '467件 ÷ 1286件 = 36.31%');
    reports(petitions('476', '24.3%、38.7%和35.0%'), 'number-ratio', '476件 ÷ 1286件 = 37.01%');
  });

  it('takes no kind named in a later sentence for the total named X总量', () => {
    const text = `全县共受理群众信访事项1286件次，其中网上信访476件次。⏎⏎1—10月重复信访事项186件次，占信访总量的14.5%。在476件次网上信访中，回复超期的有11件次。`.replace(/⏎/g, '\n');
    silent(text);
  });
});

// made up: a county 人社局's half-year summary
describe('a partition by the county border and a bare 人均 (lead39)', () => {
  it('reads 县外 and 县内 as all of the total', () => {
    const text = (inside: string): string => `累计转移就业达到15.6万人，其中县外务工11.2万人，县内就业${inside}万人。`;
    silent(text('4.4'));
    reports(text('4.1'), 'number-sum', '县外务工11.2万人 + 县内就业4.1万人 = 15.3万人');
  });

  it('reads a bare 人均 right after the amount over the persons counted before it', () => {
    const text = (each: string): string => `查处拖欠农民工工资案件38件，为1086名农民工追回工资1563万元，人均${each}万元。`;
    silent(text('1.44'));
    reports(text('1.64'), 'number-ratio', '1563万元 ÷ 1086名 = 1.439万元');
  });

  it('stays silent on a bare 人均 with words between the amount and it', () => {
    silent(`为1086名农民工追回工资1563万元，其中建筑领域1200万元，人均1.64万元。`);
  });
});

// made up: a county 发改局's report on its key projects
describe('a group completing its own plan set out a paragraph before, and 比序时进度 (lead39)', () => {
  const report = (continued: string, gap = '0.7'): string =>
    [
      '今年，全县共安排重点项目86个，总投资412.6亿元，年度计划投资95.8亿元。其中，续建项目31个，年度计划投资42.3亿元；新开工项目38个，年度计划投资45.1亿元；前期项目17个，年度计划投资8.4亿元。',
      '一、项目建设进展情况',
      `截至9月底，86个重点项目累计完成投资71.2亿元，完成年度计划的74.3%，比序时进度（75%）滞后${gap}个百分点。其中，续建项目完成投资34.6亿元，占年度计划的${continued}；新开工项目完成投资33.9亿元，占年度计划的75.2%；前期项目完成投资2.7亿元，占年度计划的32.1%。`,
    ].join('\n\n');

  it("reads each group's completion over the group's own plan of the paragraph before", () => {
    silent(report('81.8%'));
    reports(report('83.8%'), 'number-ratio', '34.6亿元 ÷ 42.3亿元 = 81.8%');
  });

  it('reads the whole completion over the plan of the paragraph before', () => {
    reports(report('81.8%').replace('完成年度计划的74.3%', '完成年度计划的76.3%'), 'number-ratio', '71.2亿元 ÷ 95.8亿元 = 74.32%');
  });

  it('reads a gap written 比序时进度…滞后', () => {
    reports(report('81.8%', '1.7'), 'number-ratio', '序时进度75% − 74.3% = 0.7个百分点');
  });

  it('stays silent when the plan before is of another group', () => {
    const text = ['今年，全县共安排重点项目86个，年度计划投资95.8亿元。其中，续建项目31个，年度计划投资42.3亿元。', '截至9月底，其中，新建项目完成投资34.6亿元，占年度计划的83.8%。'].join('\n\n');
    silent(text);
  });
});
