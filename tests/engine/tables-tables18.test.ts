// Tables read on the layouts real pages paste (issue 12), round 18 (tables18): a bilingual yearbook table whose
// heading lines fall into no column, its 其中 columns marked # alone (# 一 般 / #增值税 #营业税 …): those columns are
// placed by their figures, and 其中 columns marked at one level that add up to more than their column, the first as
// much as the rest together, are read as two levels. Each case made up; each `it` fails without the reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

describe('a yearbook table whose 其中 columns are marked # in a heading of two languages', () => {
  // made up: a county's revenue by township, the heading's Chinese and English words on lines of their own; 地方财政
  // 收入, then # 一般预算收入 and under it #增值税 #营业税 #所得税 (the copy marks both levels with one #)
  const table = (budget: string): string =>
    [
      '8-6  各乡镇财政收入（2019）',
      'Revenue by Township (2019)',
      '单位：万元             (10 000 yuan)',
      '    Township 地方财政',
      '# 一 般',
      '#增值税 #营业税 #所得税',
      'Local Revenue',
      'General Budgetary Revenue Value-added Tax Business',
      ' 城关镇  Chengguan Town 30410 24860 7920 6150 3310',
      ' 河口镇  Hekou Town 18230 13050 3640 2880 1920',
      ` 青山乡  Qingshan Township 12070 ${budget} 2150 1730 1180`,
      ' 石桥乡  Shiqiao Township 9880 6320 1840 1210 870',
      ' 柳林镇  Liulin Town 28060 18270 4760 3650 2560',
      '',
    ].join('\n');

  it('reports a column less than its 其中 column, and nothing when it is not', () => {
    assert.deepEqual(findings(table('8740'), 'table-sum'), []);
    assert.deepEqual(findings(table('12870'), 'table-sum'), ['12070']);
  });

  it('reports taxes that add up to more than the 一般预算收入 they are part of, and nothing when they do not', () => {
    assert.deepEqual(findings(table('8740'), 'table-sum'), []);
    assert.deepEqual(findings(table('5040'), 'table-sum'), ['5040']);
  });
});
