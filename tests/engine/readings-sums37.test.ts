// Readings of sums37 (issue 12, round 33): a water resources bulletin's total is its surface water and the ground water
// the surface water does not count already (or the surface and the ground water less what both count), by definition,
// however the sentence between them runs. Each case made up, each reported case failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

// made up: a province's water resources, compared with the long-term mean before 其中 opens the next sentence
const province = (total: string): string =>
  `2022年，全省平均降水量1200.5毫米，比多年平均值偏少8.1%。全省水资源总量为${total}亿立方米，比多年平均值偏少10.2%。` +
  '其中，地表水资源量为600.4亿立方米，地下水资源量为180.2亿立方米，地下水与地表水资源不重复量为50.6亿立方米。';

describe('water resources by definition (sums37)', () => {
  it('is silent when the total is the surface water and the ground water not counted twice', () => {
    assert.deepEqual(findings(province('651.0'), 'number-sum'), []);
  });

  it('reports a total that is not the surface water and the ground water not counted twice', () => {
    assert.deepEqual(findings(province('586.0'), 'number-sum'), ['586.0亿立方米']);
    assert.deepEqual(findings(province('700.0'), 'number-sum'), ['700.0亿立方米']);
  });

  it('cites the definition', () => {
    const message = check(province('586.0')).findings.find((f) => f.rule === 'number-sum')?.message ?? '';
    assert.match(message, /地表水资源量600\.4亿立方米 \+ 50\.6亿立方米 = 651亿立方米/);
    assert.match(message, /水资源总量应等于地表水资源量加上地下水与地表水资源不重复量/);
  });

  it('reads the total after its parts, the ground water not counted twice in a bracket', () => {
    const city = (total: string): string =>
      `自产地表水资源量120.50亿立方米，比上年少12.1%；地下水资源量25.30亿立方米（地表水资源量与地下水资源量不重复计算量2.20亿立方米），比上年少20.6%；水资源总量为${total}亿立方米，比上年少12.4%。`;
    assert.deepEqual(findings(city('122.70'), 'number-sum'), []);
    assert.deepEqual(findings(city('110.43'), 'number-sum'), ['110.43亿立方米']);
  });

  it('reads the surface and the ground water less what both count', () => {
    const region = (total: string): string => `当地地表水资源量10.50亿m³，比上年偏多20.1%；地下水资源量16.20亿m³，水资源总量${total}亿m³，地下水资源量与地表水资源量之间的重复计算量13.40亿m³。`;
    assert.deepEqual(findings(region('13.30'), 'number-sum'), []);
    assert.deepEqual(findings(region('11.97'), 'number-sum'), ['11.97亿m³']);
  });

  it('is silent when another total of water resources stands in the sentences read (a basin after the nation)', () => {
    const text = '全国水资源总量为20000.0亿立方米，比多年平均值偏少6.6%。海河流域水资源总量为300.0亿立方米，地表水资源量为150.0亿立方米，地下水与地表水资源不重复量为120.0亿立方米。';
    assert.deepEqual(findings(text, 'number-sum'), []);
  });

  it('is silent when two surface waters stand in the sentences read (which one the total has is not said)', () => {
    const text = '全省水资源总量为700.0亿立方米，比多年平均值偏少10.2%。地表水资源量为600.4亿立方米，地下水与地表水资源不重复量为50.6亿立方米，2021年地表水资源量为640.0亿立方米。';
    assert.deepEqual(findings(text, 'number-sum'), []);
  });
});
