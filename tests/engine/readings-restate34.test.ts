// Readings of restate34 (issue 12, round 32): in a draft whose figures name one year and no other, a statement with no
// period of its own whose clause is the words of a statement under that year written again is of that year, and
// restates it. Each case made up, each reported case failing without its reading, each silent one with its guard removed.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

// made up: a county's final accounts, the year named in the first section, the balance section naming none
const accounts = (later: string, opening = '2024年全县一般公共预算支出', balance = ''): string =>
  `一、一般公共预算收支情况\n\n${opening}520300万元，完成调整预算的96.5%。\n\n二、收支平衡情况\n\n${balance}全县一般公共预算收入186200万元，上级补助收入301500万元，全县一般公共预算支出${later}，年终结余1200万元。\n`;

describe('a statement of the draft’s one year, restated with no year (restate34)', () => {
  it('is silent when the two statements agree', () => {
    assert.deepEqual(findings(accounts('520300万元'), 'number-conflict'), []);
  });

  it('reports a restatement with another value', () => {
    assert.deepEqual(findings(accounts('468270万元'), 'number-conflict'), ['468270万元']);
  });

  it('is silent when the draft names another year too', () => {
    assert.deepEqual(findings(accounts('468270万元', '2024年全县一般公共预算支出', '全县一般公共预算收入2023年为175000万元。'), 'number-conflict'), []);
  });

  it('is silent when the year is the end of a stock, not the year as a whole', () => {
    assert.deepEqual(findings(accounts('468270万元', '截至2024年末，全县一般公共预算支出'), 'number-conflict'), []);
  });

  it('is silent when the clause is too short to be the same words written again', () => {
    const members = (later: string): string => `一、党员队伍\n\n2024年，少数民族党员6857名，女性党员2158名。\n\n二、上年情况\n\n全县支部数302个，少数民族党员${later}，女性党员2051名。\n`;
    assert.deepEqual(findings(members('6626名'), 'number-conflict'), []);
  });

  it('is silent when the clause is other words than the dated one (支出合计, not the 支出 written again)', () => {
    assert.deepEqual(findings(accounts('468270万元').replace('全县一般公共预算支出468270', '全县一般公共预算支出合计468270'), 'number-conflict'), []);
  });
});
