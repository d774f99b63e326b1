// Readings of post41a (issue 12, round 41, heldout134–136: 城管, 决算, 供求, 劳务, 社保, 旅游, 体彩, 文化): a 其中 part
// named by an item another figure counts; 本年 after a year; a counted group's total after its 分别是 list; a number cut
// by a site's piece label; a page's 發布日期 in 繁体; places run into one paragraph; tables of coded indicators; the
// year's own income after 包括. Each case made up, each silent case failing without its reading and each reported case
// with its guard.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings, findingTexts as findings } from './figure-findings';

// made up: a county's joint inspections and the complaints they handled, the kinds of complaint after 其中
const patrols = (clues: string): string =>
  `全年开展联合执法5次，核查处理工地扬尘、夜间施工、露天烧烤等问题线索${clues}，整改率100%；其中露天烧烤检查9次、夜间施工投诉4件、工地扬尘10件均实现有效管控。`;

describe('a 其中 part named by an item another figure counts (post41a)', () => {
  it('reads the part as the counted items’, not the total before them', () => {
    assert.deepEqual(figureFindings(patrols('25起')), []);
  });

  it('still reads 其中 after a total with no such list between', () => {
    assert.deepEqual(findings('全年开展联合执法5次，其中夜间检查9次、白天检查2次。', 'number-sum'), ['5次']);
  });
});

// made up: an agency's accounts, each year's total and its own year's part
const accounts = (own2023: string): string => `2022年支出总计5100.20万元，包括本年支出合计5100.20万元。2023年支出总计4800.50万元，包括本年支出合计${own2023}万元。`;

describe('本年 after a year in its sentence (post41a)', () => {
  it('reads 本年 as that year, so two years’ figures do not conflict', () => {
    assert.deepEqual(findings(accounts('4800.50'), 'number-conflict'), []);
  });

  it('checks the year’s own spending against its total', () => {
    assert.deepEqual(findings(accounts('4900.50'), 'number-sum'), ['4800.50万元']);
  });
});

describe('the year’s own income after 包括 (post41a)', () => {
  const income = (total: string): string => `2022年收入总计${total}万元，包括本年收入合计3925.14万元，使用年初结转和结余108.01万元。`;

  it('is silent when the two lines make the total', () => {
    assert.deepEqual(figureFindings(income('4033.15')), []);
  });

  it('reports a total smaller than its lines', () => {
    assert.deepEqual(findings(income('3329.84'), 'number-sum'), ['3329.84万元']);
  });
});

// made up: a province's job market, the three cities with most openings and with most seekers
const market = (need: string, seek: string): string =>
  `全区需求人数最多的三个城市分别是甲市需求50363人，乙市需求17439人和丙市需求16861人，这三个城市需求人数合计${need}人，占全区的45.2%；求职人员主要集中在甲市、丙市和丁市，这三个城市求职人数分别是24474人，9708人和7720人，合计求职人数${seek}人。`;

describe('a counted group’s total after its 分别是 list (post41a)', () => {
  it('reads each list with the total after it, not one before', () => {
    assert.deepEqual(findings(market('84663', '41902'), 'number-sum'), []);
  });

  it('reports a total the members do not add up to', () => {
    assert.deepEqual(findings(market('84663', '40902'), 'number-sum'), ['40902人']);
    assert.deepEqual(findings(market('83663', '41902'), 'number-sum'), ['83663人']);
  });
});

describe('a number cut by a site’s piece label (post41a)', () => {
  const cut = (label: string): string => `某乡现有2159户，81\n\n${label}52人，其中农业人口为8042人。`;

  it('reads no total after the label', () => {
    assert.deepEqual(figureFindings(cut('2、')), []);
  });

  it('still reads a total on a line of its own', () => {
    assert.deepEqual(findings('某乡现有2159户。\n\n全乡52人，其中农业人口为8042人。', 'number-sum'), ['52人']);
  });
});

describe('a page’s 發布日期 in 繁体 (post41a)', () => {
  it('is the page’s date, not the document’s', () => {
    assert.deepEqual(findings('發文字號： | 發布日期： | 2017-07-21 | |\n\n某市社會保險相關數據如下。', 'number-format'), []);
  });

  it('still reports a dashed date in the text', () => {
    assert.deepEqual(findings('會議於2017-07-21召開。', 'number-format'), ['2017-07-21']);
  });
});

// made up: a holiday roundup of provinces run into one paragraph
const roundup = (second: string): string =>
  `甲省：10月1日-4日，全省纳入统计的景区共接待游客533.77万人次，同比增长1.2%。10月4日，甲山景区接待量大幅增长，接待游客增长252.6%。 ${second}：10月1日-4日，全省接待游客497.4万人次，同比增长16.5%；实现旅游收入26.2亿元。`;

describe('places run into one paragraph, each after its name and a colon (post41a)', () => {
  it('reads each place’s figures as its own', () => {
    assert.deepEqual(findings(roundup('乙省'), 'number-conflict'), []);
  });

  it('compares the figures under one place named twice', () => {
    assert.deepEqual(findings(roundup('甲省'), 'number-conflict').length > 0, true);
  });
});

// a city's culture indicators, each row coded by 录入代码 (the rows of heldout136/wenhua-dazhou-01, districts renamed)
const indicators = (coded: boolean): string =>
  [
    '录入代码 指标名称 计量单位 全市 甲区 乙区 丙县 丁县 戊县 己县 庚市',
    '2016年 2016年 2016年 2016年 2016年 2016年 2016年 2016年',
    '1 广播覆盖率 % 96.59 98.63 96.37 93.5 98.03 99.59 98.14 91.07',
    '2 电视覆盖率 % 95.71 98.63 93.15 95.3 98.03 94.05 96.58 97.64',
    '3 有线电视入户率 % 26.76 61.66 27.04 37.17 17.95 19.18 15.37 18.63',
    '4 公共图书馆 8 1 1 1 1 1 1 1',
    '5 艺术馆、文化馆（站）个数 317 20 55 55 21 51 61 53',
    '6 文化馆机构数 8 1 1 1 1 1 1 1',
    '7 文化站机构数 309 19 54 54 20 50 60 52',
    '8 剧场、影剧院数 20 7 2 2 2 3 3 2',
    '9 其中电影院数 12 4 1 1 1 2 2 1',
    '10 博物馆 2 0 0 0 0 0 1 0',
    '11 陈列馆（纪念馆） 3 1 0 1 0 0 0 1',
    '12 体育场馆个数 11 1 1 1 1 1 1 1',
    '13 体育彩票销售收入 亿元 1.48 0.51 0.29 0.17 0.09 0.14 0.15 0.12',
    '14 全民健生路径 311 55 64 35 30 40 55 32',
    '15 当年新建全民健生路径 61 5 24 5 0 5 20 2',
    '16 新建农民体育建生工程 60 2 10 29 2 6 6 5',
  ]
    .map((line, i) => (coded || i < 2 ? line : line.replace(/^[0-9]+ /, '')))
    .join('\n');

describe('a table of coded indicators (post41a)', () => {
  it('reads no row as the sum of others', () => {
    assert.deepEqual(findings(indicators(true), 'table-sum'), []);
  });

  it('still infers parts among rows that are not coded one by one', () => {
    assert.deepEqual(findings(indicators(false), 'table-sum'), ['3']);
  });
});
