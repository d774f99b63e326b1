// Readings of post45a (issue 12, round 45, heldout154–156: 老龄 and 妇幼 reports, 灾情 news, 国有资产 reports, 建议办理
// reports): a site's stamp of date, views, source and poster under the headline; a short row of a table aligned with
// spaces placed by where its figures stand; a place's report and a report's coverage as scopes; net assets glossed in
// brackets; items of one enumeration joined by 、; a list opened by 这些X涉及. Each case made up, each silent case failing
// without its reading and each reported case with its guard.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings, findingTexts } from './figure-findings';

describe('a site’s stamp under the headline: date, views, source, poster (post45a)', () => {
  const page = (stamp: string): string => `【省卫生健康委】我省儿童健康状况持续改善\n\n${stamp}\n\n  3月7日，省卫生健康委通报2020年全省儿童健康状况。全省儿童健康水平进一步提高。`;

  it('is the page’s, not the document’s date', () => {
    assert.deepEqual(findingTexts(page('2021年03月08日412未知admin'), 'number-format'), []);
  });

  it('leaves a date alone on its line read', () => {
    assert.deepEqual(findingTexts(page('2021年03月08日'), 'number-format'), ['2021年03月08日']);
  });
});

describe('a short row of a table aligned with spaces (post45a)', () => {
  const table = (total2000: string): string =>
    [
      '                 表 1               若干年份某县老年人口',
      '',
      '                                      1990 年                    2000 年',
      '                   分龄组         人数（人）        占比（%）       人数（人）       占比（%）',
      `                    总计           21200        10.05        ${total2000}        13.01`,
      '',
      '                  60~64 岁        11500         5.36        12900         5.51',
      '                  65~69 岁         6400         2.77         8000         3.60',
      '                  70~74 岁         2800         1.33         4000         2.59',
      '                  75~79 岁          500         0.59         1200         1.31',
      '                 80 岁及以上                                     6',
    ].join('\n');

  it('stands its figure under the column it is written under', () => {
    assert.deepEqual(figureFindings(table('26106'), ['table-sum']), []);
  });

  it('still reports a total its parts do not make', () => {
    assert.deepEqual(figureFindings(table('26116'), ['table-sum']), ['table-sum 26116']);
  });
});

describe('a summary and the reports of its places (post45a)', () => {
  const disaster = (hunan: string): string =>
    `截至6月14日9时统计，上述3省12.2万人受灾；直接经济损失3.1亿元。具体灾情如下。据浙江省民政厅报告，金华、衢州2市6900余人受灾，直接经济损失2800余万元。据江西省民政厅报告，景德镇等5市1.7万人受灾，直接经济损失8600余万元。据湖南省民政厅报告，长沙等8市10.3万人受灾；直接经济损失${hunan}亿元。`;

  it('gives each place’s figures, not the summary’s', () => {
    assert.deepEqual(figureFindings(disaster('2.1')), []);
  });

  it('still compares the summary with a figure outside any report', () => {
    assert.deepEqual(figureFindings(disaster('2.1').replace('据湖南省民政厅报告，', '')), ['number-conflict 2.1亿元']);
  });
});

describe('paragraphs that each count what their report covers (post45a)', () => {
  const report = (count: string): string =>
    `截至2020年底，纳入全区国有资产报告统计的单位和企业共300户。国有资产总额905.20亿元，较上年增长234.95亿元。\n\n截止2020年底，纳入我区国有企业报表统计范围的国有企业共计${count}户，其中一级企业14户。国有资产总额692.91亿元，同比增长12.64%。`;

  it('give two coverages’ totals', () => {
    assert.deepEqual(figureFindings(report('67')), []);
  });

  it('still compare the totals of one coverage counted alike', () => {
    assert.deepEqual(figureFindings(report('300')), ['number-conflict 692.91亿元']);
  });
});

describe('net assets glossed in brackets (post45a)', () => {
  const sheet = (assets: string): string => `国有资产总额${assets}亿元，较上年增长234.95亿元；负债总额626.10亿元，较上年增长89.99亿元；净资产（所有者权益）279.10亿元，较上年增长144.96亿元。`;

  it('are the assets less the liabilities', () => {
    assert.deepEqual(figureFindings(sheet('905.20')), []);
  });

  it('reports assets the two do not make', () => {
    assert.deepEqual(figureFindings(sheet('814.68')), ['number-sum 279.10亿元']);
  });

  it('are read before the name’s last word too (净资产（所有者权益，下同）总额)', () => {
    const sentences = (assets: string): string => `三大类资产总额${assets}亿元，同比增长8.63%。负债总额123238.90亿元，同比增长6.45%。净资产（所有者权益，下同）总额89692.04亿元，同比增长11.77%。`;
    assert.deepEqual(figureFindings(sentences('212930.94')), []);
    assert.deepEqual(figureFindings(sentences('191637.85')), ['number-sum 89692.04亿元']);
  });
});

describe('items of one enumeration joined by 、 (post45a)', () => {
  const firms = (total: string): string => `区管国有企业${total}家，包括功能类企业5家、公共服务类企业4家、竞争类企业1家。`;

  it('are all parts, whatever they add up to', () => {
    assert.deepEqual(figureFindings(firms('10')), []);
  });

  it('reports items that exceed the total', () => {
    assert.deepEqual(figureFindings(firms('9')), ['number-sum 9家']);
  });
});

describe('a list opened by 这些X涉及 (post45a)', () => {
  const proposals = (total: string): string =>
    `代表们共提出各类建议${total}件。这些建议涉及农林水电、工交、财贸等经济建设类的有53件，占76.8%；涉及教育、卫生等社会事业类的有11件，占15.9%；涉及公安、人事等综合类的有5件，占7.3%。`;

  it('lists the parts of the total named before it', () => {
    assert.ok(!figureFindings(proposals('69')).includes('number-sum 69件'));
  });

  it('reports parts that do not make the total', () => {
    assert.ok(figureFindings(proposals('62')).includes('number-sum 62件'));
  });
});

describe('one level exceeding another by N倍 (post45a)', () => {
  const mortality = (times: string): string => `5岁以下儿童死亡率城市为5.8‰，农村为12.9‰，农村高于城市${times}倍。`;

  it('is the higher over the lower, less one or not', () => {
    assert.deepEqual(figureFindings(mortality('1.2')), []);
    assert.deepEqual(figureFindings(mortality('2.2')), []);
  });

  it('reports a multiple that fits neither reading', () => {
    assert.deepEqual(figureFindings(mortality('1.1')), ['number-ratio 1.1倍']);
  });
});

describe('实现…目标 as the verb of 达标率 (post45a)', () => {
  const targets = (rate: string): string => `在可监测的33项重点统计指标中，有31项指标提前实现《纲要》目标，总达标率${rate}%。`;

  it('is read as the count over the group', () => {
    assert.deepEqual(figureFindings(targets('93.9')), []);
  });

  it('reports a rate that does not fit', () => {
    assert.deepEqual(figureFindings(targets('98.9')), ['number-ratio 98.9%']);
  });
});

describe('kinds listed after 包括 inside a group of a list by ； (post45a)', () => {
  const firms = (total: string): string =>
    `2019年，区属国有企业包括直接监管与委托监管两类共${total}家企业。其中，区管国有企业10家，包括功能类企业5家、公共服务类企业4家、竞争类企业1家；委托监管企业7家，分别委托六部门监管。`;

  it('end with the group: the next group is a part again', () => {
    assert.deepEqual(figureFindings(firms('17')), []);
  });

  it('reports parts that do not make the total', () => {
    assert.deepEqual(figureFindings(firms('15')), ['number-sum 15家']);
  });
});
