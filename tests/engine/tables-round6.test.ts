// Tables read so that a broken copy of a figure is found (issue 12), sixth round: a year against 上年 in the columns
// a growth column compares, a bilingual yearbook's English caption and heading lines, shares of several wholes in
// one column (each whole the row that reads 100), and 构成 rows that repeat the names of the rows above them.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const tableFindings = (text: string): string[] =>
  check(text)
    .findings.filter((f) => /^table-/.test(f.rule))
    .map((f) => text.slice(f.offset, f.endOffset));

describe('a year against 上年 in the columns a growth column compares', () => {
  // made up: a district's revenue budget beside last year's outturn
  const table = (diff: string, growth: string): string =>
    [
      '单位：万元 | ||||',
      '项目 | 2025年预算数 | 上年完成数 | 比上年增减额 | 比上年增减% |',
      `一、税收收入 | 5500 | 5000 | ${diff} | ${growth} |`,
      '1、增值税 | 2200 | 2000 | 200 | 10.00 |',
      '2、城建税 | 1320 | 1200 | 120 | 10.00 |',
      '3、房产税 | 1980 | 1800 | 180 | 10.00 |',
      '',
      '全区收入预计平稳增长。',
      '',
    ].join('\n');

  it('finds nothing in a table that holds', () => {
    assert.deepEqual(tableFindings(table('500', '10.00')), []);
  });

  it('checks the difference and the growth against the named year and 上年', () => {
    assert.deepEqual([...new Set(tableFindings(table('450', '10.00')))], ['450']);
    assert.deepEqual(tableFindings(table('500', '15.00')), ['15.00']);
  });
});

describe("a bilingual yearbook's English lines", () => {
  // made up: a pipe table whose caption is followed by its English translation
  const pipe = (total: string): string =>
    [
      '| 5-3 城镇居民人均收入 | ||||',
      '| Per Capita Income of Urban Households | ||||',
      '| 单位：元 | (yuan) | |||',
      '| 项目 | Item | 2022 | 2023 | 2024 |',
      `| 人均收入 | Per Capita Income | ${total} | 33000 | 35000 |`,
      '| 工资性收入 | Wages | 18000 | 19500 | 20800 |',
      '| 经营净收入 | Business | 7000 | 7300 | 7600 |',
      '| 财产净收入 | Property | 5000 | 6200 | 6600 |',
      '',
      '城镇居民收入稳步增长。',
      '',
    ].join('\n');

  it('reads the table under a caption and its translation', () => {
    assert.deepEqual(tableFindings(pipe('30000')), []);
    assert.deepEqual(tableFindings(pipe('27000')), ['27000']);
  });

  // made up: a space-aligned table with a Chinese heading line and its English translation under it
  const aligned = (share: string): string =>
    [
      '3-2 2024年农村居民人均收支',
      '    Item 绝对数（元） 增长率（%） 构成（%）',
      'Level(yuan) Growth Rate(%) Composition(%)',
      '',
      '可支配收入 Disposable Income 20000 8.0 100.0',
      `  工资性收入  Wages 8000 9.0 ${share}`,
      '  经营净收入  Business 6000 7.0 30.0',
      '  财产净收入  Property 2000 6.0 10.0',
      '  转移净收入  Transfer 4000 8.0 20.0',
      '消费支出 Consumption 15000 6.0 100.0',
      '  食品烟酒  Food 4500 5.0 30.0',
      '  居住  Residence 6000 7.0 40.0',
      '  交通通信  Transport 3000 6.0 20.0',
      '  其他  Other 1500 4.0 10.0',
      '',
      '农村居民收入较快增长。',
      '',
    ].join('\n');

  it('names the columns by the Chinese heading line, not its translation', () => {
    assert.deepEqual(tableFindings(aligned('40.0')), []);
    assert.deepEqual(tableFindings(aligned('45.0')), ['45.0']);
  });
});

describe('shares of several wholes in one column', () => {
  // made up: a county's spending in two blocks, each whole the row that reads 100, no 合计 row
  const table = (whole: string, share: string): string =>
    [
      '表3 2024年部门支出构成',
      '',
      '| 项目 | 金额（万元） | 构成（%） |',
      '|---|---:|---:|',
      `| 基本支出 | ${whole} | 100.0 |`,
      '| 工资福利 | 6000 | 60.0 |',
      '| 商品和服务 | 2500 | 25.0 |',
      '| 对个人和家庭的补助 | 1500 | 15.0 |',
      '| 项目支出 | 4000 | 100.0 |',
      `| 建设项目 | 2000 | ${share} |`,
      '| 运转项目 | 1200 | 30.0 |',
      '| 专项业务 | 400 | 10.0 |',
      '| 其他项目 | 400 | 10.0 |',
      '',
      '支出结构基本稳定。',
      '',
    ].join('\n');

  it('finds nothing when every share holds', () => {
    assert.deepEqual(tableFindings(table('10000', '50.0')), []);
  });

  it("checks each share against its own block's whole", () => {
    assert.deepEqual(tableFindings(table('10000', '55.0')), ['55.0']);
  });

  it('reports the whole when its parts agree on another', () => {
    assert.deepEqual(tableFindings(table('9000', '50.0')), ['9000']);
  });
});

describe('构成 rows that repeat the names of the rows above them', () => {
  // made up: a yearbook table with the amounts, then the same items as shares of the first row
  const table = (share: string): string =>
    [
      '| 项目 | 2022 | 2023 | 2024 |',
      '|---|---:|---:|---:|',
      '| 人均消费支出（元） | 20000 | 22000 | 25000 |',
      '| 食品烟酒 | 6000 | 6600 | 7000 |',
      '| 居住 | 5000 | 5500 | 6500 |',
      '| 交通通信 | 3000 | 3300 | 4000 |',
      '| 消费支出构成（%） | 100.0 | 100.0 | 100.0 |',
      `| 食品烟酒 | ${share} | 30.0 | 28.0 |`,
      '| 居住 | 25.0 | 25.0 | 26.0 |',
      '| 交通通信 | 15.0 | 15.0 | 16.0 |',
      '',
    ].join('\n');

  it('finds nothing when the shares hold', () => {
    assert.deepEqual(tableFindings(table('30.0')), []);
  });

  it('checks each share against its row above and the whole', () => {
    assert.deepEqual(tableFindings(table('35.0')), ['35.0']);
  });
});

describe('a 其中 row over a deeper 其中 list of its own', () => {
  // made up: a county's revenue, the taxes listed under 税收收入 one level deeper
  const table = (taxes: string): string =>
    [
      '| 项目 | 甲县 | 乙县 | 丙县 |',
      '|---|---:|---:|---:|',
      '| 一般公共预算收入 | 50000 | 42000 | 36000 |',
      `| 其中：税收收入 | ${taxes} | 30000 | 25000 |`,
      '| 其中：增值税 | 15000 | 12000 | 10000 |',
      '| 企业所得税 | 6000 | 5000 | 4000 |',
      '| 一般公共预算支出 | 90000 | 80000 | 70000 |',
      '',
    ].join('\n');

  it('finds nothing when the taxes stay within 税收收入', () => {
    assert.deepEqual(tableFindings(table('35000')), []);
  });

  it('checks the deeper list against its own row', () => {
    assert.deepEqual(tableFindings(table('20000')), ['20000']);
  });
});

describe('columns without a heading written alike', () => {
  // made up: a space-aligned yearbook page, its city headings lost, one row of rates among the amounts
  const table = (gdp: string): string =>
    [
      '（一）地区生产总值（万元） ' + gdp + ' 5000 3000 2000',
      '  第一产业增加值 1000 500 400 300',
      '  第二产业增加值 4000 2000 1100 800',
      '  第三产业增加值 5000 2500 1500 900',
      '  人均地区生产总值（元） 46762 62266 25446 27393',
      '  地区生产总值增长率（%） 13.5 13.9 15.1 15.2',
      '',
    ].join('\n');

  it('finds nothing when every column adds up', () => {
    assert.deepEqual(tableFindings(table('10000')), []);
  });

  it("checks a column whose only sum is the one broken, as its neighbours'", () => {
    assert.deepEqual(tableFindings(table('9000')), ['9000']);
  });
});

describe('a growth row between two years written as rows', () => {
  // made up: a department's “三公” spending, the years as rows and the change as a row under them
  const table = (growth: string): string =>
    [
      '| 年度 | 合计 | 因公出国（境）费 | 公务接待费 | 公务用车购置及运行费 |',
      '|---|---:|---:|---:|---:|',
      '| 2023年 | 200 | 20 | 80 | 100 |',
      '| 2024年 | 180 | 10 | 80 | 90 |',
      `| 2024年比2023年增减% | ${growth} | -50.00 | 0.00 | -10.00 |`,
      '',
    ].join('\n');

  it('finds nothing when the growth holds', () => {
    assert.deepEqual(tableFindings(table('-10.00')), []);
  });

  it('checks each cell against the two year rows', () => {
    assert.deepEqual(tableFindings(table('-15.00')), ['-15.00']);
  });
});

describe('rows under a first cell merged down over them', () => {
  // made up: a hospital's indicators, each 一级指标 cell merged over its rows, pasted as pipe rows
  const table = (change: string): string =>
    [
      '一级指标 | 二级指标 | 单位 | 上年度 | 本年度 | 增长 |',
      '运营指标 | 总收入 | 万元 | 2000 | 2200 | 200 |',
      `总支出 | 万元 | 1800 | 1900 | ${change} | |`,
      '服务指标 | 门诊人次 | 人次 | 30000 | 33000 | 3000 |',
      '出院人次 | 人次 | 3000 | 3300 | 300 | |',
      '',
      '各项指标总体平稳。',
      '',
    ].join('\n');

  it('finds nothing when the rows hold', () => {
    assert.deepEqual(tableFindings(table('100')), []);
  });

  it('reads the shifted rows in their columns', () => {
    assert.deepEqual(tableFindings(table('150')), ['150']);
  });
});
