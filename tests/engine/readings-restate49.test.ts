// Readings of restate49 (issue 12, round 49: restatements missed in the whole corpus): a measure named as a per-head
// average of the population its name opens with (全体居民人均可支配收入, 农村居民人均住房面积) is one value, stated twice
// and compared, not a value per unit of several. Each case made up, each reported case failing without its reading and each silent
// case with its guard.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings } from './figure-findings';

describe('a measure named as a per-head average (restate49)', () => {
  const draft = (name: string, later: string): string => `2025年全区${name}31358元，比上年增长7.5%。\n\n居民收入稳步增长。全区${name}${later}元，其中工资性收入15000元。`;

  it('is one value: stated twice, the two are compared', () => {
    assert.deepEqual(figureFindings(draft('全体居民人均可支配收入', '31858')), ['number-conflict 31858元']);
  });

  it('agrees with itself at the same value', () => {
    assert.deepEqual(figureFindings(draft('全体居民人均可支配收入', '31358')), []);
  });

  it('is one value for an area per head too (农村居民人均住房面积)', () => {
    const text = `2025年农村居民人均住房面积42.57平方米，比上年提高0.2平方米。\n\n居住条件不断改善，农村居民人均住房面积42.75平方米。`;
    assert.deepEqual(figureFindings(text), ['number-conflict 42.75平方米']);
  });

  it('leaves 人均 before a verb: what each was given (人均发放补助)', () => {
    const text = `今年城区为困难群众人均发放补助500元。\n\n乡镇为困难群众人均发放补助800元。`;
    assert.deepEqual(figureFindings(text), []);
  });

  it('leaves a name opening with 人均: the population is named before it, another’s in the next clause', () => {
    const text = `2025年全县常住居民人均可支配收入31270元，比上年增长6.7%；人均消费支出21150元，增长7.8%。\n\n按常住地分，城镇常住居民人均可支配收入41590元、增长6.2%，人均消费支出25980元、增长5.5%；农村常住居民人均可支配收入22860元、增长7.1%，人均消费支出16520元、增长9.2%。`;
    assert.deepEqual(figureFindings(text), []);
  });

  it('leaves a gain per head (人均增收)', () => {
    const text = `2025年全区农民人均增收230元，增长6.1%。\n\n发展特色产业，全区农民人均增收260元。`;
    assert.deepEqual(figureFindings(text), []);
  });
});
