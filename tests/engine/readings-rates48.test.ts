// Readings of rates48 (issue 12, round 48): a net change (净增, 凈減) right after a level is its difference (after a
// pair from 由 to 到, the pair's), and the percentage after it is of the level and the difference; 增速 right before a
// percentage is the growth itself. Each case made up, each silent case failing without its guard and each reported case
// without its reading.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings } from './figure-findings';

describe('a net change right after a pair from 由 to 到 (rates48)', () => {
  const roads = (net: string, pct: string): string => `全市农村公路里程由12400公里增加到13020公里，净增${net}公里，增长${pct}%。`;
  const falls = (net: string, pct: string): string => `全县二级公路里程由850公里減少到816公里，凈減${net}公里，下降${pct}%。`;

  it('reads the net change and the percentage of the pair', () => {
    assert.deepEqual(figureFindings(roads('620', '5')), []);
    assert.deepEqual(figureFindings(falls('34', '4')), []);
  });

  it('reports a net change that is not the pair’s difference', () => {
    assert.deepEqual(figureFindings(roads('560', '5')), ['number-ratio 560公里']);
    assert.deepEqual(figureFindings(falls('43', '4')), ['number-ratio 43公里']);
  });

  it('reports a percentage of the pair past the net change between them', () => {
    assert.deepEqual(figureFindings(roads('620', '10')), ['number-ratio 10%']);
    assert.deepEqual(figureFindings(falls('34', '9')), ['number-ratio 9%']);
  });
});

describe('a net change right after the level it changes (rates48)', () => {
  const output = (net: string, pct: string): string => `全镇村办企业总产值完成24亿元，净增4亿元，增长${pct}%，占全镇生产总值的一半。`.replace('4亿元', `${net}亿元`);

  it('reads the percentage of the level and its net change', () => {
    assert.deepEqual(figureFindings(output('4', '20')), []);
  });

  it('reports a percentage that is not the net change over the level before it', () => {
    assert.deepEqual(figureFindings(output('4', '25')), ['number-ratio 25%']);
  });
});

describe('增速 right before its percentage (rates48)', () => {
  const loans = (pct: string): string => `报告期末，全行各项贷款余额66000万元，较年初上升6000万元，增速${pct}%；存款余额90000万元。`;

  it('reads 增速 as the growth of the level and its difference', () => {
    assert.deepEqual(figureFindings(loans('10')), []);
  });

  it('reports a 增速 that is not the difference over the level before it', () => {
    assert.deepEqual(figureFindings(loans('12')), ['number-ratio 12%']);
  });

  it('leaves a 平均增速 alone: a compound rate per year', () => {
    assert.deepEqual(figureFindings(`全市社会消费品零售总额121亿元，比两年前增加21亿元，两年平均增速为12%。`), []);
  });
});
