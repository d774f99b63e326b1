// Readings of post40 (issue 12, round 40, heldout129–131: city works, a township's 计生 report, tea exports, religion):
// a grade after 并 within a run that adds up; a bracket stating the place's population on another footing; two wholes
// named after 分别占; the sex ratio of the births from the boys and girls born; kinds of women under a total of women;
// the policy birth rate; a group row written out under the heading of a table pasted one cell per line; a figure after a
// word a site cut out as _. Each case made up: each silent case failing without its reading, each reported one with it.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts, findingTexts as findings } from './figure-findings';

const figureFindings = (text: string): string[] => arithmeticFindingTexts(text, ['table-sum']);

// made up: a province's plan of public toilets, those built to a star grade after 并
const toilets = (rebuilt: string, also: string): string => `今年我省计划新建改建城镇公厕1200座，其中新建900座，改建${rebuilt}座，${also}建设星级公厕80座。`;

describe('a grade of the total’s own thing after 并, within a run that adds up (post40)', () => {
  it('is silent when the run adds up to the total exactly', () => {
    assert.deepEqual(figureFindings(toilets('300', '并')), []);
  });

  it('hints at overlap when the run does not add up', () => {
    assert.deepEqual(findings(toilets('310', '并'), 'number-sum'), ['1200座']);
  });

  it('needs the 并: a third part without it is one more part', () => {
    assert.deepEqual(findings(toilets('300', ''), 'number-sum'), ['1200座']);
  });
});

// made up: a township's women by children born, then the same on the resident footing in a bracket
const women = (married: string): string =>
  `2020年户籍总人口为30000人，育龄妇女8000人，已婚育龄妇女${married}人，其中无孩妇女300人，一孩妇女3000人，二孩妇女2500人，` +
  `多孩妇女200人（2020年常住人口为25000人，育龄妇女6000人，已婚育龄妇女3000人，其中无孩妇女200人，一孩妇女1500人，二孩妇女1200人，多孩妇女100人）。`;

describe('a bracket of the population on another footing, and kinds of women under a total of women (post40)', () => {
  it('is silent when the women add up and the bracket restates the list on the resident footing', () => {
    assert.deepEqual(figureFindings(women('6000')), []);
  });

  it('reports a total of women below its kinds', () => {
    assert.deepEqual(findings(women('5400'), 'number-sum'), ['5400人']);
  });
});

// made up: tea exports, the markets' shares of the volume and of the value
const markets = (wholes: string): string => `今年1-6月我国茶叶出口15万吨，金额约4亿美元。出口数量超过5000吨的市场依次为摩洛哥、美国和日本，分别占我1-6月出口${wholes}的55.20%和48.30%。`;

describe('two wholes named after 分别占 (post40)', () => {
  it('is silent when the shares are of the volume and of the value', () => {
    assert.deepEqual(figureFindings(markets('总量和总额')), []);
  });

  it('sums the shares of one whole named', () => {
    assert.deepEqual(findings(markets('总量'), 'number-ratio'), ['48.30%']);
  });
});

// made up: a township's births, within the policy and by sex
const births = (rate: string, ratio: string): string => `截至9月底，全镇共出生200人，人口出生率6.50‰；政策内出生180人，政策符合率${rate}；出生男婴110人，女婴90人，出生人口性别比${ratio}。`;

describe('the policy birth rate and the sex ratio of the births (post40)', () => {
  it('is silent when both come out of the counts', () => {
    assert.deepEqual(figureFindings(births('90%', '122.22')), []);
  });

  it('reports a policy rate that does not', () => {
    assert.deepEqual(findings(births('95%', '122.22'), 'number-ratio'), ['95%']);
  });

  it('reports a births sex ratio off in its last digit', () => {
    assert.deepEqual(findings(births('90%', '122.23'), 'number-ratio'), ['122.23']);
  });

  it('reads the boys and girls of the ratio’s own sentence after women counted in its period', () => {
    const text = (ratio: string): string =>
      `2020年已婚育龄妇女5000人，其中一孩妇女3000人，二孩妇女2000人；户籍人口出生300人，其中的政策内生育270人，政策外生育30人，` + `符合政策生育率为90%；男孩160人，女孩140人，性别比为${ratio}:100。`;
    assert.deepEqual(figureFindings(text('114.29')), []);
    assert.deepEqual(findings(text('104.29'), 'number-ratio'), ['104.29']);
  });
});

// made up: a yearbook's table pasted one cell per line, its first group row written out as wide as the body
const yearbook = (total: string): string =>
  ['5-1 分县区公用事业情况 |', '|', '|', '单位 |', '全 市 |', '市 区 |', '甲县 |', '乙县 |', '一、市政建设 |', '|', '|', '|', '|', '|'].join('\n') +
  '\n' +
  [
    ['道路长度 |', '公里 |', `${total} |`, '400 |', '300 |', '200 |'],
    ['#城区 |', '公里 |', '350 |', '|', '|', '|'],
    ['道路面积 |', '万平方米 |', '1800 |', '900 |', '500 |', '400 |'],
    ['人均道路面积 |', '平方米 |', '20.5 |', '21.3 |', '19.8 |', '18.7 |'],
    ['二、园林绿化 |', '|', '|', '|', '|', '|'],
    ['公园个数 |', '个 |', '30 |', '15 |', '8 |', '7 |'],
    ['公园面积 |', '公顷 |', '500 |', '300 |', '120 |', '80 |'],
  ]
    .map((r) => r.join('\n'))
    .join('\n') +
  '\n';

describe('a group row written out under the heading of a table pasted one cell per line (post40)', () => {
  it('is silent when every row adds up', () => {
    assert.deepEqual(figureFindings(yearbook('900')), []);
  });

  it('reports the first row’s total that does not', () => {
    assert.deepEqual(findings(yearbook('800'), 'table-sum'), ['800']);
  });
});

describe('a figure after a word a site cut out as _ (post40)', () => {
  const venues = (total: string): string => `全市批准登记合法宗教活动场所${total}处，其中佛教8处、道教10处、_教12处、_6处、基督教20处。`;

  it('is silent when the parts, the cut one among them, add up', () => {
    assert.deepEqual(figureFindings(venues('56')), []);
  });

  it('counts the cut one among the parts', () => {
    assert.deepEqual(findings(venues('52'), 'number-sum'), ['52处']);
  });
});

describe('a kind of income by its source after 其中, within an average income (post40)', () => {
  const villages = (average: string): string => `2020年全市800个行政村中，平均每个村收入为${average}万元（含财政补助收入），其中经营性收入为20.15万元。`;

  it('is silent when the kind is within the average', () => {
    assert.deepEqual(figureFindings(villages('55.30')), []);
  });

  it('reports an average below its kind', () => {
    assert.deepEqual(findings(villages('18.30'), 'number-sum'), ['18.30万元']);
  });

  it('reads no average of a narrower scope: 其中城镇 may be more', () => {
    assert.deepEqual(figureFindings('全市居民人均可支配收入3.5万元，其中城镇居民人均可支配收入4.2万元。'), []);
  });
});

describe('the few listed before, counted by 上述, together a share of the whole (post40)', () => {
  const markets = (share: string): string =>
    `据海关统计，今年1季度，我国茶叶出口8.0万吨，同比下降5.0%。\n\n` +
    `我国对主要市场出口涨跌不一。1季度，我国对摩洛哥出口茶叶1.2万吨，下降5.6%；对美国出口0.8万吨，增长8.1%；对日本出口0.6万吨，增长4.1%。` +
    `对上述3地出口合计占同期我国茶叶出口总量的${share}。`;

  it('is silent when the three together make the share', () => {
    assert.deepEqual(figureFindings(markets('32.5%')), []);
  });

  it('reports a share the three do not make', () => {
    assert.deepEqual(findings(markets('37.5%'), 'number-ratio'), ['37.5%']);
  });

  it('needs as many figures as the count says', () => {
    assert.deepEqual(figureFindings(markets('37.5%').replace('上述3地', '上述4地')), []);
  });
});

describe('numbered items above added up by 以上…合计 (post40)', () => {
  const funds = (sum: string): string =>
    `2019年，上级下达我区专项扶贫资金120万元，现将资金分配使用情况公示如下：\n\n一、资金来源\n\n1.省级专项扶贫资金50万元\n\n2.市级扶贫专项资金70万元\n\n以上资金合计${sum}万元。\n`;

  it('is silent when the items make the total', () => {
    assert.deepEqual(figureFindings(funds('120')), []);
  });

  it('reports a total the items do not make', () => {
    assert.deepEqual(findings(funds('110'), 'number-sum'), ['110万元']);
  });
});

describe('the seasons of grain after 其中, their changes between them (post40)', () => {
  const grain = (total: string): string => `全县完成农作物播种面积120.50万亩，粮食播种面积${total}万亩，其中：夏粮30.20万亩，同比减少2.10万亩，秋粮50.30万亩，同比增加4.60万亩。`;

  it('is silent when the seasons make the grain', () => {
    assert.deepEqual(figureFindings(grain('80.50')), []);
  });

  it('reports a grain total below its seasons', () => {
    assert.deepEqual(findings(grain('72.50'), 'number-sum'), ['72.50万亩']);
  });
});

describe('counts before their noun after 其中, and what is left of a larger whole (post40)', () => {
  const areas = (started: string): string => `全县老旧小区改造共42个老旧片区。去年以来共启动实施了${started}个片区，其中25个片区已施工完成，16个片区正在加紧施工，剩余1个片区已具备进场施工条件。`;

  it('is silent when the started areas make their total and the rest is of the larger whole', () => {
    assert.deepEqual(figureFindings(areas('41')), []);
  });

  it('reports a total below the counts after 其中', () => {
    assert.deepEqual(findings(areas('37'), 'number-sum'), ['37个']);
  });
});
