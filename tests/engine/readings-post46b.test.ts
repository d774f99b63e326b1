// Readings of post46b (issue 12, round 46, heldout159–163: government work reports, 大庆's economic analyses, 平潭's
// information-disclosure reports): the share of each listed resource going to one use; a difference at current prices
// beside a growth at comparable prices; a count split in two halves whose shares make 100%; a structure of two sides;
// 三次产业比为 as a structure; categories closed by 其他 of a total stated the paragraph before. Each case made up, each
// silent case failing without its reading and each reported case with its guard.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings } from './figure-findings';

describe('the share of each listed resource going to one use (post46b)', () => {
  const support = (third: string): string => `专项产业基金、新增能耗、新增工业用地支持民间投资项目比重分别为98.1%、91.5%、${third}%，民间项目投资增长5.2%。`;

  it('is of its own resource, never summed', () => {
    assert.deepEqual(figureFindings(support('86.4')), []);
  });

  it('still sums the regions’ shares of one measure', () => {
    assert.deepEqual(figureFindings('东、中、西部地区快递业务量比重分别为78.2%、34.3%和7.5%。'), ['number-ratio 7.5%']);
  });
});

describe('a difference at current prices beside a growth (post46b)', () => {
  const product = (caliber: string): string => `一季度全市实现地区生产总值536.4亿元，${caliber}比同期增加61.2亿元，同比增长2.4%，比同期增速高0.6个百分点。`;

  it('is no base of the growth at comparable prices', () => {
    assert.deepEqual(figureFindings(product('现价总量')), []);
  });

  it('still reports a difference with no caliber that does not give the growth', () => {
    assert.deepEqual(figureFindings(product('总量')), ['number-ratio 2.4%']);
  });
});

describe('a count split in two halves after 其中 (post46b)', () => {
  const halves = (total: string, towns: string, share: string): string =>
    `各单位对政府信息进行了梳理和编目，2012年主动公开政府信息${total}条。其中，区直、县直各单位主动公开政府信息1286条，占72%。各乡镇主动公开政府信息${towns}条，占${share}%。`;

  it('adds up, each share its half over the count', () => {
    assert.deepEqual(figureFindings(halves('1786', '500', '28')), []);
  });

  it('reports halves that do not make the count, shares making 100%', () => {
    assert.deepEqual(figureFindings(halves('1788', '500', '28')), ['number-sum 1788条']);
  });

  it('reports a share that is not its half over the count, the halves making it', () => {
    assert.deepEqual(figureFindings(halves('1786', '500', '26')), ['number-ratio 26%']);
  });

  it('leaves a count that is one of several in its period', () => {
    assert.deepEqual(figureFindings('会议期间共收到提案448件，包括集体提案84件，委员及委员联名提案364件。其中，经济建设方面260件，占58%。其他方面188件，占42%。'), []);
  });
});

describe('a structure of two sides (post46b)', () => {
  const sides = (oil: string): string => `油经济实现增加值310.4亿元，同比下降0.9%；非油经济实现增加值889.6亿元，同比增长2.8%。油与非油经济比重为${oil}：74.1，非油经济比重比同期提高10.5个百分点。`;

  it('has terms that are each side over the two together', () => {
    assert.deepEqual(figureFindings(sides('25.9')), []);
  });

  it('reports a term that is not its side’s share', () => {
    assert.deepEqual(figureFindings(sides('23.9')), ['number-ratio 23.9', 'number-ratio 74.1']);
  });
});

describe('三次产业比为 as a structure (post46b)', () => {
  const economy = (first: string): string =>
    `上半年全市实现地区生产总值（GDP）1000亿元，同比增长1.5%。第一产业实现增加值42亿元，同比增长4.4%；第二产业实现增加值588亿元，同比增长0.1%；第三产业实现增加值370亿元，同比增长4.5%。三次产业比为${first}：58.8：37，一产比重比同期提高0.9个百分点。`;

  it('has terms that are each industry over the product', () => {
    assert.deepEqual(figureFindings(economy('4.2')), []);
  });

  it('reports a term off its industry’s share', () => {
    assert.deepEqual(figureFindings(economy('3.2')), ['number-ratio 3.2', 'number-ratio 37']);
  });
});

describe('categories closed by 其他 of a total stated the paragraph before (post46b)', () => {
  const report = (other: string): string =>
    `2015年主动公开政府信息2600条。\n\n2015年，我区各工作部门主动公开政府信息的主要类别有：机构职能类信息300条，政策、规范性文件类信息420条，规划计划类信息80条，其他应主动公开的信息${other}条。`;

  it('add up to it', () => {
    assert.deepEqual(figureFindings(report('1800')), []);
  });

  it('reports categories that do not', () => {
    assert.deepEqual(figureFindings(report('1900')), ['number-sum 2600条']);
  });

  it('leaves a list not closed by 其他', () => {
    assert.deepEqual(figureFindings(report('1900').replace('其他应主动公开的信息', '安全生产类信息')), []);
  });
});

describe('a part’s share 占总人口的比重达到 after 其中 (post46b)', () => {
  const population = (share: string): string => `年末全市户籍人口（含农垦）为250.0万人，其中非农业人口为130.0万人，占总人口的比重达到${share}%。`;

  it('is the part over the count before 其中', () => {
    assert.deepEqual(figureFindings(population('52.0')), []);
  });

  it('reports a share off it', () => {
    assert.deepEqual(figureFindings(population('57.0')), ['number-ratio 57.0%']);
  });
});
