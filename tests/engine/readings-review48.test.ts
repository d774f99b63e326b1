// Readings touched by the review that opened round 48 (issue 12): an outturn opening its sentence after an adjusted
// budget is read where budgets and outturns are read (relations/budgetActuals.ts), with 完成 alone too, and keeps the
// name it gives itself. Each case made up.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings } from './figure-findings';

describe('an outturn opening its sentence with 完成 after an adjusted budget (review48)', () => {
  const adjusted = (rate: string): string => `县人大常委会审查批准调整全县一般公共预算收入为400000万元。2024年全县一般公共预算收入完成404000万元，为调整预算的${rate}%，同比增长2%。`;

  it('reads the outturn over the adjusted budget', () => {
    assert.deepEqual(figureFindings(adjusted('101')), []);
  });

  it('reports a percentage that is not the outturn over the adjusted budget', () => {
    assert.deepEqual(figureFindings(adjusted('103')), ['number-ratio 103%']);
  });

  it('keeps the name the outturn gives itself: its part’s share is of it', () => {
    assert.deepEqual(figureFindings(adjusted('101').replace('同比增长2%。', '同比增长2%；其中税收收入完成202000万元，占一般公共预算收入的55%。')), ['number-ratio 55%']);
  });

  it('leaves a sentence of 完成 after a budget that was not adjusted', () => {
    assert.deepEqual(figureFindings(`县人大批准全县一般公共预算收入为400000万元。2024年全县一般公共预算收入完成404000万元，为调整预算的103%。`), []);
  });
});
