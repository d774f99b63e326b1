// Readings of restate44 (issue 12, round 44: the missed restatements classified by script): a part after 其中 whose
// subject is left unread (其中，受理刑事案件…) named by its own measure. Each case made up, each reported case failing
// without its reading and each silent case with its guard.

import assert from 'node:assert/strict';
import { findingTexts as findings } from './figure-findings';

describe('其中, a comma, then the figure’s own measure (restate44)', () => {
  const court = (second: string, part = '受理刑事案件'): string =>
    `某省高级人民法院通报了今年第一季度审判工作主要数据，其中，受理刑事案件3.86万件，同比上升1.2%。\n\n一季度，全省法院共受理各类案件58.2万件，同比下降2.77%。其中，${part}${second}，审结刑事案件3.1万件。`;

  it('is the measure stated elsewhere, in no narrower scope', () => {
    assert.deepEqual(findings(court('3.86万件'), 'number-conflict'), []);
  });

  it('reports the measure restated with another value', () => {
    assert.deepEqual(findings(court('3.47万件'), 'number-conflict'), ['3.47万件']);
  });

  it('still leaves a figure after a part named after 其中 to that part', () => {
    assert.deepEqual(findings('全县签约项目29个，协议总金额105.2亿元。其中，亿元以上项目17个，协议总金额100.4亿元。', 'number-conflict'), []);
  });
});

describe('a qualifier acting on what a table’s caption names (restate44)', () => {
  const weekly = (filed: string, caption = '本周全区城管常规案件统计表'): string =>
    [
      '（一）全区案件统计',
      '本周全区共受理案件5157件，立案5122件；派遣4915件，结案4352件。',
      '本周全区城管案件统计表',
      '基础指标 | 案件数 | 比率指标 | 数值 |',
      '受理数 | 5157 | ||',
      '立案数 | 5122 | 立案率 | 99.32% |',
      '派遣数 | 4915 | 派遣率 | 95.96% |',
      '结案数 | 4352 | ||',
      '（二）常规案件统计',
      `其中全区共受理常规案件1675件，立案${filed}，派遣1467件，结案1022件。`,
      caption,
      '基础指标 | 案件数 | 比率指标 | 数值 |',
      '受理数 | 1675 | ||',
      '立案数 | 1657 | 立案率 | 98.93% |',
      '派遣数 | 1467 | 派遣率 | 88.53% |',
      '结案数 | 1022 | ||',
    ].join('\n');

  it('reads the rows as the steps of that whole', () => {
    assert.deepEqual(findings(weekly('1657件'), 'table-restatement'), []);
  });

  it('reports a row that disagrees with the text', () => {
    assert.deepEqual(findings(weekly('1557件'), 'table-restatement'), ['1657']);
  });

  it('stays silent when the caption names another whole', () => {
    assert.deepEqual(findings(weekly('1557件', '本周全区城管四乱案件统计表'), 'table-restatement'), []);
  });
});

describe('a row named in the sentence, its measure in two years’ columns (restate44)', () => {
  const cases = (second: string, opening = '其次是'): string =>
    [
      '表一：各类主要案由新收情况统计表',
      '',
      '案由 | 2021年上半年新收 | 2020年上半年新收 |',
      '民间借贷纠纷 | 4159 | 6132 |',
      '离婚纠纷 | 2821 | 3878 |',
      '劳动争议 | 1406 | 1210 |',
      '',
      `两级法院民事一审收案排名前列的案由中，“民间借贷纠纷”依旧最多，新收4159件；${opening}“离婚纠纷”，新收${second}；第三是“劳动争议”，新收1406件。`,
    ].join('\n');

  it('reads the latest year’s column', () => {
    assert.deepEqual(findings(cases('2821件'), 'table-restatement'), []);
  });

  it('reports the latest year’s cell when the text disagrees', () => {
    assert.deepEqual(findings(cases('2539件'), 'table-restatement'), ['2821']);
  });

  it('stays silent when the sentence names last year', () => {
    assert.deepEqual(findings(cases('2539件', '去年同期'), 'table-restatement'), []);
  });
});

describe('the row’s own level after its clause, before its change (restate44)', () => {
  const cases = (change: string, level = '为4159件'): string =>
    [
      '表一：各类主要案由新收情况统计表',
      '',
      '案由 | 2021年上半年新收 | 2020年上半年新收 | 增幅 |',
      '民间借贷纠纷 | 4159 | 6132 | -32.18% |',
      '离婚纠纷 | 2821 | 3878 | -27.26% |',
      '',
      `收案排名前列的案由中，“民间借贷纠纷”新收案件依旧最多，${level}，较去年同期相比下降${change}。`,
    ].join('\n');

  it('reads the change as the row’s growth', () => {
    assert.deepEqual(findings(cases('32.18%'), 'table-restatement'), []);
  });

  it('reports a change that disagrees with the row', () => {
    assert.deepEqual(findings(cases('37.18%'), 'table-restatement'), ['37.18%']);
  });

  it('still leaves a change after another measure’s amount to that measure', () => {
    assert.deepEqual(findings(cases('37.18%', '结案3210件'), 'table-restatement'), []);
  });
});
