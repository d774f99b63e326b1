// Readings of tables45 (issue 12, round 45: table totals that went unchecked): a # row with an unmarked row indented
// deeper under it, the two making up their row in every column (寿险 + 财险 = 保费收入), read as one list of the row, not
// the second as a part of the first; and a # row under its row in a yearbook table whose line of column names was
// lost, read as at most its row in each column of whole counts (a rate row among them); a price list pasted one cell
// per line whose rows open with several cells of words (品名 / 规格 / 单位). Each case made up, each reported case
// failing without its reading and each silent case with its guard.

import assert from 'node:assert/strict';
import { findingTexts } from './figure-findings';

describe('a # row and a deeper row that make up their row everywhere (tables45)', () => {
  const premiums = (whole: string, second: string): string =>
    `表1 分县区保险业主要指标\n\n单位：万元\n\n  全  市 甲区 乙县 丙县 丁县\n  保费收入 3150 ${whole} 900 450 300\n    #寿险 2010 1000 600 250 160\n      ${second}\n  赔款支出 1200 600 360 140 100\n`;

  it('is silent where the list makes up its row', () => {
    assert.deepEqual(findingTexts(premiums('1500', '财险 1140 500 300 200 140'), 'table-sum'), []);
  });

  it('reports a row cut below its list (both rows of it)', () => {
    assert.ok(findingTexts(premiums('1350', '财险 1140 500 300 200 140'), 'table-sum').includes('1350'));
  });

  it('leaves a deeper row that does not make up the row a part of the # row', () => {
    const own = `表1 分县区保险业主要指标\n\n单位：万元\n\n  全  市 甲区 乙县 丙县 丁县\n  保费收入 2600 1300 650 380 270\n    #寿险 2010 1000 600 250 160\n      健康险 570 250 150 100 70\n  赔款支出 1200 600 360 140 100\n`;
    assert.deepEqual(findingTexts(own, 'table-sum'), []);
  });
});

describe('a # row under its row in columns without names (tables45)', () => {
  const security = (county: string, rate: string): string =>
    `表2 社会保障和就业情况\n\n                （2023年）\n\n           全市   甲县 乙县 丙县\n城乡居民养老保险参保人数 （人） 13920 ${county} 2506 5090 4000\n  #城镇 （人） 2164 633 448 583 500\n失业保险参保人数 （人） 8501 2601 700 3200 2000\n城镇登记失业人数 （人） 2363 595 265 903 600\n${rate}\n`;

  it('is silent where the # row is within its row', () => {
    assert.deepEqual(findingTexts(security('2324', '城镇登记失业率 (%) 2.49 2.48 2.46 2.57 2.51'), 'table-sum'), []);
  });

  it('reports a row smaller than its # row', () => {
    assert.ok(findingTexts(security('600', '城镇登记失业率 (%) 2.49 2.48 2.46 2.57 2.51'), 'table-sum').includes('600'));
  });

  it('reads no column whose decimals are not in a rate row', () => {
    assert.ok(!findingTexts(security('600', '城镇登记失业金 （万元） 2.49 2.48 2.46 2.57 2.51'), 'table-sum').includes('600'));
  });
});

describe('a price list one cell per line, its rows opening with words (tables45)', () => {
  const cells = (rows: readonly string[]): string => rows.map((c) => `${c} |`).join('\n');
  const prices = (change: string): string =>
    `一、主副食品零售价格\n\n主副食品价格2升1降。\n\n${cells(['品名', '规格', '单位', '上月同期', '本月均价', '环比±%', '菜籽油', '散装', '元/500克', '10.5', '10.8', '+2.9%', '调和油', '一级桶装，当地主销品牌', '元/5升', '68', '70', change, '仔猪', '中等（收购价）', '元/500克', '14', '12.6', '-10%', '生猪', '中等（收购价）', '元/500克', '8.8', '8', '-9.1%', '玉米', '中等，饲料用（批发价）', '元/500克', '3.1', '3', '-3.2%'])}\n\n二、蔬菜类价格\n`;

  it('is silent where each change fits its prices', () => {
    assert.deepEqual(findingTexts(prices('+2.9%'), 'table-change'), []);
  });

  it('reports a change that does not fit its prices', () => {
    assert.deepEqual(findingTexts(prices('+7.9%'), 'table-change'), ['+7.9%']);
  });

  it('reads no row whose words stand where the first row has figures', () => {
    const broken = prices('+7.9%').replace('10.5 |', '约 |');
    assert.deepEqual(findingTexts(broken, 'table-change'), []);
  });
});

describe('sub-items that make up their part exactly, read first as its 其中 list (tables45)', () => {
  const crops = (beans: string): string =>
    `12-14  主要农作物种植结构\n单位：%  \n     1995 2000 2004 2005\n             \n 农作物总播种面积 100.00 100.00 100.00 100.00\n   粮食作物 73.43 69.39 66.17 67.07\n     谷物 59.59 54.55 51.68 52.66\n     豆类 ${beans} 8.10 8.34 8.30\n      #大豆 5.42 5.95 6.24 6.17\n       杂豆 2.07 2.15 2.09 2.13\n     薯类 6.35 6.74 6.16 6.11\n   油料作物 8.74 9.85 9.40 9.21\n   棉花 17.83 20.76 24.43 23.72\n`;

  it('are silent where they make it up', () => {
    assert.deepEqual(findingTexts(crops('7.49'), 'table-sum'), []);
  });

  it('report a part over its sub-items (the exact reading kept)', () => {
    assert.ok(findingTexts(crops('12.49'), 'table-sum').includes('12.49'));
  });
});
