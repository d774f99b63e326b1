// Readings added after the first run on heldout19 and heldout20 (lead, round 12). Each case is a made-up text: the
// reading keeps it silent, and the same words without what it reads are still reported.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';
import { reports, silent } from './figure-findings';

const rules = (text: string): string[] => check(text).findings.map((f) => f.rule);

describe('web-residue: a web page’s date stamp, in either script, is residue, not a 公文 date (post12)', () => {
  it('reads 發布日期 … 瀏覽次數 and 發布時間 … 文章來源 … 點擊 as page fields', () => {
    for (const stamp of ['發（fā）布日期：2023-06-09 瀏覽次數（shù）:4579', '發布時間：2022-12-20  文章來源：某某網 點擊：6245']) {
      const got = rules(`${stamp}\n\n全县完成投资12亿元。`);
      assert.ok(got.includes('web-residue'), got.join());
      assert.ok(!got.includes('number-format'), got.join());
    }
  });
  it('reads a dashed date with only a byline beside it as the page’s stamp', () => {
    for (const stamp of ['2017-10-10 头条江西', '参考消息网2026-02-04号报道']) {
      const got = rules(`${stamp}\n\n全县完成投资12亿元。`);
      assert.deepEqual(got, ['web-residue']);
    }
  });
  it('still asks for 年月日 in a date line of the draft’s own', () => {
    assert.deepEqual(rules('全县完成投资12亿元。\n\n2024-03-05'), ['number-format']);
    assert.deepEqual(rules('会议于2024-03-05召开。'), ['number-format']);
  });
});

describe('number-format: numbers in a list of three are no approximate pair (post12)', () => {
  it('leaves 一、二、三次产业 and 二、三次产业 alone', () => {
    silent('一、二、三次产业对经济增长的贡献率分别为11.9%、35.1%和53.0%。');
    silent('二、三次产业增加值分别增长5.1%和6.2%。');
    reports('会议开了三、四天。', 'number-format', '三四');
  });
});

describe('enumeration-sequence: ordinals listed before one noun are no series (post12)', () => {
  it('leaves 第二、三产业 and 第一、第二批 alone', () => {
    for (const text of ['全县第二、三产业增加值分别增长5.1%、6.2%。', '第一、二、三产业增加值分别增长1%、5.1%、6.2%。', '第一、第二批项目已开工。']) {
      assert.deepEqual(rules(text), [], text);
    }
  });
  it('still reports 第一、 opening an item', () => {
    assert.deepEqual(rules('第一、加强领导。第二、狠抓落实。'), ['enumeration-sequence', 'enumeration-sequence']);
  });
});
