// Readings of round 23 (issue 12, first run of heldout59–60): the writing says which figures are a total and its
// parts, and which two statements are one measure.

import { findingAt, noFindingAt, reports, silent } from './figure-findings';

describe('readings of round 23, post23a (issue 12, first-run false alarms)', () => {
  it('reads the kinds of one sort in a bracket, named alone in a sibling’s bracket, as part of the total only', () => {
    const text = (n: string): string => `全镇共有执业（助理）医师860人。其中，执业医师620人（全科14人）、执业助理240人（乡村全科${n}人、执助全科6人）。`;
    silent(text('95'));
    // the sort’s kinds still cannot exceed the total
    reports(text('295'), 'number-sum', '比总数240人还多');
    // without the sibling naming the sort alone, the bracket is a breakdown of the total and adds up exactly
    reports('全镇争取补助资金9.80亿元（一般性转移支付7.20亿元、专项转移支付2.30亿元）。', 'number-sum', '括号内所列各项应正好加总为总数');
  });

  it('ends a list after 其中 at an item opened by 含: it is inside the item before it', () => {
    const text = (n: string): string => `全镇医疗卫生机构共有在岗职工1460人，其中卫生技术人员${n}人，含执业（助理）医师410人、注册护士450人。`;
    silent(text('1120'));
    // the item before it is still a part of the total
    reports(text('1520'), 'number-sum', '比总数1460人还多');
  });

  it('takes no level of an earlier list that a ； ended as the total of a later list', () => {
    const text = (a: string): string =>
      '中职国家助学金资助2400人次，发放资金240万元，其中春季学期资助1100人，资助金额110万元，秋季学期资助1300人次，资助金额130万元；' +
      `中职免学费3600人次，发放资金${a}万元，其中春季学期资助1700人次，资助金额250万元，秋季学期资助1900人次，资助金额290万元。`;
    silent(text('540'));
    // the later list’s own totals are checked against its pieces
    reports(text('520'), 'number-sum', '540万元');
  });

  it('reads a level opening a list joined by 、 as every item’s: 全国级 and 自治区级 honours are two measures', () => {
    const text = '全区现有全国级文明校园2所、消防安全示范校1所、篮球特色学校6所；自治区级党建工作示范校3所、消防安全示范校5所、家庭教育示范校9所。';
    noFindingAt(text, '消防安全示范校5所');
    silent(text);
    // one level named twice is one measure
    findingAt('全区现有全国级文明校园2所、消防安全示范校1所。全区现有全国级文明校园2所、消防安全示范校3所。', '消防安全示范校3所');
  });

  it('reads two medical-insurance funds’ paragraphs apart: a balance of the residents’ fund is not the employees’', () => {
    const employees = '上半年，全市职工医保基金收入14.10亿元，支出12.30亿元。季末职工医保基金累计结存40.20亿元。';
    silent(`${employees}\n\n上半年，全市居民医保基金收入10.60亿元，支出8.80亿元；季末累计结存13.70亿元。`);
    // within one fund's paragraphs the balance is one measure
    reports(`${employees}\n\n上半年，全市职工医保基金结余1.80亿元；季末职工医保基金累计结存41.20亿元。`, 'number-conflict');
  });
});
