// Readings of post41b (issue 12, round 41, heldout137–138: disabled persons, charity, Red Cross, 低保): a yearbook's
// chronicle whose paragraph opens with its label in 【】; items each opened by the activity done (开展…活动，); a count per
// month as no base of a rate; a fund's level after an increase's 其中; a share of 市本级; persons named with 人员 broken
// down again by kind; the count by which a task was passed. Each case made up, each silent case failing without its
// reading and each reported case with its guard.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings, findingTexts as findings } from './figure-findings';

// made up: a county yearbook's entry, two years in one paragraph, its label in 【】 before the first year
const chronicle = (second: string): string =>
  `【概况】 2018年，全县共有残疾人5000名。残疾人员中，视力残疾800人，听力残疾700人。2019年，开展残疾人证换发工作。残疾人员中，视力残疾${second}人，听力残疾650人。`;

describe('a chronicle paragraph opened by its label in 【】 (post41b)', () => {
  it('reads the kinds after the second year as that year’s, not the first year’s stated again', () => {
    assert.deepEqual(findings(chronicle('760'), 'number-conflict'), []);
  });

  it('still compares a kind stated twice under one year opened twice', () => {
    assert.deepEqual(findings(chronicle('760').replace('2019年', '2018年'), 'number-conflict'), ['760人', '650人']);
  });
});

// made up: a charity's year, one item per activity, each opened by the activity
const activities = (second: string): string =>
  `全年共募集慈善款物120万元。主要开展救助特困家庭患者50人次，发放救助金8万元；开展产业扶贫活动，定向救助8个重点扶贫村；开展${second}活动，定向救助6个重点扶贫村；开展助学活动，定向救助3名学生。`;

describe('clause groups each opened by the activity done (post41b)', () => {
  it('reads a count under two activities as two activities’ counts', () => {
    assert.deepEqual(findings(activities('义诊送药'), 'number-conflict'), []);
  });

  it('still compares a count stated twice under one activity', () => {
    assert.deepEqual(findings(activities('产业扶贫'), 'number-conflict'), ['6个']);
  });
});

// made up: a rehabilitation project's task, its count per month, then a service rate in the next sentence
const perMonth = (unit: string): string => `2020年，分配我县康复训练任务800名，实施康复训练1300人，完成训练任务9000${unit}，完成率162.5%。推进康复服务行动，实施基本康复服务1.5万人，康复服务率92.5%。`;

describe('a count per month is no base of a rate (post41b)', () => {
  it('does not read 人/月 as the persons a service rate is of', () => {
    assert.deepEqual(findings(perMonth('人/月'), 'number-ratio'), []);
  });

  it('still reads the task counted in persons alone as the base (the reading before)', () => {
    assert.deepEqual(findings(perMonth('人'), 'number-ratio'), ['92.5%']);
  });
});

describe('a level reached after an increase’s 其中 (post41b)', () => {
  it('is no part of the increase', () => {
    const text = '个人冠名基金增加45.6万元，其中，某某女士设立的“助学基金”增加到60万元。';
    assert.deepEqual(findings(text, 'number-sum'), []);
  });

  it('still reports a part of the increase larger than it', () => {
    const text = '个人冠名基金增加45.6万元，其中，某某女士设立的“助学基金”增加60万元。';
    assert.deepEqual(findings(text, 'number-sum'), ['45.6万元']);
  });
});

// made up: a city's 低保 objects, the 市本级 ones and a group within them
const cityLevel = (share: string): string => `全市城市低保对象12000户20000人，其中市本级8000户15000人，某矿区低保对象2000户3000人，占市本级低保对象${share}；农村低保对象5000户9000人。`;

describe('a share of 市本级 (post41b)', () => {
  it('reads the figure of 市本级 earlier in the sentence as the whole', () => {
    assert.deepEqual(findings(cityLevel('20%'), 'number-ratio'), []);
  });

  it('reports a share that does not hold against it', () => {
    assert.deepEqual(findings(cityLevel('25%'), 'number-ratio'), ['25%']);
  });
});

// made up: a county's disabled persons, by place and again by kind of disability
const disabled = (sight: string): string => `2018年，全县共有残疾人5000名。其中，农村残疾人4000名，城镇残疾人1000名。残疾人员中，视力残疾${sight}人，听力残疾700人，肢体残疾3000人，智力残疾500人。`;

describe('persons named with 人员 broken down again by kind (post41b)', () => {
  it('is silent when the kinds add up to no more than the persons', () => {
    assert.deepEqual(figureFindings(disabled('800')), []);
  });

  it('reports kinds that add up to more than the persons', () => {
    assert.deepEqual(findings(disabled('818'), 'number-sum'), ['5000名']);
  });
});

// made up: a rehabilitation project's task and what was done past it
const overTask = (excess: string): string => `下达我县残疾儿童康复训练任务300名，落实资金270万元，实施康复训练420人，完成率140%，超任务${excess}人。`;

describe('the count by which a task was passed (post41b)', () => {
  it('is silent when it is what was done less the task', () => {
    assert.deepEqual(findings(overTask('120'), 'number-sum'), []);
  });

  it('reports an excess that is not', () => {
    assert.deepEqual(findings(overTask('102'), 'number-sum'), ['102人']);
  });
});

// made up: a registry's busiest days, the total stated with 共 and its kinds after a colon
const registered = (total: string): string => `据了解，节后一周的接待量最多，共办理婚姻登记${total}对：结婚登记250对，离婚登记30对，补发婚姻登记证20对。`;

describe('a total stated with 共 whose colon opens its list (post41b)', () => {
  it('is silent when the kinds add up to no more than the total', () => {
    assert.deepEqual(findings(registered('300'), 'number-sum'), []);
  });

  it('reports kinds that add up to more than the total', () => {
    assert.deepEqual(findings(registered('280'), 'number-sum'), ['280对']);
  });
});
