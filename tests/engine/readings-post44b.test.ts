// Readings of post44b (issue 12, round 44, heldout151–153: 计划生育 reports, market-entity news in 繁體 with pinyin
// glosses, economic-run analyses): parts' shares in the words of the total's own share; a remark (值得注意的是) and a
// group opened by “在…中” ending a 其中 list; births by sex making all the births; a rate of its verb read through pinyin
// glosses; growths compared after 較. Each case made up, each silent case failing without its reading and each
// reported case with its guard.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings } from './figure-findings';

describe('parts’ shares in the words of the total’s own share (post44b)', () => {
  const cities = (share: string): string =>
    `截至9月底，全省企业总数达到102万家。\n\n截至9月底，甲市、乙市、丙市共有企业55.22万家，占全省企业总数的54.14%。其中，甲市有企业40.52万家，占全省企业总数的${share}；乙市、丙市分别有企业8.32万家、6.38万家。`;

  it('are of the larger whole the total is a share of', () => {
    assert.deepEqual(figureFindings(cities('39.73%')), []);
  });

  it('still reports a share that does not fit that whole', () => {
    assert.deepEqual(figureFindings(cities('44.73%')), ['number-ratio 44.73%']);
  });
});

describe('a remark after 值得注意的是 (post44b)', () => {
  const remark = (first: string): string =>
    `截至今年9月底，我省企業（yè）總數（shù）達（dá）到102萬家。\n\n截至今年9月底，武漢、襄陽、宜昌共有企業（yè）55.22萬家，占全省企業（yè）總數（shù）的54.14%。其中，武漢有企業（yè）${first}萬家，占全省企業（yè）總數（shù）的39.73%；襄陽、宜昌分別有企業（yè）8.32萬家、6.38萬家，分別占全省企業（yè）總數（shù）的8.16%、6.25%。值得注意的是，武漢城市圈“1+8”地區（qū）共有企業（yè）65.97萬家，占全省企業（yè）總數（shù）的64.68%。`;

  it('is no part of the 其中 list before it', () => {
    assert.deepEqual(figureFindings(remark('40.52')), []);
  });

  it('still reports parts that exceed the total', () => {
    assert.ok(figureFindings(remark('50.52')).includes('number-sum 55.22萬家'));
  });
});

describe('a group opened by “在…中” after 其中 (post44b)', () => {
  const revenue = (tax: string, local: string): string =>
    `1-7月全区公共财政预算收入10.57亿元，增长12.3%。其中：税收收入${tax}亿元，同比增长16.5%；在税收收入中：国税完成2.9亿元，地税完成${local}亿元。`;

  it('is the breakdown of the part it names', () => {
    assert.deepEqual(figureFindings(revenue('7.9', '5')), []);
  });

  it('leaves the part before it checked against the total', () => {
    assert.deepEqual(figureFindings(revenue('17.9', '15')), ['number-sum 10.57亿元']);
  });
});

describe('births by sex (post44b)', () => {
  const births = (girls: string, ratio: string): string => `截至6月30日，全镇共出生人口82人，其中一孩66人，二孩16人；男孩40人，女孩${girls}人，性别比为${ratio}，全镇共死亡58人。`;

  it('are all the births', () => {
    assert.deepEqual(figureFindings(births('42', '95')), []);
  });

  it('reports boys and girls that do not make the births', () => {
    assert.deepEqual(figureFindings(births('32', '125')), ['number-sum 82人']);
  });
});

describe('a rate of its verb with pinyin glosses (post44b)', () => {
  const centre = (rate: string): string => `截至28日，該中心共受理申請17.36萬件，當（dāng）場辦結（jié）12.29萬件，當（dāng）場辦結（jié）率達（dá）${rate}。`;

  it('reads the counts before it', () => {
    assert.deepEqual(figureFindings(centre('70.80%')), []);
  });

  it('reports a rate that does not fit them', () => {
    assert.deepEqual(figureFindings(centre('74.96%')), ['number-ratio 74.96%']);
  });
});

describe('growths compared after 較 (post44b)', () => {
  const growth = (points: string): string => `1-8月份，規上工業增加值增速-0.6%，增速較上半年（0.6%）回落1.2個百分點，較去年全年（-6.5%）回升${points}個百分點。`;

  it('are read as in simplified characters', () => {
    assert.deepEqual(figureFindings(growth('5.9')), []);
  });

  it('reports points that do not fit', () => {
    assert.deepEqual(figureFindings(growth('6.3')), ['number-ratio 6.3個百分點']);
  });
});

describe('square metres written ㎡ (post44b)', () => {
  const sales = (total: string): string => `1、总体销售情况：本月销售商品房${total}万㎡（210套），其中住宅0.8674万㎡（71套），商业类非住宅0.7123万㎡（78套），地下车位（库）0.1911万㎡（61个）。`;

  it('are areas, added up after 其中', () => {
    assert.deepEqual(figureFindings(sales('1.7708')), []);
  });

  it('reports parts that do not make the total', () => {
    assert.deepEqual(figureFindings(sales('1.5937')), ['number-sum 1.5937万㎡']);
  });
});

describe('比重为 after a part’s growth (post44b)', () => {
  const composition = (share: string): string =>
    `上半年，全区建筑业企业完成建筑业总产值278.71亿元，同比下降9.4%。\n\n从构成看，上半年，全区建筑业企业完成建筑工程产值252.35亿元，同比下降7.4%，占全部建筑业总产值的比重为90.5%；完成安装工程产值22.82亿元，下降28.5%，比重为${share}；完成其他产值3.54亿元，增长14.0%，比重为1.3%。`;

  it('is the part’s share of the whole the first share names', () => {
    assert.deepEqual(figureFindings(composition('8.2%')), []);
  });

  it('reports a share that does not fit', () => {
    assert.deepEqual(figureFindings(composition('13.2%')), ['number-ratio 13.2%']);
  });
});

describe('三产比, the three industries’ ratio shortened (post44b)', () => {
  const structure = (first: string): string =>
    `前三季度，全区实现生产总值423.19亿元，同比增长14.8%。其中：第一产业实现增加值20.19亿元，同比增长7.5%；第二产业实现增加值64.35亿元，同比增长0.7%；第三产业实现增加值338.65亿元，同比增长18.4%。三产比调整为${first}∶15.2∶80，第三产业比重进一步提高。`;

  it('is read as the industries’ shares of the product', () => {
    assert.deepEqual(figureFindings(structure('4.8')), []);
  });

  it('reports a term that does not fit', () => {
    assert.deepEqual(figureFindings(structure('4.3')), ['number-ratio 4.3']);
  });
});

describe('a census difference after 十年间 (post44b)', () => {
  const census = (fall: string): string => `全县常住人口为637812人，与2010年第六次全国人口普查的733421人相比，十年间减少了${fall}人，减少13.04%，年平均增长率-1.39%。`;

  it('is the difference of the two counts', () => {
    assert.deepEqual(figureFindings(census('95609')), []);
  });

  it('reports a difference that does not fit', () => {
    assert.ok(figureFindings(census('86048')).includes('number-ratio 86048人'));
  });
});
