// Tables read on the layouts real pages paste (issue 12), round 33 (tables39): a bilingual yearbook's table copied
// one cell a line, its empty cells written out as a pipe alone, each row a Chinese label, its English and the
// figures, the rest of a long English label in a row of its own, the heading stacked over several lines in two
// languages (合 计 / Total / 公立 / 医疗机构 / Public …), a 其中 cell (# 门 诊 |) read by Markdown as a heading. Each
// case made up, each reported case failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';
import { parseDraft } from '../../server/src/engine/parse';

const findings = (text: string, rule: string | RegExp): string[] =>
  check(text)
    .findings.filter((f) => (typeof rule === 'string' ? f.rule === rule : rule.test(f.rule)))
    .map((f) => text.slice(f.offset, f.endOffset))
    .filter((t, i, all) => all.indexOf(t) === i);

/** Cells one a line, each closed by a pipe; an empty cell a pipe alone. */
const stacked = (cells: readonly string[]): string => cells.map((c) => (c === '' ? '|' : `${c} |`)).join('\n') + '\n';
const empty = (n: number): string[] => Array.from({ length: n }, () => '');

// made up: a province's forestry by year, the English of two labels going on in a row of their own, two group rows
const forestry = (total = '120.5', width = 5): string =>
  stacked([
    '表12-3 某省林业生产情况',
    'Forestry Production',
    ...empty(6),
    '单位：千公顷',
    ...empty(5),
    '(1 000 hectares)',
    '指 标',
    'Item',
    ...['2019', '2020', '2021', '2022', '2023'].slice(0, width),
    ...empty(width + 2),
    '营林情况',
    'Forest Management',
    ...empty(width),
    '造林面积',
    'Total Area of',
    ...[total, '98.0', '110.2', '130.0', '141.6'].slice(0, width),
    '',
    'Afforestation',
    ...empty(width),
    '人工造林',
    'Planting',
    ...['50.2', '40.0', '45.1', '60.3', '70.6'].slice(0, width),
    '#灌木林',
    'Shrubs',
    ...['20.1', '15.2', '18.0', '25.5', '30.2'].slice(0, width),
    '新封山育林',
    'Newly Closed',
    ...['70.3', '58.0', '65.1', '69.7', '71.0'].slice(0, width),
    '',
    'Hillsides',
    ...empty(width),
    '森林抚育',
    'Forest Tending',
    ...empty(width),
    '中幼龄林抚育',
    'Tending of Young Forest',
    ...['23.5', '23.0', '24.2', '26.0', '30.1'].slice(0, width),
    '低产林改造',
    'Transformation',
    '0.5',
    ...empty(width - 1),
  ]);

// made up: a city's medical services by ownership, the heading over five lines, rates and averages at the end
const medical = (cells: Record<string, string> = {}): string =>
  stacked([
    '表5-2 某市医疗服务情况（2023年）',
    'Medical Services (2023)',
    ...empty(4),
    '项 目',
    'Item',
    '合 计',
    '公立',
    '',
    '民营',
    'Total',
    '医疗机构',
    '# 政府办',
    '医疗机构',
    '',
    'Public',
    'Operated by',
    'Private',
    '',
    'Medical',
    'Governments',
    'Medical',
    '',
    'Institutions',
    '',
    'Institutions',
    ...empty(6),
    '机构数 （个）',
    'Number of Units (unit)',
    cells.units ?? '3200',
    '1100',
    cells.government ?? '480',
    '2100',
    '诊疗人次 （万人次）',
    'Patients Treated (10000 person-times)',
    '9000.50',
    '7000.20',
    '6500.10',
    '2000.30',
    '# 门 诊',
    'Outpatient Visits',
    '8100.40',
    '6300.10',
    '5900.00',
    '1800.30',
    '急 诊',
    'Emergency Visits',
    '600.10',
    '520.00',
    '480.05',
    '80.10',
    '入院人数 （万人次）',
    'Number of Inpatients',
    '200.50',
    '180.20',
    '170.10',
    '20.30',
    '',
    '(10000 person-times)',
    ...empty(4),
    '病床使用率 (%)',
    'Utilization Rate of Beds (%)',
    '70.50',
    '72.30',
    '72.80',
    '60.20',
    '病床周转次数 （次/年）',
    'Turnover Rate of Beds (times/year)',
    '30.10',
    '35.20',
    '36.00',
    '11.50',
    '出院者平均住院日 （日）',
    'Average Stay (day)',
    '8.10',
    '7.50',
    '7.30',
    '15.20',
  ]);

// made up: a province's labour force, 合计 / 城镇 / 乡村 each over two years
const labour = (total = '3000.00'): string =>
  stacked([
    '表4-6 某省城乡劳动力资源',
    'Labor Force in Urban and Rural Areas',
    '',
    '单位：万人',
    '',
    '(10 000 persons)',
    '类 别',
    'Item',
    '合计 Total',
    '城 镇 Urban',
    '乡 村 Rural',
    '2022',
    '2023',
    '2022',
    '2023',
    '2022',
    '2023',
    ...empty(8),
    '总计',
    'Total',
    total,
    '3020.00',
    '1200.00',
    '1250.00',
    '1800.00',
    '1770.00',
    '经济活动人口',
    'Economically Active Population',
    '2200.00',
    '2230.00',
    '800.00',
    '860.00',
    '1400.00',
    '1370.00',
    '从业人员',
    'Employed Persons',
    '2150.00',
    '2180.00',
    '750.00',
    '810.00',
    '1400.00',
    '1370.00',
    '失业人员',
    'Unemployed Persons',
    '50.00',
    '50.00',
    '50.00',
    '50.00',
    '',
    '',
    '非经济活动人口',
    'Economically Inactive Population',
    '800.00',
    '790.00',
    '400.00',
    '390.00',
    '400.00',
    '400.00',
  ]);

describe('readings (tables39): a bilingual yearbook table pasted one cell a line', () => {
  it('reads the rows by their label pairs, the rest of an English label no row, without a finding', () => {
    const tables = parseDraft(forestry()).tables;
    assert.equal(tables.length, 1);
    assert.equal(tables[0]!.unclear, undefined);
    assert.deepEqual(
      tables[0]!.header.cells.map((c) => c.text),
      ['指 标', '2019', '2020', '2021', '2022', '2023'],
    );
    assert.equal(tables[0]!.rows.length, 7);
    assert.deepEqual(findings(forestry(), /^table-/), []);
  });

  it('flags a total its parts exceed', () => {
    assert.ok(findings(forestry('108.5'), 'table-sum').includes('108.5'));
  });

  it('reads a heading of five lines column by column and a # cell read as a Markdown heading', () => {
    const tables = parseDraft(medical()).tables;
    assert.equal(tables.length, 1);
    assert.deepEqual(
      tables[0]!.header.cells.map((c) => c.text),
      ['项 目', '合 计', '公立 医疗机构', '# 政府办', '民营 医疗机构'],
    );
    assert.deepEqual(
      tables[0]!.rows.map((r) => r.cells.length),
      [5, 5, 5, 5, 5, 5, 5, 5],
    );
  });

  it('flags a 合计 that is not 公立 and 民营 added up', () => {
    assert.ok(findings(medical({ units: '2880' }), 'table-sum').includes('2880'));
  });

  it('flags a 其中 column above the column it is part of', () => {
    assert.ok(findings(medical({ government: '1480' }), 'table-sum').includes('1100'));
  });

  it('says nothing of the rows of rates and averages (病床使用率, 病床周转次数, 出院者平均住院日)', () => {
    assert.deepEqual(findings(medical(), /^table-/), []);
  });

  it('names each year with its group (合计 2022年) and flags a 总计 that is not its rows or its groups added up', () => {
    const tables = parseDraft(labour()).tables;
    assert.equal(tables.length, 1);
    assert.deepEqual(
      tables[0]!.header.cells.map((c) => c.text),
      ['类 别', '合计 2022年', '合计 2023年', '城 镇 2022年', '城 镇 2023年', '乡 村 2022年', '乡 村 2023年'],
    );
    assert.deepEqual(findings(labour(), /^table-/), []);
    assert.ok(findings(labour('2700.00'), 'table-sum').includes('2700.00'));
  });

  it('does not read a body of three rows with figures', () => {
    const rows = (label: string): RegExp => new RegExp(`${label} \\|\\n[A-Za-z ]+ \\|\\n(?:[0-9.]+ \\|\\n|\\|\\n)+`);
    const text = forestry().replace(rows('#灌木林'), '').replace(rows('中幼龄林抚育'), '').replace(rows('低产林改造'), '');
    assert.ok(!parseDraft(text).tables.some((t) => t.header.cells[0]?.text === '指 标'));
  });
});
