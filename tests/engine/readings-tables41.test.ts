// Readings of tables41 (issue 12, round 37): a table of 构成 whose rows (0-14岁 | 15-59岁 | 60岁及以上 for each 街道) or
// whose blocks of rows (未上过学 / 小学 / 初中 … under each 乡镇's column) each split one whole, no 100 written: the
// lines that add up to 100 say which cells are the parts. Each case made up, each reported case failing without
// the reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

// made up: a district's census, each 街道's population by age group in shares, no 合计 column
const ages = (rows: readonly string[], unit = '单位：%'): string =>
  [
    '## 二、各街道人口年龄构成',
    '',
    '各街道常住人口中，15-59岁人口比重都超过60%。',
    '',
    '表2 各街道人口年龄构成',
    '',
    unit,
    '',
    '| 街道 | 0-14岁 | 15-59岁 | 60岁及以上 | 其中：65岁及以上 |',
    '|---|---:|---:|---:|---:|',
    ...rows,
    '',
  ].join('\n');

const AGE_ROWS = [
  '| 东关街道 | 14.62 | 66.25 | 19.13 | 12.80 |',
  '| 西门街道 | 13.05 | 68.71 | 18.24 | 12.11 |',
  '| 南山街道 | 16.40 | 64.92 | 18.68 | 13.37 |',
  '| 北湖街道 | 11.87 | 70.36 | 17.77 | 11.02 |',
];

// made up: a census of farm workers, their schooling in shares by township, the townships as columns
const schooling = (last: string): string =>
  [
    '## 三、农业生产经营人员受教育程度',
    '',
    '表3 农业生产经营人员受教育程度构成',
    '',
    '单位：%',
    '',
    '| 项目 | 全县 | 青龙镇 | 白马乡 | 石桥镇 |',
    '|---|---:|---:|---:|---:|',
    '| 未上过学 | 3.1 | 2.4 | 4.0 | 2.9 |',
    '| 小学 | 42.6 | 39.8 | 47.3 | 41.5 |',
    '| 初中 | 45.9 | 48.7 | 40.9 | 46.2 |',
    '| 高中或中专 | 7.3 | 7.9 | 6.6 | 8.1 |',
    `| 大专及以上 | ${last} |`,
    '',
  ].join('\n');

describe('shares that make up 100 with no 100 written (tables41)', () => {
  it('is silent when every row’s shares add up to 100', () => {
    assert.deepEqual(findings(ages(AGE_ROWS), 'table-sum'), []);
  });

  it('reports the one row whose shares do not add up to 100', () => {
    const rows = [...AGE_ROWS];
    rows[1] = '| 西门街道 | 18.05 | 68.71 | 18.24 | 12.11 |';
    assert.deepEqual(findings(ages(rows), 'table-sum'), ['18.24']);
  });

  it('is silent when fewer than three rows bear the split out', () => {
    const rows = AGE_ROWS.slice(0, 3);
    rows[1] = '| 西门街道 | 18.05 | 68.71 | 18.24 | 12.11 |';
    assert.deepEqual(findings(ages(rows), 'table-sum'), []);
  });

  it('is silent when as many rows miss 100 as add up to it', () => {
    const rows = [...AGE_ROWS, '| 河口镇 | 17.21 | 67.43 | 15.36 | 10.27 |', '| 红星镇 | 15.90 | 66.02 | 18.08 | 12.44 |'];
    rows[1] = '| 西门街道 | 18.05 | 68.71 | 18.24 | 12.11 |';
    rows[2] = '| 南山街道 | 16.40 | 69.92 | 18.68 | 13.37 |';
    rows[4] = '| 河口镇 | 17.21 | 67.43 | 19.36 | 10.27 |';
    assert.deepEqual(findings(ages(rows), 'table-sum'), []);
  });

  it('needs five rows bearing the split out when the table does not say it gives shares', () => {
    const rows = [...AGE_ROWS];
    rows[1] = '| 西门街道 | 18.05 | 68.71 | 18.24 | 12.11 |';
    // (no 单位：%: four rows, three adding up, are not enough)
    assert.deepEqual(findings(ages(rows, '（按常住人口计）'), 'table-sum'), []);
    const more = [...rows, '| 河口镇 | 17.21 | 67.43 | 15.36 | 10.27 |', '| 红星镇 | 15.90 | 66.02 | 18.08 | 12.44 |', '| 工业园区 | 6.12 | 90.05 | 3.83 | 2.30 |'];
    assert.deepEqual(findings(ages(more, '（按常住人口计）'), 'table-sum'), ['18.24']);
  });

  it('reports the one column whose block of rows does not add up to 100', () => {
    assert.deepEqual(findings(schooling('1.1 | 1.2 | 1.2 | 1.3'), 'table-sum'), []);
    assert.deepEqual(findings(schooling('1.1 | 1.2 | 6.2 | 1.3'), 'table-sum'), ['6.2']);
  });

  it('is silent on rows of changes beside the shares', () => {
    const rows = [...AGE_ROWS, '| 比上年增减（百分点） | 0.52 | 0.31 | 0.21 | 0.40 |'];
    assert.deepEqual(findings(ages(rows), 'table-sum'), []);
  });
});
