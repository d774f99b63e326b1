// Readings of tabrestate50 (issue 12, round 50: table restatements that went unchecked): a growth written right after a
// level the text restates from a table row (受理2100件，同比上升5.0%) is that row's growth; a table of one row of figures
// (数量 | 820 | 310 | 95 under 咨询 | 投诉 | 举报) is that row, its columns named by the text alone and read in one unit.
// Each case made up in the way the real text writes it, each reported case failing without its reading and each silent
// case with its guard.

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

describe('a table of one row of figures, its columns naming what is counted (tabrestate50)', () => {
  const oneRow = (counts: string, rows = ''): string =>
    `2024年3月，某县12315平台共接收消费者咨询投诉举报1225件。其中，投诉310件，同比下降5.2%；举报95件，同比上升3.1%；咨询820件，同比下降1.4%。\n\n表一：3月份消费者咨询投诉举报情况表\n\n2024年3月份 | 咨询 | 投诉 | 举报 | 总接收量\n数量 | ${counts} | 1225\n${rows}`;

  it('is silent where the text restates the row', () => {
    assert.deepEqual(findingTexts(oneRow('820 | 310 | 95'), 'table-restatement'), []);
  });

  it('reports a cell of the row that differs from the text', () => {
    assert.deepEqual(findingTexts(oneRow('820 | 279 | 95'), 'table-restatement'), ['279']);
  });

  it('reads no one row named for a thing of its own', () => {
    assert.deepEqual(findingTexts(oneRow('820 | 279 | 95').replace('数量 |', '来电 |'), 'table-restatement'), []);
  });

  it('reads no row of a table of two rows of figures', () => {
    assert.deepEqual(findingTexts(oneRow('820 | 279 | 95', '上月数量 | 800 | 300 | 90 | 1190\n'), 'table-restatement'), []);
  });
});

describe('the items of a budget’s balance named without 支出 or with 上年 (tabrestate50)', () => {
  const balance = (prose: string, carried = '30500', onward = '52000'): string =>
    `（一）一般公共预算\n\n${prose}\n\n2023年全区一般公共预算收支平衡表\n单位：万元\n收入 | 执行数\n总计 | 402500\n一、本级收入 | 182000\n二、转移性收入 | 190000\n上年结转 | ${carried}\n\n2023年全区一般公共预算收支平衡表（支出）\n单位：万元\n支出 | 执行数\n总计 | 402500\n一、本级支出 | 330500\n上解支出 | 20000\n结转下年支出 | ${onward}\n`;

  it('is silent where the text restates the items', () => {
    assert.deepEqual(findingTexts(balance('加上转移性收入19亿元、上年结转3.05亿元后，收入总计40.25亿元；减去上解支出2亿元，以及结转下年5.2亿元后，支出总计40.25亿元。'), 'table-restatement'), []);
  });

  it('reports a carry-over from last year that differs from the 上年结转 row', () => {
    assert.deepEqual(findingTexts(balance('加上转移性收入19亿元、上年结转3.05亿元后，收入总计40.25亿元。', '27450'), 'table-restatement'), ['27450']);
  });

  it('reports a carry-over to next year that differs from the 结转下年支出 row', () => {
    assert.deepEqual(findingTexts(balance('减去上解支出2亿元，以及结转下年5.2亿元后，支出总计40.25亿元。', '30500', '46800'), 'table-restatement'), ['46800']);
  });

  it('leaves an item the tables have with 收入 and with 支出', () => {
    const both = balance('减去上解支出2亿元，以及结转下年5.2亿元后，支出总计40.25亿元。', '30500', '46800').replace('上年结转 | 30500', '结转下年收入 | 30500');
    assert.deepEqual(findingTexts(both, 'table-restatement'), []);
  });

  it('leaves a carry-over named by a year that is not 上年', () => {
    assert.deepEqual(findingTexts(balance('2022年结转3.05亿元。', '27450'), 'table-restatement'), []);
  });
});
