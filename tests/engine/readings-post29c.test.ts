// Readings from the first contact with heldout94 (issue 12), round 29 (post29c): a rate of handling after its own
// 受理…办结 pair, in a sentence of several such runs; a share of a whole whose parts, each with a share of that whole,
// stand in the paragraph before; a change after a headline run into the text with no stop. Each case made up, each
// reported case failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

// made up: a prefecture's service centres, four 受理/办结/办结率 runs in one sentence, one scope after the other
const runs =
  '一季度全市共受理各类事项52000件，办结51800件，办结率99.6%，市级服务中心共受理8300件，办结8210件，办结率98.9%，其中窗口受理3100件，办结3050件，办结率98.4%，网上平台受理各类事项2600件，办结2500件，办结率96.2%。';

describe('a rate of handling after its own 受理…办结 pair (post29c)', () => {
  it('is silent: each 办结率 is of the pair right before it', () => {
    assert.deepEqual(findings(runs, 'number-ratio'), []);
  });

  it('reports a later rate against its own pair', () => {
    assert.deepEqual(findings(runs.replace('办结率98.9%', '办结率96.9%'), 'number-ratio'), ['96.9%']);
    assert.deepEqual(findings(runs.replace('办结率96.2%', '办结率94.2%'), 'number-ratio'), ['94.2%']);
  });

  it('still reports the first rate against the first pair', () => {
    assert.deepEqual(findings(runs.replace('办结率99.6%', '办结率97.6%'), 'number-ratio'), ['97.6%']);
  });
});

// made up: a city's procurement, the kinds with their shares in one paragraph, the methods in the next
const procurement =
  '2023年，某市共实施政府采购预算88.1亿元，实际完成采购金额80亿元，节约资金8.1亿元。\n\n从项目类别看，货物类采购20亿元，占采购总量的25%；工程类采购44亿元，占采购总量的55%；服务类采购16亿元，占采购总量的20%。\n\n从采购方式看，公开招标60亿元，占采购总量的75%；非公开招标20亿元，占采购总量的25%。';

describe('a share of a whole whose parts, with their shares of it, stand in the paragraph before (post29c)', () => {
  it('is silent: 工程类采购44亿元 is a part of 采购总量, not the whole', () => {
    assert.deepEqual(findings(procurement, 'number-ratio'), []);
  });

  it('reads the share against the whole stated (80亿元)', () => {
    const text = procurement.replace('非公开招标20亿元，占采购总量的25%', '非公开招标20亿元，占采购总量的35%');
    const found = check(text).findings.filter((f) => f.rule === 'number-ratio');
    assert.deepEqual(
      found.map((f) => text.slice(f.offset, f.endOffset)),
      ['35%'],
    );
    assert.match(found[0]!.message, /80亿元/);
  });
});

// made up: a monthly trading report whose headlines run into their paragraphs with no stop
const deals =
  '1月，全市纳入成本控制的交易项目15宗，控制价4.1亿元，中标价3.5亿元，平均节资率达14.63%\n\n政府采购项目交易额同比略有下降1月共完成政府采购项目54宗，同比减少6宗，减幅10%交易金额2.3亿元\n\n土地出让项目交易额同比有所下降1月共完成土地出让项目3宗，与上年持平；交易金额0.42亿元，同比减少0.21亿元，减幅33.33%\n\n国有产权项目交易额同比大幅下降1月共完成国有产权交易项目10宗，同比增长400%交易金额120.5，同比下降90.12%增值金额0.5万元';

describe('a change after a headline run into the text with no stop (post29c)', () => {
  it('is silent: 减少6宗 is of the 54宗 right before it, not of 15宗 further back', () => {
    assert.deepEqual(findings(deals, 'number-ratio'), []);
  });

  it('is silent on 同比下降90.12% after 10宗: the land’s 减少0.21亿元 before that level is not behind it', () => {
    assert.deepEqual(findings(deals.replace('同比下降90.12%', '同比下降50%'), 'number-ratio'), []);
  });

  it('still reads the land paragraph’s own change', () => {
    assert.deepEqual(findings(deals.replace('减幅33.33%', '减幅38.33%'), 'number-ratio'), ['38.33%']);
  });
});
