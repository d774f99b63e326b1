// Sums read on the layouts real pages paste (issue 12), round 29 (sums33): a 其中 list whose parts each carry a
// bracket of their own sub-breakdown; a total spelled out item by item after 具体为, 具体是, 具体承办单位为. Each case
// made up, each reported case failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const sums = (text: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === 'number-sum')
    .map((f) => text.slice(f.offset, f.endOffset));

// made up: a county's key projects, each kind with its levels in brackets
const projects = (total: string): string => `2023年，全县重点工程项目共${total}项，其中：建设项目24项（省级5项、市级7项、县级12项），前期项目4项（市级1项、县级3项）。总投资412.6亿元。`;

// made up: a county's debt, each part with its two kinds in brackets (a page writes 【】 for them)
const debt = (total: string, open = '（', close = '）'): string =>
  `2023年末，全县地方政府法定债务余额${total}万元，其中：存量债务4120万元${open}一般债务3980万元、专项债务140万元${close}，地方政府债券265300万元${open}一般债券70400万元、专项债券194900万元${close}。`;

describe('a 其中 list whose parts each carry their own bracket', () => {
  it('is silent when the parts make the total', () => {
    assert.deepEqual(sums(projects('28')), []);
    assert.deepEqual(sums(debt('269420')), []);
  });

  it('reports a total the parts exceed', () => {
    assert.deepEqual(sums(projects('25')), ['25项']);
  });

  it('reads parts named unlike, their brackets between them', () => {
    assert.deepEqual(sums(debt('242478')), ['242478万元']);
  });

  it('reads the brackets a page writes as 【】', () => {
    assert.deepEqual(sums(debt('242478', '【', '】')), ['242478万元']);
  });

  it('still checks each bracket against its own part', () => {
    const wrong = '全县播种粮食31.2万亩，其中水稻22.4万亩（含早稻0.5万亩、中稻21.4万亩、晚稻0.5万亩）、旱粮8.8万亩（含玉米5.1万亩、薯类2.2万亩）。';
    assert.deepEqual(sums(wrong), []);
    const over = '全县播种粮食31.2万亩，其中水稻22.4万亩（含早稻0.5万亩、中稻21.4万亩、晚稻0.5万亩）、旱粮8.8万亩（含玉米5.1万亩、薯类3.4万亩、其他0.8万亩）。';
    assert.deepEqual(sums(over), ['8.8万亩']);
  });

  it('stays silent when only some parts carry a bracket', () => {
    // (the items after the bracketed one may be of another kind: 社情民意 is no proposal)
    assert.deepEqual(sums('全年共收到提案115件，其中：会议期间收到114件（主办件112件，协办件2件），闭会期间收到1件，社情民意5件，分别交由44个部门办理。'), []);
  });

  it('reads on past a bracket that only comments on its part', () => {
    // (the bracket states the part's progress, no breakdown: the list goes on after it)
    const spending = (total: string): string =>
      `支出总计${total}万元，其中：一般公共预算支出150210万元（完成调整预算数的98%，比上年增长2.1%），上解上级支出230万元，债券还本支出21480万元，安排预算稳定调节基金420万元。`;
    assert.deepEqual(sums(spending('172340')), []);
    assert.deepEqual(sums(spending('155106')), ['155106万元']);
  });

  it('reports a total of area the bracketed parts exceed', () => {
    const area = (total: string): string => `全县完成粮食播种面积${total}万亩，其中水稻种植22.4万亩（含早稻0.5万亩、中稻21.4万亩、晚稻0.5万亩）、旱粮种植8.8万亩（含玉米5.1万亩、薯类3.7万亩）。`;
    assert.deepEqual(sums(area('31.2')), []);
    assert.deepEqual(sums(area('28.1')), ['28.1万亩']);
  });
});

// made up: a hotline's tickets by the units that handled them
const tickets = (total: string): string =>
  `“县长信箱”有效工单${total}件，具体承办单位为：县卫生健康局2件、县教育局1件、县公安局3件、城关镇人民政府1件、在线办结4件；“市12345平台”有效工单3件，具体承办单位为：县城管执法局1件、在线办结2件。`;

// made up: a town's non-tax revenue spelled out in the sentence after it
const revenue = (total: string): string => `2.全年实现非税收入${total}万元。具体为：国有资源有偿使用收入830.5万元，行政事业性收费收入126.4万元，其他收入41.1万元。3.体制结算收入5120万元。`;

describe('a total spelled out after 具体为', () => {
  it('is silent when the items make the total', () => {
    assert.deepEqual(sums(tickets('11')), []);
    assert.deepEqual(sums(revenue('998.0')), []);
  });

  it('reports a total the items exceed', () => {
    assert.deepEqual(sums(tickets('9')), ['9件']);
  });

  it('reads the items in the sentence that opens with 具体为', () => {
    assert.deepEqual(sums(revenue('898.2')), ['898.2万元']);
  });

  it('reads an unmarked list of counts after 具体为', () => {
    const warnings = (total: string): string => `汛期共发布预警信号${total}次，具体为暴雨蓝色预警信号12次，暴雨黄色预警信号6次，雷电黄色预警信号21次，大风蓝色预警信号9次。`;
    assert.deepEqual(sums(warnings('48')), []);
    assert.deepEqual(sums(warnings('43')), ['43次']);
  });

  it('stays silent when the items may leave some out', () => {
    // (a 具体为 may name the main items only: fewer is no error)
    assert.deepEqual(sums(tickets('14')), []);
  });

  it('reads no list whose items carry figures of another unit', () => {
    // (each item's count and amount: not one list of the total's unit)
    assert.deepEqual(sums('共安排项目6个，具体为：基础设施项目3个，投资938万元，产业项目3个，投资307万元。'), []);
  });
});
