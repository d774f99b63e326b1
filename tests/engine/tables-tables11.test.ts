// Tables read on the layouts real pages paste (issue 12), round 11 (tables11): forms of tables the engine misread,
// raising false alarms, or did not read at all. Each reading with a made-up table, each case failing without it.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

const tableFindings = (text: string): string[] =>
  check(text)
    .findings.filter((f) => /^table-|^broken-paragraph$|^web-residue$/.test(f.rule))
    .map((f) => `${f.rule}:${text.slice(f.offset, f.endOffset)}`);

describe('内 and 含 mark a part only with a mark after them; one row indented under a row is a part of it', () => {
  // made up: a yearbook table aligned with spaces, English after the Chinese, years as columns
  const table = (road: string): string =>
    [
      '表1 交通基本情况',
      '项目 Item 2019 2020 2021',
      `  铁路里程（公里）  Railways(km) 1200 1300 1400`,
      `  公路里程（公里）  Highways(km) ${road} 41000 42000`,
      `   高速公路   Expressways 2100 2200 2300`,
      '  内河航道里程（公里）  Inland Waterways(km) 3100 3200 3300',
      `  客运量（万人）  Passengers(10000) 5000 5100 5200`,
      '',
      '以上数据来自交通部门。',
      '',
    ].join('\n');

  it('does not read a row that merely starts with 内 as a part of the row above', () => {
    assert.deepEqual(tableFindings(table('40000')), []);
  });

  it('reports the indented row larger than the row it is a part of', () => {
    assert.deepEqual(findings(table('2000'), 'table-sum'), ['2000']);
  });
});

describe('a # written in the margin: the rows after it, as deep, are more of its list; a row back at the top ends it', () => {
  const table = (total: string): string =>
    [
      '表2 图书馆情况',
      '项目  Item 2019 2020 2021',
      `    图书总藏量（千册） ${total} 3300 3400`,
      '        Total Collections(1000 volumes)',
      '    #图书藏量（千册） 2400 2600 2700',
      '            Books(1000 volumes)',
      '      报刊藏量（千册） 240 250 260',
      '            Newspapers(1000 volumes)',
      '      视听文献藏量（千册） 70 75 80',
      '            Audio-visual(1000 volumes)',
      '    讲座次数（次） 200 250 240',
      '        Sessions(time)',
      '    展览次数（次） 50 150 600',
      '        Exhibitions(time)',
      '',
      '以上数据来自文化部门。',
      '',
    ].join('\n');

  it('does not take the next measures into the list', () => {
    assert.deepEqual(tableFindings(table('3100')), []);
  });

  it('reports a total below the list of its parts', () => {
    assert.deepEqual(findings(table('2650'), 'table-sum'), ['2650']);
  });
});

describe('a heading row that lost its corner is put over the figure columns', () => {
  const table = (rate: string): string =>
    [
      '| 表3 各区项目投资 | | | | |',
      '| 计划投资 | 完成投资 | 完成率 | | |',
      '| 地 区 | District | 亿元 | 亿元 | % |',
      `| 甲区 | A | 100 | 80 | ${rate} |`,
      '| 乙区 | B | 50 | 45 | 90.0 |',
      '| 丙区 | C | 40 | 30 | 75.0 |',
      '',
      '以上数据来自统计部门。',
      '',
    ].join('\n');

  it('checks the rate column against the columns its heading names', () => {
    assert.deepEqual(tableFindings(table('80.0')), []);
    assert.deepEqual(findings(table('85.0'), 'table-rate'), ['85.0']);
  });

  it('does not add up a rate column whose heading lost its place', () => {
    const rates = [
      '| 迁入人数 | 迁入率 | 迁出人数 | 迁出率 | | |',
      '| 地 区 | District | Number | Rate | Number | Rate |',
      '| 全 市 | All | 2000 | 20.11 | 400 | 4.02 |',
      '| 甲区 | A | 1000 | 18.52 | 200 | 3.70 |',
      '| 乙区 | B | 1000 | 22.22 | 200 | 4.44 |',
      '',
      '以上数据来自统计部门。',
      '',
    ].join('\n');
    assert.deepEqual(tableFindings(rates), []);
  });
});

describe('a space-aligned bilingual table with its # rows read as Markdown headings', () => {
  const table = (total: string): string =>
    [
      '表4 运输主要指标',
      'Basic Statistics of Transport',
      '项    目   Item   2020 2021',
      `货运量        （万吨）   Freight Traffic                 (10000 tons)   ${total} 98175`,
      '# 铁 路              Railways                               1793 2292',
      ' 公 路               Highways                               46966 53204',
      ' 水 路               Waterways                              42238 42560',
      ' 民 航               Civil Aviation                           117 119',
      '客运量       （万人次）   Passenger Traffic          (10000 person-times)   32702 21733',
      ' 铁 路               Railways                               8686 9175',
      '',
      '以上数据来自交通部门。',
      '',
    ].join('\n');

  it('reads the table: no broken paragraph in it, its parts add up', () => {
    assert.deepEqual(tableFindings(table('91114')), []);
  });

  it('reports a total its parts do not add up to', () => {
    assert.deepEqual(findings(table('82114'), 'table-sum'), ['82114']);
  });
});

describe('a 其中 row larger than its row in every column is no part of it', () => {
  const table = (deaths: string): string =>
    [
      '表5 医院工作状况',
      '项    目 单 位 2019年 2020年 2021年',
      '诊疗人次数 万人次 8158.6 7765.5 7308.2',
      ' #门诊急诊人次数 万人次 7247.3 6798.5 6713.1',
      '观察室收容病人数 万人次 156.8 243 236.4',
      ` #死亡人数 ${deaths}`,
      '健康检查人数 万人 219.3 164.3 204',
      '',
      '以上数据来自卫生部门。',
      '',
    ].join('\n');

  it('stays silent when the unit written in the label makes the row smaller everywhere', () => {
    assert.deepEqual(tableFindings(table('3402 2797 2546')), []);
  });

  it('reports a part larger than its row in one column', () => {
    assert.deepEqual(findings(table('102 297 146'), 'table-sum'), ['243']);
  });
});

describe('第二产业 = 工业 + 建筑业 when the sectors are written 其中：第一产业, with a footnote mark', () => {
  // (农林牧渔业 equal to 第一产业: the industries of one reckoning with the sectors; where they differ the table reckons
  // its industries by industry and 工业 + 建筑业 need not make up 第二产业, readings-merge51.test.ts)
  const table = (industry: string): string =>
    [
      '表6 全县生产总值',
      '',
      '| 指标 | 绝对数（亿元） | 比上年增长（%） |',
      '|---|---|---|',
      '| 地区生产总值 | 200.0 | 4.1 |',
      '| 其中：第一产业[1] | 40.0 | 3.2 |',
      '| 第二产业 | 70.0 | 5.0 |',
      '| 第三产业 | 90.0 | 3.9 |',
      '| 其中：农林牧渔业 | 40.0 | 3.2 |',
      `| 工业 | ${industry} | 4.8 |`,
      '| 建筑业 | 15.0 | 6.0 |',
      '| 批发和零售业 | 20.0 | 5.5 |',
      '',
      '以上数据来自统计部门。',
      '',
    ].join('\n');

  it('holds when 工业 and 建筑业 make up 第二产业', () => {
    assert.deepEqual(findings(table('55.0'), 'table-sum'), []);
  });

  it('reports 第二产业 that 工业 and 建筑业 do not make up', () => {
    assert.deepEqual(findings(table('56.0'), 'table-sum'), ['70.0']);
  });

  it('stays silent when no growth column bears out that the rows are of the same reckoning', () => {
    const amounts = table('56.0')
      .split('\n')
      .map((l) => l.replace(/ \| [0-9.]+ \|$| \| 比上年增长（%） \|$/, ' |').replace(/^\|---\|---\|---\|$/, '|---|---|'))
      .join('\n');
    assert.deepEqual(findings(amounts, 'table-sum'), []);
  });
});

describe('table-restatement: a share of a whole is no growth; 增長 (traditional) is one', () => {
  const text = (growth: string): string =>
    [
      '一、综合',
      '',
      '全年实现地区生产总值35163万元，增长5.7%。其中：工业增加值占地区生产总值的比重2.38%。第一產業增加值10433萬元，增長4.3%。',
      '',
      '| 指标 | 单位 | 绝对数 | 增长率 |',
      '|---|---|---|---|',
      '| 生产总值 | 万元 | 35163 | 5.7 % |',
      `| 第一產業 | 万元 | 10433 | ${growth} |`,
      '| 工业 | 万元 | 837 | 6.2 % |',
      '',
      '以上数据来自统计部门。',
      '',
    ].join('\n');

  it('does not compare the share with a growth cell', () => {
    assert.deepEqual(findings(text('4.3 %'), 'table-restatement'), []);
  });

  it('compares the growth written 增長 with the row’s growth cell', () => {
    assert.deepEqual(findings(text('4.8 %'), 'table-restatement'), ['4.8 %']);
  });
});

describe('a net column is the 入 column less the 出 column', () => {
  const table = (net: string): string =>
    [
      '| 地区 | 迁入人数 | 迁入率（‰） | 迁出人数 | 迁出率（‰） | 净增人数 | 净增率（‰） |',
      '|---|---|---|---|---|---|---|',
      '| 全市 | 3000 | 20.00 | 1000 | 6.67 | 2000 | 13.33 |',
      `| 甲区 | 1200 | 24.00 | 400 | 8.00 | ${net} | 16.00 |`,
      '| 乙区 | 1000 | 20.00 | 300 | 6.00 | 700 | 14.00 |',
      '| 丙区 | 800 | 16.00 | 300 | 6.00 | 500 | 10.00 |',
      '',
      '以上数据来自公安部门。',
      '',
    ].join('\n');

  it('holds when each row nets its two columns', () => {
    assert.deepEqual(findings(table('800'), 'table-sum'), []);
  });

  it('reports a net figure that is not the difference', () => {
    assert.deepEqual(findings(table('720'), 'table-sum'), ['2000', '720']);
  });
});

describe('a rate per thousand written as a row (出生率‰)', () => {
  const table = (rate: string): string =>
    [
      '| 指标 | 2023年 | 2022年 | 2021年 | 2020年 |',
      '|---|---|---|---|---|',
      '| 总人口（人） | 1020000 | 1010000 | 1000000 | 990000 |',
      '| 年平均人数（人） | 1015000 | 1005000 | 995000 | 985000 |',
      '| 出生人数（人） | 10150 | 11055 | 11940 | 12805 |',
      `| 出生率‰ | ${rate} | 11.00 | 12.00 | 13.00 |`,
      '',
      '以上数据来自公安部门。',
      '',
    ].join('\n');

  it('holds when each year’s rate is the births over the mean population, per thousand', () => {
    assert.deepEqual(findings(table('10.00'), 'table-rate'), []);
  });

  it('reports a rate that is not', () => {
    assert.deepEqual(findings(table('9.50'), 'table-rate'), ['9.50']);
  });
});
