// Readings from the first run on heldout13 (number-conflict): each case is a made-up text showing the reading,
// silent where the reading holds and reported where it does not.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

function byRule(text: string, rule: string): number {
  return check(text).findings.filter((f) => f.rule === rule).length;
}

describe('readings of heldout13 (post-i, number-conflict)', () => {
  it('takes a measure stated with three values or more for a list over some dimension, not one figure restated', () => {
    const text =
      '全县共发生火灾事故12起，造成直接财产损失318.5万元。\n\n' +
      '城关镇火灾事故5起，造成直接财产损失150.2万元。\n\n' +
      '新河乡火灾事故4起，造成直接财产损失98.3万元。\n\n' +
      '石桥乡火灾事故3起，造成直接财产损失70万元。\n';
    assert.equal(byRule(text, 'number-conflict'), 0);
    // one figure stated twice with two values is still reported
    const twice = '全县共发生火灾事故12起，造成直接财产损失318.5万元。\n\n经核实，造成直接财产损失381.5万元。\n';
    assert.equal(byRule(twice, 'number-conflict'), 1);
  });

  it('takes 以外 inside a name for another measure: 电力以外工业项目 is not 电力工业项目', () => {
    const text = '全市开工工业项目190个，计划投资150亿元。\n\n电力以外工业项目61个、计划投资52.3亿元；电力工业项目35个、计划投资40.1亿元；农业项目80个。\n';
    assert.equal(byRule(text, 'number-conflict'), 0);
  });

  it('takes a part in brackets for a part of the figure before them, not of another whole', () => {
    const text = '本月来信受理340件，办结326件（包括上月12件）。来访受理95件，办结88件（包括上月5件）。\n';
    assert.equal(byRule(text, 'number-conflict'), 0);
    // the same whole with two parts disagreeing is still reported
    const same = '本月办结326件（包括上月12件）。\n\n经统计，本月办结326件（包括上月15件），按期办结率100%。\n';
    assert.equal(byRule(same, 'number-conflict'), 1);
  });

  it('takes a subject glossed in brackets before a measure for the statement’s own subject', () => {
    const text = '（一）交通运输业（道路货物运输）发生生产安全事故6起、死亡2人。\n\n' + '（二）其他行业（仓储、邮政快递）发生生产安全事故3起、死亡1人。\n';
    assert.equal(byRule(text, 'number-conflict'), 0);
    // the same subject with two values is still reported
    const same = '（一）交通运输业（道路货物运输）发生生产安全事故6起。\n\n（二）交通运输业（道路货物运输）发生生产安全事故8起。\n';
    assert.equal(byRule(same, 'number-conflict'), 1);
  });
});
