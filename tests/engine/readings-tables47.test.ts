// Readings of tables47 (issue 12, round 47: table totals and restatements that went unchecked): a monthly report's
// heading of a group per month to come (3月末 | 比年初增减额 | 4月末 | 比年初增减额 | 5月末 | 比年初增减额) over rows
// that fill the months so far, the empty groups no cells the copy lost; a difference from the start of the year
// (比年初增减额) from a level no column holds, not between two month columns; and a stock at the year's end
// (年末全市金融机构存款余额) restating the one 12月末 column of a table of a level and its change since the start of the
// year. Each case made up in the way the real text writes it, each reported case failing without its reading and each
// silent case with its guard.

import assert from 'node:assert/strict';
import { findingTexts } from './figure-findings';

describe('a monthly report’s heading of a group per month to come (tables47)', () => {
  const months = '6月末 | 比年初增减额 | 7月末 | 比年初增减额 | 8月末 | 比年初增减额';
  const finance = (deposits: string, heading = months): string =>
    `金 融\n单位：亿元\n指 标 | ${heading}\n各项存款余额 | ${deposits} | 40.0 | 1520.0 | 60.0\n住户存款 | 900.0 | 30.0 | 905.0 | 35.0\n非金融企业存款 | 600.0 | 10.0 | 615.0 | 25.0\n各项贷款余额 | 800.0 | 50.0 | 830.0 | 80.0\n住户贷款 | 300.0 | 20.0 | 310.0 | 30.0\n企业贷款 | 500.0 | 30.0 | 520.0 | 50.0\n`;

  it('is silent where the rows make up their totals, each difference from the start of the year', () => {
    assert.deepEqual(findingTexts(finance('1500.0'), 'table-sum'), []);
    assert.deepEqual(findingTexts(finance('1500.0'), 'table-change'), []);
  });

  it('reports a total cut below its rows in the months so far', () => {
    assert.deepEqual(findingTexts(finance('1400.0'), 'table-sum'), ['1400.0']);
  });

  it('reads no heading whose groups differ', () => {
    assert.deepEqual(findingTexts(finance('1400.0', '6月末 | 比年初增减额 | 7月末 | 同比增长（%） | 8月末 | 比年初增减额'), 'table-sum'), []);
  });
});

describe('a stock at the year’s end and the 12月末 column (tables47)', () => {
  const yearEnd = (prose: string): string =>
    `${prose}，比年初增加150亿元。\n\n2023年末全市金融机构存贷\n\n单位：亿元\n\n指 标 | 12月末 | 比年初增加额\n金融机构存款余额 | 1200.5 | 150.0\n#单位存款 | 500.0 | 60.0\n个人存款 | 690.0 | 85.0\n`;

  it('is silent where the text restates the cell', () => {
    assert.deepEqual(findingTexts(yearEnd('年末全市金融机构存款余额1200.5亿元'), 'table-restatement'), []);
  });

  it('reports a year-end stock that differs from the 12月末 cell', () => {
    assert.deepEqual(findingTexts(yearEnd('年末全市金融机构存款余额1250.5亿元'), 'table-restatement'), ['1200.5']);
  });

  it('leaves a stock that names no year’s end', () => {
    assert.deepEqual(findingTexts(yearEnd('全市金融机构存款余额1250.5亿元'), 'table-restatement'), []);
  });
});
