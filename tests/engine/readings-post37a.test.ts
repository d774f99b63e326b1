// Readings of post37a (issue 12, round 37, housing and building reports): a bracket of what a count leaves out is no
// breakdown; a clause opening a “…中” of its own ends the list of the “…中” before; items counting stages of building
// (开工, 基本建成, 竣工) are no kinds beside each other; an item named by an earlier item and a clause ending in 的 is within
// it; counts of one stage side by side in groups are parts; one percentage after 分别 over the tasks of each stage; a
// rate's cell saying 全部开工 in a pasted table. Each case made up, each reported case failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

// made up: a county's building firms, with the firms it does not count in brackets
const firms = (third: string): string => `截至目前，全县共有建筑施工资质企业120家（不包含3家预拌混凝土企业、5家施工劳务企业），其中：一级企业20家；二级企业70家；三级企业${third}。`;

describe('a bracket of what a count leaves out (post37a)', () => {
  it('is no breakdown of the count', () => {
    assert.deepEqual(findings(firms('30家'), 'number-sum'), []);
  });

  it('leaves the list after 其中 checked', () => {
    assert.deepEqual(findings(firms('40家'), 'number-sum'), ['120家']);
  });
});

describe('a clause that opens a “…中” of its own (post37a)', () => {
  it('is another group with its part, not one more part of the group before', () => {
    const text = '此外，全县85个乡镇中有30个乡镇建成垃圾中转站，70个建制镇中有12个镇建设了污水处理设施。';
    assert.deepEqual(findings(text, 'number-sum'), []);
  });
});

describe('items counting stages of building (post37a)', () => {
  // made up: a city's task of housing, its kinds and then the tasks of two stages
  const task = (shed: string): string =>
    `2014年，省下达我市各类保障性住房建设目标任务20500套，其中：实物建房20000套，新增租赁补贴500户。实物建房中，廉租住房1500套，公共租赁住房8500套，城市棚户区改造${shed}，基本建成任务3000套，竣工任务6000套。`;

  it('are not kinds beside those before them: the kinds before make the list', () => {
    assert.deepEqual(findings(task('10000套'), 'number-sum'), []);
  });

  it('leave the kinds before them checked', () => {
    assert.deepEqual(findings(task('11000套'), 'number-sum'), ['20000套']);
  });

  it('do not count what has not reached a stage (未开工) as one', () => {
    const text = '全市重点项目100个，其中已竣工30个、在建50个、未开工25个。';
    assert.deepEqual(findings(text, 'number-sum'), ['100个']);
  });

  it('are silent when the list has no kinds before them', () => {
    const text = '2025年全市计划为300个自然村接入天然气管道，其中180个自然村的天然气管道已开工建设，150个自然村的天然气管道已竣工。';
    assert.deepEqual(findings(text, 'number-sum'), []);
  });
});

describe('an item named by an earlier item under a clause ending in 的 (post37a)', () => {
  const houses = (other: string): string => `截至目前，全区已排查并录入信息归集平台80.50万栋自建房，其中经营性自建房2.53万栋、其他自建房${other}、存在安全隐患的经营性自建房1200栋。`;

  it('is within that item, not beside it', () => {
    assert.deepEqual(findings(houses('77.97万栋'), 'number-sum'), []);
  });

  it('leaves the items before it checked', () => {
    assert.deepEqual(findings(houses('78.07万栋'), 'number-sum'), ['80.50万栋']);
  });
});

describe('counts of one stage side by side, one in each group (post37a)', () => {
  // made up: a task by kind, each kind with what has started and its rate
  const started = (second: string): string =>
    `今年，省下达我市安居工程目标任务40000套，已开工30000套，开工率75%。其中，公租房任务10000套，已开工8000套，开工率80%；棚户区改造任务30000套，已开工${second}，开工率73.3%。`;

  it('are the parts of what has started in all', () => {
    assert.deepEqual(findings(started('22000套'), 'number-sum'), []);
    assert.deepEqual(findings(started('23000套'), 'number-sum'), ['30000套']);
  });
});

describe('one percentage after 分别, of each stage’s task (post37a)', () => {
  const done = (pct: string): string =>
    `今年下达我县住房保障目标任务为新开工棚户区改造8000套，基本建成棚户区改造4500套。截至10月底，全县棚户区新开工8000套，基本建成4500套，分别完成年度任务的${pct}；公共租赁住房分配入住3000套。`;

  it('is each figure over the task of its stage', () => {
    assert.deepEqual(findings(done('100%'), 'number-ratio'), []);
  });

  it('reports a percentage that neither figure reaches of its task', () => {
    assert.deepEqual(findings(done('95%'), 'number-ratio'), ['95%', '95%']);
  });
});

describe('a rate’s cell that says 全部开工 in a pasted table (post37a)', () => {
  const table = (first: string): string =>
    [
      '全国老旧小区改造进展情况',
      '',
      '序号 省份 新开工小区数（个） 开工率',
      '',
      `1 甲省 ${first} 全部开工`,
      '',
      '2 乙省 800 99%',
      '',
      '3 丙省 700 95%',
      '',
      '4 丁省 500 90%',
      '',
      '合计 3000 96%',
      '',
    ].join('\n');

  it('keeps its row in the table', () => {
    assert.deepEqual(findings(table('1000'), 'table-sum'), []);
  });

  it('so that the total is checked with it', () => {
    assert.deepEqual(findings(table('1100'), 'table-sum'), ['3000']);
  });
});
