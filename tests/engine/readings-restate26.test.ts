// Readings of restatements (issue 12, branch restate26): a lead and a body that open with the draft's own place under
// two names (the place the title opens with, 全省各级各部门) speak of one place, so a measure each states without a
// subject of its own is one measure; two paragraphs opening with two places (two cities) stay apart. Each case is a
// made-up text.

import { reports, silent } from './figure-findings';

describe('number-conflict: a lead and a body of one place under two names (restate26)', () => {
  const campaign = (later: string): string =>
    '青山两个月排查12万处安全隐患\n\n' +
    '集中行动开展两个月，成效明显。记者从省应急管理厅了解到，截至3月底，青山共组织检查组2.1万个，对16万多家企业进行了排查，发现隐患12万多项。停产停业、停止建设施工1286家，关闭企业97家。\n\n' +
    '自集中行动以来，各地迅速动员部署，各项工作稳步推进。截至2024年3月底，全省各级各部门共组织检查组21350个，对163275家企业进行了排查，发现一般隐患118204项、整改96312项。' +
    `共执法检查企业84310家，立案2215起，停产停业、停止建设施工${later}，暂扣、吊销证照312家，关闭企业97家，罚款1362.4万元。`;

  it('reads the lead of 青山 and the body of 全省各级各部门 as one place', () => {
    silent(campaign('1286家'));
    reports(campaign('1186家'), 'number-conflict', '1186家');
  });

  const twoPlaces = (later: string): string =>
    '两市安全生产集中行动情况\n\n' +
    '记者从省应急管理厅了解到，截至3月底，青山市共组织检查组2100个。停产停业、停止建设施工1286家，关闭企业97家。\n\n' +
    `记者从省应急管理厅了解到，截至3月底，绿水市共组织检查组1630个，排查企业1.2万家。停产停业、停止建设施工${later}。`;

  it('keeps two paragraphs opening with two places apart', () => {
    silent(twoPlaces('1186家'));
  });

  const partOfPlace = (later: string): string =>
    '青山两个月排查12万处安全隐患\n\n' +
    '记者从省应急管理厅了解到，截至3月底，青山共组织检查组2.1万个。停产停业、停止建设施工1286家，关闭企业97家。\n\n' +
    `记者从省应急管理厅了解到，截至3月底，全省重点行业共组织检查组8300个，排查企业6200家。停产停业、停止建设施工${later}。`;

  it('keeps a part of the place (全省重点行业) another subject', () => {
    silent(partOfPlace('512家'));
  });
});

describe('number-conflict: a distributing word in an earlier clause of the sentence (restate26)', () => {
  const estates = (later: string): string =>
    '1—9月全省新开工改造城镇老旧小区1.36万个、惠及居民215万户\n\n' +
    '记者从省住房和城乡建设厅获悉，今年老旧小区改造进展顺利。\n\n' +
    `根据各地统计上报数据，1—9月份，全省新开工改造城镇老旧小区${later}、惠及居民215万户，按小区数计开工率98.2%。`;

  it('reads a figure after 根据各地…， as a statement of its own clause', () => {
    silent(estates('1.36万个'));
    reports(estates('1.26万个'), 'number-conflict', '1.26万个');
  });

  const respective = (later: string): string =>
    '青山县上半年项目建设情况\n\n' + '上半年，全县新开工重点项目46个，完成投资38.6亿元。\n\n' + `上半年，青山工业园区和绿水工业园区分别完成投资12.4亿元和9.8亿元，新开工重点项目${later}。`;

  it('keeps figures after 分别 in an earlier clause of the sentence distributed', () => {
    silent(respective('15个'));
  });
});
