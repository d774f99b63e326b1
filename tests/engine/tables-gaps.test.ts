// Tables read so that a broken copy of a figure is found (issue 13, table-sum mutants on the real corpus), second
// round: empty cells a copy left as wider runs of spaces or as a pair of pipes inside a row, rows indented under a #
// row that are more of its list, and a column the sum of the columns beside it leaves out (a 其中 column).

import assert from 'node:assert/strict';
import { applyEdits, check } from '../../server/src/engine/check';
import { parseDraft } from '../../server/src/engine/parse';
import type { Table } from '../../server/src/engine/tables/model';

const cells = (t: Table): string[][] => [t.header, ...t.rows].map((r) => r.cells.map((c) => c.text));
const tableFindings = (text: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule.startsWith('table-'))
    .map((f) => text.slice(f.offset, f.endOffset));

describe('a table from a PDF, single spaces between cells, a wider run of spaces an empty cell', () => {
  const table = (schools: string): string =>
    [
      '表3 各类学校基本情况',
      '',
      '  学校 招生 在校生 教职工 专任教师',
      `  1.普通中学 ${schools} 2010 6115 421 375`,
      '      初中 44 1407 4138   255',
      '      高中 10 603 1977   120',
      '  2.小学 71 1212 7464 386 355',
      '  3.幼儿园 68 830 2528 194 135',
      '',
    ].join('\n');

  it('puts an empty cell where three spaces stand between two figures', () => {
    const draft = parseDraft(table('54'));
    assert.equal(draft.tables.length, 1);
    const t = draft.tables[0]!;
    assert.ok(!t.unclear);
    assert.deepEqual(cells(t)[2], ['初中', '44', '1407', '4138', '', '255']);
    assert.ok(!t.rows[1]!.short);
    assert.deepEqual(tableFindings(table('54')), []);
  });

  it('finds the row the two rows under it add up to, cut by a tenth', () => {
    assert.deepEqual(tableFindings(table('49')), ['49']);
  });
});

describe('rows indented under a # row that are larger than it in a column', () => {
  const table = (whole: string): string =>
    [
      '| 学校类别 | 学校数（所） | 招生数（人） | 在校生数（人） |',
      '|---|--:|--:|--:|',
      '| 1.普通高中 | 12 | 5210 | 15220 |',
      `| 2.中等职业学校 | ${whole} | 4493 | 14609 |`,
      '|  #普通中专 | 3 | 3357 | 10097 |',
      '|    成人中专 | 1 | 60 | 186 |',
      '|    职业高中 | 6 | 730 | 3412 |',
      '| 3.小学 | 71 | 12127 | 74649 |',
      '',
    ].join('\n');

  it('reads them as more of the 其中 list, not as parts of the # row', () => {
    assert.deepEqual(tableFindings(table('10')), []);
  });

  it('finds the row they are parts of when it is cut below their sum', () => {
    assert.deepEqual(tableFindings(table('9')), ['9']);
  });
});

describe('a table pasted one cell per line, a pipe alone inside a row an empty cell', () => {
  const table = (staff: string): string =>
    [
      '各地机构情况',
      '',
      ...['机构数', '床位数', '人员数', '医师数'],
      ...['全市', '300', '900', staff, '770'],
      ...['甲区', '30', '600', '1400', '400'],
      ...['乙区', '240', '', '1200', '370'],
      ...['丙区', '30', '300', '0', '0'],
    ]
      .map((c) => (c === '' ? '|' : `${c} |`))
      .join('\n') + '\n';

  it('keeps the empty cell in its column when the row lacks as many cells as it has pipes alone', () => {
    const draft = parseDraft(table('2600'));
    assert.equal(draft.tables.length, 1);
    const t = draft.tables[0]!;
    assert.ok(!t.unclear);
    assert.deepEqual(cells(t)[3], ['乙区', '240', '', '1200', '370']);
    assert.ok(!t.rows[2]!.short);
    assert.deepEqual(tableFindings(table('2600')), []);
  });

  it('finds a total cut by a tenth in a column after the empty cell', () => {
    assert.deepEqual(tableFindings(table('2340')), ['2340']);
  });
});

describe('a column the sum of the columns beside it leaves out, never larger than the column before it', () => {
  const table = (technicians: string, staff = '516'): string =>
    [
      '| 机构 | 机构数 | 人员 | 医师 | 护士 | 技师 | 检验 | 其他 |',
      '|---|--:|--:|--:|--:|--:|--:|--:|',
      `| 医院 | 22 | ${staff} | 158 | 213 | ${technicians} | 20 | 109 |`,
      '| 卫生院 | 41 | 587 | 172 | 150 | 32 | 10 | 233 |',
      '| 诊所 | 60 | 260 | 111 | 90 | 9 | 3 | 50 |',
      '| 疾控中心 | 3 | 142 | 50 | 20 | 47 | 30 | 25 |',
      '',
    ].join('\n');

  it('takes the other columns for the sum and the column left out for a part of the one before it', () => {
    assert.deepEqual(tableFindings(table('36')), []);
  });

  it('finds a sum cut by a tenth', () => {
    assert.deepEqual(tableFindings(table('36', '464')), ['464']);
  });

  it('finds a cell smaller than the part the next column gives it', () => {
    assert.ok(tableFindings(table('16', '496')).includes('16'));
  });
});

describe('a statistical table in groups: 在总计中 rows, numbered 按…分 groups, items over their sub-items', () => {
  const rows = (total: string): string[] => [
    `| 总 计 | ${total} | 104 | 4546 | 3594 |`,
    '| 在总计中： | | | | |',
    '| 亏损企业 | 104 | 104 | 268 | 420 |',
    '| 一、按轻重工业分 | | | | |',
    '| 轻工业 | 482 | 67 | 2429 | 1869 |',
    '| 以农产品为原料 | 362 | 49 | 1879 | 1424 |',
    '| 以非农产品为原料 | 120 | 18 | 550 | 445 |',
    '| 重工业 | 355 | 37 | 2117 | 1725 |',
    '| 采掘工业 | 97 | 4 | 461 | 415 |',
    '| 原料工业 | 88 | 8 | 572 | 538 |',
    '| 加工工业 | 170 | 25 | 1084 | 772 |',
    '| 二、按企业规模分 | | | | |',
    '| 大型企业 | 38 | 6 | 1112 | 1277 |',
    '| 中型企业 | 71 | 10 | 688 | 629 |',
    '| 小型企业 | 728 | 88 | 2746 | 1688 |',
  ];
  const gfm = (total: string): string => ['| 类别 | 企业单位数（个） | #亏损企业（个） | 工业总产值 | 资产合计 |', '|---|--:|--:|--:|--:|', ...rows(total), ''].join('\n');

  it('reads the total over each 按…分 group, items over their sub-items, and the rows 在总计中 apart', () => {
    assert.deepEqual(tableFindings(gfm('837')), []);
  });

  it('finds the total cut by a tenth', () => {
    assert.deepEqual([...new Set(tableFindings(gfm('753')))], ['753']);
  });

  // the same table pasted from a web page: heading lines each as wide as the body, every line closed by pipes
  const pasted = (total: string): string =>
    [
      '| 表1 某市规模以上工业主要指标 | ||||',
      '| 类 别 | 企 业 | 工 业 | 资产合计 | |',
      '| 单 位 数 | #亏 损 | |||',
      '| （个） | 企 业 | 总 产 值 | ||',
      ...rows(total).map((r) => r.replace(/ \| \| \| \| \|$/, ' | ||||')),
      '',
    ].join('\n');

  it('keeps heading lines as wide as the body as lines of the heading, one above the other', () => {
    const draft = parseDraft(pasted('837'));
    assert.equal(draft.tables.length, 1);
    const t = draft.tables[0]!;
    assert.ok(!t.unclear);
    assert.deepEqual(
      cells(t)
        .slice(0, 4)
        .map((r) => r.length),
      [5, 5, 5, 5],
    );
    assert.deepEqual(tableFindings(pasted('837')), []);
    assert.deepEqual([...new Set(tableFindings(pasted('753')))], ['753']);
  });
});

describe('a 增长 column without a % whose figures are the differences', () => {
  const table = (change: string): string =>
    [
      '| 指标 | 单位 | 上年度 | 本年度 | 增长 |',
      '|---|---|--:|--:|--:|',
      '| 总收入 | 万元 | 21177 | 21740 | 563.00 |',
      '| 门诊人次 | 人次 | 330303 | 364218 | 33915.00 |',
      `| 平均住院天数 | 天 | 8.29 | 8.22 | ${change} |`,
      '| 药品收入占比 | % | 34.62 | 35.47 | 0.85 |',
      '',
    ].join('\n');

  it('reads them as differences, not as growth in percent', () => {
    assert.deepEqual(tableFindings(table('-0.07')), []);
  });

  it('finds a difference that does not agree with its two columns', () => {
    assert.deepEqual(tableFindings(table('-0.17')), ['-0.17']);
  });
});

describe('heading lines above a table pasted one cell per line that cannot be put in its columns', () => {
  const text = [
    '表2 卫生机构、床位及人员数 |',
    'Health Institutions, Beds |',
    '|',
    'and Personnel |',
    '|',
    '机构类别 |',
    'Institutions |',
    ...['机构数 |', '床位数 |', '人员数 |', '（个） |', '（张） |', '（人） |', '|', '|', '|'],
    ...['Number |', 'Beds |', 'Personnel |'],
    ...['总 计 |', 'Total |', '60 |', '900 |', '2600 |'],
    ...['医 院 |', 'Hospitals |', '20 |', '600 |', '1400 |'],
    ...['卫生院 |', 'Health Centers |', '40 |', '300 |', '1200 |'],
    '',
  ].join('\n');

  it('are lines of the table, not broken paragraphs or web residue', () => {
    const rules = check(text).findings.map((f) => f.rule);
    assert.ok(rules.includes('pasted-table'));
    assert.deepEqual(
      rules.filter((r) => r === 'broken-paragraph' || r === 'web-residue'),
      [],
    );
  });

  it('are kept as they stand when the table is rebuilt', () => {
    const finding = check(text).findings.find((f) => f.rule === 'pasted-table')!;
    const fixed = applyEdits(text, finding.fix!);
    for (const words of ['表2 卫生机构、床位及人员数', 'Health Institutions, Beds', '机构数', '（张）', 'Hospitals', '1400']) assert.ok(fixed.includes(words), words);
  });
});

describe('two rows equal in several columns, the second larger in some and smaller in others', () => {
  const table = [
    '| 县 | 新增就业 | 再就业 | 技能培训 | 创业带动 | 困难帮扶 | 就业援助 |',
    '|---|--:|--:|--:|--:|--:|--:|',
    '| 甲县 | 1900 | 3029 | 360 | 516 | 200 | 293 |',
    '| 乙县 | 1900 | 4021 | 360 | 440 | 200 | 233 |',
    '| 丙县 | 3600 | 3889 | 620 | 807 | 300 | 369 |',
    '',
  ].join('\n');

  it('reads them as siblings with the same targets, not as a row and its one part', () => {
    assert.deepEqual(tableFindings(table), []);
  });
});

describe('a 其中 row followed by rows that add up to it', () => {
  const table = (urban: string, fringe: string): string =>
    [
      '| 地区 | 学校 | 班级 | 学生 |',
      '|---|--:|--:|--:|',
      `| 城区 | ${urban} | 900 | 30500 |`,
      '| 教育部门 | 80 | 600 | 21000 |',
      '| 民办 | 30 | 300 | 9500 |',
      `| 其中：新区 | ${fringe} | 350 | 11200 |`,
      '| 教育部门 | 25 | 200 | 6600 |',
      '| 民办 | 15 | 150 | 4600 |',
      '| 镇区 | 50 | 450 | 15000 |',
      '',
    ].join('\n');

  it('reads those rows as its own parts, and the rows above it as the parts of the row they add up to', () => {
    assert.deepEqual(tableFindings(table('110', '40')), []);
  });

  it('finds the row above cut by a tenth', () => {
    assert.deepEqual(tableFindings(table('99', '40')), ['99']);
  });

  it('finds the 其中 row cut by a tenth', () => {
    assert.deepEqual(tableFindings(table('110', '36')), ['36']);
  });
});

describe('a rate column beside two plan columns', () => {
  const table = (rate: string): string =>
    [
      '| 市州 | 计划完成数 | 累计开工数 | 开工率 | 计划投资额（万元） | 累计完成投资额（万元） | 投资完成率 |',
      '|---|--:|--:|--:|--:|--:|--:|',
      `| 甲市 | 150 | 143 | ${rate} | 86157.25 | 36836.13 | 42.75% |`,
      '| 乙市 | 71 | 44 | 61.97% | 13533.40 | 4756.44 | 35.15% |',
      '| 丙市 | 87 | 71 | 81.61% | 19099.87 | 6930.72 | 36.29% |',
      '| 丁市 | 146 | 58 | 39.73% | 68429.76 | 27456.40 | 40.12% |',
      '',
    ].join('\n');

  it('divides by the plan column the rate holds for in most rows', () => {
    assert.deepEqual(tableFindings(table('95.33%')), []);
  });

  it('finds a rate moved by five points', () => {
    assert.deepEqual(tableFindings(table('90.33%')), ['90.33%']);
  });
});

describe('a table pasted one cell per line, numbered rows and a total without a number', () => {
  const table = (total: string): string =>
    [
      '完成进度表',
      '',
      ...['序号', '市州', '计划数', '开工数', '投资额'],
      ...['1', '甲市', '150', '143', '8615.25'],
      ...['2', '乙市', '71', '44', '1353.40'],
      ...['3', '丙市', '87', '71', '1909.87'],
      ...['全省', total, '258', '11878.52'],
      '',
    ].join('\n\n');

  it('gives the total row an empty 序号 cell', () => {
    const draft = parseDraft(table('308'));
    assert.equal(draft.tables.length, 1);
    const t = draft.tables[0]!;
    assert.ok(!t.unclear);
    assert.deepEqual(cells(t).slice(-1), [['', '全省', '308', '258', '11878.52']]);
    assert.deepEqual(tableFindings(table('308')), []);
  });

  it('finds the total cut by a tenth', () => {
    assert.deepEqual(tableFindings(table('277')), ['277']);
  });
});

describe('a rate written as a row, years across', () => {
  const table = (cure: string): string =>
    [
      '| 指标 | 2019年 | 2020年 | 2021年 | 2022年 |',
      '|---|--:|--:|--:|--:|',
      '| 出院人数 | 15395 | 18334 | 20787 | 23280 |',
      '| 1.治愈 | 11540 | 13558 | 14897 | 16475 |',
      '| 2.好转 | 3082 | 4069 | 5093 | 5931 |',
      '| 病床数 | 1050 | 1251 | 1289 | 1387 |',
      `| 治愈率（%） | ${cure} | 73.9 | 71.7 | 70.8 |`,
      '| 好转率（%） | 20.0 | 22.2 | 24.5 | 25.5 |',
      '',
    ].join('\n');

  it('divides the row the rate names by the row it holds for', () => {
    assert.deepEqual(tableFindings(table('75.0')), []);
  });

  it('finds a rate moved by five points', () => {
    assert.deepEqual(tableFindings(table('80.0')), ['80.0']);
  });
});

describe('heading lines as wide as the body under a title line that is neither caption nor unit', () => {
  const text = [
    '表1 | ||||',
    '2020年某镇一般公共预算收入执行情况表 | ||||',
    '单位：万元 | ||||',
    '项 目 | 2019年决算数 | 2020年调整数 | 2020年执行数 | |',
    '金额 | 占调整预算% | 比上年增长% | ||',
    '一、税收收入 | 294 | 333 | 333 | 100 |',
    '增值税 | 266 | 292 | 292 | 100 |',
    '企业所得税 | 9 | 5 | 5 | 100 |',
    '个人所得税 | 19 | 36 | 36 | 100 |',
    '二、非税收入 | 50 | 40 | 40 | 100 |',
    '',
  ].join('\n');

  it('leaves the table unclear rather than read its columns under the wrong headings', () => {
    assert.deepEqual(tableFindings(text), []);
  });
});

// third round (branch tables3): heading lines of a table pasted as text that stand above the rows it was read
// from, and tables whose totals were not read (heldout4)

const residue = (text: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === 'broken-paragraph' || f.rule === 'web-residue')
    .map((f) => text.slice(f.offset, f.endOffset));

describe('a space-aligned table whose heading lines are stacked Chinese and English words', () => {
  const text = [
    '表5 各类学校办学情况（2023年）',
    'schools by type, 2023',
    ' ',
    '  类别 学校数   在校生 教职工 生师比',
    '（所） （人） （人） （人）',
    'number of',
    'schools students staff',
    'enrolled and teachers',
    '(unit) (person)',
    '',
    '(person)',
    '',
    '小学       primary 120 45210 3120 14.5',
    '初中       junior 60 30150 2410 12.5',
    '高中       senior 20 15240 1320 11.5',
    '',
  ].join('\n');

  it('reads those lines as the heading of the table, not broken paragraphs', () => {
    assert.ok(check(text).findings.some((f) => f.rule === 'pasted-table'));
    assert.deepEqual(residue(text), []);
  });

  it('stops at a sentence above them: it stays prose', () => {
    const lines = parseDraft(['各类学校办学情况见下表。', text].join('\n')).lines.map((p) => p.source);
    assert.deepEqual(lines, ['各类学校办学情况见下表。']);
  });
});

describe('a pipe table under bilingual caption lines and one heading cell per line', () => {
  const text = [
    '表8 文化事业基本情况（2018—2022年） | |||||',
    'Statistics on Culture, 2018-2022 | |||||',
    '年 份 Year |',
    '文化机构 （个） Number of Institutions (unit) |',
    '从业人员 （人） Employed Persons (person) |',
    '||||',
    '# 公共图书馆 Public Libraries |',
    '# 博物馆 Museums |',
    '||||',
    '2018 | 120 | 12 | 8 | 3100 |',
    '2019 | 124 | 12 | 9 | 3180 |',
    '2020 | 125 | 13 | 9 | 3210 |',
    '2021 | 130 | 13 | 10 | 3350 |',
    '2022 | 133 | 14 | 10 | 3420 |',
    '',
  ].join('\n');

  it('reads those lines as the heading of the table, not broken paragraphs', () => {
    assert.ok(check(text).findings.some((f) => f.rule === 'pasted-table'));
    assert.deepEqual(residue(text), []);
  });
});

describe('a budget table pasted with pipes: a number line over its title, a merged heading cell, a grand total', () => {
  const table = (grand: string): string =>
    [
      '表2 | ||||',
      '2023年某镇一般公共预算收入执行情况表 | ||||',
      '单位：万元 | ||||',
      '项 目 | 2022年决算数 | 2023年执行数 | ||',
      '金额 | 比上年增长% | |||',
      '一、税收收入 | 500 | 550 | 10.00 |',
      '增值税 | 300 | 320 | 6.67 |',
      '企业所得税 | 120 | 150 | 25.00 |',
      '车船税 | 80 | 80 | 0.00 |',
      '二、非税收入 | ||||',
      '罚没收入 | ||||',
      '本年收入合计 | 500 | 550 | 10.00 |',
      '转移性收入 | 1000 | 1200 | 20.00 |',
      '上级一般性转移支付收入 | 700 | 900 | 28.57 |',
      '上级专项转移支付收入 | 300 | 300 | 0.00 |',
      `收入总计 | 1500 | ${grand} | 16.67 |`,
      '',
    ].join('\n');

  it('reads the heading cell over the columns the line below names, and the 表2 line with the title as the caption', () => {
    const t = parseDraft(table('1750')).tables[0]!;
    assert.ok(!t.unclear);
    assert.deepEqual(cells(t)[0], ['项 目', '2022年决算数', '2023年执行数 金额', '2023年执行数 比上年增长%']);
    assert.equal(t.caption?.text, '表2 2023年某镇一般公共预算收入执行情况表');
    assert.deepEqual(tableFindings(table('1750')), []);
  });

  it('reads the 总计 as the 合计 above it and the rows after it, and finds it cut by a tenth', () => {
    // the 增长 cell beside it no longer holds either
    assert.ok(tableFindings(table('1575')).includes('1575'));
  });
});

describe('a table with one column of amounts: the three sectors under a row', () => {
  const table = (whole: string): string =>
    [
      '指 标',
      '|',
      '绝对数',
      '|',
      '比上年增长%',
      '|',
      '地区生产总值',
      '|',
      whole,
      '|',
      '6.5',
      '|',
      '第一产业',
      '|',
      '30.2',
      '|',
      '3.1',
      '|',
      '第二产业',
      '|',
      '150.4',
      '|',
      '8.2',
      '|',
      '第三产业',
      '|',
      '120.0',
      '|',
      '5.0',
      '',
    ].join('\n');

  it('reads them as its whole by their names', () => {
    assert.deepEqual(tableFindings(table('300.6')), []);
  });

  it('finds the row above them cut by a tenth (one column: no other column shows the sum)', () => {
    assert.deepEqual(tableFindings(table('270.5')), ['270.5']);
  });

  it('does not add up the sectors under an index row (上年=100): indices are not sums', () => {
    const rows = [
      '| 指标 | 2020 | 2021 |',
      '|---|---:|---:|',
      '| 总产出指数（上年=100） | 108.4 | 107.2 |',
      '| 第一产业 | 103.1 | 102.9 |',
      '| 第二产业 | 110.2 | 109.5 |',
      '| 第三产业 | 107.5 | 106.0 |',
      '',
    ];
    assert.deepEqual(tableFindings(rows.join('\n')), []);
  });
});

describe('two breakdowns of one total one after the other, with no 按…分 between them', () => {
  const table = (total: string): string =>
    [
      '| 类别 | 机构数 | 床位数 |',
      '|---|---:|---:|',
      `| 医院总计 | ${total} | 1000 |`,
      '| 公立医院 | 30 | 700 |',
      '| 民营医院 | 20 | 300 |',
      '| 综合医院 | 25 | 600 |',
      '| 中医医院 | 15 | 250 |',
      '| 专科医院 | 10 | 150 |',
      '',
    ].join('\n');

  it('reads the rows as two cuts that each add up to the total, not one list twice its size', () => {
    assert.deepEqual(tableFindings(table('50')), []);
  });

  it('still finds the total cut by a tenth', () => {
    assert.ok(tableFindings(table('45')).includes('45'));
  });
});
