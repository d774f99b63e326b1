// Tables read on the layouts real pages paste (issue 12), round 31 (tables37): a hospital's two-year comparison pasted
// as text, its rows numbered (1. 财政补助收入 …) so that Markdown reads them into a list, and its last two columns
// headed by a group of changes on the line above their own headings (2017比2016增减 over 增减值 增减%); and a monthly
// table pasted one cell per line with every empty cell written out as a pipe alone, no row break written. Each case
// made up, each reported case failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';
import { parseDraft } from '../../server/src/engine/parse';

const findings = (text: string, rule: string | RegExp): string[] =>
  check(text)
    .findings.filter((f) => (typeof rule === 'string' ? f.rule === rule : rule.test(f.rule)))
    .map((f) => text.slice(f.offset, f.endOffset))
    .filter((t, i, all) => all.indexOf(t) === i);

// made up: a county hospital's income and spending in two years, the difference and its growth after them
const hospital = (cells: Record<string, string> = {}): string => `某县人民医院财务情况对比表
单位：元
项目及编号 2022年度 2023年度 2023比2022增减
增减值 增减%
一、收入支出情况 （一） 收入总计 ${cells.income ?? '40000000.00'} 46000000.00 6000000.00 15.00%
1. 财政补助收入 5000000.00 8000000.00 ${cells.subsidyDiff ?? '3000000.00'} 60.00%
2. 科教项目收入 0
3. 医疗收入 34000000.00 37000000.00 3000000.00 8.82%
4. 其他收入 1000000.00 1000000.00 0.00 0.00%
（二） 支出总计 38000000.00 42000000.00 4000000.00 10.53%
1. 医疗业务成本 30000000.00 33000000.00 3000000.00 ${cells.costGrowth ?? '10.00%'}
2. 管理费用 7000000.00 8000000.00 1000000.00 14.29%
3. 其他支出 1000000.00 1000000.00 0.00 0.00%
`;

describe('readings (tables37): an aligned table whose numbered rows Markdown reads as a list', () => {
  it('reads the table, its heading of changes put together, without a finding', () => {
    const tables = parseDraft(hospital()).tables;
    assert.equal(tables.length, 1);
    assert.deepEqual(
      tables[0]!.header.cells.map((c) => c.text),
      ['项目及编号', '2022年度', '2023年度', '2023比2022增减 增减值', '2023比2022增减 增减%'],
    );
    assert.deepEqual(findings(hospital(), /^table-/), []);
  });

  it('flags a numbered row whose difference is not that of its two years', () => {
    assert.deepEqual(findings(hospital({ subsidyDiff: '2700000.00' }), 'table-change'), ['2700000.00']);
  });

  it('flags a numbered row whose growth is not that of its two years', () => {
    assert.deepEqual(findings(hospital({ costGrowth: '15.00%' }), 'table-change'), ['15.00%']);
  });

  it('flags a total its numbered rows do not add up to', () => {
    assert.ok(findings(hospital({ income: '36000000.00' }), 'table-sum').includes('36000000.00'));
  });
});

describe('readings (tables37): limits', () => {
  it('leaves a numbered list of prose as prose', () => {
    const text = `工作安排如下：
1. 加强组织领导，落实责任分工
2. 完善工作机制，按月调度进度
3. 强化督查考核，确保取得实效
`;
    assert.equal(parseDraft(text).tables.length, 0);
  });

  it('does not read two words under a group as a difference and its growth unless they are', () => {
    const text = hospital().replace('增减值 增减%', '本期 同期');
    const tables = parseDraft(text).tables;
    assert.ok(tables.every((t) => !t.header.cells.some((c) => c.text === '2023比2022增减 本期')));
  });
});

// made up: a province's monthly reports by city, one cell per line, each empty cell a pipe alone on its line (the
// heading's merged cells and the months not yet reported), the title merged over the whole width
const monthly = (cells: Record<string, string> = {}): string => {
  const empty = (n: number): string[] => Array.from({ length: n }, () => '|');
  const row = (...xs: string[]): string[] => xs.map((x) => (x === '' ? '|' : `${x} |`));
  const later = Array.from({ length: 10 }, () => ''); // 3月 to 12月, not yet reported
  const lines = [
    '某省各市不良反应报告表上报情况（1-2月）',
    ...empty(19), // the title's own pipe, then its 18 merged cells
    ...row('序号', '地区', '人口数（万人）', '《不良反应报告表》数量（份）', '报告总数（份）', '万人口报告数（份）'),
    ...empty(13),
    ...row('1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '已上报', '已评价'),
    ...empty(5),
    ...row('1', '甲市', '100', '12', '18', ...later, cells.a ?? '30', '20', '0.30', ''),
    ...row('2', '乙市', '80', '7', '9', ...later, '16', '10', '0.20', ''),
    ...row('3', '丙市', '50', '3', '6', ...later, '9', '9', '0.18', ''),
    ...row('4', '丁市', '70', '10', '4', ...later, '14', '12', '0.20', ''),
    ...row('', '合计', '300', '32', cells.total2 ?? '37', ...later, cells.reported ?? '69', '51', '0.23', ''),
  ];
  return `${lines.join('\n')}\n`;
};

describe('readings (tables37): a monthly table one cell per line, its empty cells written out', () => {
  it('reads the table, the months under their group, without a finding', () => {
    const tables = parseDraft(monthly()).tables;
    assert.equal(tables.length, 1);
    assert.ok(!tables[0]!.unclear);
    assert.equal(tables[0]!.header.cells[4]!.text, '《不良反应报告表》数量 2月（份）');
    assert.deepEqual(findings(monthly(), /^table-/), []);
  });

  it('flags a city whose reports are not the sum of its months', () => {
    // (the column of reports no longer adds up to the 合计 row's either: reported there too)
    assert.deepEqual(findings(monthly({ a: '33' }), 'table-sum'), ['33', '69']);
  });

  it('flags a month whose total is not the sum of the cities', () => {
    // (nor does the 合计 row's own sum of its months)
    assert.deepEqual(findings(monthly({ total2: '40' }), 'table-sum'), ['40', '69']);
  });

  it('flags a total that reads like a year (1,969 for 69): in the body it is a figure all the same', () => {
    assert.ok(findings(monthly({ reported: '1,969' }), 'table-sum').includes('1,969'));
  });

  it('does not tile cells whose columns of words and figures alternate (a label, its unit and its figure, twice a row)', () => {
    // made up on a county's insurance table: 名称 | 单位 | 本期, the title its own cell; tiled by six, the columns would
    // read label, unit, figure, label, unit and be taken for a table's
    const section = (title: string, unit: string, figures: string[]): string[] => [
      `${title} |`,
      '|',
      '|',
      ...['基本医疗保险', '职工医疗保险', '居民医疗保险'].flatMap((label, i) => [`${label} |`, `${unit} |`, `${figures[i]} |`]),
    ];
    const text = [
      '某县医疗保险主要指标 |',
      '指标名称 |',
      '单位 |',
      '本期 |',
      ...section('一、参保人数', '万人', ['8.38', '1.37', '6.92']),
      ...section('二、基金收入', '亿元', ['0.28', '0.28', '0.00']),
      ...section('三、基金支出', '亿元', ['0.10', '0.07', '0.03']),
    ].join('\n');
    assert.ok(parseDraft(`${text}\n`).tables.every((t) => t.unclear));
  });
});
