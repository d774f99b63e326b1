// Readings of post32a (issue 12, round 32, after heldout105's first run): a change of a share written in %, not of
// the level before it; shares each of its own region's whole (本地区); a share from last year's to this year's; the
// amount a verb names with 额 (归集额); a housing fund's surplus, its business income less its spending; a price
// table's rows, priced per a quantity, never parts of one another. Each case made up, each reported case failing without
// its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

describe('a change of a share written in % (post32a)', () => {
  // made up: a city's new-energy cars, their share of all cars and how that share moved
  const cars = '截至6月末，全市汽车保有量达153.6万辆，比上年末净增4.2万辆。其中，新能源汽车保有量达12.6万辆，比上年末净增1.5万辆，占汽车保有量的8.2%，占比较上年末提高2.1%。';

  it('is silent on a change whose subject is the share (占比较上年末提高)', () => {
    assert.deepEqual(findings(cars, 'number-ratio'), []);
  });

  it('still reports a change of the level itself', () => {
    const level = '其中，新能源汽车保有量达12.6万辆，比上年末净增1.5万辆，较上年末增长2.1%。';
    assert.deepEqual(findings(level, 'number-ratio'), ['2.1%']);
  });
});

describe('shares each of its own region (post32a)', () => {
  // made up: charging posts by region, each region's share of its own posts
  const posts = (words: string): string =>
    `截至9月末，全国公共充电桩总数达到272万个。东、中、西部和东北地区新建充电桩分别达到12.1万、8.3万、6.2万、1.9万个，占${words}公共充电桩总数的比重分别为42.5%、38.1%、30.2%、27.4%。`;

  it('never sums shares of 本地区 (each region its own whole)', () => {
    assert.deepEqual(findings(posts('本地区'), 'number-ratio'), []);
  });

  it('still sums shares of one whole named for all of them', () => {
    assert.deepEqual(findings(posts('全国'), 'number-ratio'), ['27.4%']);
  });
});

describe('a share from last year’s to this year’s (post32a)', () => {
  // made up: a province's revenue by its two parts, each share moving from last year's to this year's
  const revenue = (later: string): string =>
    '前三季度，全省营业收入累计完成500亿元，比上年同期增长6.8%。' +
    '服务业收入累计完成300亿元，比上年同期增长12%，在营业收入中所占的比重从上年同期的 55.00%上升到60.00%；' +
    `工业收入累计完成200亿元，比上年同期下降3.6%，在营业收入中所占的比重从上年同期的 45.00%下降到${later}。`;

  it('does not read last year’s share as one of this year’s figures', () => {
    assert.deepEqual(findings(revenue('40.00%'), 'number-ratio'), []);
  });

  it('reads the share after 下降到 as this year’s', () => {
    assert.deepEqual(findings(revenue('35.00%'), 'number-ratio'), ['35.00%']);
  });
});

describe('the amount a verb names with 额 (post32a)', () => {
  // made up: a housing fund's year, what was paid in and what was drawn
  const fund = (share: string, stop = '；'): string => `2022年当年缴存住房公积金20.00亿元，完成年度计划的104.2%${stop}住房公积金提取11.00亿元，占当年缴存额的${share}，当年结余9.00亿元。`;

  it('reads 当年缴存额 as the amount paid in', () => {
    assert.deepEqual(findings(fund('55.00%'), 'number-ratio'), []);
    assert.deepEqual(findings(fund('56.00%'), 'number-ratio'), ['56.00%']);
  });

  it('looks for the amount within the share’s period only', () => {
    assert.deepEqual(findings(fund('56.00%', '。'), 'number-ratio'), []);
  });
});

describe('a price table’s rows, each priced per a quantity (post32a)', () => {
  // made up: a month's average retail prices, oils per 5 litres and meats per 500 grams
  const prices = [
    '商品名称 | 规格 | 计量单位 | 价格类型 | 上旬平均 | 中旬平均 | 下旬平均 | 本月平均 | 上月平均 | 比上月% | 上年同期 | 比上年% |',
    '菜籽油 | 桶装一级 | 元/5升 | 平均价格 | 78.50 | 78.50 | 78.50 | 78.50 | 78.50 | 0 | 86.20 | -8.9 |',
    '大豆油 | 桶装一级 | 元/5升 | 平均价格 | 58.10 | 58.10 | 57.90 | 58.03 | 58.10 | -0.1 | 62.00 | -6.4 |',
    '花生油 | 桶装一级 | 元/5升 | 平均价格 | 110.50 | 110.50 | 110.50 | 110.50 | 110.50 | 0 | 115.00 | -3.9 |',
    '调和油 | 一级桶装 | 元/5升 | 平均价格 | 55.50 | 55.50 | 55.50 | 55.50 | 55.50 | 0 | 66 | -15.9 |',
    '猪肉 | 精瘦肉 | 元/500克 | 平均价格 | 18.50 | 16.90 | 16.10 | 17.17 | 18.20 | -5.7 | 14.20 | 20.9 |',
    '猪肉 | 五花肉 | 元/500克 | 平均价格 | 17.90 | 17.60 | 17.00 | 17.50 | 17.90 | -2.2 | 14.30 | 22.4 |',
    '猪肉 | 后腿肉 | 元/500克 | 平均价格 | 13.20 | 13.10 | 12.70 | 13 | 13.30 | -2.3 | 10.80 | 20.4 |',
    '猪肉 | 排骨 | 元/500克 | 平均价格 | 28.30 | 28.30 | 27.60 | 28.07 | 28.20 | -0.5 | 23.30 | 20.5 |',
    '牛肉 | 腱子肉 | 元/500克 | 平均价格 | 48.30 | 48.30 | 48.30 | 48.30 | 47.50 | 1.7 | 55.20 | -12.5 |',
    '牛肉 | 牛腩 | 元/500克 | 平均价格 | 42.70 | 42.70 | 43.50 | 42.97 | 42.70 | 0.6 | 49.20 | -12.7 |',
    '羊肉 | 带骨 | 元/500克 | 平均价格 | 57.30 | 57.30 | 56.70 | 57.10 | 57.30 | -0.3 | 59.30 | -3.7 |',
    '鸡蛋 | 散装 | 元/500克 | 平均价格 | 4.50 | 4.50 | 4.40 | 4.47 | 4.50 | -0.7 | 5.10 | -12.4 |',
  ].join('\n');

  it('never reads the rows priced per 500克 as sub-items of a row priced per 5升', () => {
    assert.deepEqual(findings(prices, 'table-sum'), []);
  });
});

describe('a housing fund’s surplus (post32a)', () => {
  // made up: a fund's income and spending of the year, each in a paragraph of its own, then its surplus
  const fund = (surplus: string, name = '实现增值收益'): string =>
    [
      '二、增值收益',
      '业务收入8210.45万元，其中：存款利息2105.30万元，委托贷款利息6105.15万元。',
      '业务支出4120.60万元，其中：支付职工住房公积金利息4050.28万元，其他70.32万元。',
      `${name}${surplus}，同比增长12.4%。`,
    ].join('\n\n');

  it('reads 增值收益 as 业务收入 less 业务支出', () => {
    assert.deepEqual(findings(fund('4089.85万元'), 'number-sum'), []);
    assert.deepEqual(findings(fund('4098.85万元'), 'number-sum'), ['4098.85万元']);
  });

  it('leaves the surplus handed on alone', () => {
    assert.deepEqual(findings(fund('4098.85万元', '上缴增值收益'), 'number-sum'), []);
  });
});
