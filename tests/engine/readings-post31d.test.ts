// Readings at first contact with heldout104 (round 31, post31d): a 繁體 count of contracts opening a clause makes the
// amount after it that class's own; tobacco counted in 担 (50 kg) is a weight; 比上年增 (增 alone) states a change.
// Each case made up, modelled on the real one.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

describe('readings (post31d): first contact with heldout104', () => {
  describe('a class of contracts counted in 項 before its own amount', () => {
    const text = (count: string): string =>
      `2021年，全市共登記技術合同9200項，成交總金額88.5億元。技術服務類合同共4100${count}，合同成交金額為40.2億元，占成交總金額的45.42%。技術咨詢類合同共1300${count}，合同成交金額為6.1億元，同比增長41.3%。`;

    it('reads each class its own amount, silent in traditional characters as in simplified', () => {
      assert.deepEqual(findings(text('項'), 'number-conflict'), []);
      assert.deepEqual(findings(text('项'), 'number-conflict'), []);
    });
  });

  describe('tobacco counted in 担', () => {
    const text = (unit: string, share: string): string =>
      `10月8日，某市2021年度烟叶收购工作顺利完成，共收购烟叶76.06${unit}。\n\n目前，所有烟叶已全部调运入库，已交接烟叶63.23${unit}，占收购总量的${share}。`;

    it('reads a share of 万担 against its whole', () => {
      assert.deepEqual(findings(text('万担', '83.13%'), 'number-ratio'), []);
      assert.deepEqual(findings(text('万担', '83.09%'), 'number-ratio'), ['83.09%']);
    });

    it('reads 萬擔 on a page in traditional characters', () => {
      assert.deepEqual(findings(text('萬擔', '83.09%'), 'number-ratio'), ['83.09%']);
    });
  });
  describe('增 alone after the year compared with', () => {
    const text = (whole: string): string =>
      `2014年全县完成粮食播种面积56.2万亩，比上年增${whole}万亩，增0.8%。其中：小麦播种面积21.4万亩，比上年增0.31万亩；玉米播种面积34.8万亩，比上年增0.12万亩，增0.3%。`;

    it("reads the parts' changes against the whole's when the levels add up", () => {
      assert.deepEqual(findings(text('0.43'), 'number-sum'), []);
      assert.deepEqual(findings(text('0.53'), 'number-sum'), ['0.53万亩']);
    });
  });
});
