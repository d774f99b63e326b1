// Readings of tabrestate50 (issue 12, round 50: table restatements that went unchecked): a growth written right after a
// level the text restates from a table row (受理2100件，同比上升5.0%) is that row's growth. Each case made up in the way
// the real text writes it, each reported case failing without its reading and each silent case with its guard.

import assert from 'node:assert/strict';
import { findingTexts } from './figure-findings';

describe('a growth right after a level restated from a row (tabrestate50)', () => {
  const complaints = (sentence: string): string =>
    `一、平台受理情况\n\n2023年，某区12315平台共接收投诉2400件，${sentence}。\n\n表1 2023年投诉处理情况\n\n类型 | 2023年（件） | 2022年（件） | 增幅（%）\n投诉 | 2400 | 2300 | ↑4.35%\n受理量 | 2100 | 2000 | ↑5.00%\n办结量 | 1900 | 1850 | ↑2.70%\n`;

  it('is silent where the growth is the row’s', () => {
    assert.deepEqual(findingTexts(complaints('受理2100件，同比上升5.0%'), 'table-restatement'), []);
  });

  it('reports a growth that differs from the row’s growth cell', () => {
    assert.deepEqual(findingTexts(complaints('受理2100件，同比上升8.0%'), 'table-restatement'), ['8.0%']);
  });

  it('leaves a change on the month before (环比)', () => {
    assert.deepEqual(findingTexts(complaints('受理2100件，环比上升8.0%'), 'table-restatement'), []);
  });

  it('leaves a growth after a level no row restates', () => {
    assert.deepEqual(findingTexts(complaints('处理2150件，同比上升8.0%'), 'table-restatement'), []);
  });

  it('leaves a change of another measure written after the level (受理率上升)', () => {
    assert.deepEqual(findingTexts(complaints('受理2100件，受理率上升8.0%'), 'table-restatement'), []);
  });
});
