// Readings of sums36 (issue 12, round 32): after 其中, items that open with a count of the matters they tell of
// (342个…项目) and go on to state the total's own measure (完成投资) are the parts of that total in its unit. Each case
// made up, each reported case failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

// made up: a city's key projects in a quarter, each group of projects counted and then its investment stated
const projects = (total: string, group: string): string =>
  `一季度，全市重点项目完成投资${total}，投资进度达24%。其中，120个计划新开工项目已开工45个，完成投资${group}；210个续建项目完成投资146.3亿元；66个计划竣工项目完成投资52.6亿元。`;

describe('parts stated after the count of their projects (sums36)', () => {
  it('is silent when the groups’ investment is within the total', () => {
    assert.deepEqual(findings(projects('260亿元', '61.1亿元'), 'number-sum'), []);
    assert.deepEqual(findings(projects('250亿元', '41.1亿元'), 'number-sum'), []);
  });

  it('reports a total smaller than its groups’ investment', () => {
    assert.deepEqual(findings(projects('230亿元', '61.1亿元'), 'number-sum'), ['230亿元']);
  });
});

describe('parts after their count, named like the total (sums36)', () => {
  it('is silent when the groups state another measure (到位资金) than the total’s', () => {
    const text = '一季度，全市重点项目完成投资30亿元，投资进度达24%。其中，120个计划新开工项目已开工45个，到位资金20亿元；210个续建项目到位资金14.3亿元。';
    assert.deepEqual(findings(text, 'number-sum'), []);
  });
});

describe('parts after a count of matters, not of persons (sums36)', () => {
  // made up: a city's football pitches, each kind named by its players (十一人制) and given its share
  it('still reports a share when the first figure after 其中 is the 十一人 of a name', () => {
    const text = '全市足球场地2000个，场地面积500万平方米。其中十一人制足球场地400个，占比20%；七人制足球场地500个，占比25%；五人制足球场地1090个，占比54.5%；沙滩足球场10个，占比5.5%。';
    assert.deepEqual(findings(text, 'number-ratio'), ['5.5%']);
  });
});
