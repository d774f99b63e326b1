// Tables read on the layouts real pages paste (issue 12), round 29 (tables35): a yearbook's regions listed after
// its places under 按经济区域分, which places each region holds found by the table's own arithmetic; and a group's
// 总计 standing after its parts in a table whose heading spans two lines. Each case made up, each reported case
// failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string | RegExp): string[] =>
  check(text)
    .findings.filter((f) => (typeof rule === 'string' ? f.rule === rule : rule.test(f.rule)))
    .map((f) => text.slice(f.offset, f.endOffset))
    .filter((t, i, all) => all.indexOf(t) === i);

// made up: a province's yearbook, enterprises by city in three years, then the same by economic region; the
// regions hold 甲 乙 丁 己 (东部), 丙 戊 (西部), 庚 辛 (北部), in no order the table shows
const regions = (cells: Record<string, string> = {}): string => `12-3 各市规模以上工业企业单位数
市 别 工业企业单位数 （个）
2021 2022 2023

甲  市 1520 1604 1688
乙  市 833 871 902
丙  市 415 430 452
丁  市 1210 1276 1301
戊  市 288 301 297
己  市 640 655 702
庚  市 372 380 391
辛  市 199 214 226
按经济区域分
东  部 ${cells.east21 ?? '4203'} 4406 4593
西  部 703 ${cells.west22 ?? '731'} 749
北  部 571 594 ${cells.north23 ?? '617'}
`;

describe('readings (tables35): regions summing the places their arithmetic picks out', () => {
  it('reads the table as written without a finding', () => {
    assert.deepEqual(findings(regions(), /^table-/), []);
  });

  it('flags a region whose figure is not the sum of its places in one year', () => {
    assert.deepEqual(findings(regions({ east21: '4103' }), 'table-sum'), ['4103']);
  });

  it('flags a slip in a small region too, the other years fixing its places', () => {
    assert.deepEqual(findings(regions({ west22: '713' }), 'table-sum'), ['713']);
    assert.deepEqual(findings(regions({ north23: '671' }), 'table-sum'), ['671']);
  });

  it('stays silent when the regions fail to make up the places in most years', () => {
    // two years of three off: no membership is sure, nothing is read
    assert.deepEqual(findings(regions({ east21: '4103', west22: '713' }), /^table-/), []);
  });

  it('stays silent when the places fall into the regions more than one way', () => {
    // two places alike in every year: either can be in either region
    const text = `各县机构数
县 别 2021 2022 2023

甲  县 10 12 14
乙  县 10 12 14
丙  县 25 30 33
丁  县 31 33 35
按区域分
南  片 35 42 47
北  片 41 45 49
`;
    assert.deepEqual(findings(text, /^table-/), []);
    assert.deepEqual(findings(text.replace('南  片 35 42 47', '南  片 35 42 57'), /^table-/), []);
  });
});

// made up: a province's valid patents by city; the heading over two lines, 职务 spanning its four kinds and their
// 职务总计, 非职务 over 个人, then 常住人口 and the 专利密度 per 万人 — the rows cannot be put under the headings, their
// figures stand in order
const patents = (cells: Record<string, string> = {}): string => `2025年6月某省有效发明专利统计表 | ||||||||||
地 区 | 有效发明 专利量 |
职 务 | 非职务 | 常住人口 （万人） |
专利密度 （件/万人） |
排名 | ||||
大专院校 | 科研单位 | 工矿企业 | 机关团体 | 职务总计 | 个人 | ||||||
甲市 | 52310 | 20110 | 1320 | 29830 | 402 | ${cells.zhiwu1 ?? '51662'} | 648 | 812.45 | ${cells.density1 ?? '64.39'} | 1 |
乙市 | 9120 | 512 | 610 | 7893 | 21 | 9036 | 84 | 301.2 | 30.28 | 2 |
丙市 | 6044 | 3011 | 14 | 2950 | 9 | 5984 | 60 | 268.77 | 22.49 | 3 |
丁市 | 3105 | 820 | 5 | 2180 | 40 | 3045 | 60 | 455.1 | ${cells.density4 ?? '6.82'} | 4 |
戊市 | 1420 | 133 | 2 | 1190 | 11 | 1336 | 84 | 210.36 | 6.75 | 5 |
己市 | 987 | 60 | 7 | 850 | 13 | 930 | 57 | 150.8 | 6.55 | 6 |
`;

describe('readings (tables35): a 总计 after its parts and a density in a table of unclear columns', () => {
  it('reads the table as written without a finding', () => {
    assert.deepEqual(findings(patents(), /^table-/), []);
  });

  it('flags a 职务总计 that is not the sum of the four figures before it', () => {
    // (and the 有效发明专利量 it and 个人 no longer make up)
    assert.deepEqual(findings(patents({ zhiwu1: '46496' }), 'table-sum'), ['52310', '46496']);
  });

  it('flags a 专利密度 that is not the patents over the population', () => {
    assert.deepEqual(findings(patents({ density1: '57.95' }), 'table-rate'), ['57.95']);
    assert.deepEqual(findings(patents({ density4: '6.28' }), 'table-rate'), ['6.28']);
  });

  it('reads no density where two rows of six miss it', () => {
    assert.deepEqual(findings(patents({ density1: '57.95', density4: '6.28' }), /^table-/), []);
  });

  it('takes no figure for the sum of those before it on three rows of five, one saying otherwise', () => {
    // the third figure is the two before it together in three months (and in May, where the second is 0, which
    // proves nothing), not in March: a total after its parts is read only where all rows but one add up with two
    // parts not zero, three of five here
    const text = `2025年各月办件情况统计表 | ||||||||
月 份 | 本月 受理 |
办 理 | 评价 | 排名 | ||||
直接办理 | 转办 | 督办 | 退回 | 办结 | 满意度 | ||||
1月 | 120 | 40 | 160 | 98 | 3 | 200 | 90 | 3 |
2月 | 130 | 25 | 155 | 97 | 1 | 180 | 91 | 1 |
3月 | 125 | 60 | 151 | 99 | 2 | 190 | 92 | 2 |
4月 | 140 | 35 | 175 | 98 | 5 | 170 | 93 | 5 |
5月 | 150 | 0 | 150 | 96 | 4 | 160 | 94 | 4 |
`;
    assert.deepEqual(findings(text, /^table-/), []);
  });

  it('counts a row whose other part is written 0 toward a sum a slip leaves two rows to bear out', () => {
    // made up: a housing progress report, empty cells dropped in two counties; 在建 合计 is 新建 and 改建 in every
    // county, three with both built, three with 改建 0 — a slip in one of the three leaves two adding up with both
    const text = (first: string): string => `某州2024年安居工程月报进度表 | ||||||||
县 名 | 计划 户数 |
在建住房 | 完成住房 | ||||
合计 | 新建 | 改建 | 合计 | 新建 | 改建 | ||||
甲县 | 1200 | ${first} | 800 | 200 | 200 | 150 | 50 |
乙县 | 640 | 600 | 590 | 10 | 40 | 40 | 0 |
丙县 | 95 | 80 | 80 | 15 | 15 |
丁县 | 430 | 400 | 300 | 100 | 30 | 20 | 10 |
戊县 | 300 | 280 | 280 | 0 | 20 | 20 | 0 |
己县 | 510 | 500 | 500 | 0 | 10 | 10 | 0 |
庚县 | 77 | 70 | 70 | 7 | 7 |
`;
    assert.deepEqual(findings(text('1000'), /^table-/), []);
    // (the 计划户数 it and 完成 200 no longer make up is flagged too)
    assert.deepEqual(findings(text('1100'), 'table-sum'), ['1200', '1100']);
  });
});
