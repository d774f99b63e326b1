// Readings of post46a (issue 12, round 46, heldout161: budget execution and final-accounts reports of cities): a budget
// the congress approved and its outturn after ，实际完成 (the outturn is the whole of 税收 and 非税, the income or spending
// of the balance, the numerator of 为年初预算的); a budget named 收入预算 is no whole of a share; the shares of a list
// under one level of government (市直) are of that level's whole; a budget said to agree with the one filed and its
// outturn are two figures; a divisor that may be 0 within the precision written; 一般 and 专项 bonds are two kinds; a
// balance after another balance. Each case made up, each silent case failing without its reading and each reported
// case with its guard.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings } from './figure-findings';

describe('a budget and its outturn after ，实际完成 (post46a)', () => {
  const revenue = (done: string, rate: string): string =>
    `县十七届人民代表大会第三次会议批准的全县2024年一般公共预算收入为31.20亿元，实际完成${done}亿元，为年初预算的${rate}%。其中：税收收入完成20.11亿元，非税收入完成12.35亿元。`;

  it('the outturn is the whole of 税收 and 非税, and of the completion of the budget', () => {
    assert.deepEqual(figureFindings(revenue('32.46', '104.0')), []);
  });

  it('reports an outturn that is not 税收 and 非税 together', () => {
    assert.deepEqual(figureFindings(revenue('33.46', '107.2')), ['number-sum 33.46亿元']);
  });

  it('reports a completion of the budget that does not hold', () => {
    assert.deepEqual(figureFindings(revenue('32.46', '109.0')), ['number-ratio 109.0%']);
  });

  // (the review: the parts named without 完成 are a 其中 list, whose total is the outturn too, not the budget before it)
  const listed = (tax: string): string => `市人代会批准的全市2025年一般公共预算收入为53.03亿元，实际完成53.68亿元，为年初预算的101.2%。其中，税收收入${tax}亿元，非税收入24.16亿元。`;

  it('a 其中 list after the outturn breaks down the outturn, not the budget', () => {
    assert.deepEqual(figureFindings(listed('29.52')), []);
  });

  it('reports a 其中 list that does not make up the outturn', () => {
    assert.deepEqual(figureFindings(listed('39.52')), ['number-sum 53.68亿元']);
  });

  const fund = (balance: string): string =>
    `县人民代表大会批准的全县2024年社会保险基金收入预算为41.20亿元，实际完成42.37亿元，增长4.3%。支出预算为40.10亿元，实际完成39.85亿元，增长3.1%。当年收支结余${balance}亿元，年末滚存结余25.94亿元。`;

  it('the balance is the outturns’, not the budgets’', () => {
    assert.deepEqual(figureFindings(fund('2.52')), []);
  });

  it('reports a balance that is not the outturns’ difference', () => {
    assert.deepEqual(figureFindings(fund('3.52')), ['number-sum 3.52亿元']);
  });

  it('a balance of all the years after the year’s, written with a minus, is not the year’s', () => {
    assert.deepEqual(
      figureFindings(
        '市级社会保险基金预算收入年初预算458920万元，实际完成514253万元，为预算的112.1%。支出预算460063万元，实际完成531219万元，为预算的115.5%。年度收支结余-16966万元，年末滚存结余206604万元。',
      ),
      [],
    );
  });
});

describe('a budget named 收入预算 (post46a)', () => {
  const shares = (tax: string): string =>
    `年初各级人代会批准的全市一般公共收入预算合计140.4亿元，调整后全市收入预算为139.5亿元，实际完成收入140.9亿元。其中：税收收入完成100.2亿元，占一般公共收入的比重为${tax}%；非税收入完成40.7亿元，占一般公共收入的比重为28.9%。`;

  it('is no whole of the shares of the revenue', () => {
    assert.deepEqual(figureFindings(shares('71.1')), []);
  });

  it('still reports a share of the outturn that does not hold', () => {
    assert.deepEqual(figureFindings(shares('72.1')), ['number-ratio 72.1%']);
  });
});

describe('the shares of a list under one level of government (post46a)', () => {
  const report = (first: string): string =>
    `2025年全市一般公共预算收入完成213.5亿元，全市一般公共预算支出完成352亿元。\n\n2025年市直一般公共预算支出完成1072133万元，为预算数的89%。\n\n1. 社会保障类支出264248万元，占一般公共预算支出比重${first}%。\n\n2. 社会事业发展类支出113411万元，占一般公共预算支出比重10.58%。`;

  it('are of that level’s whole', () => {
    assert.deepEqual(figureFindings(report('24.65')), []);
  });

  it('still reports a share of the level’s whole that does not hold', () => {
    assert.deepEqual(figureFindings(report('25.65')), ['number-ratio 25.65%']);
  });
});

describe('a budget said to agree with the one filed (post46a)', () => {
  it('and its outturn are two figures', () => {
    assert.deepEqual(figureFindings('2018年市本级一般公共预算收入为277800万元，与备案预算一致。\n\n2018年市本级一般公共预算收入完成279196万元，同比增长4.07%。'), []);
  });

  const completed = (rate: string): string => `2018年市本级一般公共预算收入为277800万元，与备案预算一致。\n\n2018年市本级一般公共预算收入完成279196万元，为预算的${rate}%，同比增长4.07%。`;

  it('is the budget the outturn is a completion of', () => {
    assert.deepEqual(figureFindings(completed('100.5')), []);
  });

  it('reports a completion of that budget that does not hold', () => {
    assert.deepEqual(figureFindings(completed('95.5')), ['number-ratio 95.5%']);
  });

  it('without those words, one measure stated twice', () => {
    assert.deepEqual(figureFindings('2018年市本级一般公共预算收入为277800万元。\n\n2018年市本级一般公共预算收入完成279196万元，同比增长4.07%。'), ['number-conflict 279196万元']);
  });
});

describe('a divisor that may be 0 within the precision written (post46a)', () => {
  it('is no ground for a finding', () => {
    assert.deepEqual(figureFindings('全县国有资本经营预算收入为2.05亿元，实际完成0.1亿元，比上年增加0.06亿元，增长129%。'), []);
  });

  it('still reports a rate whose divisor is clear of 0', () => {
    assert.deepEqual(figureFindings('全县国有资本经营预算收入为2.05亿元，实际完成1.1亿元，比上年增加0.06亿元，增长129%。'), ['number-ratio 129%']);
  });
});

describe('general and special bonds (post46a)', () => {
  const bonds = (second: string): string =>
    `转贷市级政府债券共计79242万元，其中：再融资债券14128万元，新增债券65114万元（新增一般债券32556万元，新增专项债券32558万元）。新增一般债券32556万元，主要用于学校建设。${second}32558万元，主要用于医院建设。`;

  it('are two kinds, not one stated twice', () => {
    assert.deepEqual(figureFindings(bonds('新增专项债券')), []);
  });

  it('still reports one kind stated with two values', () => {
    assert.deepEqual(figureFindings(bonds('新增一般债券')), ['number-conflict 32558万元']);
  });
});

describe('a statement of account giving both totals in one period (post46a)', () => {
  const account = (out: string, transfer: string): string =>
    `全县一般公共预算收支平衡情况：全县一般公共预算收入53.68亿元，上级补助收入128亿元，债务转贷收入20.75亿元，上年结转收入95.89亿元，总收入298.32亿元；一般公共预算支出174.24亿元，上解上级支出${transfer}亿元，债务还本支出21.98亿元，结转下年支出88.82亿元，总支出${out}亿元。`;

  it('the spendings after the income total add up to theirs', () => {
    assert.deepEqual(figureFindings(account('298.32', '13.28')), []);
  });

  it('reports a spending total that is not its items’ sum', () => {
    assert.deepEqual(figureFindings(account('288.32', '13.28')), ['number-sum 288.32亿元']);
  });

  it('is silent when an item is written with a minus', () => {
    assert.deepEqual(figureFindings(account('271.76', '-13.28')), []);
  });
});

describe('a budget adjusted (post46a)', () => {
  const adjusted = (after: string): string => `年初各级人代会批准的2019年全市一般公共收入预算合计140.4亿元，执行中经市人大常委会批准，市级收入预算调减8365万元，调整后全市收入预算为${after}亿元。`;

  it('the adjustment is the one budget less the other', () => {
    assert.deepEqual(figureFindings(adjusted('139.5')), []);
  });

  it('reports an adjustment that is not the difference', () => {
    assert.deepEqual(figureFindings(adjusted('138.5')), ['number-ratio 8365万元']);
  });
});
