// Readings of restate50 (issue 12, round 50: restatements missed because a measure's name was cut wrong): 中 right after a
// count is a preposition, “among them”, not the first character of the next figure's name (复议案件977件中直接纠错236件);
// time words after a noun read from behind a count end that noun (37项民生工程上半年共完成…); a level's 定 before a count
// (省定33项民生工程) qualifies the noun after it; the figure a budget was adjusted from (总收入由A调整为B) is named by the
// words before 由; a department's grant from one budget (一般公共预算财政拨款收入, 一般公共预算拨款) is one item, and the one
// listed after 其中 under its income budget is all of it. Each case made up, each reported case failing without its reading
// and each silent case with its guard.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings } from './figure-findings';

describe('中 right after a count (restate50)', () => {
  const draft = (later: string): string =>
    `一、复议案件情况\n\n2025年，区政府共收到行政复议申请900件，较上年增加120件。受理860件，其中，决定维持320件，驳回申请96件。直接纠错${later}件，纠错率19.5%。\n\n二、纠错情况\n\n区政府审结的复议案件800件中直接纠错161件，纠错率约为20%。`;

  it('is “among them”: the name after it is the one stated alone, and the two are compared', () => {
    assert.deepEqual(figureFindings(draft('168')), ['number-conflict 161件']);
  });

  it('agrees with itself at the same value', () => {
    assert.deepEqual(figureFindings(draft('161')), []);
  });

  it('leaves a word of its own opening with 中 (中小企业): the name is not cut to 小企业', () => {
    const text = `一、企业情况\n\n2025年全县有工业企业560家中小企业从业人员3.2万人。\n\n二、从业人员\n\n2025年全县小企业从业人员2.1万人，大型企业从业人员1.1万人。`;
    assert.deepEqual(figureFindings(text), []);
  });
});

describe('time words after a noun read from behind a count (restate50)', () => {
  const draft = (later: string): string => `今年全县${later}项惠民工程上半年共完成投资额8.62亿元，占年度计划的61.5%。\n\n据悉，今年全县总共实施26项惠民工程，计划总投入超14亿元。`;

  it('end the noun: the count is of the same things as the count stated alone, and the two are compared', () => {
    assert.deepEqual(figureFindings(draft('28')), ['number-conflict 26项']);
  });

  it('agree with the same value', () => {
    assert.deepEqual(figureFindings(draft('26')), []);
  });
});

describe('a level’s 定 before a count (restate50)', () => {
  it('qualifies the noun after it: the province’s set is not all the county’s', () => {
    const text = `今年全县26项惠民工程上半年共完成投资额8.62亿元，占年度计划的61.5%。\n\n据悉，今年全县在省定22项惠民工程的基础上，增加安排4项县定惠民工程，总共实施26项惠民工程。`;
    assert.deepEqual(figureFindings(text), []);
  });
});

describe('a budget adjusted from the figure it was (restate50)', () => {
  const draft = (approved: string): string =>
    `一、预算调整依据\n\n2025年年初预算中，一般公共预算总收入为${approved}万元，政府性基金预算总收入为8600万元。\n\n二、调整方案\n\n经县人大常委会批准，2025年一般公共预算总收入由52000万元调整为55000万元，调增3000万元。`;

  it('names the figure before 调整为 by the words before 由: the budget approved, compared with it', () => {
    assert.deepEqual(figureFindings(draft('51000')), ['number-conflict 52000万元']);
  });

  it('agrees with the budget approved at the same value', () => {
    assert.deepEqual(figureFindings(draft('52000')), []);
  });
});

describe('a department’s grant from one budget (restate50)', () => {
  const draft = (opening: string, total: string, grant: string): string =>
    `一、部门基本情况\n\n（一）${opening}${total}万元，其中：一般公共预算拨款${grant}万元。收入较去年增加105.77万元。\n\n二、收支总体情况\n\n2025年一般公共预算财政拨款收入860.5万元，一般公共预算财政拨款支出860.5万元，比上年增加105.77万元。`;

  it('listed after 其中 under the income budget is the grant stated alone as 一般公共预算财政拨款收入', () => {
    assert.deepEqual(figureFindings(draft('收入预算：2025年年初预算数', '860.5', '850.5')), ['number-conflict 860.5万元']);
  });

  it('agrees with it at the same value', () => {
    assert.deepEqual(figureFindings(draft('收入预算：2025年年初预算数', '860.5', '860.5')), []);
  });

  // (silent without DEPARTMENT_BUDGET too, another guard stops it in this text: the condition is measured on the corpus)
  it('leaves a grant listed under another whole (项目支出预算): a part of that, not all the grant', () => {
    assert.deepEqual(figureFindings(draft('项目支出：2025年项目支出预算', '850.5', '850.5')), []);
  });
});
