// Shares and rates read at first contact on heldout91–93 (issue 12), round 29 (post29a): a figure stated again is never
// its own base; a plan written in whole 亿 is rounded like the figures done of it; a share of a larger place's whole
// than the figures stated has no stated base; 占比约为 names no whole. Each case made up, each failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const flagged = (text: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === 'number-ratio')
    .map((f) => text.slice(f.offset, f.endOffset));

// made up: a province's key projects, title restating the body's total, then three groups with plans in whole 亿
const projects = (cells: Record<string, string> = {}): string => `某省60个重点项目超额完成全年投资目标 累计完成投资412亿元 投资完成率达116.1%

记者从省发展改革委获悉，截至10月底，全省60个重点建设项目累计完成投资412亿元，投资完成率达116.1%，较去年同期提高9个百分点。

分行业看，35个重大产业项目年度计划投资214亿元，完成投资256.5亿元，投资完成率为${cells.chanye ?? '119.86'}%。

18个重大基础设施项目年度计划投资118亿元，完成投资116.2亿元，投资完成率为${cells.jichu ?? '98.52'}%。

7个社会事业项目年度计划投资23亿元，完成投资39.3亿元，投资完成率为${cells.shehui ?? '170.43'}%。
`;

describe('readings (post29a): shares and rates at first contact', () => {
  it('reads the projects as written without a finding', () => {
    assert.deepEqual(flagged(projects()), []);
  });

  it('never reads a rate against its own figure stated again in the title (412 ÷ 412)', () => {
    assert.ok(!flagged(projects()).includes('116.1%'));
  });

  it('reads a plan in whole 亿 as rounded: 116.2 ÷ 117.5–118.5 covers 98.52%', () => {
    // (116.2 ÷ 118 = 98.47% at the exact plan; 98.52% is within the plan's rounding)
    assert.deepEqual(flagged(projects({ jichu: '98.52' })), []);
  });

  it('still flags a rate the plan’s rounding cannot give (256.5 ÷ 214 = 119.86%, printed 119.26%)', () => {
    assert.deepEqual(flagged(projects({ chanye: '119.26' })), ['119.26%']);
  });

  it('still flags a small plan’s rate beyond its rounding (39.3 ÷ 23 = 170.87%, printed 165.43%)', () => {
    assert.deepEqual(flagged(projects({ shehui: '165.43' })), ['165.43%']);
  });

  it('reads a plan of the same measure stated with the plan word as the base (计划完成投资 = 完成投资, 100%)', () => {
    const text = (p: string): string => `全县计划完成投资86亿元，实际完成投资86亿元，投资完成率${p}%。`;
    assert.deepEqual(flagged(text('100')), []);
    assert.deepEqual(flagged(text('95')), ['95%']);
  });

  // made up: a region's border crossings, a share of the region's total and one of the nation's, which is not stated
  const crossings = (regional: string): string =>
    `今年前4月，某区各级边检机关共查验出入境人员36.8万人次，其中外国籍人员20.5万人次，周边国家出入境人员达14.2万人次，占全区出入境人员总数的${regional}%、占全国周边国家出入境人员总数的72%。`;

  it('reads no base for a share of the nation’s whole after one of the region’s', () => {
    assert.deepEqual(flagged(crossings('38.6')), []);
  });

  it('still flags the region’s share against the region’s total', () => {
    assert.deepEqual(flagged(crossings('45')), ['45%']);
  });
});
