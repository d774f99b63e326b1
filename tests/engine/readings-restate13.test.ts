// Readings of round 13 for restatements and changes (branch restate13). Each case is a made-up text: the text
// that must be caught draws a finding, the one that must stay silent holds a relation the engine now reads, and
// both fail without the reading.

import assert from 'node:assert/strict';
import { parseDraft } from '../../server/src/engine/parse';
import { figureModel } from '../../server/src/engine/figures/model';
import type { RelationKind } from '../../server/src/engine/figures/relations';
import { findingAt, silent } from './figure-findings';

/** The draft holds a relation of `kind` taking in the figure written `at`, and it holds. */
function holdsAt(text: string, kind: RelationKind, at: string): void {
  const start = text.indexOf(at);
  assert.ok(start >= 0, at);
  const found = figureModel(parseDraft(text)).relations.filter((r) => r.kind === kind && r.figures.some((f) => f.offset <= start && f.endOffset > start));
  assert.ok(found.length > 0, `no ${kind} relation at ${at}`);
  assert.ok(
    found.every((r) => r.holds),
    `a ${kind} relation at ${at} does not hold`,
  );
  silent(text);
}

describe('units in traditional characters: 萬噸, 萬畝, 萬頭, 個百分點, and 萬（wàn） with its reading (restate13)', () => {
  it('reads a change of tonnes and of mu written in traditional characters', () => {
    holdsAt('全縣糧食產量為129.5萬噸，比上年增加11.7萬噸，增長9.9%；播種面積為334.5萬畝，比上年增加25.9萬畝，增長8.4%。', 'change', '9.9%');
    findingAt('全縣糧食產量為129.5萬噸，比上年增加11.7萬噸，增長5.9%。', '5.9%');
  });
  it('reads 萬（wàn）人 as 萬人: the pinyin reading after the multiplier is no part of the figure', () => {
    holdsAt('年末全市常住人口為346.59萬（wàn）人，比上年減少1.53萬（wàn）人，減少0.44%。', 'change', '0.44%');
    findingAt('年末全市常住人口為346.59萬（wàn）人，比上年減少1.53萬（wàn）人，減少5.44%。', '5.44%');
  });
  it('reads a count of head (萬頭) stated twice', () => {
    holdsAt('上半年，全市草食畜存欄254.90萬頭，同比增長3.6%。\n\n牛生產。上半年，全市草食畜存欄254.90萬頭，同比增長3.6%。', 'restatement', '254.90萬頭，同比增長3.6%。\n');
    findingAt('上半年，全市草食畜存欄254.90萬頭，同比增長3.6%。\n\n牛生產。上半年，全市草食畜存欄229.41萬頭，同比增長3.6%。', '229.41萬頭');
  });
});

describe('change: levels, differences and percentages in one bracket are read as a sentence of their own (restate13)', () => {
  it('reads each trade’s bracket: its levels, the differences listed after 分别, and the percentages', () => {
    holdsAt('各行业中，建筑施工行业（事故10起、死亡6人，同比分别减少9起、减少10人，分别下降47.4%和62.5%），其他行业（事故13起，同比增加8起、上升160%）。', 'change', '62.5%');
    findingAt('各行业中，建筑施工行业（事故10起、死亡6人，同比分别减少9起、减少10人，分别下降47.4%和67.5%），其他行业（事故13起，同比增加8起、上升160%）。', '67.5%');
  });
  it('still takes a figure in brackets for an aside of a change outside them', () => {
    holdsAt('全年受理案件1200件（含旧存100件），比上年增加200件，增长20%。', 'change', '20%');
    findingAt('全年受理案件1200件（含旧存100件），比上年增加200件，增长25%。', '25%');
  });
});
