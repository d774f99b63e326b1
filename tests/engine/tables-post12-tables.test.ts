// Tables read after the first run on heldout19 and heldout20 (post12-tables, issue 12). Each reading with a made-up
// table: the case it keeps silent (or the slip it now reports) fails without it, and the other case still holds.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';
import type { Table, TableCell, TableRow } from '../../server/src/engine/tables/model';
import { unclearTableSums } from '../../server/src/engine/tables/unclear';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

const tableFindings = (text: string): string[] =>
  check(text)
    .findings.filter((f) => /^table-|^broken-paragraph$|^web-residue$/.test(f.rule))
    .map((f) => `${f.rule}:${text.slice(f.offset, f.endOffset)}`);

describe('a row the rows right after it add up to is their subtotal, not a part beside them (post12-tables)', () => {
  const table = (total: string, east: string): string =>
    [
      '附表 各市常住人口',
      '地区 | 常住人口（万人） | 出生率（‰） |',
      `全 省 | ${total} | 10.1 |`,
      `东江市（含新港） | ${east} | 10.5 |`,
      '东江市（不含新港） | 280 | 10.2 |',
      '新港 | 40 | 12.0 |',
      '西山市 | 410 | 9.8 |',
      '南岭市 | 270 | 10.0 |',
      '',
    ].join('\n');

  it('does not add the subtotal and its parts both', () => {
    assert.deepEqual(tableFindings(table('1000', '320')), []);
  });

  it('still reports a total the parts do not add up to', () => {
    assert.deepEqual(findings(table('1100', '320'), 'table-sum'), ['1100']);
  });

  it('reports the （含…） row its two named parts do not add up to', () => {
    assert.ok(findings(table('1000', '300'), 'table-sum').includes('300'));
  });
});

describe('自然增长率 is 出生率 less 死亡率 in every row (post12-tables)', () => {
  const table = (natural: string): string =>
    [
      '附表 各市人口变动',
      '地区 | 常住人口（万人） | 出生率（‰） | 死亡率（‰） | 自然增长率（‰） |',
      '全 省 | 1000 | 10.1 | 6.0 | 4.1 |',
      `西山市 | 410 | 9.8 | 6.2 | ${natural} |`,
      '南岭市 | 590 | 10.3 | 5.9 | 4.4 |',
      '',
    ].join('\n');

  it('finds nothing wrong where every row subtracts', () => {
    assert.deepEqual(tableFindings(table('3.6')), []);
  });

  it('reports the natural growth rate that is not the difference', () => {
    assert.deepEqual(findings(table('8.6'), 'table-sum'), ['8.6']);
  });
});

describe('a table whose rows have different numbers of figures: sums the rows of one length bear out (post12-tables)', () => {
  // made up: a yearbook series whose early years lack the later columns (no 航空 before 1995, no 管道 before 2010),
  // so that no row's figures can be put under the headings: the reader keeps such a table unclear
  const lines = (slip: string): string[] => [
    '1980 120.5 60.2 60.3 300.0 100.0 200.0',
    '1985 150.4 70.1 80.3 350.0 120.0 230.0',
    '1990 180.0 80.0 100.0 400.0 150.0 250.0',
    '1995 210.0 90.0 118.0 2.0 490.0 200.0 290.0',
    '2000 250.0 95.0 151.0 4.0 560.0 210.0 350.0',
    '2005 300.5 100.5 195.0 5.0 610.0 220.0 390.0',
    '2008 320.0 105.0 210.0 5.0 650.0 230.0 420.0',
    `2010 ${slip} 110.0 235.0 6.1 700.0 250.0 420.0 30.0`,
    '2015 400.0 120.0 272.0 8.0 800.0 280.0 480.0 40.0',
    '2020 420.0 125.0 285.0 10.0 900.0 300.0 550.0 50.0',
    '2022 430.0 126.0 292.0 12.0 950.0 310.0 580.0 60.0',
  ];
  const unclear = (rows: readonly string[]): Table => {
    let at = 0;
    const row = (line: string): TableRow => {
      const cells: TableCell[] = [];
      let offset = at;
      for (const text of line.split(' ')) {
        cells.push({ offset, endOffset: offset + text.length, text });
        offset += text.length + 1;
      }
      const r = { offset: at, endOffset: at + line.length, cells };
      at += line.length + 1;
      return r;
    };
    const header = row('年份 客运量 货运量');
    return { offset: 0, endOffset: 0, source: 'aligned', header, rows: rows.map(row), align: [], unclear: true };
  };
  const wrong = (rows: readonly string[]): string[] =>
    unclearTableSums(unclear(rows))
      .filter((r) => !r.holds)
      .map((r) => r.anchor.text);

  it('reads nothing wrong where every row of a length adds up', () => {
    assert.deepEqual(wrong(lines('351.1')), []);
    assert.ok(unclearTableSums(unclear(lines('351.1'))).length >= 20);
  });

  it('reports the total of a row that does not add up', () => {
    assert.deepEqual(wrong(lines('350.1')), ['350.1']);
  });

  it('reads no sum into rows that do not bear one out', () => {
    assert.deepEqual(unclearTableSums(unclear(['1980 5 7 9 11', '1985 6 8 10 12', '1990 7 9 11 13', '1995 8 10 12 14'])), []);
  });
});

describe('第二产业 over 工业 and 建筑业 written right under it, in traditional characters too (post12-tables)', () => {
  const table = (industry: string): string =>
    [
      '單位：億元、%',
      '',
      '指 標',
      '',
      '總 量',
      '',
      '比上年增長',
      '',
      '地區生產總值',
      '',
      '300.00',
      '',
      '6.0',
      '',
      '第一產業增加值',
      '',
      '50.00',
      '',
      '5.0',
      '',
      '第二產業增加值',
      '',
      '100.00',
      '',
      '4.0',
      '',
      '工業增加值',
      '',
      industry,
      '',
      '6.5',
      '',
      '建筑業增加值',
      '',
      '39.90',
      '',
      '1.0',
      '',
      '第三產業增加值',
      '',
      '150.00',
      '',
      '7.0',
      '',
    ].join('\n');

  it('does not add the growth rates of the sectors (比上年增長 is growth)', () => {
    assert.deepEqual(tableFindings(table('60.10')), []);
  });

  it('reports 第二產業 that its 工業 and 建筑業 do not add up to', () => {
    assert.deepEqual(findings(table('60.13'), 'table-sum'), ['100.00']);
  });
});

describe('a heading row “X中” heads a breakdown of row X when its rows add up to it (post12-tables)', () => {
  const table = (total2020: string): string =>
    [
      '表8 运输线路长度',
      '单位：公里',
      '    项目 2019 2020 2021',
      '铁路营业里程     1200 1300 1400',
      `公路通车里程    40000 ${total2020} 42000`,
      '内河通航里程   3100 3200 3300',
      '公路通车里程中     ',
      '  干线公路    9000 9500 9800',
      '  县级公路    11000 11200 11500',
      '  乡镇公路    20000 20300 20700',
      '公路通车里程中     ',
      '  晴雨通车里程   35000 36000 37000',
      '  绿化里程   20000 21000 22000',
      '',
    ].join('\n');

  it('reads the rows under 公路通车里程中 as its parts, and no sum of the rows under the second', () => {
    assert.deepEqual(findings(table('41000'), 'table-sum'), []);
  });

  it('reports the year whose parts do not add up to the row', () => {
    assert.deepEqual(findings(table('40000'), 'table-sum'), ['40000']);
  });
});

describe('a stacked heading broken over two lines per figure column; a rate of whole batches (post12-tables)', () => {
  const table = (rate: string): string =>
    [
      '附件',
      '',
      '序号',
      '',
      '食品种类',
      '',
      '样品抽检',
      '',
      '数量/批次',
      '',
      '合格样品',
      '',
      '数量/批次',
      '',
      '不合格样品',
      '',
      '数量/批次',
      '',
      '样品',
      '',
      '不合格率',
      '',
      ...['1', '粮食加工品', '400', '396', '4', '1.00%'],
      ...['2', '食用油', '164', '160', '4', rate],
      ...['3', '肉制品', '250', '245', '5', '2.00%'],
      ...['4', '调味品', '125', '122', '3', '2.40%'],
      ...['5', '饮料', '300', '297', '3', '1.00%'],
    ]
      .flatMap((l, i, all) => (i < 22 || i === all.length - 1 ? [l] : [l, '']))
      .join('\n');

  it('reads the rate column against 不合格样品 over 样品抽检, and finds nothing wrong', () => {
    assert.deepEqual(tableFindings(table('2.44%')), []);
  });

  it('reports a rate off by less than the half-batch slack would allow', () => {
    assert.deepEqual(findings(table('2.20%'), 'table-rate'), ['2.20%']);
  });
});

describe('one form in sections, its heading lines repeated and its cells mostly /, is a table (post12-tables)', () => {
  const form = (count: string): string =>
    [
      '二、主动公开政府信息情况',
      '',
      '第二十条第（一）项',
      '',
      '信息内容',
      '',
      '本年制发件数',
      '',
      '本年废止件数',
      '',
      '现行有效件数',
      '',
      '规章',
      '',
      '/',
      '',
      '/',
      '',
      '/',
      '',
      '第二十条第（五）项',
      '',
      '信息内容',
      '',
      '本年处理决定数量',
      '',
      '行政许可',
      '',
      count,
      '',
      '第二十条第（六）项',
      '',
      '信息内容',
      '',
      '本年处理决定数量',
      '',
      '行政处罚',
      '',
      '/',
      '',
      '行政强制',
      '',
      '/',
      '',
      '第二十条第（八）项',
      '',
      '信息内容',
      '',
      '本年收费金额（单位：万元）',
      '',
      '行政事业性收费',
      '',
      '/',
      '',
    ].join('\n');

  it('finds no web residue or broken paragraph inside it', () => {
    assert.deepEqual(tableFindings(form('1234')), []);
  });

  it('still reads a lone number line outside such a form as residue', () => {
    assert.ok(check('全区完成投资12亿元。\n\n1234\n\n全区新增就业500人。').findings.some((f) => f.rule === 'web-residue'));
  });
});
