// Readings of post36b (issue 12, round 36): a 小计 row numbered like the rows above it is their sibling, its items
// under it; an amount put in that opens its sentence is the funds of the work in the clause after it; a second list
// that adds up to one part of the first is that part's breakdown; numbered paragraphs after a 其中 sentence list the
// parts of the total before 其中. Each case made up, each reported case failing without its reading.

import assert from 'node:assert/strict';
import { findingMessages, findingTexts } from './figure-findings';

const findings = findingTexts;
const messages = findingMessages;

// made up: a monthly table of a province's townships, 乡 with its 民族乡 under it
const townships = (total: string): string =>
  [
    '| 指标名称 | 单位 | 数量 |',
    '| --- | --- | --- |',
    '| （一）行政区划 | | |',
    `| 乡镇级合计 | 个 | ${total} |`,
    '| 1.镇 | 个 | 520 |',
    '| 2.乡小计 | 个 | 310 |',
    '| 其中：民族乡 | 个 | 60 |',
    '| 3.街道 | 个 | 95 |',
    '| （二）民政事业费累计支出 | 万元 | 1,200.0 |',
    '',
  ].join('\n');

describe('a 小计 row numbered like the rows above it (post36b)', () => {
  it('is silent when the total is 镇 + 乡小计 + 街道', () => {
    assert.deepEqual(findings(townships('925'), 'table-sum'), []);
  });

  it('reports a total that is not 镇 + 乡小计 + 街道', () => {
    assert.equal(findings(townships('935'), 'table-sum').length, 1);
  });
});

// made up: a county's school building, three pieces of work each with its own funds
const funds = (second: string, third: string): string =>
  `全县现有中小学120所。投入资金2100万元用于高中新建教学楼。投入资金${second}，改造中小学危房8.5万平方米，其中D级危房3万平方米。投入资金${third}，全面完成全县90所农村学校远程教育站点建设任务。`;

describe('funds opening a sentence, of the work in the clause after (post36b)', () => {
  it('is silent on two pieces of work with their own funds', () => {
    assert.deepEqual(findings(funds('980万元', '365.5万元'), 'number-conflict'), []);
  });

  it('compares the funds of the same work stated twice', () => {
    const text = `投入资金980万元，改造中小学危房8.5万平方米。全县学校面貌一新。投入资金890万元，改造中小学危房8.5万平方米。`;
    assert.deepEqual(findings(text, 'number-conflict'), ['890万元']);
  });
});

// made up: a county's teachers, split into serving and retired, then the serving ones by stage
const teachers = (primary: string): string =>
  `2、教师队伍基本情况。全县共有中小学教师5200人，其中在职在编3800人，离退休、分流人员1400人。按教育阶段分：小学教职员工${primary}；初中教职工1300人，高中教职工650人，其他教育机构150人。`;

describe('a second list adding up to one part of the first (post36b)', () => {
  it('is silent when the stages add up to the serving teachers', () => {
    assert.deepEqual(messages(teachers('1700人'), 'number-sum'), []);
  });

  it('still reads a second list of the whole total', () => {
    const text = `全县共有中小学教师5200人，其中在职在编3800人，离退休、分流人员1400人。小学教职员工2000人；初中教职工1700人，高中教职工1100人，其他教育机构300人。`;
    assert.equal(messages(text, 'number-sum').length, 1);
  });
});

// made up: a county's plan of projects, two kinds after 其中, then each kind as a numbered paragraph
const plan = (count: string, amount: string): string =>
  [
    `县项目库编制项目40个150000万元，计划从项目库中抽取编制项目计划${count}，总投资${amount}。其中计划实施财政专项资金项目10个9000万元，计划实施地方政府债券资金项目3个，投资5000万元，具体情况如下：`,
    '',
    '（一）计划实施专项资金项目10个9000万元。',
    '',
    '1.产业类项目：7个，6000万元；',
    '',
    '2.基础设施类项目3个，3000万元。',
    '',
    '（二）计划实施地债资金项目3个5000万元，其中申请地债资金4000万元。',
    '',
  ].join('\n');

describe('numbered paragraphs after a 其中 sentence (post36b)', () => {
  it('is silent when the kinds add up to the total before 其中', () => {
    assert.deepEqual(messages(plan('13个', '14000万元'), 'number-sum'), []);
  });

  it('reports a total before 其中 smaller than the kinds it is split into', () => {
    assert.equal(messages(plan('13个', '13000万元'), 'number-sum').length, 1);
    assert.equal(messages(plan('12个', '14000万元'), 'number-sum').length, 1);
  });
});

// made up: a city's monthly form pasted one cell per line, its numbering row 甲 | 丙 | 1 | 2 | 3 (乙 left out)
const form = (change: string): string =>
  [
    '2020年社会服务统计月报表（5月份）',
    '指标名称 |',
    '单位 |',
    '数量 |',
    '上期 |',
    '环比 |',
    '甲 |',
    '丙 |',
    '1 |',
    '2 |',
    '3 |',
    '一、综合 |',
    '|',
    '|',
    '|',
    '|',
    '社会服务经费实际支出 |',
    '万元 |',
    '12,000.0 |',
    '10,000.0 |',
    `${change} |`,
    '城市最低生活保障 |',
    '万元 |',
    '1,100.0 |',
    '1,000.0 |',
    '10.00 |',
    '农村最低生活保障 |',
    '万元 |',
    '2,400.0 |',
    '2,000.0 |',
    '20.00 |',
    '',
  ].join('\n');

describe('a form’s numbering row with a stem left out (post36b)', () => {
  it('is silent when each 环比 is the change from 上期', () => {
    assert.deepEqual(findings(form('20.00'), 'table-change'), []);
  });

  it('reports a 环比 that is not the change from 上期', () => {
    assert.equal(findings(form('18.00'), 'table-change').length, 1);
  });
});

// made up: a county's 低保 over eleven months, person-months and the money paid
const shortfall = (average: string): string => `全年1-11月城市低保保障对象24000人次，发放保障金1500000元，人均月补差${average}，其中本级对象18000人次。`;

describe('人均月补差 over the person-months and the 保障金 paid (post36b)', () => {
  it('is silent when the average is the money over the person-months', () => {
    assert.deepEqual(findings(shortfall('62.5元'), 'number-ratio'), []);
  });

  it('reports an average that is not the money over the person-months', () => {
    assert.deepEqual(findings(shortfall('60.2元'), 'number-ratio'), ['60.2元']);
  });
});

// made up: a county's senior high schools, students, floor space and the space per student
const floor = (average: string): string => `三、全县普通高中学校3所（其中民办1所），学生人数6000人；校舍面积150000平方米；专任教师450人；生均校舍面积${average}。`;

describe('an average per student over the students counted (post36b)', () => {
  it('is silent when the average is the floor space over the students', () => {
    assert.deepEqual(findings(floor('25平方米'), 'number-ratio'), []);
  });

  it('reports an average that is not the floor space over the students', () => {
    assert.deepEqual(findings(floor('21.5平方米'), 'number-ratio'), ['21.5平方米']);
  });

  it('is silent when two counts of students could be the base', () => {
    const text = `全县初中在校生3000人，小学在校生5000人，校舍面积150000平方米，生均校舍面积18.5平方米。`;
    assert.deepEqual(findings(text, 'number-ratio'), []);
  });
});
