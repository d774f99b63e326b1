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
