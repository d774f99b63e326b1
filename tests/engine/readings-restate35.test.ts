// Readings of restate35 (issue 12, round 33): a short name keyed by the figure before it (受理消费者投诉…；举报1400件,
// 共提出议案6件、建议185件, 污水处理量…，处理率95.1%) is read under the full name that figure gives it, and restates the
// statement elsewhere that bears that name. Each case made up, each reported case failing without its reading, each
// silent one with its guard removed.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

// made up: a quarter's consumer-complaint report, its parts after 其中, then a section on the reports alone
const complaints = (later: string, whole = '受理消费者举报'): string =>
  `一、总体情况\n\n第二季度共受理各类案件5200件，同比增加36件。其中受理消费者投诉3800件，占73.1%；举报1400件，占26.9%。\n\n二、举报情况\n\n${whole}${later}，同比增加120件。\n`;

// made up: a delegation's motions and suggestions, then the suggestions alone
const suggestions = (later: string): string => `一、代表建议\n\n市代表团共提出议案6件、建议185件。\n\n二、办理情况\n\n市代表团共提出建议${later}，已全部交有关部门办理。\n`;

describe('a short name read under the full name the figure before it gives (restate35)', () => {
  it('is silent when the two statements agree', () => {
    assert.deepEqual(findings(complaints('1400件'), 'number-conflict'), []);
    assert.deepEqual(findings(suggestions('185件'), 'number-conflict'), []);
  });

  it('reports a sibling in a list of one verb’s objects restated with another value (举报 after 受理消费者投诉)', () => {
    assert.deepEqual(findings(complaints('1300件'), 'number-conflict'), ['1300件']);
  });

  it('reports 建议 after 共提出议案 restated as 共提出建议 with another value', () => {
    assert.deepEqual(findings(suggestions('175件'), 'number-conflict'), ['175件']);
  });

  it('reports a rate named short after its amount (处理率 after 城镇污水处理量)', () => {
    const sewage = (later: string): string => `一、总体情况\n\n全市城镇污水处理量15200万吨，处理率95.1%。\n\n二、设施建设\n\n全市城镇污水处理率达${later}，新建管网120公里。\n`;
    assert.deepEqual(findings(sewage('95.1%'), 'number-conflict'), []);
    assert.deepEqual(findings(sewage('96.3%'), 'number-conflict'), ['96.3%']);
  });

  it('reports a rate after its owner’s whole name (运行率 after 污水处理厂)', () => {
    const plants = (later: string): string => `一、设施建设\n\n全市现有污水处理厂32座，运行率96%。\n\n二、运行管理\n\n全市污水处理厂运行率达到${later}，出水全部达标。\n`;
    assert.deepEqual(findings(plants('96%'), 'number-conflict'), []);
    assert.deepEqual(findings(plants('91%'), 'number-conflict'), ['91%']);
  });

  it('is silent when the later statement names the two together (投诉举报), not the short name’s full name', () => {
    const both = `一、总体情况\n\n全年受理消费者投诉3800件，举报1400件。\n\n二、分析\n\n全年受理消费者投诉举报5200件，同比增加120件。\n`;
    assert.deepEqual(findings(both, 'number-conflict'), []);
  });

  it('is silent when the owner is not the figure right before (损失 after 水产受灾, keyed by the 受灾面积 before that)', () => {
    const losses = `一、灾情\n\n全县农作物受灾面积24.91万亩；水产受灾7.07万亩，损失1.93亿元。\n\n二、种植业\n\n全县农作物受灾损失1.91亿元，已全部上报。\n`;
    assert.deepEqual(findings(losses, 'number-conflict'), []);
  });

  it('is silent when the short name is the owner’s own last word (出版 after 已出版或交付出版: a part of it)', () => {
    const books = `一、概况\n\n截至9月底，已出版或交付出版17部。\n\n二、市志\n\n截至9月底，规划编纂市志21部，已出版或交付出版17部，出版12部。\n`;
    assert.deepEqual(findings(books, 'number-conflict'), []);
  });

  it('is silent when no statement bears the full name (举报线索 is another measure)', () => {
    assert.deepEqual(findings(complaints('1300件', '受理举报线索'), 'number-conflict'), []);
  });

  it('is silent when the later statement is of another period', () => {
    assert.deepEqual(findings(complaints('1300件', '6月受理消费者举报'), 'number-conflict'), []);
  });
});
