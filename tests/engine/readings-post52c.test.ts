// Readings of post52c (issue 12, round 52): the items of a budget report. A change against the base its 比 names, year
// and measure (比2023年预算执行数减少20.00%), the base being the one figure of that name and year earlier in the paragraph;
// an item's budget of a year stated as 年度预算 and again as 预算安排. Each case made up, each silent case failing without
// its guard and each reported case without its reading.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings } from './figure-findings';

describe('a budget item’s change against the base its 比 names (post52c)', () => {
  const item = (rate: string, verb = '减少', year = '2023年'): string =>
    `“农林水支出（类）-水利（款）-防汛（项）”2024年度预算60万元，2023年度预算70万元，主要用于：防汛物资储备。2023年当年预算执行数为80万元，2024年预算安排60万元，比${year}预算执行数${verb}${rate}%。主要原因是：物资储备已基本完成。`;

  it('reads the change of the budget arranged against the outturn the comparison names', () => {
    assert.deepEqual(figureFindings(item('25.00')), []);
  });

  it('reports a change that is not the arranged budget against the named base', () => {
    assert.deepEqual(figureFindings(item('20.00')), ['number-ratio 20.00%']);
  });

  it('reads a year written without 年 in the comparison (比2023预算执行数)', () => {
    assert.deepEqual(figureFindings(item('25.00', '减少', '2023')), []);
    assert.deepEqual(figureFindings(item('20.00', '减少', '2023')), ['number-ratio 20.00%']);
  });

  it('reads a rise as the budget over the base', () => {
    const rise = (rate: string): string =>
      `“教育支出（类）-普通教育（款）-小学教育（项）”2024年度预算12.60万元，2023年度预算11.00万元，主要用于：课后服务补助。2023年当年预算执行数为10.50万元，2024年预算安排12.60万元，比2023年预算执行数增加${rate}%。`;
    assert.deepEqual(figureFindings(rise('20.00')), []);
    assert.deepEqual(figureFindings(rise('26.00')), ['number-ratio 26.00%']);
  });

  it('leaves the change alone when no figure of the paragraph names the base’s year', () => {
    const text = item('20.00').replace('2023年当年预算执行数为80万元', '2022年当年预算执行数为80万元');
    assert.deepEqual(figureFindings(text), []);
  });

  it('leaves the change alone when two figures name the base', () => {
    const text = item('20.00').replace('2023年当年预算执行数为80万元', '调整前2023年预算执行数为80万元，调整后2023年预算执行数为75万元');
    assert.deepEqual(figureFindings(text), []);
  });
});

describe('a budget item’s budget of a year stated as 年度预算 and as 预算安排 (post52c)', () => {
  const item = (arranged: string): string =>
    `“城乡社区支出（类）-城乡社区管理事务（款）-城管执法（项）”2024年度预算36.40万元，2023年度预算30.00万元，主要用于：执法装备购置。2023年当年预算执行数为28.00万元，2024年预算安排${arranged}万元。主要原因是：装备更新。`;

  it('reads the two names of the year’s budget as one amount', () => {
    assert.deepEqual(figureFindings(item('36.40')), []);
  });

  it('reports the budget arranged when it is not the year’s budget stated first', () => {
    assert.deepEqual(figureFindings(item('34.60')), ['number-conflict 34.60万元']);
  });

  it('reads a year written without 年 before 预算安排 (2024预算安排)', () => {
    assert.deepEqual(figureFindings(item('34.60').replace('2024年预算安排', '2024预算安排')), ['number-conflict 34.60万元']);
  });

  it('leaves a budget arranged for the very year it is compared with alone: the year is a slip', () => {
    const slip = `“城乡社区支出（类）-城乡社区管理事务（款）-城管执法（项）”2024年度预算36.40万元，2023年度预算30.00万元，主要用于：执法装备购置。2023年当年预算执行数为28.00万元，2023年预算安排36.40万元，比2023年预算执行数增加30.00%。`;
    assert.deepEqual(figureFindings(slip), []);
  });
});
