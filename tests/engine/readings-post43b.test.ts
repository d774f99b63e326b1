// Readings of post43b (issue 12, round 43, heldout146–148: geological hazard bulletins, audit reports, price monitoring,
// court and procuratorate figures): shares after 各占 naming a whole; a page's 添加时间 field; changes under two
// paragraphs' opening times; findings under two counts of audits; an audit's cut rate; a title stating the sum of the
// body's figures; kinds after 其中 adding up to the count 涉及 states; a level of before (节前的); 比重 alone after a part;
// a court's closing rate after the period counting the cases; the parts listed, together; a paragraph opening with the
// comparison. Each case made up, each silent case failing without its reading and each reported case with its guard.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings, findingTexts as findings } from './figure-findings';

describe('shares after 各占 naming a whole (post43b)', () => {
  const causes = (first: string): string =>
    `全省共发生地质灾害359起，其中滑坡301处、崩塌31起、地面塌陷20起、泥石流7条，直接经济损失1367.92万元。灾害规模除2起为中型外，其余均为小型；由自然、人为因素引发的分别为321处、38处，各占总数${first}、11%。`;

  it('pairs them with the figures before, in order', () => {
    assert.deepEqual(figureFindings(causes('89%')), []);
  });

  it('reports shares that add up to more than the whole', () => {
    assert.deepEqual(figureFindings(causes('94%')), ['number-ratio 11%']);
  });
});

describe('a page’s 添加时间 field (post43b)', () => {
  it('is the page’s date, not the document’s', () => {
    assert.deepEqual(findings('某部发布上半年地质灾害灾情\n\n文章来源：某部\n\n添加时间：2021年08月21日\n\n近日，某部发布上半年灾情。', 'number-format'), []);
  });

  it('still reads a date in the text', () => {
    assert.deepEqual(findings('某部发布上半年地质灾害灾情\n\n会议于2021年08月21日召开。', 'number-format'), ['2021年08月21日']);
  });
});

describe('changes under two paragraphs’ opening times (post43b)', () => {
  const report = (second: string): string =>
    `1-5月，全国共发生地质灾害726起，直接经济损失9225.1万元。与上年同期相比，地质灾害发生数量增加6.5%。\n\n${second}，全国共发生地质灾害427起，直接经济损失5688.9万元。与上年同期相比，地质灾害发生数量增加25.2%。`;

  it('are two periods’ changes', () => {
    assert.deepEqual(findings(report('5月'), 'number-conflict'), []);
  });

  it('still compares a change under one time written twice', () => {
    assert.ok(findings(report('1-5月'), 'number-conflict').includes('25.2%'));
  });
});

describe('findings under two counts of audits (post43b)', () => {
  const audits = (second: string): string =>
    `1至7月份，审计部门审计了95个部门和单位的预算执行情况，共查出违规行为金额15.5亿元，决定处理处罚金额1.2亿元。\n\n1至7月，${second}，查出违规行为金额5.36亿元，其中，主管责任5.23亿元，直接责任1261万元。`;

  it('are each kind of audit’s own', () => {
    assert.deepEqual(findings(audits('全市审计机关完成领导干部任期经济责任审计133项'), 'number-conflict'), []);
  });

  it('still compares findings of one kind of audit', () => {
    assert.deepEqual(findings(audits('审计部门审计了95个部门和单位的预算执行情况'), 'number-conflict'), ['5.36亿元']);
  });
});

describe('an audit’s cut rate (post43b)', () => {
  const cut = (rate: string): string => `完成工程结算审计项目1004个，审定金额70.23亿元，净核减7.33亿元，平均核减率${rate}。`;

  it('is the cut over what was approved and cut together', () => {
    assert.deepEqual(figureFindings(cut('9.45%')), []);
  });

  it('reports a rate neither base gives', () => {
    assert.deepEqual(figureFindings(cut('12.45%')), ['number-ratio 12.45%']);
  });
});

describe('a title stating the sum of the body’s figures (post43b)', () => {
  const news = (title: string): string =>
    `某市：2015年审计核减工程项目投资${title}\n\n共完成政府投资项目审计1087项，其中竣工决算审计69项，审计投资总额34.82亿元，核减金额0.60亿元；完成工程结算审计项目1004个，审定金额70.23亿元，净核减7.33亿元。`;

  it('is their total, which the body leaves unsaid', () => {
    assert.deepEqual(findings(news('7.93亿元'), 'number-conflict'), []);
  });

  it('still reports a title the figures do not add up to', () => {
    assert.deepEqual(findings(news('7.14亿元'), 'number-conflict'), ['7.14亿元']);
  });
});

describe('kinds after 其中 adding up to the count 涉及 states (post43b)', () => {
  const spots = (last: string): string => `2015年下发矿产卫片疑似违法图斑87个，其中无证开采60个，越界开采23个，以采代探8个，擅自改变开采矿种${last}，涉及疑似违法图斑95宗。`;

  it('overlap: each within the total is what holds', () => {
    assert.deepEqual(figureFindings(spots('4个')), []);
  });

  it('still reports kinds that add up to neither', () => {
    assert.deepEqual(figureFindings(spots('5个')), ['number-sum 87个']);
  });
});

describe('a level of before, …前的, right before the difference (post43b)', () => {
  const eggs = (fall: string): string => `目前鸡蛋市场价格3.60元/500克，节前的3.90元下降了0.30元，降幅为${fall}。`;

  it('is the level the difference runs from', () => {
    assert.deepEqual(figureFindings(eggs('7.69%')), []);
  });

  it('reports a fall that does not follow', () => {
    assert.deepEqual(figureFindings(eggs('8.69%')), ['number-ratio 8.69%']);
  });

  it('is not a level of now (目前的), whose fall is from the level and the difference together', () => {
    assert.deepEqual(figureFindings('上周鸡蛋市场价格3.90元/500克，目前的3.60元下降了0.30元，降幅为8.33%。'), ['number-ratio 8.33%']);
  });
});

describe('比重 alone after a part (post43b)', () => {
  const investment = (share: string): string => `1—8月，全乡完成固定资产投资20593万元，其中：产业项目投资4412万元，比重达${share}。`;

  it('is the part’s share of the whole before 其中', () => {
    assert.deepEqual(figureFindings(investment('21.42%')), []);
  });

  it('reports a share the figures do not give', () => {
    assert.deepEqual(figureFindings(investment('23.23%')), ['number-ratio 23.23%']);
  });
});

describe('a court’s closing rate after the period counting the cases (post43b)', () => {
  const court = (rate: string): string => `上半年，某法院新收案件103件，旧存案件3件，共审理各类案件106件。已审结72件，未结34件，结案率为${rate}；执行案件结案率为80.6%。`;

  it('is of the new and the old cases together', () => {
    assert.deepEqual(figureFindings(court('67.92%')), []);
  });

  it('reports a rate they do not give, not a kind’s', () => {
    assert.deepEqual(figureFindings(court('69.6%')), ['number-ratio 69.6%']);
  });
});

describe('the parts just listed, together (post43b)', () => {
  const crimes = (together: string): string =>
    `共批准逮捕各类犯罪3702件5022人。\n\n批捕案件较多的罪名：盗窃罪859人，占批捕总人数的17.1%；诈骗罪629人，占批捕总人数的12.5%；寻衅滋事罪501人，占批捕总人数的10%；交通肇事罪333人，占批捕总人数的6.6%；故意伤害罪278人，占批捕总人数的5.5%。上述五个罪名合占批捕总人数的${together}。`;

  it('are the share their counts’ sum gives', () => {
    assert.deepEqual(figureFindings(crimes('51.8%')), []);
  });

  it('report the sum of the rounded shares', () => {
    assert.deepEqual(figureFindings(crimes('51.7%')), ['number-ratio 51.7%']);
  });
});

describe('a paragraph opening with the comparison (post43b)', () => {
  const hazards = (fall: string): string =>
    `今年1至7月，我省共发生各类地质灾害176起，直接经济损失3738万元；各地成功避让地质灾害15起，紧急转移442人。\n\n与去年同期相比，今年我省地质灾害起数减少1503起，减幅为${fall}。`;

  it('compares the levels of the paragraph before, the one named most alike', () => {
    assert.deepEqual(figureFindings(hazards('89.52%')), []);
  });

  it('reports a fall that does not follow', () => {
    assert.deepEqual(figureFindings(hazards('97.98%')), ['number-ratio 97.98%']);
  });
});

describe('the bracketed part of each figure of a sum (post43b)', () => {
  const land = (total: string): string =>
    `2014年疑似违法用地共211宗地，面积11734.40亩（耕地${total}），其中合法用地74宗，面积5922.93亩（耕地334.28亩），违法用地137宗，面积5811.47亩（耕地318.11亩）。`;

  it('adds up as the figures do', () => {
    assert.deepEqual(figureFindings(land('652.39亩')), []);
  });

  it('reports a bracketed total its parts do not make', () => {
    assert.deepEqual(figureFindings(land('587.15亩')), ['number-sum 587.15亩']);
  });
});

describe('a court’s caseload after its new and old cases (post43b)', () => {
  const court = (total: string): string => `上半年，某法院新收案件103件，旧存案件3件，共审理各类案件${total}。`;

  it('is the two together', () => {
    assert.deepEqual(figureFindings(court('106件')), []);
  });

  it('reports a caseload they do not make', () => {
    assert.deepEqual(figureFindings(court('95件')), ['number-sum 95件']);
  });
});
