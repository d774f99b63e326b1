// Sums of parts read on how officials write (issue 12), round 26 (post26a): a fund's balance broken down by accounts, one of
// them below zero (a part may be negative); kinds of a complaint that each state their share of the total, every share
// right, so that adding up to more proves one item counts under several kinds; a count of how many of the item before got
// done so far (截至目前已办结), its follow-up, not one more kind, and its rate of that item; and an item stated as altogether
// (共) of items named before it, their subtotal. Each case made up, each reported case failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): Array<{ at: string; message: string }> =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => ({ at: text.slice(f.offset, f.endOffset), message: f.message }));

// made up: a county's pension fund, its balance of the year split by two accounts, the second spending more than it took in
const fund = (second = '-129.50万元'): string =>
  `2024年，城镇职工基本养老保险基金收入3200.50万元，支出2950.30万元，当年收支结余250.20万元，累计结余8600.00万元；其中统筹基金收入2400.10万元，支出2020.40万元，当年收支结余379.70万元，累计结余6100.00万元；个人账户基金收入800.40万元，支出929.90万元，当年收支结余${second}，累计结余2500.00万元。`;

describe('a balance broken down by accounts, one of them below zero', () => {
  it('is silent: the negative balance brings the other down to the total', () => {
    assert.deepEqual(findings(fund(), 'number-sum'), []);
  });

  it('still finds one account over the total when none is written below zero', () => {
    const found = findings(fund('129.50万元'), 'number-sum');
    assert.ok(
      found.some((f) => f.at === '250.20万元' && /379\.70万元/.test(f.message)),
      JSON.stringify(found),
    );
  });
});

// made up: a hotline's calls by kind of nuisance, each with its share of all calls; one call may name two nuisances
const calls = (noise = '40%'): string => `2025年1-6月，全县环保热线共接来电20件，其中扬尘类4件，占20%；油烟类6件，占30%；噪声类8件，占${noise}；污水类5件，占25%。`;

describe('kinds that each state their share of the total, adding up to more', () => {
  it('is silent when every share is right: one call counts under several kinds', () => {
    assert.deepEqual(findings(calls(), 'number-sum'), []);
  });

  it('still hints at the overlap when a share is wrong, and the share is reported', () => {
    const text = calls('35%');
    assert.ok(findings(text, 'number-sum').some((f) => f.at === '20件'));
    assert.ok(findings(text, 'number-ratio').some((f) => f.at === '35%'));
  });
});

describe('states of handling that each state their share, adding up to more', () => {
  it('still hints: an item is in one state at a time', () => {
    const text = '本年共收到群众来信50件，其中已办结的来信30件，占60%，正在办理的来信22件，占44%。';
    assert.ok(findings(text, 'number-sum').some((f) => f.at === '50件'));
  });
});

// made up: a 12315 platform's month, each kind of case with its share, the complaints and reports followed by how many were
// done so far and their rate
const platform = (o: { consult?: string; doneRate?: string; done?: string; reportsDone?: string } = {}): string =>
  `8月份，全市12315平台共受理群众诉求5000件，同比增长3.1%。其中咨询${o.consult ?? '3000件'}，同比下降2.0%，占受理总量的60.0%；投诉1600件，同比增长12.0%，占受理总量的32.0%；截至目前已办结反馈${o.done ?? '1200件'}，办结反馈率${o.doneRate ?? '75.0%'}，为消费者挽回经济损失20.5万元；举报400件，同比增长5.0%，占受理总量的8.0%；截至目前已办结反馈${o.reportsDone ?? '300件'}，办结反馈率75.0%。`;

describe('how many of the item before got done so far', () => {
  it('is no part of the total, and its rate is of that item', () => {
    const text = platform();
    assert.deepEqual(findings(text, 'number-sum'), []);
    assert.deepEqual(findings(text, 'number-ratio'), []);
  });

  it('reports a rate that is not the done count of its item', () => {
    const found = findings(platform({ doneRate: '70.0%' }), 'number-ratio');
    assert.ok(
      found.some((f) => f.at === '70.0%' && /1200件 ÷ 1600件/.test(f.message)),
      JSON.stringify(found),
    );
  });

  it('still finds kinds adding up to more than the total', () => {
    const found = findings(platform({ consult: '3100件' }), 'number-sum');
    assert.ok(
      found.some((f) => f.at === '5000件' && !/1200件/.test(f.message)),
      JSON.stringify(found),
    );
  });

  it('takes a done count larger than the item before for one more part', () => {
    const found = findings(platform({ reportsDone: '450件' }), 'number-sum');
    assert.ok(
      found.some((f) => f.at === '5000件' && /450件/.test(f.message)),
      JSON.stringify(found),
    );
  });
});

// made up: a district's month of 12345 calls, by kind, then the complaints and reports together
const calls12345 = (together = '800件'): string =>
  `2024年3月份，全区12345平台共接收群众诉求信息2000件，同比降低10.5%。其中，投诉600件，同比降低5.2%，占比30%；举报200件，占比10%；咨询1200件，占比60%；接收的投诉举报信息共${together}，已办结760件，办结率为95%。`;

describe('an item stated as altogether of items named before it', () => {
  it('is their subtotal, no part of the total', () => {
    assert.deepEqual(findings(calls12345(), 'number-sum'), []);
  });

  it('is checked as the sum of the items it names', () => {
    const found = findings(calls12345('810件'), 'number-sum');
    assert.ok(
      found.some((f) => f.at === '810件' && /600件/.test(f.message) && /200件/.test(f.message)),
      JSON.stringify(found),
    );
  });
});
