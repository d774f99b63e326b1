// Tables read on the layouts real pages paste (issue 12), round 23 (tables27): a 水资源公报 table copied from a PDF,
// its heading of single-spaced words broken over two lines and its units on lines of their own after a slash
// (/亿m3, /% /%), read as one heading row; and a total over two runs of rows one after the other (two 区 that make it
// up, then the regions that make it up again) in a table of one column of amounts, read as two breakdowns of it.
// Each case made up, each reported case failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string | RegExp): string[] =>
  check(text)
    .findings.filter((f) => (typeof rule === 'string' ? f.rule === rule : rule.test(f.rule)))
    .map((f) => text.slice(f.offset, f.endOffset));

describe('a PDF heading broken over lines, its units after a slash', () => {
  // made up: a province's 地下水资源量 by 水资源分区, 东部 3 区 and 西部 2 区 before the five regions
  const table = (rows: Record<string, string> = {}): string => `（二）地下水资源量

2023 年，全省地下水资源量为 812.4 亿 m3，比多年平均值偏多 3.2%。

表 2 2023 年水资源分区地下水资源量

水资源 地下水 与2022年 与多年
分区 资源量 比较 平均值比较
/亿m3
/% /%
全省 ${rows.total ?? '812.4'} -2.1 3.2
东部 3 区 301.6 4.0 8.8
西部 2 区 510.8 -5.4 0.2
甲河区 120.3 3.1 9.0
丁江区 300.6 -6.0 0.1
其中：某湖流域 40.2 -3.0 1.5
乙河区 ${rows.b ?? '95.1'} 5.2 7.7
丙河区 86.2 3.9 9.6
戊江区 210.3 -4.6 0.4
`;

  it('reads the two runs of rows as two breakdowns of the total: a table that adds up is silent', () => {
    // the regions add up to 812.5 (rounding), the two 区 to 812.4: every row under 全省 would be 1624.9
    assert.deepEqual(findings(table(), /^table-/), []);
  });

  it('checks the total against the regions', () => {
    // 乙河区 59.1 for 95.1: 120.3 + 300.6 + 59.1 + 86.2 + 210.3 = 776.5, not 812.4
    assert.deepEqual(findings(table({ b: '59.1' }), 'table-sum'), ['812.4']);
    // a total mistyped: neither run makes it up
    assert.deepEqual(findings(table({ total: '821.4' }), 'table-sum'), ['821.4']);
  });
});

describe('two runs of rows under a total in a table of one column of amounts', () => {
  // made up: a markdown table of a county's 粮食产量, its 平原/山区 before its five towns, a growth column beside
  const table = (rows: Record<string, string> = {}): string => `表 1 2023年各乡镇粮食产量

| 地区 | 粮食产量（万吨） | 比上年增长（%） |
| --- | --- | --- |
| 全县 | ${rows.total ?? '52.6'} | 1.8 |
| 平原区 | 31.0 | 2.1 |
| 山区 | 21.6 | 1.3 |
| 城关镇 | 10.9 | 2.0 |
| 东镇 | ${rows.east ?? '15.3'} | 2.2 |
| 西乡 | 11.6 | 1.1 |
| 南乡 | 8.3 | 1.6 |
| 北乡 | 6.6 | 1.4 |
`;

  it('is silent when both runs add up to the total (the towns to 52.7, within their rounding)', () => {
    // read as one block, every row under 全县 would add up to 105.3
    assert.deepEqual(findings(table(), 'table-sum'), []);
  });

  it('still reports a part that breaks one run', () => {
    // 东镇 12.5: 10.9 + 12.5 + 11.6 + 8.3 + 6.6 = 49.9, not 52.6 (平原区 31.0 + 山区 21.6 still 52.6)
    assert.deepEqual(findings(table({ east: '12.5' }), 'table-sum'), ['52.6']);
  });
});
