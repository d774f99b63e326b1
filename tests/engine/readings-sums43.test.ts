// Readings of sums43 (issue 12, round 43: sums whose parts stand on the lines after their total, or before it): numbered
// items with long names; an item broken down by an unnumbered 其中 paragraph before the next item; unnumbered paragraphs
// closed by the rest (其他机构); a share of a plan (占年度计划) beside the lead's total; a count of items (两项合计) after the
// parts it adds up, and 合計 in 繁體. Each case made up, each reported case failing without its reading, each silent case
// with its guard.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings } from './figure-findings';

// made up: a county charity's income, one numbered paragraph per source, the second named at length
const charity = (total: string): string =>
  `（一）全年慈善资金收入${total}万元。其中：\n\n1.机关企事业单位“慈善一日捐”募集资金220万元；\n\n2.某某集团（某地）造船有限公司、某某港口开发有限公司定向捐赠350万元；\n\n3.乡镇慈善分会和联络站募集资金130万元；\n\n4.县财政资助100万元。`;

describe('numbered items with long names (sums43)', () => {
  it('keeps a long-named item in its list: silent when the items add up', () => {
    assert.deepEqual(figureFindings(charity('800')), []);
  });

  it('reports a total the items exceed', () => {
    assert.deepEqual(figureFindings(charity('700')), ['number-sum 700万元']);
  });

  it('still reads no paragraph named at length without a number as an item', () => {
    const text = `（一）全年慈善资金收入700万元。其中：\n\n机关企事业单位“慈善一日捐”募集资金220万元；\n\n某某集团（某地）造船有限公司、某某港口开发有限公司定向捐赠350万元；\n\n县财政资助230万元。`;
    assert.deepEqual(figureFindings(text), []);
  });
});

// made up: a county's student aid, the second item broken down after 其中 on the lines below it
const aid = (total: string): string =>
  `2025年秋季学期共发放资助金${total}万元，具体如下：\n\n一、学前教育资助17.5万元；\n\n二、义务教育生活补助430.5万元；\n\n其中：寄宿生生活补助343.5万元；\n\n困境儿童生活补助87万元；\n\n三、普通高中助学金237万元。`;

describe('an item broken down by an unnumbered 其中 paragraph (sums43)', () => {
  it('passes over the breakdown to the next item: silent when the items add up', () => {
    assert.deepEqual(figureFindings(aid('685')), []);
  });

  it('reports a total the items do not add up to', () => {
    assert.deepEqual(figureFindings(aid('615')), ['number-sum 615万元']);
  });

  it('still reads no unnumbered paragraph between items that does not open with 其中', () => {
    const text = `2025年秋季学期共发放资助金615万元，具体如下：\n\n一、学前教育资助17.5万元；\n\n二、义务教育生活补助430.5万元；\n\n另安排结余资金50万元；\n\n三、普通高中助学金237万元。`;
    assert.deepEqual(figureFindings(text), []);
  });
});

// made up: a month's visits to medical institutions, one paragraph per kind, the rest last
const visits = (total: string, last: string): string =>
  `2017年11月份，全国医疗卫生机构诊疗人次${total}亿人次，同比提高4.2%。\n\n医院2.9亿人次，同比提高6.7%。\n\n基层医疗卫生机构诊疗人次为3.8亿人次，同比提高2.3%。\n\n${last}0.3亿人次。`;

describe('unnumbered paragraphs closed by the rest (sums43)', () => {
  it('reads the paragraphs as all of the total: silent when they add up', () => {
    assert.deepEqual(figureFindings(visits('7.0', '其他机构')), []);
  });

  it('reports a total the paragraphs do not add up to', () => {
    assert.deepEqual(figureFindings(visits('6.2', '其他机构')), ['number-sum 6.2亿人次']);
  });

  it('still reads no list whose last paragraph does not name the rest', () => {
    assert.deepEqual(figureFindings(visits('6.2', '民营机构')), []);
  });
});

// made up: a township's revenue, its parts in the numbered paragraphs below, the total's completion of the budget beside it
const revenue = (share: string): string => `1.全镇一般公共预算总收入完成17600万元，${share}94.59%。\n\n(1)上级补助收入及镇级非税收入18754万元；\n\n(2)上年结转收入805万元；`;

describe('a share of a plan beside the lead’s total (sums43)', () => {
  it('does not stop the list: a part over the total is reported', () => {
    assert.deepEqual(figureFindings(revenue('占年初预算的')), ['number-sum 17600万元']);
  });

  it('still stops the list after a share of a whole', () => {
    assert.deepEqual(figureFindings(revenue('占全县收入的')), []);
  });
});

describe('a count of items after the parts it adds up (sums43)', () => {
  const complaints = (count: string, total: string): string =>
    `6月，12315指挥中心收到12345热线转办消费者咨询投诉举报2625件，全国12315平台受理消费者投诉举报1717件，${count}合计共受理消费者咨询投诉举报${total}件，为消费者挽回经济损失20万元。`;

  it('reads the two parts before 两项合计 however they are named: silent when they add up', () => {
    assert.deepEqual(figureFindings(complaints('两项', '4342')), []);
  });

  it('reports a total the two parts do not add up to', () => {
    assert.deepEqual(figureFindings(complaints('两项', '3908')), ['number-sum 3908件']);
  });

  it('still reads no parts named otherwise without a count', () => {
    assert.deepEqual(figureFindings(complaints('', '3908')), []);
  });

  it('reads 合計 on a page in 繁體', () => {
    const text = (total: string): string => `全市共發放創業擔保貸款6.47億元，正在審批貸款額度2.24億元，合計${total}億元，完成目標任務的87%。`;
    assert.deepEqual(figureFindings(text('8.71')), []);
    assert.deepEqual(figureFindings(text('7.84')), ['number-sum 7.84億元']);
  });
});
