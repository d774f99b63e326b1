// Readings of tables40 (issue 12, round 34): a sentence that goes down a table's rows, each row's label right before
// its figure (住建局99件；公安局77件, 城管执法局（247件）、市场监督管理局（149件）, 分配舞钢市154万元，宝丰县89万元), names no
// measure: the column its figures bear out is the one restated. Each case made up, each reported case failing without
// the reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

// made up: a county hotline's month, its departments' counts in a table and the first three in the text
const hotline = (list: string): string =>
  [
    '## 三、承办单位情况',
    '',
    `本月工单量排名前三的承办单位是：${list}。`,
    '',
    '| 承办单位 | 工单量 | 已办结 | 满意率 |',
    '|---|---:|---:|---:|',
    '| 自然资源局 | 212 | 205 | 96.2% |',
    '| 交通运输局 | 168 | 160 | 95.0% |',
    '| 教育局 | 131 | 131 | 97.7% |',
    '| 卫健委 | 88 | 84 | 93.1% |',
    '',
  ].join('\n');

describe('rows listed with their figures, the column their figures bear out (tables40)', () => {
  it('is silent when each figure is its row’s cell in one column', () => {
    assert.deepEqual(findings(hotline('自然资源局（212件）、交通运输局（168件）、教育局（131件）'), 'table-restatement'), []);
    assert.deepEqual(findings(hotline('自然资源局212件，交通运输局168件，教育局131件'), 'table-restatement'), []);
  });

  it('reports the one figure of the list its row’s cell does not hold', () => {
    assert.deepEqual(findings(hotline('自然资源局（212件）、交通运输局（186件）、教育局（131件）'), 'table-restatement'), ['168']);
    assert.deepEqual(findings(hotline('自然资源局212件，交通运输局168件，教育局113件'), 'table-restatement'), ['131']);
  });

  it('is silent on a figure of several rows named together', () => {
    assert.deepEqual(findings(hotline('卫健委88件，自然资源局212件，交通运输局和教育局299件'), 'table-restatement'), []);
  });

  it('is silent on two rows listed, which do not say which column', () => {
    assert.deepEqual(findings(hotline('自然资源局（212件）、交通运输局（186件）'), 'table-restatement'), []);
  });

  it('is silent when the figures bear out no column, or two columns as often', () => {
    // (of another measure: none agrees; one agreeing of three is no column borne out)
    assert.deepEqual(findings(hotline('自然资源局（212件）、交通运输局（186件）、教育局（113件）'), 'table-restatement'), []);
    assert.deepEqual(findings(hotline('自然资源局（20件）、交通运输局（16件）、教育局（13件）'), 'table-restatement'), []);
    // (212 and 168 of 工单量, 160 and 131 of 已办结: two columns, two rows each)
    assert.deepEqual(findings(hotline('自然资源局（212件）、交通运输局（160件）、教育局（131件）'), 'table-restatement'), []);
  });
});

// made up: a city's allocation of a fund to its counties, the table with no 单位 line
const fund = (first: string): string =>
  [
    '按因素法测算，分配' + first + '，安平县96万元，临河区310万元，东陵县58万元。',
    '',
    '表1 资金分配表',
    '',
    '| 县（市、区） | 资金合计 | 中央资金 | 省级资金 |',
    '|---|---:|---:|---:|',
    '| 青山县 | 190 | 150 | 40 |',
    '| 安平县 | 120 | 96 | 24 |',
    '| 临河区 | 390 | 310 | 80 |',
    '| 东陵县 | 70 | 58 | 12 |',
    '| 合计 | 770 | 614 | 156 |',
    '',
  ].join('\n');

describe('rows listed in a unit the table does not write (tables40)', () => {
  it('reads the cells as written in the text’s unit', () => {
    assert.deepEqual(findings(fund('青山县150万元'), 'table-restatement'), []);
    // (150 + 40 = 190 and the column adds up: the table bears its 150 out, the finding stands at the text's figure)
    assert.deepEqual(findings(fund('青山县105万元'), 'table-restatement'), ['105万元']);
  });

  it('takes a place named without its 县 for its row', () => {
    assert.deepEqual(findings(fund('青山105万元'), 'table-restatement'), ['105万元']);
  });
});

// made up: a province's first half, the text counting its months, the table's caption naming the half
const cities = (first: string): string =>
  [
    `1—6月份，技术合同成交额前三位是：${first}、东平（48.6亿元）、南江（36.7亿元）。`,
    '',
    '表1 2024年上半年各市技术合同成交情况',
    '',
    '| 序号 | 城市 | 合同数 | 成交额（亿元） |',
    '|---|---|---:|---:|',
    '| 1 | 西川市 | 2997 | 142.5 |',
    '| 2 | 东平市 | 1210 | 48.6 |',
    '| 3 | 南江市 | 980 | 36.7 |',
    '| 4 | 北岭市 | 640 | 21.3 |',
    '',
  ].join('\n');

describe('a table of the first half restated by a text counting 1—6月 (tables40)', () => {
  it('takes 1—6月份 for the caption’s 上半年', () => {
    assert.deepEqual(findings(cities('西川（142.5亿元）'), 'table-restatement'), []);
    assert.deepEqual(findings(cities('西川（124.5亿元）'), 'table-restatement'), ['142.5']);
  });
});
