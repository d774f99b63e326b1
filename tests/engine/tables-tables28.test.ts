// Tables read on the layouts real pages paste (issue 12), round 24 (tables28): a yearbook table copied one cell a
// line, its empty cells kept as lines of their own and its heading rows merged over each other (no width reads the
// heading), read by its body alone, each row a label (a year or a region) and its figures; blocks of such rows with
// no heading at all; and a web table's heading of two rows whose first names groups over the same columns each with
// no cell over the label column (单位从业人员 | #在岗职工人数 over 本季末 | 比上年底增减 twice), its 其中 group checked
// against the whole's column of the same name. Each case made up, each reported case failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string | RegExp): string[] =>
  check(text)
    .findings.filter((f) => (typeof rule === 'string' ? f.rule === rule : rule.test(f.rule)))
    .map((f) => text.slice(f.offset, f.endOffset));

/** Cells one a line, each closed by a pipe; an empty cell a pipe alone. */
const piped = (cells: readonly string[]): string => cells.map((c) => (c === '' ? '|' : `${c} |`)).join('\n');

describe('a yearbook table one cell a line, its heading merged, read by its body', () => {
  // made up: a province's 森林病虫害 (发生次数 = 轻度 + 中度 + 重度) by year, then by city, groups parted by empty rows
  const heading = ['8-3 森林病虫害情况', '', '', '', '', '', '年 份', '发生', '', '', '防治面积', '', '次数', '轻 度', '中 度', '重 度', '(公顷)', '#飞机', '地 区', '(次)', '', '', '', '', ''];
  const body = (total2019 = '812'): string[] => [
    ...['2018', '760', '512', '201', '47', '3120', '410'],
    ...['2019', total2019, '530', '230', '52', '3560', '455'],
    ...['2020', '905', '611', '240', '54', '3802', '512'],
    ...['', '', '', '', '', '', ''],
    ...['甲 市', '120', '88', '30', '2', '610', ''],
    ...['乙 市', '96', '70', '', '26', '402', '41'],
    ...['丙 市', '211', '150', '55', '6', '930', '120'],
  ];
  const text = (total2019?: string): string => `${piped([...heading, ...body(total2019)])}\n`;

  it('is silent on a table that adds up', () => {
    assert.deepEqual(findings(text(), /^table-/), []);
  });

  it('reads the rows by their labels and flags a count that is not the sum of its parts', () => {
    // 530 + 230 + 52 = 812, not 821
    assert.deepEqual(findings(text('821'), 'table-sum'), ['821']);
  });
});

describe('blocks of rows one cell a line with no heading', () => {
  // made up: 羊年底只数 = 山羊 + 绵羊 by region, one block of the table after the one carrying its heading
  const block = (sheep = '612.4'): string =>
    [
      '甲 省',
      '301.5',
      '250.2',
      sheep,
      '402.1',
      '210.3',
      '乙 省',
      '120.7',
      '98.6',
      '85.0',
      '60.2',
      '24.8',
      '丙 省',
      '88.1',
      '70.4',
      '230.6',
      '45.5',
      '185.1',
      '丁 省',
      '412.9',
      '380.0',
      '56.3',
      '50.1',
      '6.2',
    ]
      .map((c) => `${c}\n`)
      .join('\n');

  it('is silent on a block that adds up', () => {
    assert.deepEqual(findings(block(), /^table-/), []);
  });

  it('flags a whole that is not the sum of its two parts', () => {
    // 402.1 + 210.3 = 612.4, not 621.4
    assert.deepEqual(findings(block('621.4'), 'table-sum'), ['621.4']);
  });
});

describe('groups over the same columns with no cell over the label column', () => {
  // made up: a city's 从业人员 at a quarter's end, 在岗职工 a part of them, by kind of unit
  const text = (state = '240.16'): string => `某市2021年3季单位从业人员情况
计量单位：万人 | ||||
|
单位从业人员 |
#在岗职工人数 | ||
本季末 |
比上年底增减 |
本季末 |
比上年底增减 | |
合 计 |
412.35 |
-6.21 |
401.02 |
-6.05 |
1.国有单位 |
${state} |
-3.10 |
236.44 |
-3.22 |
2.集体单位 |
61.08 |
-1.45 |
59.93 |
-1.40 |
3.其他单位 |
111.11 |
-1.66 |
104.65 |
-1.43 |
`;

  it('is silent when each 其中 figure is within its whole', () => {
    assert.deepEqual(findings(text(), /^table-/), []);
  });

  it('flags a 其中 figure over its whole under the same heading', () => {
    // 在岗职工 236.44 cannot exceed 单位从业人员 204.16 in the same row
    assert.ok(findings(text('204.16'), 'table-sum').includes('204.16'));
  });
});
