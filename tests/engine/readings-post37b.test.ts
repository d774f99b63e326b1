// Readings of post37b (issue 12, round 37): a date a count is brought up to (到1985年止) between two counts of one
// paragraph makes them two dates' counts; a partner inside a measure's name (对东盟进出口) narrows it; parts after 其中
// that all name a measure the figure before 其中 does not are parts of the last figure that does; persons counted as 人
// add into a total counted in 名. Each case made up, each reported case failing without its reading.

import assert from 'node:assert/strict';
import { findingMessages, findingTexts } from './figure-findings';

const findings = findingTexts;
const messages = findingMessages;

// made up: a county chronicle counting the same groups at a census and at a later date
const chronicle = (cutOff: string): string =>
  `据1982年普查登记，全县现役军人家属520户，1800人。伤残军人42人，复员军人410人，退伍军人1500人。经过几年的工作，${cutOff}全县有军属760户，3900人。伤残军人51人，复员军人395人，退伍军人2700人。`;

describe('a date a count is brought up to, between two counts (post37b)', () => {
  it('is silent on the counts before and after 到1990年止', () => {
    assert.deepEqual(findings(chronicle('到1990年止，'), 'number-conflict'), []);
    assert.deepEqual(findings(chronicle('截至1990年底，'), 'number-conflict'), []);
  });

  it('compares the counts when no date stands between them', () => {
    assert.ok(findings(chronicle(''), 'number-conflict').length > 0);
  });

  it('compares the counts across the end of a span of years, which dates nothing (review)', () => {
    assert.ok(findings(chronicle('1983年至1990年，'), 'number-conflict').length > 0);
    assert.ok(findings(chronicle('1983至1990年，'), 'number-conflict').length > 0);
  });
});

// made up: a city's private firms' trade in a quarter, then their trade with one partner
const partner = (second: string): string =>
  `一季度，全市外资企业进出口120.5亿元，同比增长5%。其中，出口80.3亿元；进口40.2亿元。\n\n一季度，全市外资企业${second}，占同期全市外资企业进出口总值的25.1%。`;

describe('a partner inside a measure’s name (post37b)', () => {
  it('is silent on the trade with 欧盟 beside all the trade', () => {
    assert.deepEqual(findings(partner('对欧盟进出口30.2亿元'), 'number-conflict'), []);
  });

  it('compares the trade named alike, 对外 naming all of it', () => {
    assert.deepEqual(findings(partner('进出口30.2亿元'), 'number-conflict'), ['30.2亿元']);
    assert.deepEqual(findings(partner('对外进出口30.2亿元'), 'number-conflict'), ['30.2亿元']);
  });
});

// made up: a province's state firms' profits, the net profit stated between the total and its breakdown (on a page
// served in traditional characters, as the wire copies of such reports often are)
const profits = (a: string, b: string): string =>
  `1至6月，全省國有企業累計實現利潤總額500.0億元，同比增長10.2%。全省國有企業累計實現凈利潤380.0億元。其中，中央企業累計實現${a}，同比增長8.1%；地方國有企業累計實現${b}，同比增長12.5%。`;

describe('parts after 其中 named by another measure than the figure before it (post37b)', () => {
  it('is silent when the parts add up to the 利潤總額 they name', () => {
    assert.deepEqual(messages(profits('利潤總額320.0億元', '利潤總額180.0億元'), 'number-sum'), []);
  });

  it('leaves parts that make no figure so named with the figure before 其中', () => {
    assert.deepEqual(findings(profits('利潤總額320.0億元', '利潤總額170.0億元'), 'number-sum'), ['380.0億元']);
  });

  it('keeps parts named by the figure’s own measure with it', () => {
    assert.deepEqual(findings(profits('凈利潤250.0億元', '凈利潤140.0億元'), 'number-sum'), ['380.0億元']);
  });
});

// made up: a city's half-year payments to those it cares for, persons and money in columns
const payments = (wounded: string): string =>
  `截至目前，全市将上半年抚恤补助金发放到80名重点优抚对象手中，共发放抚恤补助资金39万元。其中：老复员军人11人，共发放7万元；三属人员8人，共发放6万元；伤残军人${wounded}，共计发放22万元；两参人员9人，共计发放3万元。`;

describe('persons counted as 人 added into a total counted in 名 (post37b)', () => {
  it('is silent when the persons stay within the 80名', () => {
    assert.deepEqual(messages(payments('30人'), 'number-sum'), []);
  });

  it('reports persons past the 80名', () => {
    assert.deepEqual(findings(payments('70人'), 'number-sum'), ['80名']);
  });
});
