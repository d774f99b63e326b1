// Chinese numerals: property tests over the whole range the engine reads (0 … 10^12) and the forms writers use.

import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseChineseInteger, toChineseInteger, toChinesePositional } from '../../server/src/engine/figures/numerals';

describe('Chinese numerals', () => {
  it('every integer 0 … 10^12 written in Chinese numerals reads back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => parseChineseInteger(toChineseInteger(n)) === n),
      { numRuns: 20000 },
    );
  });

  it('every small integer reads back (exhaustive to 100,000)', () => {
    for (let n = 0; n <= 100000; n++) assert.equal(parseChineseInteger(toChineseInteger(n)), n, toChineseInteger(n));
  });

  it('years in positional form read back', () => {
    fc.assert(fc.property(fc.integer({ min: 1000, max: 2999 }), (n) => parseChineseInteger(toChinesePositional(n)) === n));
  });

  it('reads the forms writers use', () => {
    const cases: Array<[string, number]> = [
      ['八', 8],
      ['十', 10],
      ['十二', 12],
      ['一十二', 12],
      ['二十', 20],
      ['一百二十', 120],
      ['两', 2],
      ['两千', 2000],
      ['两万', 20000],
      ['一千零五', 1005],
      ['一千零五十', 1050],
      ['一千二百万', 12000000],
      ['三亿四千五百万', 345000000],
      ['一亿零一万', 100010000],
      ['十万亿', 1e13],
      ['二〇二三', 2023],
      ['二零二四', 2024],
      ['壹佰贰拾', 120],
      ['零', 0],
    ];
    for (const [s, n] of cases) assert.equal(parseChineseInteger(s), n, s);
  });

  it('refuses what is not a well-formed numeral', () => {
    for (const s of ['', '三百五', '两十', '十十', '一百两', '万', '亿三', '一万万', '零零', '一二三四五六七八九十']) {
      assert.equal(parseChineseInteger(s), undefined, s);
    }
  });

  it('writes the standard forms', () => {
    assert.equal(toChineseInteger(10), '十');
    assert.equal(toChineseInteger(110), '一百一十');
    assert.equal(toChineseInteger(100010), '十万零一十');
    assert.equal(toChineseInteger(1000100000000), '一万零一亿');
    assert.throws(() => toChineseInteger(-1));
  });
});
