// Readings of tables45 (issue 12, round 45: table totals that went unchecked): a # row with an unmarked row indented
// deeper under it, the two making up their row in every column (寿险 + 财险 = 保费收入), read as one list of the row, not
// the second as a part of the first; and a # row under its row in a yearbook table whose line of column names was
// lost, read as at most its row in each column of whole counts (a rate row among them). Each case made up, each
// reported case failing without its reading and each silent case with its guard.

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
