// Readings of post42a (issue 12, round 42, heldout139–141: floods, forestry, emergency care, health statistics, zones and
// investment): grades of crop damage nested; a kind of forest land narrowing a measure; a site's bulleted article header;
// a column of growth rates told by its figures; a paragraph that takes two kinds of unit in turn; the group compared with
// after 高于; a target to be done and what was reached of it; two shares joined by 和, each of its own plan; a difference
// naming the quantity changed; a span of months and its months one by one. Each case made up, each silent case failing
// without its reading and each reported case with its guard.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings, findingTexts as findings } from './figure-findings';

describe('grades of crop damage after 其中 (post42a)', () => {
  const crops = (damaged: string): string => `全县农作物受灾面积50.2万亩，其中成灾面积${damaged}万亩、绝收面积20.1万亩。`;

  it('reads 绝收 as within 成灾, not a second part beside it', () => {
    assert.deepEqual(figureFindings(crops('38.4')), []);
  });

  it('still reports the crop lost larger than the crop damaged', () => {
    assert.deepEqual(figureFindings(crops('18.4')), ['number-sum 18.4万亩']);
  });

  it('still reports a grade larger than the crop affected', () => {
    assert.deepEqual(figureFindings(crops('58.4')), ['number-sum 50.2万亩']);
  });
});

describe('a kind of forest land inside a measure (post42a)', () => {
  const forest = (land: string): string =>
    `全省共完成荒山造林面积590.9万亩，比上年减少5.6%。西部12个省区共完成造林面积342.7万亩，占全部造林面积的58%。完成森林抚育面积80.1万亩。另外，完成${land}造林面积30.8万亩；四旁植树1.2亿株。`;

  it('reads 有林地造林面积 as the planting on that land, not the 造林面积 stated again', () => {
    assert.deepEqual(findings(forest('有林地'), 'number-conflict'), []);
  });

  it('still compares 造林面积 stated twice (the reading before)', () => {
    assert.deepEqual(findings(forest(''), 'number-conflict'), ['30.8万亩']);
  });
});

describe('a site’s article header set out as bullets (post42a)', () => {
  const page = (next: string): string => `市急救中心圆满完成春节保障任务\n\n  • 时间：2023-02-03\n\n  • ${next}\n\n春节期间，市急救中心共接听电话1200次。`;

  it('reads the date above • 作者： as the page’s date', () => {
    assert.deepEqual(findings(page('作者：佚名'), 'number-format'), []);
  });

  it('still reads a dashed date with no byline field after it', () => {
    assert.deepEqual(findings(page('地点：市急救中心'), 'number-format'), ['2023-02-03']);
  });
});

// made up: a table pasted one cell a line whose two rows of headings ran together, the growth columns under a year's
// heading (as 診療人次增長(% over 2018 1-10 | 2019 1-10 in a national report)
const pastedTable = (growth: string): string =>
  [
    '表1 医疗服务量',
    '诊疗人次数（万人次）',
    '诊疗人次增长(%',
    '出院人数（万人）',
    '出院人数增长(%',
    ...['2018', '1-10', '2019', '1-10', '2018', '1-10', '2019', '1-10'],
    ...['合计', '1000.0', '1100.0', '10.0', '500.0', '520.0', '4.0'],
    ...['一、医院', '400.0', '420.0', '5.0', '300.0', '309.0', '3.0'],
    ...['二、基层机构', '600.0', '680.0', growth, '200.0', '211.0', '5.5'],
    ...['#社区卫生服务中心', '200.0', '230.0', '15.0', '80.0', '84.0', '5.0'],
    ...['#政府办', '150.0', '171.0', '14.0', '60.0', '63.0', '5.0'],
    ...['三、专业公共卫生机构', '50.0', '52.0', '4.0', '10.0', '10.5', '5.0'],
    ...['四、其他机构', '80.0', '88.0', '10.0', '20.0', '21.0', '5.0'],
  ].join('\n\n');

describe('a column of growth rates told by its figures (post42a)', () => {
  it('reads the columns as growth, not as amounts the rows add up in', () => {
    assert.deepEqual(findings(pastedTable('13.3'), 'table-sum'), []);
    assert.deepEqual(findings(pastedTable('13.3'), 'table-change'), []);
  });

  it('reports a growth the two columns before it do not give', () => {
    assert.deepEqual(findings(pastedTable('18.3'), 'table-change'), ['18.3']);
  });
});

describe('a paragraph that takes two kinds of unit in turn (post42a)', () => {
  const units = (second: string): string =>
    `全省县级医院诊疗人次达1.2亿人次，比上年增加0.1亿人次；入院人数650万人，比上年增加50万人；病床使用率85.8%。${second}诊疗人次为1.07亿人次，比上年增加0.04亿人次；入院人数394万人。医师日均担负诊疗9.3人次。病床使用率62.8%，出院者平均住院日5.9日。`;

  it('reads the short name after the second kind’s statements as the second kind’s', () => {
    assert.deepEqual(findings(units('乡镇卫生院'), 'number-conflict'), []);
  });

  it('still compares the short name when the paragraph stays with one kind', () => {
    const text = '全省县级医院诊疗人次达1.2亿人次，比上年增加0.1亿人次；入院人数650万人，比上年增加50万人；病床使用率85.8%。医师日均担负诊疗9.3人次。病床使用率62.8%，出院者平均住院日5.9日。';
    assert.deepEqual(findings(text, 'number-conflict'), ['62.8%']);
  });
});

describe('the group compared with after 高于 (post42a)', () => {
  const zones = (word: string): string => `全国共有开发区49个，其中东部33个、中西部16个。中西部16个开发区发展良好，工业总产值增长43.1%。其中工业总产值增幅${word}东部33个开发区0.74个百分点。`;

  it('reads a count after 高于 as the group compared with, no part', () => {
    assert.deepEqual(findings(zones('高于'), 'number-sum'), []);
  });

  it('still reads a count after 其中 with no comparison as a part', () => {
    assert.deepEqual(findings(zones('为'), 'number-sum'), ['16个']);
  });
});

describe('a target to be done and what was reached of it (post42a)', () => {
  const target = (verb: string): string =>
    `按照年初签订的责任书，开发区今年${verb}实际利用外资8603万美元、外贸进出口30645万美元。受经济下行影响，尤其是4月，开发区实际利用外资仅完成2159.35万美元，占全年目标的25.1%；外贸进出口仅完成2590万美元，占全年目标的8.45%，距实现目标还有很大困难。`;

  it('reads the figure followed by its share of the year’s target as what was reached of what must be done', () => {
    assert.deepEqual(findings(target('需完成'), 'number-conflict'), []);
  });

  it('still compares the two when the first is no target (完成, not 需完成)', () => {
    assert.deepEqual(findings(target('完成'), 'number-conflict'), ['2590万美元']);
  });
});

describe('two shares joined by 和, each of its own plan (post42a)', () => {
  const plans = (second: string): string => `今年1至7月，引进内资到位资金251.25亿元，同比增长15.09%，完成年度410亿元预期目标任务的61.28%和430亿元工作目标任务的${second}。`;

  it('reads the second share as of the plan written right before it', () => {
    assert.deepEqual(figureFindings(plans('58.43%')), []);
  });

  it('reports a second share its own plan does not give', () => {
    assert.deepEqual(figureFindings(plans('55.43%')), ['number-ratio 55.43%']);
  });
});

describe('a difference naming the quantity changed (post42a)', () => {
  const sales = (growth: string): string => `下乡摩托车销售2077辆（较去年同期增加销售量491辆，同比增长${growth}），销售额1629.28万元。`;

  it('reads 增加销售量491辆 as the change of the level before it', () => {
    assert.deepEqual(figureFindings(sales('31.0%')), []);
  });

  it('reports a growth cut off rather than rounded', () => {
    assert.deepEqual(figureFindings(sales('30.9%')), ['number-ratio 30.9%']);
  });
});

describe('a span of months and its months one by one (post42a)', () => {
  const rain = (june: string): string => `汛期6~9月全市平均降雨量为508mm，比历年同期偏多106mm。6~9月各月份平均降雨量分别为${june}mm、179mm、88mm、146mm，与历年同期相比偏多。`;

  it('reads the months as adding up to the span', () => {
    assert.deepEqual(figureFindings(rain('95')), []);
  });

  it('reports months that do not add up to the span, even each rounded', () => {
    assert.deepEqual(figureFindings(rain('92')), ['number-sum 508mm']);
  });

  it('leaves a level or an average over time, which the months do not add up to', () => {
    assert.deepEqual(figureFindings('今年6~8月全市平均相对湿度为81%，比常年偏高。6~8月各月份平均相对湿度分别为78%、83%、81%。'), []);
    assert.deepEqual(figureFindings('今年6~8月全市日均客流量为12万人次。6~8月各月份日均客流量分别为11万人次、13万人次、12万人次。'), []);
  });
});
