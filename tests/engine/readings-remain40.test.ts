// Readings of remain40 (issue 12, round 40): a total, the part of it done, then what is left of it named by a word of
// what is left (剩余, 尚有, 仍有, 还有, 余下): the total is the two together. Each case made up in the way county
// reports write it; each reported case silent without the reading, each silent case failing with its guard removed.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings } from './figure-findings';

describe('a total, the part done and what is left (remain40)', () => {
  it('reads 尚有 after the part done: silent when they add up, the total reported when not', () => {
    assert.deepEqual(figureFindings('规划整治面积1200亩，已完成整治860亩，尚有340亩正在施工。'), []);
    assert.deepEqual(figureFindings('规划整治面积1200亩，已完成整治860亩，尚有350亩正在施工。'), ['number-sum 1200亩']);
  });

  it('reads 余下 after a part named by the verb alone (结案)', () => {
    assert.deepEqual(figureFindings('立案31起，结案18起，余下13起正在调查。'), []);
    assert.deepEqual(figureFindings('立案31起，结案18起，余下12起正在调查。'), ['number-sum 31起']);
  });

  it('reads the total in the sentence before the part done, a rate between the part and the rest passed over', () => {
    const text = (left: string): string => `全市共排查出未安检用户18.9万户。目前，已完成入户7.3万户，完成率38.6%，剩余${left}万户正在推进。`;
    assert.deepEqual(figureFindings(text('11.6')), []);
    assert.deepEqual(figureFindings(text('12.6')), ['number-sum 18.9万户']);
  });

  it('takes a part done that is the total of the bracket glossing it (还有)', () => {
    const text = (left: string): string => `《省志》共92部分卷，已终审验收79部分卷（其中，76部分卷已送出版社），还有${left}部分卷未进入终审程序。`;
    assert.deepEqual(figureFindings(text('13')), []);
    assert.deepEqual(figureFindings(text('14')), ['number-sum 92部']);
  });

  it('reads 仍有 with a plain total and a part done by 已', () => {
    assert.deepEqual(figureFindings('交办信访件86件，已办结79件，仍有7件正在办理中。'), []);
    assert.deepEqual(figureFindings('交办信访件86件，已办结79件，仍有6件正在办理中。'), ['number-sum 86件']);
  });

  it('is silent when 其中 puts the part done in a narrower scope than the total', () => {
    assert.deepEqual(figureFindings('全年计划实施项目50个，其中省级项目已开工30个，还有15个正在办理前期手续。'), []);
  });

  it('is silent when the rest or the part done is of another time', () => {
    assert.deepEqual(figureFindings('受理投诉120件，已办结100件，上年剩余8件。'), []);
    assert.deepEqual(figureFindings('受理投诉120件，上年办结100件，还有15件正在办理。'), []);
  });

  it('is silent when the rest is a rate', () => {
    assert.deepEqual(figureFindings('受理投诉120件，已办结100件，还有10%正在办理。'), []);
  });

  it('is silent when the figures come in another order', () => {
    assert.deepEqual(figureFindings('还有7件，已办结79件，共86件。'), []);
  });

  it('is silent when the figure before the part done is no total (a part done itself)', () => {
    assert.deepEqual(figureFindings('按期办结80件，已办结90件，还有5件正在办理。'), []);
  });

  it('is silent when a plan is followed by what should have started and did not, with no word of what is left', () => {
    assert.deepEqual(figureFindings('计划开工项目30项，已开工27项，应开工未开工1项。'), []);
  });
});

describe('the part done and the part not done in one sentence up to its semicolon (remain40)', () => {
  const groups = (left: string): string =>
    `本次督查分为3个组，九龙片区2组，检查企业101家；需整改问题515个，已整改完成479个，未整改到位${left}个，新发现安全隐患问题1个；` +
    `帅鑫片区1组，检查企业37家，需整改问题61个，已整改完成56个，未整改到位5个。`;

  it('reads each group on its own when an earlier figure of the kind stands in the period before the semicolon', () => {
    assert.deepEqual(figureFindings(groups('36')), []);
    assert.deepEqual(figureFindings(groups('37')), ['number-sum 515个']);
  });

  it('still needs the total to be the first of its kind when the period is one sentence', () => {
    assert.deepEqual(figureFindings('本次督查分为3个组，需整改问题515个，已整改完成479个，未整改到位30个。'), []);
  });

  it('takes a clause naming the measure of the total again as the total of another holder, not a third part', () => {
    const text = (left: string): string => `截至目前，县自然资源局负责国债项目5个，开工2个，未开工${left}个，县农业农村局负责国债项目1个未开工。`;
    assert.deepEqual(figureFindings(text('3')), []);
    assert.deepEqual(figureFindings(text('2')), ['number-sum 5个']);
  });

  it('still takes a figure named otherwise after the part not done as a third part', () => {
    assert.deepEqual(figureFindings('截至目前，县自然资源局负责国债项目5个，开工2个，未开工2个，续建项目1个。'), []);
  });

  it('looks for a third part in the sentence of the part not done when the total stands in the period before', () => {
    const text =
      '通过各承办单位的认真办理，100件建议全部办理答复完毕，办复率100%。从办理情况分类，所提建议已经解决的28件，占28%；' +
      '所提建议正在解决的33件，占33%；所提建议列入计划解决的30件，占30%；所提建议难以解决的9件，占9%。';
    assert.deepEqual(figureFindings(text), []);
  });
});
