// Readings of shares40 (issue 12, round 40): shares that were not read. An item named with its count in brackets right
// before 占 (公安局（11件）占7.86%); respective shares of a count and its amount whose words name one whole, of the pair
// stated together before them (吸纳技术合同8024项，成交额428.4亿元). Each case made up, each silent case failing without its
// guard and each reported case without its reading.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings, findingTexts as findings } from './figure-findings';

// made up: a hotline's month, the cases of the first class of departments, then each department's count in brackets
const departments = (police: string, parks: string): string =>
  `第一类8个市职能部门的立案数为200件，占当月立案总数的4.00%。其中，住建局（90件）是本月受理量最多的部门，占第一类的45.00%，` +
  `公安局（40件）占${police}，城管局（30件）占15.00%，园林局（20件）占${parks}、交通局（20件）占10.00%。`;

describe('an item named with its count in brackets right before 占 (shares40)', () => {
  it('is silent when each bracketed count over the level before 其中 gives its share', () => {
    assert.deepEqual(figureFindings(departments('20.00%', '10.00%')), []);
  });

  it('reports a share that the bracketed count does not give', () => {
    assert.deepEqual(findings(departments('25.00%', '10.00%'), 'number-ratio'), ['25.00%']);
    // (园林局（20件）占…、交通局: a share listed after 、 reads so too)
    assert.deepEqual(findings(departments('20.00%', '15.00%'), 'number-ratio'), ['15.00%']);
  });

  it('takes no bracket that glosses a figure with words as the part', () => {
    // (公安局（含派出所）占25.00%: no count in the bracket, nothing read as the part; silent)
    const text = '第一类8个市职能部门的立案数为200件。其中，住建局90件，公安局（含派出所）占25.00%。';
    assert.deepEqual(figureFindings(text), []);
  });

  it('needs 占 right after the bracket', () => {
    // (公安局（40件）同比增长25.00%: a change, not a share; silent)
    const text = '第一类8个市职能部门的立案数为200件。其中，住建局（90件）占45.00%，公安局（40件）同比增长25.00%。';
    assert.deepEqual(figureFindings(text), []);
  });
});

// made up: a province's technology contracts, those taken in and given out, then the share of each from outside
const contracts = (count: string, amount: string): string =>
  `1—6月份，全省技术合同成交总额600亿元。其中，吸纳技术合同8000项，成交额400亿元、同比增长30%。` +
  `吸纳技术合同中，省外合同2000项，成交额200亿元，分别占全部吸纳技术合同的${count}和${amount}。\n\n` +
  `1—6月份，全省输出技术合同6000项，成交额300亿元、同比增长10%。其中输出到省内技术合同4500项，成交额150亿元，分别占全部输出技术合同的75%和50%。`;

describe('respective shares of a count and its amount, of the pair named before them (shares40)', () => {
  it('is silent when the count and the amount each give their share of the pair', () => {
    assert.deepEqual(figureFindings(contracts('25%', '50%')), []);
  });

  it('reports a share that its part of the pair does not give', () => {
    assert.deepEqual(findings(contracts('25%', '55%'), 'number-ratio'), ['55%']);
    assert.deepEqual(findings(contracts('30%', '50%'), 'number-ratio'), ['30%']);
  });

  it('takes the pair the words name by its very name, not another pair sharing its head noun', () => {
    // (全部输出技术合同: 6000项 and 300亿元, not 吸纳技术合同's 8000项 and 400亿元)
    const text = contracts('25%', '50%').replace('分别占全部输出技术合同的75%和50%', '分别占全部输出技术合同的56.25%和37.5%');
    assert.deepEqual(findings(text, 'number-ratio'), ['56.25%', '37.5%']);
  });

  it('is silent when two pairs fit and the words name neither', () => {
    const text = `甲市签约项目50个，投资额100亿元。乙市签约项目40个，投资额80亿元。` + `其中，工业项目20个，投资额40亿元，分别占全省总量的45%和45%。`;
    assert.deepEqual(figureFindings(text), []);
  });
});

// made up: a month of a market regulator's platform, then the problems complained about most, each with its count
const complaints = (together: string, opener = '从投诉问题来看'): string =>
  `2024年5月，全市12315平台共接收投诉800件，受理600件，按期办结率100%。\n\n` +
  `（一）${opener}，投诉受理量较大的问题主要有：质量（150件）、售后服务（120件）、服装、鞋帽（90件）食品安全（60件），合计占比${together}。`;

describe('the counts in brackets under a lead naming what is counted, together (shares40)', () => {
  it('is silent when the counts together give their share of the one figure the lead names', () => {
    // (150 + 120 + 90 + 60 = 420 of the 600 受理: 70%)
    assert.deepEqual(figureFindings(complaints('70%')), []);
  });

  it('reports a share the counts together do not give', () => {
    assert.deepEqual(findings(complaints('75%'), 'number-ratio'), ['75%']);
  });

  it('is silent when the sentence opens with a kind of what is counted (the kind’s own whole is not stated)', () => {
    assert.deepEqual(figureFindings(complaints('75%', '从商品投诉来看')), []);
  });

  it('is silent when what the lead names has two values before', () => {
    const text = complaints('75%').replace('受理600件', '受理600件；4月受理500件');
    assert.deepEqual(figureFindings(text), []);
  });
});

// made up: a province's telecom revenue, then one business's revenue and its share written 在…中占比
const telecom = (share: string, subject = ''): string =>
  `1-4月，全省电信业务收入完成400亿元，同比增长3.3%。基础电信企业完成${subject}互联网宽带接入业务收入60亿元，同比增长8.5%，` + `在电信业务收入中占比为${share}。`;

describe('a share whose whole is named by 在…中 before 占比 (shares40)', () => {
  it('is silent when the amount before gives its share of the whole 在…中 names', () => {
    assert.deepEqual(figureFindings(telecom('15%')), []);
  });

  it('reports a share the amount does not give', () => {
    assert.deepEqual(findings(telecom('18%'), 'number-ratio'), ['18%']);
  });

  it('reads the subject before 在 as the part', () => {
    // (民营经济在GDP中的占比为: the part is the figure 民营经济 names, the whole the product)
    const text = '全县地区生产总值200亿元，增长5%。民营经济增加值90亿元，同比增长6%，民营经济在GDP中的占比为50%。';
    assert.deepEqual(findings(text, 'number-ratio'), ['50%']);
    assert.deepEqual(figureFindings(text.replace('50%', '45%')), []);
  });
});
