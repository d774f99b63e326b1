// Readings of tables42 (issue 12, round 42: pasted tables): a monthly report form copied from a PDF, its heading
// 指标名称 单位 数量 上期 环比 one word wider than its rows (the unit written after each row's label with one space), its
// columns numbered 1 2 3 under an empty label cell; rows numbered (1) (2) right under a row without an ordinal, its
// parts. Each case made up, each reported case failing without its reading.

import assert from 'node:assert/strict';
import { findingTexts as findings } from './figure-findings';

// made up: a county's monthly social-service report, copied from a PDF (single spaces between the cells)
const form = (growth: string, total: string): string =>
  [
    '社会服务统计月报表',
    '编制单位：某县民政局 2023年5月',
    '指标名称 单位 数量 上期 环比',
    '1 2 3',
    '一、综合',
    `社会服务事业费支出 万元 5,200.0 4,000.0 ${growth}`,
    `城市低保支出 万元 ${total} 800.0 25.00`,
    '(1)城市低保金 万元 900.0 700.0 28.57',
    '(2)城市低保临时补助 万元 100.0 100.0 0.00',
    '二、社会工作',
    '城市低保人数 2,100 2,000 5.00',
  ].join('\n');

describe('a report form’s heading 指标名称 单位 数量 上期 环比 over rows of a label, its unit and three figures (tables42)', () => {
  it('reads 环比 against 数量 and 上期: silent where it holds', () => {
    assert.deepEqual(findings(form('30.00', '1,000.0'), 'table-change'), []);
  });

  it('reports a 环比 that is not 数量 against 上期', () => {
    assert.deepEqual(findings(form('35.00', '1,000.0'), 'table-change'), ['35.00']);
  });
});

describe('rows numbered (1) (2) right under a row without an ordinal (tables42)', () => {
  it('reads them as its parts: silent where they add up', () => {
    assert.deepEqual(findings(form('30.00', '1,000.0'), 'table-sum'), []);
  });

  it('reports the row when its (1) (2) add up to more than it', () => {
    assert.deepEqual(findings(form('30.00', '950.0'), 'table-sum'), ['950.0']);
  });
});

// made up: a province's quarterly report form copied from a PDF, a code after each label, its 上月 column left empty
const quarterly = (towns: string, growth: string, elderly: string): string =>
  [
    '民政统计季报表',
    '编制单位：某省 2023年09月',
    '指标名称 单位 代码 数量 上季度 环比 上月',
    '1 2 3 4',
    '一、综合 JZH011000000',
    `（一）乡级行政区划 JZH011110000 ${towns} 2,600`,
    '1.镇 JZH011111000 2,016 2,016',
    '2.乡 JZH011112000 584 584',
    `（二）民政事业费累计支出 万元 JZH011310000 3,000.0 2,100.0 ${growth}`,
    '    1.社会福利 万元 JZH011211000 1,000.0 900.0 11.11',
    '        其中：（1）儿童福利 万元 JZH011211100 300.0 200.0 50.00',
    '                   其中：A 孤儿基本生活保障支出 万元 JZH011211101 120.0 80.0 50.00',
    '                         B 事实无人抚养儿童基本生活保障支出 万元 JZH011211102 150.0 100.0 50.00',
    `              (2)老年福利 万元 JZH011211200 ${elderly} 300.0 33.33`,
    '              (3)残疾人福利 万元 JZH011211300 200.0 150.0 33.33',
    '    2.社会救助 万元 JZH011212000 2,000.0 1,200.0 66.67',
  ].join('\n');

describe('a report form’s heading 指标名称 单位 代码 … over columns numbered 1 2 3 4, the last filled by no row (tables42)', () => {
  it('reads 环比 against 数量 and 上季度: silent where it holds', () => {
    assert.deepEqual(findings(quarterly('2,600', '42.86', '400.0'), 'table-change'), []);
  });

  it('reports a 环比 that is not 数量 against 上季度', () => {
    assert.deepEqual(findings(quarterly('2,600', '45.00', '400.0'), 'table-change'), ['45.00']);
  });

  it('reads 2,016 as a count, not a year: the towns add up to their total', () => {
    assert.deepEqual(findings(quarterly('2,600', '42.86', '400.0'), 'table-sum'), []);
  });

  it('reports a total the towns, 2,016 among them, do not add up to', () => {
    assert.deepEqual(findings(quarterly('2,500', '42.86', '400.0'), 'table-sum'), ['2,500']);
  });
});

describe('sub-items numbered (1) (2) (3) under a part, 其中 rows under the first (tables42)', () => {
  it('reads (2) as a sibling of (1), not one of its 其中 rows, and the numbered rows alone as the part’s sub-items', () => {
    // (1) 300 + A 120 + B 150 + (2) 400 + (3) 200 = 1,170 would exceed 1.社会福利's 1,000; (1) + (2) + (3) = 900 does not
    // (上季度: 200 + 80 + 100 + 300 + 150 = 830 within its 900, so the rows are read as its sub-items)
    assert.deepEqual(findings(quarterly('2,600', '42.86', '400.0'), 'table-sum'), []);
  });

  it('still reports numbered sub-items that exceed their part', () => {
    assert.deepEqual(findings(quarterly('2,600', '42.86', '600.0'), 'table-sum'), ['1,000.0']);
  });
});
