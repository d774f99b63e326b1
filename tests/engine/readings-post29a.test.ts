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

  // made up: counties by population, 占比约为 with a share written to two decimals
  const counties = (p: string): string => `纳入统计的1860个县级单位中，户籍人口不足30万的县（市）共有1032个，占比约为${p}%。`;

  it('reads 占比约为 as a share of the whole before it, silent when it holds', () => {
    assert.deepEqual(flagged(counties('55.48')), []);
  });

  it('flags 占比约为 written to two decimals that the figures do not give (1032 ÷ 1860 = 55.48%)', () => {
    assert.deepEqual(flagged(counties('56.48')), ['56.48%']);
  });

  // made up: a half-year's traffic accidents, the totals in the first paragraph, a kind's count and deaths in the next
  const accidents = (p: string): string => `据统计，今年上半年，全市共接报道路交通事故4800起，死亡312人，受伤1650人，直接财产损失2.1亿元。

从事故类型看，货车肇事事故有所增加。接报货车肇事事故1320起、亡147人，起数占总数的27.5%，但亡人数占总数的${p}%。
`;

  it('reads 亡人数占总数 as the deaths counted against the deaths stated before (147 ÷ 312 = 47.1%)', () => {
    assert.deepEqual(flagged(accidents('47.1')), []);
    assert.deepEqual(flagged(accidents('45')), ['45%']);
  });

  // made up: a county's projects counted with their total investment, then what was put into them two paragraphs on
  const investment = (p: string): string => `2024年，全县共上报市入统招商项目36个，总投资84.5亿元。其中超亿元投资项目18个。

目前，上报市的36个项目中，开工项目30个，开工率83.3%；已入资项目28个，共计入资19.42亿元，入资率${p}%。
`;

  it('reads 入资率 as the money put in over the group’s total investment (19.42 ÷ 84.5 = 22.98%)', () => {
    assert.deepEqual(flagged(investment('22.98')), []);
    assert.deepEqual(flagged(investment('22.89')), ['22.89%']);
  });

  it('holds 入资率 read as the count of projects over the group (28 ÷ 36 = 77.8%)', () => {
    assert.deepEqual(flagged(investment('77.8')), []);
  });
});
