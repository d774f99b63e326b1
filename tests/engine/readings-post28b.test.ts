// Readings from the first contact with heldout88–89 (issue 12), round 28 (post28b): a sibling measure after a 其中 part
// that heads a 其中 of its own alike (副主任…，其中女副主任 after 主任数…，其中女主任); one group's shares of wholes each
// named by 在…中; 分别占 after a list of measures, each its own total's share; figures each stated with their share of a
// total are sub-scopes, not one measure restated; a page's dashed date under 归档时间 or before its sources. Each case
// made up, each reported case failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

// made up: a district's report on elections of residents' committees, the heads and their deputies each broken down
// by women, run on by commas in one sentence
const committees = '某区居委会换届情况。社区居委会共选举产生委员数720名。主任数132名，其中女主任75名，占比56.82%，副主任150名，其中女副主任90名，占比60.00%。';

describe('a sibling measure after a 其中 part, with a 其中 of its own alike (post28b)', () => {
  it('is silent: 副主任 is no part of 主任数', () => {
    assert.deepEqual(findings(committees, 'number-sum'), []);
  });

  it('still reads a part over its total in the first list', () => {
    assert.deepEqual(findings(committees.replace('女主任75名', '女主任140名'), 'number-sum'), ['132名']);
  });

  it('reads the sibling as the total of its own list', () => {
    assert.deepEqual(findings(committees.replace('女副主任90名', '女副主任160名'), 'number-sum'), ['150名']);
  });

  it('still reads a later part over the total when it opens no list alike', () => {
    assert.deepEqual(findings('某区居委会换届情况。主任数132名，其中女主任75名，占比56.82%，党员主任150名。', 'number-sum'), ['132名']);
  });
});

// made up: a spokesman on the make-up of deputies at two levels
const deputies = '各级代表中，基层群众都占有相当比例。比如，180万多名县乡两级代表中，基层代表在县级代表中的占比为48.20%，在乡级代表中的占比为70.30%。';

describe('one group’s shares of wholes each named by 在…中 (post28b)', () => {
  it('is silent: the shares are of two wholes', () => {
    assert.deepEqual(findings(deputies, 'number-ratio'), []);
  });

  it('still sums shares whose 在…中 names one whole', () => {
    assert.deepEqual(findings('基层代表在县级代表中的占比为48.20%，妇女代表在县级代表中的占比为70.30%。', 'number-ratio'), ['70.30%']);
  });

  it('still sums shares when one of them names no whole', () => {
    assert.deepEqual(findings(deputies.replace('基层代表在县级代表中的占比为', '基层代表占比为'), 'number-ratio'), ['70.30%']);
  });
});

// made up: a national summary of natural disasters, losses by period, by region and by hazard, each with its share
const disasters = `前三季度，全国自然灾害共造成死亡失踪700人，直接经济损失2000.0亿元。

从时间分布看，汛期灾害损失最重，因灾死亡失踪300人、直接经济损失900.0亿元，分别占前三季度总数的43%、45%。期间，北方地区死亡失踪200人，直接经济损失700.0亿元，分别占前三季度全国总数的29%和35%。从灾种分布看，洪涝和地质灾害损失占较大比重，因灾死亡失踪500人，直接经济损失1500.0亿元，分别占前三季度各灾种总数的71%、75%。从区域分布看，华北、西南损失突出，因灾死亡失踪人数、倒塌房屋数量和直接经济损失分别占全国总数的70%、90%和60%。`;

describe('分别占 after a list of measures (post28b)', () => {
  it('is silent: each share is of its own measure’s total', () => {
    assert.deepEqual(findings(disasters, 'number-ratio'), []);
  });

  it('still sums shares of one measure’s parts (城镇人口、乡村人口)', () => {
    assert.deepEqual(findings('年末，城镇人口、乡村人口分别占总人口的60%、50%。', 'number-ratio'), ['50%']);
  });

  it('still sums shares of places listed before 分别占', () => {
    assert.deepEqual(findings('华北、西南分别占全国总数的70%、60%。', 'number-ratio'), ['60%']);
  });
});

describe('figures each stated with their share of a total (post28b)', () => {
  it('is silent: a period’s, a region’s and a hazard’s losses are sub-scopes, not one measure restated', () => {
    assert.deepEqual(findings(disasters, 'number-conflict'), []);
  });

  it('still reads the measure stated again without its share', () => {
    assert.deepEqual(findings(disasters.replace('，分别占前三季度各灾种总数的71%、75%', ''), 'number-conflict'), ['500人']);
  });
});

describe('a page’s dashed date (post28b)', () => {
  it('is silent on a date under the page’s 归档时间, run into the text', () => {
    assert.deepEqual(findings('某流域水土保持公报发布\n来源：某部网站\n归档时间：2023-10-12近日，某流域管理机构发布公报。\n', 'number-format'), []);
  });

  it('is silent on a date line followed by its sources (网, 报)', () => {
    assert.deepEqual(findings('某市常住人口突破500万\n\n2022-03-15 某某网-某某日报\n\n本报讯（记者 张三）2021年，某市常住人口达512.3万人。\n', 'number-format'), []);
  });

  it('reports the date line with its sources as the page’s byline (web-residue), bracketed or not, after the body began', () => {
    const page = (line: string): string => `某市常住人口突破500万\n\n2021年，某市常住人口达512.3万人。\n\n${line}\n\n本报讯（记者 张三）全市户籍人口达420万人。\n`;
    assert.deepEqual(findings(page('2022-03-15 某某网-某某日报'), 'web-residue'), ['2022-03-15 某某网-某某日报']);
    assert.deepEqual(findings(page('【2022-03-15】 某某网-某某日报'), 'web-residue'), ['【2022-03-15】 某某网-某某日报']);
    assert.deepEqual(findings(page('【2022-03-15】 某某网-某某日报'), 'number-format'), []);
    assert.deepEqual(findings(page('2022-03-15 会议 工作安排'), 'web-residue'), []);
  });

  it('still reads a writer’s dashed date, and one before words that name no source', () => {
    assert.deepEqual(findings('某局工作安排\n\n会议定于2022-03-15 召开，请各单位准时参加。\n', 'number-format'), ['2022-03-15']);
    assert.deepEqual(findings('某局工作安排\n\n2022-03-15 会议-工作安排部署。\n', 'number-format'), ['2022-03-15']);
  });
});
