// Readings of post36a (issue 12, round 36): a change in a bracket after a list item's name restates a table row only
// when the item is the row's label; a restatement whose growth cell its own row bears out is reported at the text's
// figure; a rate over a bare number that lost its unit; a count of how many of a planned part are done so far. Each
// case made up, each reported case failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

// made up: a county's 12315 report for one month, a table of the kinds and their 同比, then the problems that grew
const report = (kinds: string, problems: string): string =>
  `2023年3月，全县12315平台共接收投诉举报420件，同比降低2.33%。其中，投诉300件，同比降低6.25%；举报120件，同比上升${kinds}。\n` +
  `类型 | 2023年3月（件） | 2022年3月（件） | 同比（%） |\n投诉 | 300 | 320 | -6.25 |\n举报 | 120 | 110 | 9.09 |\n\n` +
  `从投诉问题来看，增长较快的问题有${problems}。\n`;

describe('a bracketed change after a list item (post36a)', () => {
  it('is silent when the items are kinds of complaint, not the table’s rows', () => {
    assert.deepEqual(findings(report('9.09%', '价格投诉（增长150%）、食品安全（增长80%）、质量（增长60%）'), 'table-restatement'), []);
  });

  it('still reads an item that is the row’s label', () => {
    assert.deepEqual(findings(report('9.09%', '举报（增长19.09%）、食品安全（增长80%）'), 'table-restatement'), ['19.09%']);
  });
});

describe('a restatement whose growth cell its row bears out (post36a)', () => {
  it('is reported at the text’s figure, not at the table’s cell', () => {
    assert.deepEqual(findings(report('90.9%', '食品安全（增长80%）'), 'table-restatement'), ['90.9%']);
  });

  it('stays at the cell when the row does not bear the cell out', () => {
    const text = report('90.9%', '食品安全（增长80%）').replace('举报 | 120 | 110 | 9.09 |', '举报 | 120 | 100 | 9.09 |');
    assert.ok(findings(text, 'table-restatement').includes('9.09'));
  });
});

// made up: a district's complaints, a count that lost its 件 between the base and the successes
const mediated = (rate: string, accepted = '5000'): string => `2023年，全区12315平台共接投诉8000件，按期办结率100%，其中受理${accepted}调解成功3000件，调解成功率${rate}。`;

describe('a rate over a bare number that lost its unit (post36a)', () => {
  it('is silent when the successes over the bare count give the rate', () => {
    assert.deepEqual(findings(mediated('60%'), 'number-ratio'), []);
  });

  it('reports a rate neither the base nor the bare count gives', () => {
    assert.deepEqual(findings(mediated('70%'), 'number-ratio'), ['70%']);
  });
});

// made up: a highway bureau's projects, the planned ones and how many of them have started
const projects = (started: string, total = '12'): string =>
  `我局今年公路新开工和续建项目共${total}个，其中计划开工项目7个，目前${started}个项目已正式开工；力争开工项目2个，目前正在抓紧做前期工作；续建项目3个，已全部达到进度要求。`;

describe('how many of a planned part are done so far (post36a)', () => {
  it('is silent when the count done is within the part it follows', () => {
    assert.deepEqual(findings(projects('7'), 'number-sum'), []);
    assert.deepEqual(findings(projects('5'), 'number-sum'), []);
  });

  it('still reads the count as a part when no plan names its verb', () => {
    const text = '我局今年公路新开工和续建项目共12个，其中改建项目7个，目前7个项目已正式开工；续建项目3个。';
    assert.deepEqual(findings(text, 'number-sum'), ['12个']);
  });
});

// made up: a city's quarter of complaints and reports, each with last year's level in brackets after 同比上年
const quarter = (reports: string): string =>
  `2024年第二季度，全市市场监管系统共接收投诉举报20000件，同比上年（19000件）上升5.26%。其中投诉15000件，同比上年（14000件）上升7.14%；举报5000件，同比上年（5000件）${reports}。`;

describe('a level of the year before in brackets after 同比上年 (post36a)', () => {
  it('is silent when each change is its level over the bracketed one', () => {
    assert.deepEqual(findings(quarter('持平'), 'number-ratio'), []);
    assert.deepEqual(findings(quarter('下降0%'), 'number-ratio'), []);
  });

  it('reports a change its two levels do not give', () => {
    const text = quarter('持平').replace('上升7.14%', '上升7.41%');
    assert.deepEqual(findings(text, 'number-ratio'), ['7.41%']);
  });
});
