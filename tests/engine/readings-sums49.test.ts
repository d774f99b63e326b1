// Readings of sums49 (issue 12, round 49): the items added in a period and, right after them, the count they brought the
// whole to (新增9个、累计达到79个) are a part and its running total.
// Each case made up, each silent case failing without its guard and each reported case without its reading.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings } from './figure-findings';

describe('the items added and the count they brought the whole to (sums49)', () => {
  const parks = (added: string, reached: string): string => `今年全市新建口袋公园${added}个、累计达到${reached}个，市民出行“300米见绿”。`;

  it('reads the count reached as no smaller than the items added', () => {
    assert.deepEqual(figureFindings(parks('18', '126')), []);
    assert.deepEqual(figureFindings(parks('18', '12')), ['number-sum 12个']);
  });

  it('reads 总数 after the items added, the noun counted after them', () => {
    assert.deepEqual(figureFindings('全年新增国家级高新技术企业45家，总数达到310家。'), []);
    assert.deepEqual(figureFindings('全年新认定省级专精特新企业45家，总数达到31家。'), ['number-sum 31家']);
    assert.deepEqual(figureFindings('全年新推出45项便民措施、累计达到31项。'), ['number-sum 31项']);
  });

  it('reads 累计 with the verb of the added clause, and 总 with its measure', () => {
    assert.deepEqual(figureFindings('新增发放社会保障卡2300张，累计发放1800张。'), ['number-sum 1800张']);
    assert.deepEqual(figureFindings('全镇新增大棚蔬菜、食用菌面积900亩，总面积达到800亩。'), ['number-sum 800亩']);
  });

  it('still reads no count reached of another thing, named after 累计', () => {
    assert.deepEqual(figureFindings('全年新增城镇就业5200人，累计培训3000人。'), []);
  });

  it('still leaves the counts after 分别 to their own pairs', () => {
    assert.deepEqual(figureFindings('“三品一标”产品和地理标志产品分别新增5个和40个，累计分别达到20个和300个。'), []);
  });
});

describe('what is done and what is still being done (sums49)', () => {
  it('reads a doing pushed on (推进整改) after the same doing done as the rest of the total', () => {
    assert.deepEqual(figureFindings('省委巡视反馈问题共24项，已完成整改15项，推进整改9项。'), []);
    assert.deepEqual(figureFindings('省委巡视反馈问题共24项，已完成整改15项，推进整改11项。'), ['number-sum 24项']);
    assert.deepEqual(figureFindings('群众反映问题线索36条，已完成整改30条，持续推进整改8条。'), ['number-sum 36条']);
  });

  it('reads 已完成 alone before 正在 with a doing of its own', () => {
    assert.deepEqual(figureFindings('今年计划新建的12个村级综合服务站，已完成7个，正在实施5个。'), []);
    assert.deepEqual(figureFindings('今年计划新建的12个村级综合服务站，已完成7个，正在实施6个。'), ['number-sum 12个']);
  });

  it('still reads no doing completed with words of its own against another doing under way', () => {
    assert.deepEqual(figureFindings('全年共受理各类纠纷100件，完成调解60件，正在审理50件。'), []);
    assert.deepEqual(figureFindings('省委巡视反馈问题共24项，已完成整改15项，推进落实11项。'), []);
  });
});
