// Readings of post50b (issue 12, round 50): a chronicle's sentences dated by the year they open with (当年 after two
// dates in one paragraph, a year opening each of two paragraphs' sentences); a government work report's review of five
// years and of one year; a figure named by a time alone (民国20年); a whole of another year never the base of parts
// stated for years of their own; the growth per year of a multiple over a year (是1970年的2.15倍，年递增10.05%); a share
// of the place's output (占全市产量的) of the whole of its own sentence. Each case made up, each silent case failing
// without its guard and each reported case without its reading.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings } from './figure-findings';

describe('sentences dated by the year they open with (post50b)', () => {
  it('reads 当年 after two dates of one paragraph as two years', () => {
    const text =
      '1996年3月，县农机厂新建的装配线投入试生产。当年生产拖拉机1200台，实现工业总产值860万元，利税52万元。' +
      '1997年8月，该厂又从外地引进一条焊接线。当年生产拖拉机2100台，实现工业总产值1530万元，利税97万元。';
    assert.deepEqual(figureFindings(text), []);
  });

  it('still reports one measure with two values after one date', () => {
    const text =
      '1996年3月，县农机厂新建的装配线投入试生产。当年生产拖拉机1200台，实现工业总产值860万元，利税52万元。' + '该厂后又从外地引进一条焊接线，生产拖拉机2100台，实现工业总产值1530万元，利税97万元。';
    assert.ok(figureFindings(text).includes('number-conflict 1530万元'), figureFindings(text).join('\n'));
  });

  const plants = (second: string): string =>
    `1995年，全县有粮食加工企业6家，共有职工820人。年加工能力5万吨，当年加工大米2.1万吨。\n\n${second}，县粮油加工厂扩建碾米车间。1994年，新建仓库2000平方米。年加工能力3000吨，实际加工2400吨。`;

  it('reads two paragraphs whose sentences open with two years as two years', () => {
    assert.deepEqual(figureFindings(plants('1993年')), []);
  });

  it('still reports one measure with two values under one year’s sentences', () => {
    const text = plants('1995年').replace('1994年，新建仓库', '同年，新建仓库');
    assert.deepEqual(figureFindings(text), ['number-conflict 3000吨']);
  });
});

describe('a review of five years and of one year (post50b)', () => {
  const report = (opener: string): string =>
    '过去五年极不平凡。全省上下团结奋斗，各项事业取得新进展。\n\n民生保障持续加强。城镇新增就业320万人，农村劳动力转移就业150万人。\n\n' +
    `${opener}我们统筹发展和安全，经济运行稳中向好。\n\n兜牢民生底线。城镇新增就业65万人，发放稳岗返还资金12亿元。`;

  it('reads the figures under 过去一年 apart from those under 过去五年', () => {
    assert.deepEqual(figureFindings(report('过去一年很不容易。')), []);
    assert.deepEqual(figureFindings(report('刚刚过去的2025年很不平凡。')), []);
  });

  it('still reports one measure with two values under one review', () => {
    assert.deepEqual(figureFindings(report('')), ['number-conflict 65万人']);
  });
});

describe('a figure named by a time alone (post50b)', () => {
  it('does not take two figures named by one era’s year for one measure', () => {
    const text = '码头扩建完工后，货物吞吐量明显增加。民国18年4.1万吨，民国19年8.5万吨，民国20年上半年12.3万吨。\n\n当时输往天津的货物主要是棉花，民国19年（1930年）为3.1万吨，民国20年上半年5.2万吨。';
    assert.deepEqual(figureFindings(text), []);
  });

  it('still reports a measure named in words with two values', () => {
    const text = '民国20年，码头扩建完工。民国20年货物吞吐量8.5万吨，民国21年12.3万吨。\n\n当时输往天津的货物主要是棉花，民国20年货物吞吐量为9.1万吨。';
    assert.deepEqual(figureFindings(text), ['number-conflict 9.1万吨']);
  });
});

describe('a whole of another year is not the base of parts of years of their own (post50b)', () => {
  it('checks no share when the parts’ years have no whole stated', () => {
    const text = '输往天津的货物主要是棉花，2001年为3.1万吨，2002年5.2万吨，分别占吞吐量的36.5%和42.3%。\n\n2010年，港口货运有所恢复，吞吐量上升到12.6万吨。';
    assert.deepEqual(figureFindings(text), []);
  });

  it('still checks the shares of the year whose whole is stated', () => {
    const text = '输往天津的货物主要是棉花和煤炭，2010年分别为3.1万吨和5.2万吨，分别占吞吐量的36.5%和42.3%。\n\n2010年，港口货运有所恢复，吞吐量上升到12.6万吨。';
    assert.ok(figureFindings(text).includes('number-ratio 36.5%'), figureFindings(text).join('\n'));
  });
});

describe('the growth per year of a multiple over a year (post50b)', () => {
  const grid = (rate: string): string => `1985年，全县共有低压线路1850公里，是1977年的2.4倍，年递增${rate}%。`;

  it('reads the rate that compounded over the years between gives the multiple', () => {
    // (2.4 ^ (1/8) − 1 = 11.57%; at the multiple’s one place, 2.35–2.45: 11.29%–11.85%)
    assert.deepEqual(figureFindings(grid('11.6')), []);
  });

  it('reports a rate the multiple does not give', () => {
    assert.deepEqual(figureFindings(grid('14.6')), ['number-ratio 14.6%']);
  });

  it('reads no multiple whose later year its period does not open with', () => {
    assert.deepEqual(figureFindings('全县共有低压线路1850公里，是1977年的2.4倍，年递增14.6%。'), []);
  });
});

describe('a share of the place’s output (post50b)', () => {
  const sweets = (share: string): string => `1986年，全县生产饼干3250吨，其中，县食品厂产1820吨，占全县总产量的${share}%，城关食品厂产905吨，占全县产量的27.85%。`;

  it('reads the share of the figure the sentence states for the place', () => {
    assert.deepEqual(figureFindings(sweets('56')), []);
  });

  it('reports a share that is not the part over the place’s output', () => {
    assert.deepEqual(figureFindings(sweets('61')), ['number-ratio 61%']);
  });
});
