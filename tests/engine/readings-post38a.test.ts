// Readings of post38a (issue 12, round 38, heldout123: city services): a total split in its bracket whose later shares
// all come out over one of its parts; a rate of a step over the step stated with its own rate right before it; sentences
// opening each with a clause naming what they speak of; a water supplier's 产销差率 by its definition. Each case made up,
// each silent case failing without its reading and each reported case with its guard removed.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

const figureFindings = (text: string): string[] =>
  check(text)
    .findings.filter((f) => /^number-(?:sum|ratio|conflict)$/.test(f.rule))
    .map((f) => `${f.rule} ${text.slice(f.offset, f.endOffset)}`);

// made up: a hotline's month, its total split in a bracket, then the shares of “全市总立项数” over the cases received
const hotline = (districts: string, depts: string, rate: string): string =>
  `9月1日-9月30日，“12319”平台共接听群众来电5000个，总立项3000件（被动受理2400件，市级监督考评员上报600件），` +
  `公众举报问题已结办2280件，正在处理120件，结办率${rate}。 ` +
  `四个区的总立项数为1800件，占全市总立项数的${districts}。 十一个市职能部门的总立项数为480件，占全市总立项数的${depts}。 ` +
  `转其他部门的总立项数为120件，占全市总立项数的5.00%。`;

describe('shares of a total that all come out over one part of its bracket (post38a)', () => {
  it('is silent when the shares and the rate are of the cases received, not of the total', () => {
    assert.deepEqual(figureFindings(hotline('75.00%', '20.00%', '95.00%')), []);
  });

  it('reports a share that comes out over neither, against the part the others are of', () => {
    assert.deepEqual(findings(hotline('78.00%', '20.00%', '95.00%'), 'number-ratio'), ['78.00%']);
  });

  it('reads shares over the total as written when one of them comes out over it', () => {
    // (1800 ÷ 3000 = 60%: the total is a base the writer used, so nothing is rebound and 20% of it is reported)
    assert.deepEqual(findings(hotline('60.00%', '20.00%', '95.00%'), 'number-ratio'), ['95.00%', '20.00%', '5.00%']);
  });

  it('needs two percentages over one part: one alone is reported over the total', () => {
    const text = '全年总立项3000件（被动受理2400件，市级监督考评员上报600件）。 五个区的总立项数为1800件，占全市总立项数的75.00%。';
    assert.deepEqual(findings(text, 'number-ratio'), ['75.00%']);
  });
});

// made up: a hotline's month, the city's and the districts' platforms together, then the city's alone
const month = (districts: string, units: string): string =>
  `2019年3月，市、区12319平台共接听市民来电9000个，立案派遣各类城市管理问题5000件。市级12319平台接听市民来电6000个，` +
  `立案派遣各类城市管理问题4000件，其中立案派遣公众举报问题3900件、微信举报问题100件。\n\n` +
  `各区的立案总数为3600件，占当月立案总数的${districts}。其中甲区2000件，占55.56%；乙区1600件，占44.44%。\n\n` +
  `第一类8个市职能部门和责任单位的立案数为160件，占当月立案总数的${units}。`;

describe('shares of a whole named by the verb the cases are counted by (post38a)', () => {
  it('is silent when each share comes out over one of the counts 立案派遣… before', () => {
    assert.deepEqual(findings(month('90.00%', '4.00%'), 'number-ratio'), []);
    assert.deepEqual(findings(month('72.00%', '3.20%'), 'number-ratio'), []);
  });

  it('reports a share that comes out over none of them', () => {
    assert.deepEqual(findings(month('90.00%', '4.20%'), 'number-ratio'), ['4.20%']);
  });

  it('takes no part after 其中 for the whole', () => {
    // (160 ÷ 3900 = 4.10%: the reports of the hotline are a part of the city's cases, no whole of the units' share)
    assert.deepEqual(findings(month('90.00%', '4.10%'), 'number-ratio'), ['4.10%']);
  });
});

// made up: a digital city-management week, each step with its rate
const week = (dispatch: string): string => `本周全市共受理常规案件12000件，立案11000件，立案率91.67%；派遣10000件，派遣率${dispatch}；应结案9000件，结案8000件，结案率88.89%。`;

describe('a rate of a step over the step with its own rate before it (post38a)', () => {
  it('is silent when 派遣率 is of the cases filed (立案), not of all received', () => {
    assert.deepEqual(findings(week('90.91%'), 'number-ratio'), []);
  });

  it('is silent when it is of all received, as before', () => {
    assert.deepEqual(findings(week('83.33%'), 'number-ratio'), []);
  });

  it('reports a rate over neither', () => {
    assert.deepEqual(findings(week('95.91%'), 'number-ratio'), ['95.91%']);
  });
});

// made up: a city's parks, each sentence opening with the park and the work done there
const parks = (second: string): string =>
  `2009年，全市提档升级公园12个。人民公园提档升级，新植树木3200株。其中，乔木1200株，灌木2000株。` + `滨江游园全面提档改造，新增绿地600平方米，新植树木${second}。植物园提档升级，新植树木5400株。`;

describe('sentences each opening with what they speak of (post38a)', () => {
  it('is silent on one measure of three parks', () => {
    assert.deepEqual(findings(parks('25株'), 'number-conflict'), []);
  });

  it('still reports one measure given two values for the same park', () => {
    assert.deepEqual(findings(parks('25株').replace('滨江游园全面', '人民公园全面'), 'number-conflict'), ['25株']);
  });

  it('still reports openings that share no word of the work', () => {
    assert.deepEqual(findings(parks('25株').replace('全面提档改造', '全面改造'), 'number-conflict'), ['25株']);
  });

  it('still reports openings that link their sentence', () => {
    assert.deepEqual(findings(parks('25株').replace('人民公园提档升级', '同时提档升级').replace('滨江游园全面', '此外全面'), 'number-conflict'), ['25株', '5400株']);
  });
});

// made up: two water companies' nine months
const water = (rate: string): string =>
  `甲城供水有限公司累计实现供水量400.00万吨，同比增长5.2%；售水量340.00万吨，同比增长4.1%；产销差率为15.00%。\n\n` +
  `乙镇供水有限公司累计实现供水量200.00万吨，同比增长8.5%；售水量170.00万吨，同比增长6.3%；產銷差率${rate}，同比上升1.2个百分点。`;

describe('a water supplier’s 产销差率 by its definition (post38a)', () => {
  it('is silent when each rate is the water not sold over the water supplied', () => {
    assert.deepEqual(findings(water('15.00%'), 'number-ratio'), []);
  });

  it('reports a rate with its digits swapped', () => {
    assert.deepEqual(findings(water('10.50%'), 'number-ratio'), ['10.50%']);
  });

  it('reads nothing when a paragraph states two supplies', () => {
    const text = '供水量400.00万吨，其中城区供水量300.00万吨；售水量340.00万吨；产销差率为10.50%。';
    assert.deepEqual(findings(text, 'number-ratio'), []);
  });
});
