// Readings from the first contact with heldout91–93 (issue 12), round 29 (post29b): a later part after “…N个中，” that is
// an outcome of a sibling measure; funds after counts of projects at two stages; months, ranks and grades listed with 、;
// an overrun (超录, 超支) after the amount there was and the amount used. Each case made up, each reported case failing
// without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';
import { findingAt, noFindingAt, reports, silent } from './figure-findings';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

// made up: a county congress reporting two satisfaction reviews in one sentence, each with its own count
const reviews = '某县人大常委会通报测评结果。其中，政协委员提案办理情况满意度测评9个中，测评为满意的6个，环境问题整改满意度测评为“满意”的5个。';

describe('a later part that is an outcome of a sibling measure (post29b)', () => {
  it('is silent: 环境问题整改满意度测评 is another review, no part of the 9', () => {
    assert.deepEqual(findings(reviews, 'number-sum'), []);
  });

  it('still checks the first part against the total', () => {
    assert.deepEqual(findings(reviews.replace('测评为满意的6个', '测评为满意的12个'), 'number-sum'), ['9个']);
  });

  it('still adds up kinds of case named with words after the head (“…违法案件处罚到人”案件 under 各类违法案件)', () => {
    assert.deepEqual(findings('共立案查处各类违法案件80件，罚没款20万元，其中大要案件20件，“食品违法案件处罚到人”案件30件，涉罪案件40件。', 'number-sum'), ['80件']);
  });

  it('still adds up parts named by the head alone (轻工业增加值 under 规模以上工业增加值)', () => {
    reports('全县规模以上工业增加值50亿元，其中，轻工业增加值20亿元，重工业增加值40亿元。', 'number-sum');
  });
});

// made up: a district's investment work, signed projects in one paragraph and projects under negotiation in another,
// their counts equal by chance
const projects = '一、全区共签约项目36个，计划总投资120.5亿元，完成率105%。\n\n二、项目储备。洽谈项目共36个，计划总投资410.2亿元，其中5个项目已签订框架协议。';

describe('funds after counts of projects at two stages (post29b)', () => {
  it('is silent: the signed projects’ and those under negotiation’s 计划总投资 are two sets’', () => {
    assert.deepEqual(findings(projects, 'number-conflict'), []);
  });

  it('still reads one stage stated twice with two values', () => {
    assert.deepEqual(findings(projects.replace('洽谈项目共36个', '签约项目共36个'), 'number-conflict'), ['410.2亿元']);
  });
});

describe('months, ranks and grades listed with 、 (post29b)', () => {
  it('is silent on two months compared with (环比5、6月份)', () => {
    silent('7月全国口岸出入境人员增长20.0%，环比5、6月份增长11.0%。');
    silent('2、3月份，组织各乡镇开展业务培训。');
    silent('第3、4名分别由两个乡镇获得。');
    silent('全校3、4年级学生共120人。');
  });

  it('still reports an approximate count (3、4个月, 3、4天)', () => {
    reports('项目工期约3、4个月。', 'number-format', '三四');
    reports('每人培训3、4天。', 'number-format', '三四');
  });
});

// made up: a city's farm machinery subsidy, the amount used beyond the amount there was to use
const subsidy = '2023年下达农机购置补贴资金8600万元，实际可用资金为8421.30万元，已使用资金12005.70万元，超录3584.40万元，已结算资金8100万元。';

describe('an overrun after the amount there was and the amount used (post29b)', () => {
  it('is silent when the overrun is the one less the other', () => {
    noFindingAt(subsidy, '3584.40万元');
  });

  it('reports an overrun that is not', () => {
    findingAt(subsidy.replace('超录3584.40万元', '超录3578.54万元'), '3578.54万元');
    reports(subsidy.replace('超录3584.40万元', '超录3578.54万元'), 'number-ratio', '3584.4万元');
  });

  it('reads 超支 after a budget and its spending alike', () => {
    findingAt('全年预算安排经费120万元，实际支出经费135.6万元，超支16.6万元。', '16.6万元');
    noFindingAt('全年预算安排经费120万元，实际支出经费135.6万元，超支15.6万元。', '15.6万元');
  });

  it('reads nothing when the amount used is the smaller (no overrun to check)', () => {
    noFindingAt('全年预算安排经费120万元，实际支出经费105.6万元，超支16.6万元。', '16.6万元');
  });
});
