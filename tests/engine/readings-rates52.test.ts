// Readings of rates52 (issue 12, round 52): a rate in the clause right after a group's count and the count of those of it
// its next clause names, whatever word the rate uses for them (保健管理 for 保健覆盖率); an adverb between 率
// and its copula (率也均为, 率高达, 率已达, 率仅为). Each case made up, each silent case failing without its guard and each
// reported case without its reading.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings } from './figure-findings';

describe('a rate right after a group and those of it, in three clauses (rates52)', () => {
  const screened = (rate: string): string => `全县六岁以下儿童5000人，健康管理4500人，儿童健康覆盖率为${rate}%。`;

  it('reads the count over the group counted in the clause before', () => {
    assert.deepEqual(figureFindings(screened('90')), []);
  });

  it('reports a rate that is not the count over the group', () => {
    assert.deepEqual(figureFindings(screened('95')), ['number-ratio 95%']);
  });

  it('counts persons as 名 and 人 alike', () => {
    const text = (rate: string): string => `全镇共有孕产妇400名，保健管理380人，孕产妇保健覆盖率${rate}%。`;
    assert.deepEqual(figureFindings(text('95')), []);
    assert.deepEqual(figureFindings(text('90')), ['number-ratio 90%']);
  });

  it('leaves a rate whose name shares no word with the count: 满意 is of those asked', () => {
    assert.deepEqual(figureFindings('本月共接听来电1200个，转办1100个，群众满意率98%。'), []);
  });

  it('leaves a rate of an outcome denied: of a total or of both outcomes, the words do not tell', () => {
    assert.deepEqual(figureFindings('全年共决定起诉800人，不起诉200人，不起诉率20%。'), []);
  });

  it('leaves a rate whose name shares one character only with the count', () => {
    assert.deepEqual(figureFindings('全镇共有40个改造项目，已开工30个，竣工率为60%。'), []);
  });

  it('leaves a count the rate’s stem names', () => {
    assert.deepEqual(figureFindings('本月全市公共资源交易额150亿元，节约金额6亿元，资金节约率9.8%。'), []);
  });

  it('leaves a count after 其中, a kind of a whole the rate may not be of', () => {
    assert.deepEqual(figureFindings('今年共为职工体检900人，其中治疗600人，治愈率80%。'), []);
  });

  it('leaves two kinds of one noun side by side', () => {
    assert.deepEqual(figureFindings('截至目前，在建工程150个，竣工工程100个，开工率达80%。'), []);
  });
});

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
