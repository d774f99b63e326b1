// Readings of post40b (issue 12, round 40, heldout132–133: special equipment, market supervision, 低保): shares after
// 其中 that follow a list of counts without shares; sentences each opening with a label and a colon; a page's date run
// into its 来源： field; equipment on the register in use and stopped; a share of households after a pair of households
// and people. Each case made up, each silent case failing without its reading and each reported case with its guard.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings, findingTexts as findings } from './figure-findings';

// made up: a community's 低保 households by class, the first class's kinds listed after 其中 with no shares of their own
const classes = (b: string): string => `社区现有低保户200户。A类家庭40户，占低保户的20%，其中：单亲家庭10户20人、重病家庭12户30人，B类家庭160户，占低保户的${b}。`;

describe('a share after 其中 behind counts listed without shares (post40b)', () => {
  it('reads the share as the next class’s, a sibling, not a part of the share before 其中', () => {
    assert.deepEqual(figureFindings(classes('80%')), []);
  });

  it('still reports that share against its own count', () => {
    assert.deepEqual(findings(classes('85%'), 'number-ratio'), ['85%']);
  });

  it('adds up the shares after 其中 when each part states its own (one count before the first share)', () => {
    const text = '全年办复4299件，占91.4%，其中采纳落实的2089件，占48.6%；列入计划的1840件，占52.8%。';
    assert.deepEqual(findings(text, 'number-sum'), ['91.4%']);
  });
});

// made up: a county's special equipment, one sentence per kind, each opening with its label
const equipment = (second: string, lifts: string): string => `锅炉：5家共8台已注册登记，正常使用6台，停用2台。${second}：10家共${lifts}台已经注册登记，正常使用15台，停用5台。`;

describe('sentences each opening with a label and a colon (post40b)', () => {
  it('reads a measure under two labels as two kinds’, not one stated twice', () => {
    assert.deepEqual(figureFindings(equipment('电梯', '20')), []);
  });

  it('compares the measure under one label stated twice', () => {
    assert.deepEqual(findings(equipment('锅炉', '20'), 'number-conflict'), ['15台']);
  });
});

describe('equipment on the register, in use and stopped (post40b)', () => {
  it('is silent when the two add up to the register', () => {
    assert.deepEqual(findings(equipment('电梯', '20'), 'number-sum'), []);
    assert.deepEqual(findings('观光车：2家共9台已注册登记，正常使用7台，2台停用。', 'number-sum'), []);
  });

  it('reports a register the two do not add up to', () => {
    assert.deepEqual(findings(equipment('电梯', '21'), 'number-sum'), ['21台']);
    assert.deepEqual(findings('观光车：2家共9台已注册登记，正常使用8台，2台停用。', 'number-sum'), ['9台']);
  });

  it('leaves a count the page wrote with a space inside', () => {
    assert.deepEqual(findings('观光车：2家共3 6台已注册登记，正常使用34台，2台停用。', 'number-sum'), []);
  });
});

describe('a page’s date run into its 来源： field (post40b)', () => {
  it('is no date of the document', () => {
    const text = '某市2013年度市场主体发展情况分析报告2014年03月28日来源：某市工商局一、基本情况。全市市场主体884775户。';
    assert.deepEqual(findings(text, 'number-format'), []);
  });

  it('still reports a padded date the text itself writes', () => {
    const text = '某市2013年度市场主体发展情况分析报告2014年03月28日发布。全市市场主体884775户。';
    assert.deepEqual(findings(text, 'number-format'), ['2014年03月28日']);
  });
});

// made up: 低保 households by class, then the elderly among them as households and people
const elderly = (share: string): string =>
  '现有低保户218户。a类家庭65户，占低保户的29.8%；b类家庭42户，占低保户的19.3%；c类家庭111户，占低保户的50.9%；' + `60岁以上老人83户，122人，占低保户的${share}。`;

describe('a share of households after a pair of households and people (post40b)', () => {
  it('is silent when the share is of the households', () => {
    assert.deepEqual(figureFindings(elderly('38.1%')), []);
  });

  it('reports a share the households do not make', () => {
    assert.deepEqual(findings(elderly('38.6%'), 'number-ratio'), ['38.6%']);
  });
});

// made up: a city's market entities, split by industry and then by 圈层, each list with its shares of the whole
const circles = (shares: string): string =>
  '一、成都市市场主体基本情况（一）市场主体总量基本情况。1.登记总量。截止2013年末，成都市工商系统登记的各类市场主体实有户数为1000户，' +
  '比上年同期增长20.22%。2.注册资本（金）总量。截止2013年末，全市各类市场主体的注册资本（金）总额共计16424.44亿元，比上年同期增长' +
  '17.75%。3.产业分布情况。截止2013年末，分布在第一、二、三产业的各类市场主体户数分别是20户、80户、900户，分别比上年同期增长21.53%、' +
  '8.31%和21.38%，分别占总户数的2%、8%和90%。4.圈层分布情况。截止2013年末，分布在一、二、三圈层中的各类市场主体户数分别是485户、' +
  `300户、215户，分别比上年同期增长23.96%、17.28%和15.90%，分别占总户数的${shares}。`;

describe('parts that add up to the whole exactly, with shares adding up to 100% (post40b)', () => {
  it('reads the shares over that whole however many come out wrong', () => {
    assert.deepEqual(findings(circles('48.4%、30%和21.6%'), 'number-ratio'), ['48.4%', '21.6%']);
  });

  it('is silent when they hold', () => {
    assert.deepEqual(figureFindings(circles('48.5%、30%和21.5%')), []);
  });

  it('leaves shares that do not add up to 100% at the precision written, two of them wrong', () => {
    assert.deepEqual(findings(circles('48.4%、30.0%和21.4%'), 'number-ratio'), []);
  });

  it('takes shares for 100% within the precision written (30% may be 30.2%): the two wrong ones are reported', () => {
    assert.deepEqual(findings(circles('48.4%、30%和21.4%'), 'number-ratio'), ['48.4%', '21.4%']);
  });
});
