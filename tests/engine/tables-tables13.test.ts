// Readings of tables added in round 13 (branch tables13). Each case is a made-up text: the reading catches a broken
// figure, and stays silent where the figures hold or where it does not apply; each fails without its reading.

import { reports, silent } from './figure-findings';

describe('table-restatement: a report’s counts named by their act alone (tables13)', () => {
  const table = [
    '表2 办理情况',
    '',
    '| 类型 | 2024年（件） | 上年同期（件） |',
    '|---|---:|---:|',
    '| 接收量 | 5210 | 4980 |',
    '| 受理量 | 4376 | 4102 |',
    '| 调解成功量 | 2811 | 2690 |',
    '| 已办结 | 5003 | 4871 |',
    '',
  ].join('\n');
  it('compares 受理, 调解成功 and 办结 after 共接收投诉 with the rows 受理量, 调解成功量 and 已办结', () => {
    const text = `2024年，某县12315平台共接收投诉5210件，受理4736件；调解成功2811件；已办结5003件。\n\n${table}`;
    reports(text, 'table-restatement', '“受理量”行“2024年”为4376件，正文第1行写作4736件');
    reports(text.replace('4736件', '4376件').replace('5003件', '5030件'), 'table-restatement', '“已办结”行“2024年”为5003件');
  });
  it('stays silent when they agree, and on a count the table has no row for', () => {
    silent(`2024年，某县12315平台共接收投诉5210件，受理4376件；调解成功2811件；已办结5003件。\n\n${table}`);
    silent(`2024年，某县12315平台共接收投诉5210件，转办4736件。\n\n${table}`);
  });
});

describe('table-restatement: cells without a unit read in the unit of the text that restates them (tables13)', () => {
  const table = (gdp: string): string =>
    [
      '表1 全县地区生产总值',
      '',
      '| 指标 | 绝对数 | 比上年增长（%） |',
      '|---|---:|---:|',
      `| 地区生产总值 | ${gdp} | 5.1 |`,
      '| 第一产业 | 41.3 | 3.2 |',
      '| 第二产业 | 98.6 | 6.0 |',
      '| 第三产业 | 142.7 | 5.0 |',
      '',
    ].join('\n');
  const text = '全年全县实现地区生产总值282.6亿元，比上年增长5.1%。其中，第一产业增加值41.3亿元，第二产业增加值98.6亿元，第三产业增加值142.7亿元。';
  it('compares 282.6亿元 with a 绝对数 of 254.3 when the other rows agree as written', () => {
    reports(`${text}\n\n${table('254.3')}`, 'table-restatement', '“地区生产总值”行“绝对数”为254.3');
  });
  it('stays silent when they agree, and when the table is in another unit than the text (no row agrees)', () => {
    silent(`${text}\n\n${table('282.6')}`);
    silent(`${text}\n\n${table('2826000').replace('41.3 |', '413000 |').replace('98.6 |', '986000 |').replace('142.7 |', '1427000 |')}`);
  });
});

describe('table-sum: natural growth written as rows, years across (tables13)', () => {
  const table = (natural: string): string =>
    [
      '表3 人口变动情况',
      '',
      '| 指标 | 2022年 | 2023年 |',
      '|---|---:|---:|',
      '| 年末常住人口（万人） | 512.36 | 509.87 |',
      '| 出生人口（万人） | 4.12 | 3.86 |',
      '| 出生率（‰） | 8.03 | 7.55 |',
      '| 死亡人口（万人） | 3.75 | 3.91 |',
      '| 死亡率（‰） | 7.31 | 7.65 |',
      '| 自然增长人口（万人） | 0.37 | -0.05 |',
      `| 自然增长率（‰） | 0.72 | ${natural} |`,
      '',
    ].join('\n');
  it('checks 自然增长率 = 出生率 − 死亡率 in each year’s column', () => {
    reports(table('-0.01'), 'table-sum', '出生率（‰）7.55 − 死亡率（‰）7.65 = -0.1，');
  });
  it('stays silent where it holds, and when the rates are in different units', () => {
    silent(table('-0.10'));
    silent(table('-0.01').replace('| 出生率（‰） |', '| 出生率（%） |'));
  });
});

describe('table-sum: a yearbook’s long row labels on a line of their own (tables13)', () => {
  // columns parted by single spaces, copied from a PDF: a long label stands above its figures, the end of its English
  // below them (its 中医医院 is one of the 其中 list under 医院)
  const table = (second: string): string =>
    [
      '表5 各类医院工作情况',
      '',
      '项目 诊疗人次 门急诊人次 入院人数',
      `医院       hospitals 621035 ${second} 21240`,
      '#综合医院           general hospitals 443210 430125 16015',
      '  中医医院           hospitals of traditional chinese',
      '120575 118040 3890',
      '         medicine',
      '  专科医院   specialized hospitals 57250 56010 1335',
      '卫生院                 township hospitals 287690 275030 12070',
      '',
    ].join('\n');
  it('reads 中医医院 with the figures under it, and checks the 其中 list', () => {
    reports(table('550418'), 'table-sum', '中医医院');
  });
  it('stays silent when the list adds up', () => {
    silent(table('604175'));
  });
});
