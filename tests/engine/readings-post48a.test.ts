// Readings of post48a (issue 12, round 48: number-conflict false alarms of heldout169–173): how a yearbook or a chronicle
// scopes a measure. A chronicle's entries before its first year written are of a year before it; a span of years and a
// decade are periods; a sentence opened by a year is that year's; a kind counted at the head of a clause up to ；, a whole
// opened by 在…中, a qualifier the paragraph gave the bare name, a works named at the head of its sentence each own the
// figures after them. Each case made up; each silent case fails without its guard, each reported case shows the guard
// leaves the same scope compared.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings } from './figure-findings';

describe('a chronicle that starts in the middle of a year (post48a)', () => {
  const chronicle = (entry: string): string =>
    `大事记\n\n10月8日 市体育馆落成。\n\n11月20日 市里召开农田水利工作会议。\n\n是年 全市总人口212.5万人。财政收入1.1亿元。港口货物吞吐量186万吨，其中外贸40万吨。\n\n${entry}\n\n5月2日 市科技馆开馆。\n\n是年 全市总人口215.1万人。财政收入1.3亿元。\n\n港口货物吞吐量203万吨，其中外贸47万吨。`;

  it('reads the entries before the first year written as of a year before it', () => {
    assert.deepEqual(figureFindings(chronicle('1981年3月6日 市图书馆新馆开放。')), []);
  });

  it('still compares them when no entry names a year between them', () => {
    assert.deepEqual(figureFindings(chronicle('3月6日 市图书馆新馆开放。')), ['number-conflict 203万吨']);
  });
});

describe('a span of years and a decade (post48a)', () => {
  it('reads 1981～1985年 as a span, not as its last year', () => {
    assert.deepEqual(figureFindings('1981～1985年，全县教育事业费支出5230万元，占同期财政支出的30%。1985年教育事业费支出达1320万元。'), []);
  });

  it('compares one span written with two dashes', () => {
    assert.deepEqual(figureFindings('1981～1985年，全县教育事业费支出5230万元。\n\n1981-1985年，全县教育事业费支出5330万元。'), ['number-conflict 5330万元']);
  });

  it('reads 70年代 and 80年代 as two periods', () => {
    assert.deepEqual(figureFindings('70年代中期，全县砖瓦生产企业12家，年产砖3000万块。80年代，砖瓦生产企业20家，采用轮窑生产。'), []);
  });

  it('compares one decade stated twice', () => {
    assert.deepEqual(figureFindings('80年代，全县砖瓦生产企业20家，采用轮窑生产。\n\n80年代，全县砖瓦生产企业23家。'), ['number-conflict 23家']);
  });
});

describe('a sentence opened by a year (post48a)', () => {
  it('reads 全年 in sentences opened by two years as two years', () => {
    assert.deepEqual(figureFindings('1984年起，县信访办实行来信登记制度，全年共受理来信2100件。1987年，推行领导接访日，全年受理来信5300件。'), []);
  });

  it('compares 全年 in sentences opened by one year', () => {
    assert.deepEqual(figureFindings('1987年，推行领导接访日，全年受理来信5300件。\n\n1987年，全年受理来信5200件，办结率95%。'), ['number-conflict 5200件']);
  });
});

describe('kinds counted at the head of clauses up to ； (post48a)', () => {
  it('compares one kind counted in two paragraphs', () => {
    assert.deepEqual(figureFindings('氮肥3种，年生产能力5000吨，实产4100吨。\n\n氮肥3种，年生产能力5200吨。'), ['number-conflict 5200吨']);
  });

  it('reads each clause’s measure as its kind’s', () => {
    assert.deepEqual(
      figureFindings('1990年，全县形成如下化肥产品：钾肥2种，年生产能力1500吨，实产900吨；氮肥3种，年生产能力5000吨，实产4100吨；磷肥2种，年生产能力800吨，实产620吨。当年全县化肥产值300万元。'),
      [],
    );
  });
});

describe('parts listed after 在…中 (post48a)', () => {
  it('reads a part after 在…中 as a part of that whole', () => {
    const text =
      '预算内基建贷款1986年开始办理，中央基建贷款中港口贷款2.1亿元；化工厂工程贷款6200万元。\n\n基建贷款市建行从1986年开始办理，1990年末贷款余额2.3亿元。在总发放数中港口工程1.1亿元，化工厂工程贷款8900万元。';
    assert.deepEqual(figureFindings(text), []);
  });

  it('compares the same part in the same frame', () => {
    const text = '1990年末贷款余额2.3亿元。在总发放数中，化工厂工程贷款8900万元。\n\n基建贷款情况：在总发放数中，化工厂工程贷款8700万元。';
    assert.deepEqual(figureFindings(text), ['number-conflict 8700万元']);
  });
});

describe('a bare name after its qualified name in a paragraph (post48a)', () => {
  const text = (first: string): string => `1990年末，全县各项存款余额为52000万元，其中储蓄存款30000万元。\n\n1950年末，${first}为120万元。此后逐年增加，至1990年末，全县存款余额3100万元。`;

  it('reads the bare name as the qualified one', () => {
    assert.deepEqual(figureFindings(text('县城机关团体存款余额')), []);
  });

  it('compares it when the paragraph named it without a qualifier', () => {
    assert.deepEqual(figureFindings(text('县城存款余额')), ['number-conflict 3100万元']);
  });
});

describe('a works named at the head of its sentence against the whole (post48a)', () => {
  it('reads the measures after a works’ own as the works’', () => {
    assert.deepEqual(figureFindings('1990年，全县实产水泥28.5万吨。\n\n1990年，县水泥厂年生产能力达到20万吨，实产水泥18.2万吨，产值3000万元。'), []);
  });

  it('reads a depot’s sentence (…仓库是…) as the depot’s', () => {
    assert.deepEqual(figureFindings('当时，全县仅有仓库10余家，一次性储存能力12.6万吨。\n\n县物资储运公司中心仓库是全县最大的仓库，一次性储存能力为5.2万吨。'), []);
  });

  it('compares a works’ measure with a sentence that names no whole', () => {
    assert.deepEqual(figureFindings('1990年，实产水泥28.5万吨。\n\n1990年，县水泥厂年生产能力达到20万吨，实产水泥18.2万吨，产值3000万元。'), ['number-conflict 18.2万吨']);
  });
});
