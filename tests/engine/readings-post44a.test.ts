// Readings of post44a (issue 12, round 44, heldout149–150: cadre and petition statistics, village yearbooks, sericulture
// and poultry news): a group of people named and counted opening a sentence; a rate named by the change verb; the rest of
// a list with no share of its own; a level under 去年 compared with 上年; irrigated land inside farmland; a figure a line
// break cut; a news agency's dateline; a rate's bracket of count and done; the whole
// 其中 breaks down past its own share and change. Each case made up, each silent case failing without its reading and
// each reported case with its guard.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings, findingTexts as findings } from './figure-findings';

describe('a group named and counted opening a sentence (post44a)', () => {
  const cadres = (opener: string): string =>
    `2023年，某市共提拔干部60人。${opener}，女干部9人，占15%；少数民族干部6人，占10%。\n\n至年底，全市干部队伍中，妇女干部3000人，占40%；少数民族干部900人，占12%。`;

  it('scopes the group’s figures to it', () => {
    assert.deepEqual(findings(cadres('提拔的60人中'), 'number-conflict'), []);
  });

  it('still compares a measure under a group not counted', () => {
    assert.deepEqual(findings(cadres('全市干部中'), 'number-conflict'), ['900人']);
  });
});

describe('a rate named by the change verb (post44a)', () => {
  const petitions = (rate: string): string => `2019年共受理信访件300件，比上年同期200件上升了100件、上升率${rate}。`;

  it('is the change over the level compared with', () => {
    assert.deepEqual(figureFindings(petitions('50%')), []);
  });

  it('reports a rate that is not', () => {
    assert.deepEqual(figureFindings(petitions('60%')), ['number-ratio 60%']);
  });
});

describe('a level under 去年 compared with 上年 (post44a)', () => {
  const review = (change: string): string => `去年共接受信访举报430件，比上年同期298件上升了${change}。`;

  it('is the year reported: its difference holds', () => {
    assert.deepEqual(figureFindings(review('132件')), []);
  });

  it('reports a difference that does not', () => {
    assert.deepEqual(figureFindings(review('119件')), ['number-ratio 119件']);
  });
});

describe('the rest of a list with no share of its own (post44a)', () => {
  const ways = (rest: string): string => `从方式来看，在全部受理的200件信访件中，来信为主要方式。具体为：来信100件、占50%；来访60件、占30%；网络38件、占19%；其它${rest}。`;

  it('is a part of the list all the same', () => {
    assert.deepEqual(figureFindings(ways('2件')), []);
  });

  it('reports a list that does not add up with it', () => {
    assert.deepEqual(figureFindings(ways('12件')), ['number-sum 200件']);
  });
});

describe('irrigated land inside farmland (post44a)', () => {
  const village = (area: string): string =>
    `村情概况\n\n该自然村位于某镇南边，距离某镇6公里。耕地面积109亩，林地50亩，人均耕地0.8亩。全村辖1个村民小组，有农户35户。\n\n基础设施\n\n全村共有2户农户建有沼气池；装有太阳能农户5户；${area}为85亩。`;

  it('is a part of the farmland, not its area stated again', () => {
    assert.deepEqual(findings(village('耕地有效灌溉面积'), 'number-conflict'), []);
  });

  it('still compares a name of the farmland stated again', () => {
    assert.deepEqual(findings(village('耕地有效使用面积'), 'number-conflict'), ['85亩']);
  });
});

describe('a figure a line break cut (post44a)', () => {
  it('is no figure after the break', () => {
    assert.deepEqual(figureFindings('全乡有2788户，总人口1\n0485人，其中男5236人，女5249人。'), []);
  });

  it('still reads a figure written whole', () => {
    assert.deepEqual(figureFindings('全乡有2788户，总人口10485人，其中男5236人，女5259人。'), ['number-sum 10485人']);
  });
});

describe('a news agency’s dateline (post44a)', () => {
  it('is the article’s, not the document’s', () => {
    assert.deepEqual(findings('某县蚕桑生产传捷报\n\n某某社12月08日讯\n\n2014年，全县产茧1580吨。', 'number-format'), []);
  });

  it('still reads a date in the text', () => {
    assert.deepEqual(findings('某县蚕桑生产传捷报\n\n会议于12月08日召开。', 'number-format'), ['12月08日']);
  });
});

describe('a rate’s bracket of count and done (post44a)', () => {
  const inspection = (rate: string): string => `全县巡察全覆盖率已达80%，县直单位巡察全覆盖率已达${rate}（60个县直单位已完成巡察48个）。`;

  it('is the done over the count', () => {
    assert.deepEqual(figureFindings(inspection('80%')), []);
  });

  it('reports a rate that is not', () => {
    assert.deepEqual(figureFindings(inspection('69.4%')), ['number-ratio 69.4%']);
  });
});

describe('the whole 其中 breaks down past its own share and change (post44a)', () => {
  const deputies = (farmers: string): string => `在当选的20000名代表中，基层一线代表为9000名，占45%，比上届提高2.4%，其中，农民代表${farmers}、工人代表1800名、新经济组织代表700名。`;

  it('holds when the parts fit', () => {
    assert.deepEqual(figureFindings(deputies('6000名')), []);
  });

  it('reports parts over it', () => {
    assert.deepEqual(figureFindings(deputies('7000名')), ['number-sum 9000名']);
  });
});
