// Readings of water and soil bulletins (issue 12), round 28 (post28a): a share of 其国土面积 is of the clause's own region;
// a sub-basin's sentence gives the sub-basin's measures; one total cut two ways after two 分别为 makes two lists; the
// changes of a total's parts, rising and falling, make a signed sum. Each case made up, each failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

// made up: a province's soil erosion by zone, each zone's share of its own land, the zones adding up to the province
const zones = `2024年，全省水土流失面积为5.40万平方千米，占全省国土面积的28.10%。

监测显示，北部山区水土流失面积为3.20万平方千米，占其国土面积的41%，较上年减少0.12万平方千米。中部丘陵区水土流失面积为1.50万平方千米，占其国土面积的22%，较上年减少0.05万平方千米。南部平原区水土流失面积为0.70万平方千米，占其国土面积的9%，较上年减少0.02万平方千米。`;

describe('a share of 其 and a measure of its own', () => {
  it('is silent: each zone its own land, which no figure states', () => {
    assert.deepEqual(findings(zones, 'number-ratio'), []);
  });

  it('still checks a share of the whole named in words', () => {
    const named = zones.replace('占其国土面积的41%', '占全省水土流失面积的65%');
    assert.deepEqual(findings(named, 'number-ratio'), ['65%']);
  });
});

// made up: a basin and a sub-basin in one paragraph, each sentence opening with its own
const basins = `2024年，甲河流域平均降水量为512.4毫米，较多年平均增加6.2%；水资源总量为215.30亿立方米，其中地表水资源量为120.10亿立方米，地下水与地表水资源不重复量为95.20亿立方米。乙高原东部流域降水量为301.5毫米，较多年平均减少3.4%；水资源总量为18.60亿立方米，其中地表水资源量为5.40亿立方米，地下水与地表水资源不重复量为13.20亿立方米。`;

describe('a measure in sentences opened by two regions', () => {
  it('is silent: the basin and the sub-basin each have their own', () => {
    assert.deepEqual(findings(basins, 'number-conflict'), []);
  });

  it('still finds one region stating the measure twice', () => {
    const twice = basins.replace('乙高原东部流域降水量', '甲河流域降水量');
    assert.deepEqual(findings(twice, 'number-conflict'), ['18.60亿立方米']);
  });
});

// made up: one total of supply and use, listed by source and then by use, each list after its own 分别为
const supplyAndUse = `2024年，丙河流域供用水总量为86.40亿立方米，其中，地表水、地下水、非常规水供水量分别为50.20亿立方米、30.10亿立方米、6.10亿立方米，农业、工业、生活、生态用水量分别为52.30亿立方米、10.40亿立方米、15.20亿立方米、8.50亿立方米。`;

describe('one total cut two ways after two 分别为', () => {
  it('is silent when each list adds up to the total', () => {
    assert.deepEqual(findings(supplyAndUse, 'number-sum'), []);
  });

  it('finds the list that does not add up', () => {
    const off = supplyAndUse.replace('10.40亿立方米', '11.40亿立方米');
    const found = check(off).findings.filter((f) => f.rule === 'number-sum');
    assert.equal(found.length, 1);
    assert.match(found[0]!.message, /52\.30亿立方米 \+ 11\.40亿立方米 \+ 15\.20亿立方米 \+ 8\.50亿立方米 = 87\.4亿立方米/);
  });
});

// made up: a city's water use, the levels by sector adding up to the total, then the changes of each sector
const levels = `2024年，全市用水总量为28.60亿立方米。其中，生活用水为4.30亿立方米，占用水总量的15.0%；工业用水为5.20亿立方米，占用水总量的18.2%；农业用水为17.40亿立方米，占用水总量的60.8%；人工生态环境补水为1.70亿立方米，占用水总量的5.9%。`;
const changesOfParts = `与2023年相比，全市用水总量减少1.40亿立方米，其中，生活用水量增加0.20亿立方米，工业用水量增加0.10亿立方米，农业用水量减少2.10亿立方米，人工生态环境补水量增加0.40亿立方米。`;

describe('the changes of a total broken down into rises and falls', () => {
  it('is silent when the signed changes add up (a part larger than the total change)', () => {
    assert.deepEqual(findings(`${levels}\n\n${changesOfParts}`, 'number-sum'), []);
  });

  it('finds a total change the signed parts do not make, when the levels show the parts are all of it', () => {
    const off = `${levels}\n\n${changesOfParts.replace('减少1.40亿', '减少1.60亿')}`;
    assert.deepEqual(findings(off, 'number-sum'), ['1.60亿立方米']);
  });

  it('is silent when no levels show the parts are all of the total', () => {
    assert.deepEqual(findings(changesOfParts.replace('减少1.40亿', '减少1.60亿'), 'number-sum'), []);
  });
});
