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

describe('the rows under a rate row, the rates of its parts (tables47)', () => {
  const insurance = (life: string, lifeName = '#寿险'): string =>
    `历年保险业主要指标\n单位：万元、%\n\n| 指标 | 2023年 | 2022年 | 2021年 | 2020年 |\n| --- | --- | --- | --- | --- |\n| 保费收入 | 267975 | 243275 | 222820 | 201880 |\n| #寿险 | 187545 | 165930 | 147942 | 133673 |\n| 财险 | 80430 | 77345 | 74878 | 68207 |\n| 赔款支出 | 88164 | 83020 | 73142 | 62002 |\n| #寿险 | 5197 | 5428 | 4567 | 4202 |\n| 财险 | 82967 | 77592 | 68575 | 57800 |\n| 赔款率 | 32.9 | 34.1 | 32.8 | 30.7 |\n| ${lifeName} | ${life} | 3.3 | 3.1 | 3.1 |\n| 财险 | 103.2 | 100.3 | 91.6 | 84.7 |\n`;

  it('is silent where each part’s rate is its claims over its premiums', () => {
    assert.deepEqual(findingTexts(insurance('2.8'), 'table-rate'), []);
  });

  it('reports a part’s rate that is not its claims over its premiums', () => {
    assert.deepEqual(findingTexts(insurance('3.8'), 'table-rate'), ['3.8']);
  });

  it('reads no part whose name the rows above do not have', () => {
    assert.deepEqual(findingTexts(insurance('3.8', '#人身险'), 'table-rate'), []);
  });
});

describe('the shares of a whole the text states before the table (tables47)', () => {
  const complaints = (whole: string, share: string): string =>
    `2023年第二季度我局共受理投诉案件620件。在各类投诉中，商品投诉${whole}件，占65.8%；服务投诉212件，占34.2%。\n\n投诉商品类排名情况列表\n\n| 投诉类别 | 投诉数量（件） | 比例（%） |\n| --- | --- | --- |\n| 日用百货 | 82 | 20.1 |\n| 家用电器 | 71 | ${share} |\n| 交通工具 | 45 | 11.0 |\n| 通讯产品 | 33 | 8.1 |\n`;

  it('is silent where each row’s share is its count over the whole', () => {
    assert.deepEqual(findingTexts(complaints('408', '17.4'), 'table-share'), []);
  });

  it('reports a row whose share is not its count over the whole the other rows bear out', () => {
    assert.deepEqual(findingTexts(complaints('408', '19.4'), 'table-share'), ['19.4']);
  });

  it('reads no whole the rows do not bear out', () => {
    assert.deepEqual(findingTexts(complaints('400', '19.4'), 'table-share'), []);
  });
});
