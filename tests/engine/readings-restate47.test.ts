// Readings of restate47 (issue 12, round 47: restatements missed in budget and final-accounts reports): an account of
// the budget listed after 其中 in its balance is that account, as stated alone; the outturn after an account's plan
// (…收入为53.03亿元，实际完成53.68亿元) is that account; a level of government the subject names is no further
// qualifier. Each case made up, each reported case failing without its reading and each silent case with its guard.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings, findingMessages } from './figure-findings';

describe('an account listed after 其中 in the balance of its budget (restate47)', () => {
  const balance = (part: string, total: string): string =>
    `（一）全市财政决算情况\n\n1.一般公共预算收支情况\n\n2025年全市一般公共预算收入58.3亿元，同比增长3.2%。\n\n全市一般公共预算收支平衡情况：总收入${total}亿元，其中：${part}，上级补助收入120.2亿元，债务转贷收入40亿元，上年结余42亿元。`;

  it('is the account stated alone, compared with it', () => {
    assert.deepEqual(figureFindings(balance('一般公共预算收入58.3亿元', '260.5')), []);
  });

  it('reports the account stated with another value in the balance', () => {
    assert.deepEqual(figureFindings(balance('一般公共预算收入58.6亿元', '260.8')), ['number-conflict 58.6亿元']);
  });

  it('names the account in the message, not the total and the account', () => {
    const [message] = findingMessages(balance('一般公共预算收入58.6亿元', '260.8'), 'number-conflict');
    assert.match(message!, /“一般公共预算收入”此处为58.6亿元/);
  });

  it('leaves a part that is no account of the budget (税收收入 under 总收入)', () => {
    const text = `2025年全市税收收入38.3亿元，同比增长3.2%。\n\n全市一般公共预算收支平衡情况：总收入240.5亿元，其中：税收收入38.6亿元，上级补助收入120.2亿元，债务转贷收入40亿元，上年结余41.7亿元。`;
    assert.deepEqual(figureFindings(text), []);
  });

  it('leaves an account after 其中 under a total that is not the balance (上级补助收入)', () => {
    const text = `2025年全市一般公共预算收入58.3亿元，同比增长3.2%。上级补助收入120.2亿元，其中：一般公共预算收入30.5亿元，政府性基金收入89.7亿元。`;
    assert.deepEqual(figureFindings(text), []);
  });
});

describe('the outturn after the plan of a budget account (restate47)', () => {
  const outturn = (plan: string, actual: string, balance: string): string =>
    `关于某市2025年财政决算的报告\n\n1.全市一般公共预算收支情况\n\n市十七届人民代表大会第四次会议批准的全市2025年${plan}为53.03亿元，实际完成${actual}亿元，比上年同期增加3.64亿元。\n\n全市一般公共预算收支平衡情况：全市一般公共预算收入${balance}亿元，上级补助收入128亿元，债务转贷收入20.75亿元。`;

  it('is that account, as the balance states it', () => {
    assert.deepEqual(figureFindings(outturn('一般公共预算收入', '53.68', '53.68')), []);
  });

  it('reports the balance stating another value', () => {
    assert.deepEqual(figureFindings(outturn('一般公共预算收入', '53.68', '53.86')), ['number-conflict 53.86亿元']);
  });

  it('leaves the outturn of a plan that names no account (支出预算为…，实际完成…)', () => {
    assert.deepEqual(figureFindings(outturn('支出预算', '53.68', '53.86')), []);
  });
});

describe('a level of government the subject already names (restate47)', () => {
  const cityLevel = (level: string, spent: string): string =>
    `（二）市本级财政决算情况\n\n1.一般公共预算收支情况\n\n${level}一般公共预算支出75.7亿元，为调整预算的77.9%。\n\n市本级一般公共预算收支平衡情况：总支出${(Number(spent) + 24.8).toFixed(1)}亿元，其中：一般公共预算支出${spent}亿元，补助下级支出24.8亿元。`;

  it('is no qualifier of its own: the two statements are one measure', () => {
    assert.deepEqual(figureFindings(cityLevel('市本级', '75.7')), []);
  });

  it('reports the balance stating another value', () => {
    assert.deepEqual(figureFindings(cityLevel('市本级', '75.9')), ['number-conflict 75.9亿元']);
  });

  it('leaves another level than the subject’s (县级 under 市本级)', () => {
    assert.deepEqual(figureFindings(cityLevel('县级', '75.9')), []);
  });
});
