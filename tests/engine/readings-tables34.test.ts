// Tables read on the layouts real pages paste (issue 12), round 28 (tables34): a yearbook's 其中 mark on the first
// row of a complete split only (#城镇 / 乡村 under 常住人口), the split adding up to its row to the last digit in the
// other columns. Each case made up, each reported case failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

// (the cells flagged, each once: a whole both its cuts go over is flagged by each)
const findings = (text: string, rule: string | RegExp): string[] =>
  check(text)
    .findings.filter((f) => (typeof rule === 'string' ? f.rule === rule : rule.test(f.rule)))
    .map((f) => text.slice(f.offset, f.endOffset))
    .filter((t, i, all) => all.indexOf(t) === i);

// made up: a county yearbook's population table, two years; # marks only the first row of each cut
const population = (cells: Record<string, string> = {}): string => `表3-2 人口基本情况

单位：万人

| 项目 | 2022 | 2023 |
| --- | --- | --- |
| 常住人口 | ${cells.total22 ?? '512.40'} | 518.60 |
| #城镇 | 301.25 | 310.10 |
| 乡村 | 211.15 | 208.50 |
| #男性 | 260.30 | 263.20 |
| 女性 | ${cells.female22 ?? '252.10'} | 255.40 |
| 出生人口 | 4.12 | 3.98 |
`;

describe('readings (tables34): a # split made whole in the other columns', () => {
  it('reads the table as written without a finding', () => {
    assert.deepEqual(findings(population(), /^table-/), []);
  });

  it('flags a whole the split goes over in one year while it makes it up exactly in the other', () => {
    assert.deepEqual(findings(population({ total22: '461.16' }), 'table-sum'), ['461.16']);
  });

  it('flags the second cut (#男性 / 女性) going over its row as well', () => {
    assert.deepEqual(findings(population({ female22: '272.10' }), 'table-sum'), ['512.40']);
  });

  it('takes no row after a 其中 list that adds up to its row in no column', () => {
    const text = `单位：万吨

| 项目 | 2022 | 2023 |
| --- | --- | --- |
| 粮食 | 120.5 | 125.3 |
| #稻谷 | 60.2 | 62.4 |
| 小麦 | 40.1 | 41.0 |
| 油料 | 30.7 | 31.9 |
`;
    assert.deepEqual(findings(text, /^table-/), []);
  });
});

// made up: a month's 12345 complaints by district, whole figures, no unit anywhere; the 合计 column and 总计 row
// add up to the last digit
const complaints = (cells: Record<string, string> = {}): string => `附件：2024年5月投诉举报办理情况统计表

| 序号 | 地区 | 未办理 | 办理中 | 已办结 | 不受理 | 合计 |
| --- | --- | --- | --- | --- | --- | --- |
| 1 | 东城区 | 0 | 3 | 41 | 6 | ${cells.east ?? '50'} |
| 2 | 西城区 | 1 | 2 | ${cells.westDone ?? '27'} | 4 | 34 |
| 3 | 南湖区 | 0 | 5 | 18 | 2 | 25 |
| 4 | 北山区 | 0 | 1 | 9 | 3 | 13 |
| 5 | 高新区 | 0 | 0 | 12 | 1 | 13 |
| | 总计 | 1 | 11 | 107 | 16 | 135 |
`;

describe('readings (tables34): a unitless table of whole figures whose sums add up to the last digit', () => {
  it('reads the table as written without a finding', () => {
    assert.deepEqual(findings(complaints(), /^table-/), []);
  });

  it('flags a row total one short, in its row and in its column, which its figures read as rounded would let pass', () => {
    assert.deepEqual(findings(complaints({ east: '49' }), 'table-sum'), ['49', '135']);
  });

  it('stays silent where several sums are off by one (rounding, not a slip)', () => {
    assert.deepEqual(findings(complaints({ east: '49', westDone: '26' }), /^table-/), []);
  });
});

// made up: a 民生实事 progress table whose heading was split over lines in copying (its columns unclear), each row a
// small target of 场馆 set, the number opened and the rate
const progress = (rate = '100.00%'): string => `2024年民生实事项目推进情况表

地区 | 二、实施12个公共体育场馆免费开放 | ||||||
项目推进情况（个） | 资金拨付情况（万元、%） | ||||||
目标任务 | 完成情况 | 完成比例 | 年初预 算安排数 |
资金 拨付数 |
资金拨 付比例 |
|
全 市 | 12 | 12 | 100% | 1200.00 | 600.00 | 50.00% | |
东 区 | 5 | 5.00 | ${rate} | 500 | 250.00 | 50.00% | |
西 区 | 4 | 4.00 | 100.00% | 400 | 200.00 | 50.00% | |
南 区 | 3 | 3.00 | 100.00% | 300 | 150.00 | 50.00% | |
`;

describe('readings (tables34): a small whole target over a whole number done, in a table of unclear columns', () => {
  it('reads the rows as written without a finding', () => {
    assert.deepEqual(findings(progress(), /^table-/), []);
  });

  it('flags 95% for five of five (5 ± 0.5 would let it pass)', () => {
    assert.deepEqual(findings(progress('95.00%'), 'table-rate'), ['95.00%']);
  });
});
