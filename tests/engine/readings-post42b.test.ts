// Readings of post42b (issue 12, round 42, heldout142–143: fire and police reports, a township's flood report, credit
// and guarantee reports): labels left unfilled (XX地灾点：); the bracket of last year's figures after 与去年同期相比, as a
// scope and as the base of the changes after it; comparison words read after a count; a whole named by a numbered
// class (110类); loans of the special statistics, which cut across each other; a pasted table row shifted left by a lost
// cell; a whole named 总X; a chain of shares. Each case made up, each silent case failing without its reading and each
// reported case with its guard.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings, findingTexts as findings } from './figure-findings';

// made up: a township's flood report, one paragraph per site, the sites' names left as XX
const sites = (label: string): string =>
  `${label}地灾点：共转移5户20人。集中安置5户20人住帐篷。（8月20日转移）\n\n${label}地灾点：共转移12户，30人。其中：投亲靠友4户\n10人。集中安置8户20人住帐篷。（8月20日转移）`;

describe('paragraph labels whose names are left unfilled (post42b)', () => {
  it('reads two XX labels as two sites', () => {
    assert.deepEqual(findings(sites('XX'), 'number-conflict'), []);
  });

  it('still compares a measure under one label named twice', () => {
    assert.deepEqual(findings(sites('甲'), 'number-conflict'), ['8户']);
  });
});

// made up: a prefecture's fire report, last year's figures in the bracket after 与去年同期相比
const fires = (opener: string, countChange: string): string =>
  `本报讯 2020年1—6月份，某州共发生火灾30起，其中，甲县10起，乙县8起，丙县12起；死亡1人，伤1人，直接财产损失52000元。${opener}（2019年1—6月份，全州共发生火灾40起[其中甲县15起、乙县10起、丙县15起； 无人员伤亡，直接财产损失80000元），起数下降${countChange}，死人、伤人数各上升100%，直接财产损失下降35%。`;

describe('the bracket of last year’s figures after 与去年同期相比 (post42b)', () => {
  it('reads the loss in the bracket as last year’s, not this year’s stated again', () => {
    assert.deepEqual(findings(fires('与去年同期相比', '25%'), 'number-conflict'), []);
  });

  it('still compares the loss stated twice in a bracket opened otherwise', () => {
    assert.deepEqual(findings(fires('据核实', '25%'), 'number-conflict'), ['80000元']);
  });

  it('reads each change after the bracket against the bracket’s figure of its measure', () => {
    assert.deepEqual(figureFindings(fires('与去年同期相比', '25%')), []);
  });

  it('reports a change that does not follow from the two figures', () => {
    assert.deepEqual(figureFindings(fires('与去年同期相比', '24%')), ['number-ratio 24%']);
  });
});

describe('comparison words read after a count (post42b)', () => {
  it('are no measure two districts’ counts share', () => {
    const text = '东城辖区发生4起同比增多1起上升33.33%，零死亡；西城辖区发生2起同比增多1起上升100%，零死亡。';
    assert.deepEqual(findings(text, 'number-conflict'), []);
  });

  it('still compares a count stated twice under its own measure', () => {
    const text = '东城辖区发生交通事故4起，同比增多1起。东城辖区发生交通事故2起，同比增多1起。';
    assert.deepEqual(findings(text, 'number-conflict'), ['2起']);
  });
});

// made up: a city's police calls, the share of one line's calls in the next paragraph
const calls = (whole: string): string => `8月份，全市各类有效报警共6000起，其中110类报警5000起，122类报警1000起。\n\n8月份${whole}中，刑事类报警300起，占${whole}数的6.0%。`;

describe('a whole named by a numbered class (post42b)', () => {
  it('is not taken for the whole of all classes', () => {
    assert.deepEqual(findings(calls('110类有效报警'), 'number-ratio'), []);
  });

  it('still reads a whole named without the number', () => {
    assert.deepEqual(findings(calls('有效报警'), 'number-ratio'), ['6.0%']);
  });
});

describe('loans of the special statistics after 其中 (post42b)', () => {
  it('may overlap: each within the total is what holds', () => {
    const text =
      '年末各项贷款余额500000万元，较年初上升50000万元；其中涉农贷款余额300000万元，较年初上升20000万元；小微企业贷款余额150000万元，较年初上升10000万元；绿色贷款余额100000万元，较年初上升8000万元。';
    assert.deepEqual(findings(text, 'number-sum'), []);
  });

  it('still reports loans by term that add up to more than the total', () => {
    const text = '年末各项贷款余额500000万元，较年初上升50000万元；其中短期贷款余额300000万元，较年初上升20000万元；中长期贷款余额250000万元，较年初上升10000万元。';
    assert.deepEqual(findings(text, 'number-sum'), ['500000万元']);
  });
});

// made up: a pasted table of calls, one cell a line, the first row one cell short and padded at its end (||)
const callTable = (first: string): string =>
  [
    '警情类型 |',
    '有效警情 |',
    '无效报警 |',
    '|||||||||',
    '刑事类 警情 |',
    '治安类 警情 |',
    '治安 灾害 事故 |',
    '交通 事故 |',
    '火灾 |',
    '群众 救助 |',
    '举报 投诉 |',
    '其它 |',
    '小计 |',
    '|||',
    '2020年5月 |',
    ...first.split(',').map((c) => `${c} |`),
    '||',
    '2021年4月 |',
    ...'300,700,0,1200,20,1000,30,4000,7250,40000'.split(',').map((c) => `${c} |`),
    '|',
    '2021年5月 |',
    ...'600,0,1100,10,800,20,3300,6100'.split(',').map((c) => `${c} |`),
    '32000',
    '',
  ].join('\n');

describe('a pasted table row shifted left by a lost cell (post42b)', () => {
  it('is not read for its total where it stands', () => {
    assert.deepEqual(findings(callTable('500,0,1000,20,900,20,3000,5700,30000'), 'table-sum'), []);
  });

  it('still checks a row that fills its columns', () => {
    assert.deepEqual(findings(callTable('500,0,0,1000,20,900,20,3000,5700,30000').replace('30000 |\n||', '30000 |\n|'), 'table-sum'), ['5700']);
  });
});

// made up: a province's guarantee business, a share of 总业务, then a share of the part before it
const guarantees = (first: string, second: string): string =>
  `当年新增担保业务总额1741.62亿元，其中新增融资性担保业务1708.51亿元，占总业务的${first}；贷款担保1613.12亿元，占融资性担保业务的${second}。`;

describe('a whole named 总X, and a chain of shares (post42b)', () => {
  it('reads 总业务 as 担保业务总额', () => {
    const text = '当年新增担保业务总额1741.62亿元，其中新增融资性担保业务1708.51亿元，占总业务的98.09%。';
    assert.deepEqual(findings(text, 'number-ratio'), ['98.09%']);
    assert.deepEqual(findings(text.replace('98.09%', '98.10%'), 'number-ratio'), []);
  });

  it('reads the part after 其中 as the whole of the next share', () => {
    assert.deepEqual(findings(guarantees('98.10%', '94.41%'), 'number-ratio'), ['94.41%']);
  });

  it('is silent where both shares are rounded right', () => {
    assert.deepEqual(findings(guarantees('98.10%', '94.42%'), 'number-ratio'), []);
  });
});
