// Readings of rates52 (issue 12, round 52): an adverb between 率 and its copula (率也均为, 率高达, 率已达, 率仅为). Each
// case made up, each silent case failing without its guard and each reported case without its reading. (rates52's
// three-clause rate, 保健管理 read for 保健覆盖率, was withdrawn at the merge: shares43 and real58 keep such a rate
// silent when the count's verb is not the rate's.)

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings } from './figure-findings';

describe('an adverb between 率 and its copula (rates52)', () => {
  it('reads 率也均为 as 率为', () => {
    assert.deepEqual(figureFindings('共受理投诉320件，已办结320件，办结率也均为100%。'), []);
    assert.deepEqual(figureFindings('共受理投诉320件，已办结320件，办结率也均为95%。'), ['number-ratio 95%']);
  });

  it('reads 率已达 and 率仅为', () => {
    assert.deepEqual(figureFindings('计划改造道路40公里，已完成改造36公里，完成率已达80%。'), ['number-ratio 80%']);
    assert.deepEqual(figureFindings('今年发放补贴500户，已兑现100户，兑现率仅为25%。'), ['number-ratio 25%']);
  });

  it('leaves 率则为, the rate of a case supposed', () => {
    assert.deepEqual(figureFindings('资产总额500亿元，负债总额250亿元，资产负债率50%（若剔除无效资产100亿元，资产负债率则为62.5%）。'), []);
  });
});
