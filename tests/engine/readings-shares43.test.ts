// Readings of shares43 (issue 12, round 43: the share and rate mutants the engine missed): a rate right after what its
// verb did of the count right before (各级共排查隐患问题31.55万处，完成整改31.20万处，整改率为98.89%); a share right after a part
// counted with 其中 right after its whole (受理案件4714件，其中刑事案件2401件，占案件总数的50.93%). Each case made up; each
// reported case has its silent twin and each guard a case that would be reported without it.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings } from './figure-findings';

// made up: a province's gas-safety campaign, the rate right after what was put right of what was found
const gasChecks = (rate: string): string => `2023年，全省共检查燃气场所5130处，各级共排查隐患问题21.55万处，完成整改21.20万处，整改率为${rate}。`;

describe('a rate right after what its verb did of the count right before (shares43)', () => {
  it('reads the rate as the count done over the count before it', () => {
    assert.deepEqual(figureFindings(gasChecks('98.38%')), []);
  });

  it('reports a rate that does not follow from the two counts', () => {
    assert.deepEqual(figureFindings(gasChecks('93.38%')), ['number-ratio 93.38%']);
  });

  it('reads a count written before its noun (74.84万亩灾毁农田修复任务已完成63.1万亩)', () => {
    const text = (rate: string): string => `全市54.84万亩灾毁农田修复任务已完成43.1万亩，完成率${rate}，其余正在抓紧施工。`;
    assert.deepEqual(figureFindings(text('78.6%')), []);
    assert.deepEqual(figureFindings(text('83.6%')), ['number-ratio 83.6%']);
  });

  it('stays silent when the count before is itself something the verb did (已完成摸排…，已完成改造…)', () => {
    const text = '全县已完成摸排800户，已完成改造600户，完成率60%。';
    assert.deepEqual(figureFindings(text), []);
  });

  it('stays silent when the verb of the numerator is not the rate’s (保健管理 for 覆盖率)', () => {
    const text = '全市产妇2492人，保健管理2392人，孕产妇保健覆盖率91%。';
    assert.deepEqual(figureFindings(text), []);
  });

  it('stays silent on a count before a noun that is no task (7个重灾县完工项目14个)', () => {
    assert.deepEqual(figureFindings('其中：7个重灾县完工项目14个，完工率100%。'), []);
  });

  it('stays silent when a larger count before it may be its whole (…7227宗，…5113宗，转办…2114宗，办结1898宗)', () => {
    const text = '12月份共受理有效热线事项7227宗，当场答复热线事项5113宗，转办热线事项2114宗，办结1898宗，办结率97.01%。';
    assert.deepEqual(figureFindings(text), []);
  });

  it('takes a task of the paragraph as a reading too: silent when the task gives the rate', () => {
    const text = '今年整改任务22万处。全省共检查燃气场所5130处，各级共排查隐患问题21.55万处，完成整改21.20万处，整改率为96.36%。';
    assert.deepEqual(figureFindings(text), []);
  });
});

// made up: a county's legal aid, the share of one kind of case right after its count
const legalAid = (share: string, whole = '案件总数'): string => `2016年，全县法律援助中心共办理各类法律援助案件4714件，其中办理刑事法律援助案件2401件，占${whole}的${share}。`;

describe('a share right after a part counted with 其中 right after its whole (shares43)', () => {
  it('reads the share as the part over the count before 其中', () => {
    assert.deepEqual(figureFindings(legalAid('50.93%')), []);
  });

  it('reports a share that does not follow from the two counts', () => {
    assert.deepEqual(figureFindings(legalAid('55.93%')), ['number-ratio 55.93%']);
  });

  it('stays silent when the share names a whole the count’s words do not name', () => {
    assert.deepEqual(figureFindings(legalAid('55.93%', '全省受理总数')), []);
  });

  it('reads across the changes of the whole and of the part (比上年增长…，其中…，增长…，税收占比)', () => {
    const text = (share: string): string => `全年一般公共预算收入216.31亿元，比上年增长6.1%，其中税收收入190.05亿元，增长12.8%，税收占比${share}。`;
    assert.deepEqual(figureFindings(text('87.86%')), []);
    assert.deepEqual(figureFindings(text('82.86%')), ['number-ratio 82.86%']);
  });

  it('stays silent when the share names a wider whole than the count’s words (占全省出口比重的 after 全市…进出口总额)', () => {
    const text = '上半年，全市自营进出口总额274亿美元，同比增长12%。其中，出口142.7亿美元，同比增长16%，占全省出口比重的57.4%。';
    assert.deepEqual(figureFindings(text), []);
  });

  it('stays silent when another level of the whole’s sentence may be what 其中 divides (受理…，办结…。其中…)', () => {
    const text = (share: string): string => `全年共受理案件1000件，办结900件。其中刑事案件300件，占${share}。`;
    assert.deepEqual(figureFindings(text('30%')), []);
    assert.deepEqual(figureFindings(text('35%')), []);
  });

  it('reads a whole in the sentence before 其中 (…同比增长21.8%。其中…)', () => {
    const text = (share: string): string => `截至2022年底，拥有有效发明专利232.4万件，同比增长21.8%。其中高新技术企业拥有有效发明专利151.2万件，占有效发明专利总量的${share}。`;
    assert.deepEqual(figureFindings(text('65.1%')), []);
    assert.deepEqual(figureFindings(text('60.1%')), ['number-ratio 60.1%']);
  });
});
