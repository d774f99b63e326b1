// Readings from the first contact with heldout95–97 (issue 12), round 30 (post30a): a month's output of several fuels, each
// with its daily average after it; a month's consumption by sector and the year so far (累计) by sector; a 其中 opening a
// paragraph after a region's figure, its parts of the whole stated earlier; a count of a report's sections and one
// section picked out after 其中; a newspaper's page stamp above the article. Each case made up, each reported case
// failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

// made up: a province's industrial output for one month, each fuel with its daily average
const fuels =
  '3月份，全省规上工业原煤产量3100万吨，同比增长2.1%；日均产量100万吨。进口煤炭420万吨，同比增长5.3%。' +
  '规上工业原油产量93万吨，同比下降1.2%；日均产量3万吨。规上工业天然气产量12.4亿立方米，同比增长4.5%；日均产量0.4亿立方米。';

describe('a daily average after each fuel’s output (post30a)', () => {
  it('is silent: 日均产量 after 原煤产量 and after 原油产量 are two fuels’ averages', () => {
    assert.deepEqual(findings(fuels, 'number-conflict'), []);
  });

  it('still reports one fuel’s daily average stated twice with two values', () => {
    const twice = `${fuels}\n\n规上工业原油产量日均产量3.5万吨。`;
    assert.deepEqual(findings(twice, 'number-conflict'), ['3.5万吨']);
  });
});

// made up: a province's electricity consumption, the month by sector, then the year so far by sector
const power =
  '据省能源局发布，8月份全省全社会用电量达到310亿千瓦时，同比增长4.2%。\n\n' +
  '分产业看，第一产业（农业）用电量达到5亿千瓦时，同比增长9.1%，农业生产稳步增长。第二产业（工业）用电量占据主导地位，达到190亿千瓦时，同比增长2.5%。' +
  '第三产业（服务业）用电量则达到65亿千瓦时，同比增长6.3%。同时，城乡居民生活用电量也达到50亿千瓦时，同比增长3.9%。\n\n' +
  '从累计数据来看，今年1至8月，全省全社会用电量累计达到2350亿千瓦时，同比增长5.6%。其中，规模以上工业发电量达到2100亿千瓦时。从分产业用电情况来看，第一产业用电量累计达到36亿千瓦时，同比增长8.2%；' +
  '第二产业用电量累计达到1480亿千瓦时，同比增长4.1%；第三产业用电量累计达到470亿千瓦时，同比增长9.7%；城乡居民生活用电量累计达到364亿千瓦时，同比增长7.4%。';

describe('a month’s consumption by sector and the year so far (累计) by sector (post30a)', () => {
  it('is silent: 第一产业用电量累计达到36亿千瓦时 is the year so far, not the month’s 5亿千瓦时', () => {
    assert.deepEqual(findings(power, 'number-conflict'), []);
  });

  it('still reports one sector’s year so far stated twice with two values', () => {
    const twice = `${power}\n\n其中，第二产业用电量累计达到1490亿千瓦时。`;
    assert.deepEqual(findings(twice, 'number-conflict'), ['1490亿千瓦时']);
  });
});

// made up: a province's roads, the whole network, a region's share, then a paragraph opening with 其中 on the whole
const roads = '路网规模方面，全省公路通车里程21.6万公里，其中高速公路8200公里；公路密度112.5公里/百平方公里。山区公路通车里程7.3万公里。\n\n' + '其中，农村公路通车里程18.2万公里，列养率98.5%。';

describe('a 其中 opening a paragraph after a region’s figure, its part of the whole above (post30a)', () => {
  it('is silent: 农村公路18.2万公里 is a part of the province’s 21.6万公里, not of 山区’s 7.3万公里', () => {
    assert.deepEqual(findings(roads, 'number-sum'), []);
  });

  it('still reports a part above every figure named like it', () => {
    const over = roads.replace('农村公路通车里程18.2万公里', '农村公路通车里程23.2万公里');
    assert.deepEqual(findings(over, 'number-sum'), ['7.3万公里']);
  });
});

// made up: a yearbook's press release, its sections counted, then one section's figures
const yearbook = '《全省文化和旅游统计年鉴2024》分为综合、公共图书馆、文化馆、文物和其他五个部分。其中文化馆部分显示，2023年全省有文化馆152个，比上年增加3个；从业人员2860人。';

describe('a count of a report’s sections, one of them picked out after 其中 (post30a)', () => {
  it('is silent: 文化馆152个 is what one section tells, not a part of 五个部分', () => {
    assert.deepEqual(findings(yearbook, 'number-sum'), []);
  });

  it('still reports parts after 其中 that exceed a count of the same things', () => {
    const over = '全省共有文化馆150个，其中市级文化馆16个，县级文化馆140个。';
    assert.deepEqual(findings(over, 'number-sum'), ['150个']);
  });
});

// made up: a newspaper article copied with its page stamp under the headline
const paper = '全省药品抽检合格率稳中有升\n\n2024-05-16 3版 要闻\n\n本报讯（记者王某）5月15日，记者从省药监局获悉，全年共抽检药品5200批次。';

describe('a newspaper’s page stamp with the issue’s dashed date (post30a)', () => {
  it('gives the stamp to web-residue, not to number-format', () => {
    assert.deepEqual(findings(paper, 'number-format'), []);
    assert.deepEqual(findings(paper, 'web-residue').length, 1);
  });

  it('still reports the writer’s own dashed date', () => {
    const own = paper.replace('5月15日，记者', '2024-05-15，记者');
    assert.deepEqual(findings(own, 'number-format'), ['2024-05-15']);
  });
});

// made up: a province's periodicals and newspapers, each with its print run per issue and the average per title
const press = '2023年，全省共出版期刊320种，平均期印数480万册，每种平均期印数1.5万册，总印数0.62亿册。全省共出版报纸85种，平均期印数612万份，每种平均期印数7.2万份，总印数19.8亿份。';

describe('an average per title after the total it divides (post30a)', () => {
  it('is silent when each average is the total over the count of titles', () => {
    assert.deepEqual(findings(press, 'number-ratio'), []);
  });

  it('reports an average per title that is not the total over the count', () => {
    const wrong = press.replace('每种平均期印数1.5万册', '每种平均期印数1.8万册');
    assert.deepEqual(findings(wrong, 'number-ratio'), ['1.8万册']);
  });
});

// made up: a province's library holdings by kind, two kinds with a bracket of what they include
const holdings =
  '2023年全省公共图书馆总藏量8650.4万册，比上年增长5.1%。\n\n' +
  '在8650.4万册的总藏量中，有图书7020.3万册（含盲文图书12.6万册）、古籍160.2万册（含善本20.5万册）、报刊610.5万册、视听文献180.6万册、其他678.8万册。';

describe('the kinds of a total named before “…中”, some with a bracket of what they include (post30a)', () => {
  it('is silent when the kinds add up to the total', () => {
    assert.deepEqual(findings(holdings, 'number-sum'), []);
  });

  it('reports kinds that come to more than the total', () => {
    const over = holdings.replace('其他678.8万册', '其他681.6万册');
    assert.deepEqual(findings(over, 'number-sum'), ['8650.4万册']);
  });
});
