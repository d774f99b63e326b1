// Restatements read in round 9 (issue 12): one measure stated twice with two values. Every example is made up; each
// reported variant is silent without the reading, and each near miss stays silent with it.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const conflicts = (text: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === 'number-conflict')
    .map((f) => text.slice(f.offset, f.endOffset));

describe('restatements (restate9)', () => {
  describe('a structure of the three industries and the share of one industry', () => {
    const bulletin = (second: string, lead = '三次产业结构由上年9.1:40.2:50.7调整为8.6:41.0:50.4'): string =>
      `全年地区生产总值120.5亿元，同比增长5.1%。${lead}。\n\n全年第一产业增加值占全县生产总值的比重为8.6%，对经济增长的贡献率为6.0%。\n\n全年第二产业增加值占全县生产总值的比重为${second}。\n\n全年第三产业增加值比重为50.4%。\n`;

    it("reads each term of the year's structure as its industry's share of the product", () => {
      assert.deepEqual(conflicts(bulletin('41.0%')), []);
      assert.deepEqual(conflicts(bulletin('46.0%')), ['46.0%']);
    });

    it('reads a structure written without last year (三次产业结构为…)', () => {
      assert.deepEqual(conflicts(bulletin('46.0%', '三次产业结构为8.6:41.0:50.4')), ['46.0%']);
    });

    it("says nothing of last year's structure alone, or of a part of the economy's", () => {
      assert.deepEqual(conflicts(bulletin('46.0%', '上年三次产业结构为9.1:40.2:50.7')), []);
      assert.deepEqual(conflicts(bulletin('46.0%', '民营经济三次产业结构调整为8.6:41.0:50.4')), []);
    });

    it('says nothing when the draft gives two structures of the year (with and without a zone)', () => {
      const two = bulletin('46.0%', '三次产业结构调整为8.6:41.0:50.4；不含经开区计算，三次产业结构调整为9.9:38.0:52.1');
      assert.deepEqual(conflicts(two), []);
    });

    it('says nothing of a share whose clause names an owner before the industry, or another whole', () => {
      const owned = bulletin('41.0%').replace('全年第二产业增加值占全县生产总值的比重为41.0%', '民营经济中第二产业增加值占全县生产总值的比重为46.0%');
      assert.deepEqual(conflicts(owned), []);
      const economy = bulletin('41.0%').replace('全年第二产业增加值占全县生产总值的比重为41.0%', '全县民营经济增加值60.2亿元，第二产业增加值比重为46.0%');
      assert.deepEqual(conflicts(economy), []);
      const other = bulletin('41.0%').replace('全年第二产业增加值占全县生产总值的比重为41.0%', '全年第二产业增加值占全省同行业的比重为4.6%');
      assert.deepEqual(conflicts(other), []);
    });
  });

  describe('a title and its body', () => {
    const news = (title: string, body: string): string => `${title}\n\n2024年3月5日，记者从市水利局获悉，${body}，较上个五年增长40%。\n\n其中，中央投资120亿元。\n`;

    it('compares a statement of the title with the one statement of its measure in the body, whose period comes from the dateline', () => {
      const title = (v: string): string => `五年来全市水利部门落实水利投入${v}`;
      const body = '五年来全市水利部门落实水利投入560亿元';
      assert.deepEqual(conflicts(news(title('560亿元'), body)), []);
      assert.equal(conflicts(news(title('506亿元'), body)).length, 1);
    });

    it('says nothing when the body gives the measure two values (two periods), or when both sides name a period', () => {
      const title = '全市水利部门落实水利投入506亿元';
      const two = news(title, '全市水利部门落实水利投入560亿元，2023年全市水利部门落实水利投入130亿元');
      assert.deepEqual(conflicts(two), []);
      const periods = news('2023年全市水利部门落实水利投入506亿元', '上半年全市水利部门落实水利投入560亿元');
      assert.deepEqual(conflicts(periods), []);
    });

    it('reads only a first line that is a title: not a first paragraph that ends with a full stop', () => {
      const lead = `全市水利部门落实水利投入506亿元。\n\n2024年3月5日，记者从市水利局获悉，全市水利部门落实水利投入560亿元，较上个五年增长40%。\n`;
      assert.deepEqual(conflicts(lead), []);
    });
  });

  describe('a weight in 斤', () => {
    it('reads 斤 as half a kilogram, and 公斤 still as a kilogram', () => {
      const text = (later: string): string => `全年全省粮食总产量759.54亿斤，比上年增长0.8%。\n\n据统计，全年全省粮食总产量${later}，再创历史新高。\n`;
      assert.deepEqual(conflicts(text('759.54亿斤')), []);
      assert.deepEqual(conflicts(text('3797.7万吨')), []);
      assert.deepEqual(conflicts(text('683.59亿斤')), ['683.59亿斤']);
      assert.deepEqual(conflicts(text('759.54亿公斤')), ['759.54亿公斤']);
    });
  });
});
