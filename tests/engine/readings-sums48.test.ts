// Readings of sums48 (issue 12, round 48): a word of a cut (低保, 团员) the total is named by too names what every part
// counts and cuts across none of them; two parts, the men and the women, are the total’s two sexes and cannot overlap.
// Each case made up, each silent case failing without its guard and each reported case without its reading.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings } from './figure-findings';

describe('a word of a cut the total is named by too (sums48)', () => {
  const relief = (total: string): string => `全县城乡低保对象${total}户（其中城镇低保1200户，农村低保3800户），全年发放低保金2400万元。`;

  it('adds up the parts named by the total’s own 低保', () => {
    assert.deepEqual(figureFindings(relief('5000')), []);
    assert.deepEqual(figureFindings(relief('4500')), ['number-sum 4500户']);
  });

  const league = (total: string): string => `截至年底，全区共有共青团员${total}万名，其中学生团员5.1万名，企业团员1.6万名，机关事业单位团员1.5万名。`;

  it('adds up the members of the league the total counts', () => {
    assert.deepEqual(figureFindings(league('8.2')), []);
    assert.deepEqual(figureFindings(league('7.4')), ['number-sum 7.4万名']);
  });

  it('still reads a cut the total is not named by: each part within the total only', () => {
    assert.deepEqual(figureFindings('全县困难群众5000人，其中城镇低保对象3000人，农村低保对象2500人，特困供养人员900人。'), []);
  });

  it('still reads another cut of the parts beside the shared word', () => {
    assert.deepEqual(figureFindings('全县低保对象5000人，其中女性低保对象3000人，残疾低保对象2500人。'), []);
  });
});

describe('the men and the women of a total (sums48)', () => {
  const births = (total: string): string => `加强出生人口监测，全县共出生${total}人（其中男950人，女850人），出生率9.1‰。`;

  it('adds up the two sexes in the bracket after the total', () => {
    assert.deepEqual(figureFindings(births('1800')), []);
    assert.deepEqual(figureFindings(births('1620')), ['number-sum 1620人']);
  });

  it('reads the sexes the same written 男性 and 女性 after the total’s 中', () => {
    const text = (total: string): string => `${total}例病人中，男性2000例，女性1200例，病例多为学龄前儿童。`;
    assert.deepEqual(figureFindings(text('3200')), []);
    assert.deepEqual(figureFindings(text('2880')), ['number-sum 2880例']);
  });

  it('leaves two parts of one sex to each within the total', () => {
    assert.deepEqual(figureFindings('全镇共有党员800名（其中女党员420名，女性村干部400名），党组织32个。'), []);
  });
});

describe('the two sexes in the brackets of a part after 其中 (merge review, round 48)', () => {
  it('leaves them to the whole before it, which they may add up to', () => {
    assert.deepEqual(figureFindings('全年共出生240人，其中政策内出生232人（男孩121人、女孩119人）。'), []);
  });
});
