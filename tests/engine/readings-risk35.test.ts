// Readings of risk35 (issue 12, round 35): a percentage that does not hold over the base the reading took, but holds
// over another figure of the base's unit in its paragraph, is read over that one (14 of the 131 first-contact false alarms of
// 百分比与其依据不符 in rounds 1–34 were of this shape: 完成率 over the plan of the whole city, written over the
// households of one group). Guarded against chance: a percentage written to within 0.5% of itself, a quotient no wider than its
// rounding, a base that has no share of its own, is no part of the base taken and is not the numerator's
// value. Each case made up.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

// made up: a city's rebuilding of old houses, then one group's, its rate over the group's own count
const houses = (group: string, rate: string, after = ''): string => `全市列入改造计划3000户，已开工2800户，开工率93.3%；建档立卡贫困户改造${group}，已完工1340户，完成率${rate}${after}。`;

describe('a percentage over another base in its paragraph (risk35)', () => {
  it('is silent when the rate holds over the group’s own count', () => {
    assert.deepEqual(findings(houses('1500户', '89.33%'), 'number-ratio'), []);
    assert.deepEqual(findings(houses('1500户', '89.3%'), 'number-ratio'), []);
  });

  it('reports a rate that holds over no figure of the paragraph', () => {
    assert.deepEqual(findings(houses('1500户', '87.33%'), 'number-ratio'), ['87.33%']);
  });

  it('reads the other base wherever it stands in the paragraph', () => {
    const text = '全市列入改造计划3000户，已开工2800户，开工率93.3%；建档立卡贫困户已完工1340户，完成率89.33%。建档立卡贫困户改造任务1500户。';
    assert.deepEqual(findings(text, 'number-ratio'), []);
  });
});

describe('what chance could make hold is still reported (risk35)', () => {
  it('reports a percentage written to a whole per cent, which many quotients round to', () => {
    assert.deepEqual(findings(houses('1500户', '89%'), 'number-ratio'), ['89%']);
  });

  it('reports when the other base has a share of its own: a part of the list, not a whole', () => {
    assert.deepEqual(findings(houses('1500户，占计划的50.0%', '89.33%'), 'number-ratio'), ['89.33%']);
  });

  it('reports when the quotient over the other base is wider than the percentage’s rounding', () => {
    const text = '全市列入改造计划3000户，已开工2800户，开工率93.3%；建档立卡贫困户改造0.15万户，已完工0.13万户，完成率86.67%。';
    assert.deepEqual(findings(text, 'number-ratio'), ['86.67%']);
  });

  it('reports a rate of all that holds only over one of the base’s own parts', () => {
    const text = '上半年共排查各类隐患2000处（重大隐患50处、一般隐患1950处），已整改1900处，整改率97.4%。';
    assert.deepEqual(findings(text, 'number-ratio'), ['97.4%']);
  });

  it('reports 100% when the only other figure is the numerator’s value stated again', () => {
    const text = '全市列入改造计划3000户，已开工2800户，开工率93.3%；建档立卡贫困户已入住1340户，已完工1340户，完成率100%。';
    assert.deepEqual(findings(text, 'number-ratio'), ['100%']);
  });
});
