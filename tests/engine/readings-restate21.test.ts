// Readings of restatements (issue 12, branch restate21): a figure followed at once by the same quantity in another
// unit in brackets (林地11583.53公顷（17.38万亩）) is one measure of one scope; the two must agree at the precision each
// is written to. Each case is a made-up text: the bracket that agrees, or that is no conversion, stays silent, and its
// twin with a conversion that does not agree is reported.

import assert from 'node:assert/strict';
import { figureFindings, reports, silent } from './figure-findings';

describe('number-conflict: a figure and its conversion in brackets (restate21)', () => {
  const land = (bracket: string): string => `全县国土调查主要数据如下。\n\n（二）林地20463.27公顷（${bracket}）。其中，乔木林地15120.40公顷，占73.89%。`;

  it('checks 公顷 against 万亩 at the bracket’s precision (15亩 a 公顷)', () => {
    silent(land('30.69万亩'));
    reports(land('30.96万亩'), 'number-conflict', '20463.27公顷折合30.69万亩（1公顷 = 15亩），括号内写作30.96万亩');
  });

  it('reports the disagreement on the pair, since the text does not say which of the two is wrong', () => {
    const text = land('30.96万亩');
    const pair = '20463.27公顷（30.96万亩）';
    const start = text.indexOf(pair);
    const found = figureFindings(text).filter((f) => f.rule === 'number-conflict');
    assert.equal(found.length, 1);
    assert.deepEqual([found[0]!.offset, found[0]!.endOffset], [start, start + pair.length]);
  });

  it('checks 万吨 against 亿斤 and 亿人 against 万人 (after 即)', () => {
    const grain = (jin: string): string => `全省夏粮总产量1276.5万吨（${jin}），比上年增加12.3万吨。`;
    silent(grain('255.3亿斤'));
    reports(grain('225.3亿斤'), 'number-conflict', '1276.5万吨折合255.3亿斤（1吨 = 2000斤）');
    const insured = (people: string): string => `年末全国基本医疗保险参保人数13.34亿人（即${people}），参保率稳定在95%以上。`;
    silent(insured('133389.5万人'));
    reports(insured('143389.5万人'), 'number-conflict', '括号内写作143389.5万人');
  });

  it('reads no bracket with other words as a conversion (其中…, a part in another unit)', () => {
    const text = (bracket: string): string => `今年完成植树造林120公顷（${bracket}），超额完成年度任务。`;
    silent(text('其中新造林1200亩'));
    reports(text('1200亩'), 'number-conflict', '120公顷折合1800亩');
  });

  it('leaves a loose figure after 约 unchecked (约 may be cut, not rounded)', () => {
    const text = (bracket: string): string => `全镇耕地面积11583.53公顷（${bracket}），基本农田保护率100%。`;
    silent(text('约17.3万亩'));
    reports(text('17.3万亩'), 'number-conflict', '折合17.4万亩');
  });

  it('checks 亿元 against 万元 at the coarser figure’s precision', () => {
    const text = (bracket: string): string => `全年争取上级转移支付资金3.6亿元（${bracket}），同比增长8.2%。`;
    silent(text('35986万元'));
    reports(text('3598.6万元'), 'number-conflict', '3.6亿元折合36000万元');
  });
});
