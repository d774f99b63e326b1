// Readings added at round 51's merge (issue 12): a GDP table that lists its industries by the industry classification
// as well as its three sectors. Where its 农林牧渔业 is not its 第一产业, the table shows it reckons industries by
// industry (《三次产业划分规定》 puts the services to farming, the mining services and the repair of machinery in 第三产业),
// so its 工业 and 建筑业 are no exact split of 第二产业 either. Made up in the way the county bulletins write it.

import assert from 'node:assert/strict';
import { findingTexts } from './figure-findings';

describe('industries reckoned by industry beside the sectors (merge51, industryReckoning.ts)', () => {
  const gdp = (farming: string): string =>
    `2022年全县地区生产总值如下。\n\n表1 2022年地区生产总值\n\n指 标 | 绝对数（亿元） | 比上年增长（%） |\n地区生产总值 | 420.50 | 4.8 |\n其中：第一产业 | 41.20 | 4.1 |\n第二产业 | 201.30 | 5.6 |\n第三产业 | 178.00 | 4.2 |\n其中：农林牧渔业 | ${farming} | 4.3 |\n工业 | 121.40 | 7.5 |\n建筑业 | 80.10 | 2.9 |\n批发和零售业 | 44.60 | 7.1 |\n金融业 | 12.30 | 9.8 |\n`;

  it('is silent on 第二产业 where 农林牧渔业 is not 第一产业 (the industries are another reckoning)', () => {
    assert.deepEqual(findingTexts(gdp('42.80'), 'table-sum'), []);
  });

  it('still reports 第二产业 against 工业 and 建筑业 where 农林牧渔业 is 第一产业 (one reckoning)', () => {
    assert.deepEqual(findingTexts(gdp('41.20'), 'table-sum'), ['201.30']);
  });
});
