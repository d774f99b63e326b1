// Readings the lead added in round 35 (issue 12), each found by checking made-up drafts of the kind writers send with
// `gongwen check`: a county health bureau's annual summary and a township's half-year 汇报. A rate over the group
// counted with 中 (12所…中仅有5所达到…标准，达标率); a 完成率 or 完成 N% whose task is stated right after what was done
// (…4.1万人，任务数为4.5万人，完成率); points whose previous level is in a bracket after them (（上年为76.4%）); a rate whose
// only count named by its verb is the one due (应参保), which was read as the numerator. Each case made up; each
// reported case fails without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

describe('a rate over the group counted with 中 (lead35)', () => {
  // made up: a county's township health centres
  const centres = (rate: string): string => `全县12所乡镇卫生院中仅有5所达到国家推荐标准，达标率${rate}。`;

  it('reports a 达标率 that is not the count over the group', () => {
    assert.deepEqual(findings(centres('45.7%'), 'number-ratio'), ['45.7%']);
  });

  it('is silent when it holds', () => {
    assert.deepEqual(findings(centres('41.7%'), 'number-ratio'), []);
  });

  it('reads villages, and 中，已有 with the count named again', () => {
    const villages = (rate: string): string => `全镇16个村中，已有13个村完成人居环境整治提升，完成率${rate}。`;
    assert.deepEqual(findings(villages('83.1%'), 'number-ratio'), ['83.1%']);
    assert.deepEqual(findings(villages('81.3%'), 'number-ratio'), []);
  });

  it('stays silent when the words after the count do not spell the verb', () => {
    // 覆盖率 is of what the words do not name (覆盖 is not what the 5 did)
    assert.deepEqual(findings('全县12所乡镇卫生院中仅有5所达到国家推荐标准，覆盖率45.7%。', 'number-ratio'), []);
  });
});

describe('a completion rate whose task follows what was done (lead35)', () => {
  // made up: health management of the elderly, and rural roads
  const elderly = (rate: string): string => `65岁以上老年人健康管理4.1万人，任务数为4.5万人，完成率${rate}。`;
  const roads = (rate: string): string => `新建和改造农村公路18.4公里，年度任务25公里，完成${rate}。`;

  it('reports a 完成率 and a 完成 N% that are not done ÷ task', () => {
    assert.deepEqual(findings(elderly('95.1%'), 'number-ratio'), ['95.1%']);
    assert.deepEqual(findings(roads('76.3%'), 'number-ratio'), ['76.3%']);
  });

  it('is silent when they hold', () => {
    assert.deepEqual(findings(elderly('91.1%'), 'number-ratio'), []);
    assert.deepEqual(findings(roads('73.6%'), 'number-ratio'), []);
  });

  it('stays silent when other words stand between the figure and its task', () => {
    // 其中 opens another count: what the 76.3% is of, the words do not say
    assert.deepEqual(findings('新建农村公路18.4公里，其中年度任务25公里，完成76.3%。', 'number-ratio'), []);
  });
});

describe('points whose previous level is in a bracket after them (lead35)', () => {
  // made up: a hospital's bed occupancy
  const beds = (points: string): string => `病床使用率达到78.5%，比上年提高${points}个百分点（上年为76.4%）。`;

  it('reports points that are not the difference', () => {
    assert.deepEqual(findings(beds('2.5'), 'number-ratio'), ['2.5个百分点']);
  });

  it('is silent when they hold', () => {
    assert.deepEqual(findings(beds('2.1'), 'number-ratio'), []);
  });

  it('stays silent when the level stands two clauses before', () => {
    assert.deepEqual(findings('病床使用率达到78.5%，出院病人5.82万人次，比上年提高2.5个百分点（上年为76.4%）。', 'number-ratio'), []);
  });
});

describe('a rate whose only count named by its verb is the one due (lead35)', () => {
  // made up: a township's medical insurance
  const insured = (rate: string): string => `全镇参加城乡居民医疗保险3.46万人，应参保3.58万人，参保率${rate}。`;

  it('is silent when the insured over those due holds (the due count was read as the numerator)', () => {
    assert.deepEqual(findings(insured('96.6%'), 'number-ratio'), []);
  });

  it('reports a 参保率 that is not insured ÷ due', () => {
    assert.deepEqual(findings(insured('98.6%'), 'number-ratio'), ['98.6%']);
  });

  it('stays silent when no figure before the due count spells the verb', () => {
    assert.deepEqual(findings('全镇常住人口3.46万人，应参保3.58万人，参保率98.6%。', 'number-ratio'), []);
  });
});

describe('a list whose items repeat an earlier list that added up exactly (lead35)', () => {
  // made up: a transport bureau's request for road-maintenance funds
  const roads = (village: string): string =>
    `我县现有农村公路总里程1865.4公里，其中县道326.8公里、乡道612.5公里、村道926.1公里。全年需养护资金918.13万元，其中县道326.8万元、乡道306.25万元、村道${village}万元。`;

  it('reports the second list when it falls short of its total', () => {
    assert.deepEqual(findings(roads('277.83'), 'number-sum'), ['918.13万元']);
  });

  it('is silent when it adds up', () => {
    assert.deepEqual(findings(roads('285.08'), 'number-sum'), []);
  });

  it('stays silent when the earlier list does not add up to its total', () => {
    // 326.8 + 612.5 + 900.1 = 1839.4: the earlier list leaves a remainder, so nothing says the second is whole
    const open = roads('277.83').replace('村道926.1公里', '村道900.1公里');
    assert.deepEqual(findings(open, 'number-sum'), []);
  });

  it('stays silent when the items are named otherwise', () => {
    const other = roads('277.83').replace('乡道306.25万元', '桥梁306.25万元');
    assert.deepEqual(findings(other, 'number-sum'), []);
  });
});
