// Readings of rates45 (issue 12, round 45: the rate, points and times mutants the engine missed): an amount each with
// its count and total (每人1500元，共计4.05万元); a closing rate over a count dealt with in other words (已处理, 解决); growths
// compared by points with one whole whose growth the draft does not state. Each case made up, each silent case failing
// without its reading's guard and each reported case without its reading.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings, findingMessages } from './figure-findings';

describe('an amount each with its count and total (rates45)', () => {
  const aid = (total: string): string => `2024年残疾中职学生资助35人，每人1200元，共计${total}万元。`;

  it('is the total over the count', () => {
    assert.deepEqual(figureFindings(aid('4.2')), []);
  });

  it('reports a total that is not the count times the amount each', () => {
    assert.deepEqual(figureFindings(aid('4.8')), ['number-ratio 1200元']);
  });

  const perMu = (total: string): string => `今年新增果园面积400亩。按每亩6000元计算，新增挂果面积400亩合计增加${total}万元。`;

  it('reads the amount each before its count, in a clause 按…计算', () => {
    assert.deepEqual(figureFindings(perMu('240')), []);
    assert.deepEqual(figureFindings(perMu('260')), ['number-ratio 6000元']);
  });

  it('reads the measure word after the unit (元/亩)', () => {
    const text = (total: string): string => `其中中央财政抚育资金兑现3500亩，补贴标准为20元/亩，共计兑现金额${total}元。`;
    assert.deepEqual(figureFindings(text('70000')), []);
    assert.deepEqual(figureFindings(text('75000')), ['number-ratio 20元']);
  });

  it('is silent when the amount is per a time as well (每人每月)', () => {
    assert.deepEqual(figureFindings('全县享受高龄补贴老年人4200名，每人每月500元，共发放资金420万元。'), []);
  });

  it('is silent when another amount each stands before it in its period (the total may be of both groups)', () => {
    assert.deepEqual(figureFindings('其中，就读高等院校25名，包括一般对象5名，每名助学金3000元；帮扶对象20名，每名助学金5000元，计11.5万元。'), []);
  });
});

describe('a closing rate over a count dealt with in other words (rates45)', () => {
  const handled = (rate: string): string => `今年以来，共受理消费者投诉举报2400件，已处理2376件，办结率达${rate}。`;

  it('is what was dealt with over what came in', () => {
    assert.deepEqual(figureFindings(handled('99%')), []);
  });

  it('reports a rate that does not fit', () => {
    assert.deepEqual(figureFindings(handled('94%')), ['number-ratio 94%']);
  });

  it('reads 解决 before 结案率', () => {
    const solved = (rate: string): string => `全市消委会共受理消费者投诉1600件，解决1592件，结案率${rate}。`;
    assert.deepEqual(figureFindings(solved('99.5%')), []);
    assert.deepEqual(figureFindings(solved('95.5%')), ['number-ratio 95.5%']);
  });

  it('is silent after a larger count the received one may be part of', () => {
    assert.deepEqual(figureFindings('本月共接到来电5000件，其中受理投诉3000件，已处理2000件，办结率达80%。'), []);
  });
});

describe('growths compared by points with one whole not stated (rates45)', () => {
  const loans = (points: string): string =>
    `一季度末，全省工业贷款余额3000亿元，同比增长18.5%，增速高于同期各项贷款6.3个百分点。\n\n一季度末，全省普惠小微贷款余额2000亿元，同比增长21.2%，增速高出同期各项贷款增速${points}个百分点。`;

  it('give one growth of the whole', () => {
    assert.deepEqual(figureFindings(loans('9')), []);
  });

  it('reports a comparison that gives another', () => {
    assert.deepEqual(figureFindings(loans('7')), ['number-ratio 7个百分点']);
  });

  it('reports the one comparison the others disagree with, even when it comes first', () => {
    const text = (first: string): string =>
      `一季度末，全省工业贷款余额3000亿元，同比增长18.5%，增速高于同期各项贷款${first}个百分点。\n\n一季度末，全省普惠小微贷款余额2000亿元，同比增长21.2%，增速高出同期各项贷款增速9个百分点。\n\n一季度末，全省涉农贷款余额5000亿元，同比增长14.7%，增速高于同期各项贷款2.5个百分点。`;
    assert.deepEqual(figureFindings(text('6.3')), []);
    assert.deepEqual(figureFindings(text('5.3')), ['number-ratio 5.3个百分点']);
    const [message] = findingMessages(text('5.3'), 'number-ratio');
    assert.match(message ?? '', /^与“各项贷款”比较的几处推出的整体增速不一致：18\.5% − 5\.3个百分点 = 13\.2%，而21\.2% − 9个百分点 = 12\.2%，相差1个百分点/);
  });

  it('is silent for a whole named by a place alone (the growth of its 增加值 by industry is not one)', () => {
    const text = '上半年，全区第三产业增加值146.8亿元，增长4.6%，比全市高0.1个百分点。\n\n上半年，全区规上工业增加值增长6.8%，增速比全市高3.3个百分点。';
    assert.deepEqual(figureFindings(text), []);
  });
});

describe('a change of a percentage written with % (rates45)', () => {
  const mediation = (change: string): string => `今年第一季度人民法庭调撤率达58.5%，比去年同期42.3%上升了${change}%。`;

  it('is the difference in points (or the change in percent)', () => {
    assert.deepEqual(figureFindings(mediation('16.2')), []);
    assert.deepEqual(figureFindings(mediation('38.3')), []);
  });

  it('reports a change that is neither', () => {
    assert.deepEqual(figureFindings(mediation('21.2')), ['number-ratio 21.2%']);
  });

  it('is silent when the first percentage is a change itself (同比增长)', () => {
    assert.deepEqual(figureFindings('全县工业产值同比增长15.5%，比去年同期10.2%提高3.1%。'), []);
  });
});

describe('an amount each after another with its own total (rates45)', () => {
  const paid = (second: string): string => `其中中央资金兑现3500亩，补贴标准为20元/亩，共计兑现金额70000元；自治区资金兑现3500亩，补贴标准为20元/亩，共计兑现金额${second}元。`;

  it('is read as well', () => {
    assert.deepEqual(figureFindings(paid('70000')), []);
    assert.deepEqual(figureFindings(paid('75000')), ['number-ratio 20元']);
  });
});
