// Readings of post45b (issue 12, round 45, heldout157–158: community correction and legal aid, 侨情 and 乡镇概况): the four
// kinds of offenders under community correction make all of them; a loan is no part of the deposits, the schools' staff
// no part of their pupils; offenders taken in are those released and those on the register; a count before its noun
// and 包括; a total named by its parts' names joined; a 万 written on the total alone. Each case made up, each silent case
// failing without its reading and each reported case with its guard.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings, findingMessages } from './figure-findings';

describe('the kinds of offenders under community correction (post45b)', () => {
  const register = (now: string, parole: string): string => `截至2023年6月底，全县在册社区矫正对象${now}人，其中缓刑150人，假释${parole}人，暂予监外执行3人，管制2人，警告20人，开展调查评估15人。`;

  it('are all of them, and a count after the four is another matter', () => {
    assert.deepEqual(figureFindings(register('163', '8')), []);
  });

  it('reports kinds that do not make the total', () => {
    assert.deepEqual(figureFindings(register('170', '8')), ['number-sum 170人']);
  });

  it('still reports kinds that exceed the total', () => {
    assert.deepEqual(figureFindings(register('163', '18')), ['number-sum 163人']);
  });
});

describe('deposits and loans (post45b)', () => {
  const bank = (saving: string): string => `年末全镇金融机构各项存款余额8.6亿元，其中居民储蓄存款余额${saving}亿元，贷款余额3.1亿元。`;

  it('a loan is no part of the deposits', () => {
    assert.deepEqual(figureFindings(bank('6.2')), []);
  });

  it('leaves deposits and loans together (存贷款) with both for parts', () => {
    assert.deepEqual(figureFindings('年末金融机构存贷款余额15.4亿元，其中各项存款余额9.2亿元，各项贷款余额7.2亿元。'), ['number-sum 15.4亿元']);
  });

  it('still reports savings over the deposits', () => {
    assert.deepEqual(figureFindings(bank('9.2')), ['number-sum 8.6亿元']);
  });
});

describe('pupils and the staff of the schools (post45b)', () => {
  const schools = (compulsory: string): string => `全乡有各级各类学校8所，在校生0.315万人，其中义务教育学段在校生${compulsory}万人；教职工0.028万人，其中专任教师236人。`;

  it('the staff are no part of the pupils', () => {
    assert.deepEqual(figureFindings(schools('0.315')), []);
  });

  it('still reports pupils of a stage over all the pupils', () => {
    assert.deepEqual(figureFindings(schools('0.415')), ['number-sum 0.315万人']);
  });
});

describe('offenders taken in, released and on the register (post45b)', () => {
  const office = (now: string): string => `2018年以来，某司法所共接收社区矫正人员86人，解矫61人，目前在矫人员${now}人。`;

  it('add up', () => {
    assert.deepEqual(figureFindings(office('25')), []);
  });

  it('reports a register that does not fit', () => {
    assert.deepEqual(figureFindings(office('28')), ['number-sum 86人']);
  });
});

describe('a count before its noun, then 包括 (post45b)', () => {
  const aid = (total: string): string => `全年共受理${total}起法律援助案件，包括2310起民事案件，1205起刑事案件以及96起行政案件。`;

  it('takes the counts after 包括 as its main items', () => {
    assert.deepEqual(figureFindings(aid('3611')), []);
  });

  it('reports items over the total', () => {
    assert.deepEqual(figureFindings(aid('3161')), ['number-sum 3161起']);
  });

  it('leaves counts of nouns named otherwise alone', () => {
    assert.deepEqual(figureFindings('全区设立22个正科级党政机构，包括6个党委序列，18个政府序列。'), []);
  });
});

describe('a total named by its parts’ names (post45b)', () => {
  const relatives = (overseas: string): string => `据侨情普查，全县侨眷、侨属及港澳台亲属有5.26万户、21.35万人，占全县人口的41%。其中，侨眷、侨属${overseas}万人，港澳台亲属6.12万人。`;

  it('is all of them', () => {
    assert.deepEqual(figureFindings(relatives('15.23')), []);
  });

  it('reports parts that fall short of it', () => {
    assert.deepEqual(figureFindings(relatives('13.23')), ['number-sum 21.35万人']);
  });
});

describe('a 万 written on the total alone (post45b)', () => {
  const farmland = (total: string, dry: string): string => `全镇年末实有耕地面积${total}亩，其中水田13422亩，旱土${dry}亩。`;

  it('is read as parts that add up to the total', () => {
    assert.deepEqual(figureFindings(farmland('15870', '2448')), []);
  });

  it('reports the numbers that add up with the 万 on one side', () => {
    assert.deepEqual(figureFindings(farmland('15870万', '2448')), ['number-sum 15870万亩']);
    assert.match(findingMessages(farmland('15870万', '2448'), 'number-sum')[0]!, /13422亩 \+ 2448亩 = 15870亩，总数写作15870万亩/);
  });

  it('leaves numbers that do not add up to the total’s alone', () => {
    assert.deepEqual(figureFindings(farmland('15870万', '2458')), []);
  });
});

describe('a yearbook’s 国内生产总值 after its run-in heading (post45b)', () => {
  const economy = (first: string): string =>
    `经济概况〓全县实现国内生产总值86.40亿元，比上年增长9.5%。第一产业实现增加值21.60亿元，增长3.1%；第二产业实现增加值34.56亿元，增长12.2%；第三产业实现增加值30.24亿元，增长9.8%。三次产业比重为${first}:40.00:35.00。`;

  it('is the product the structure’s terms are shares of', () => {
    assert.deepEqual(figureFindings(economy('25.00')), []);
  });

  it('reports a term that is not its industry’s share', () => {
    assert.ok(figureFindings(economy('27.00')).includes('number-ratio 27.00'));
  });
});

describe('a clause of 折合 after a figure (post45b)', () => {
  const area = (mu: string): string => `全乡总面积86.2平方公里，折合${mu}万亩，辖6个行政村。`;

  it('restates the figure in another unit', () => {
    assert.deepEqual(figureFindings(area('12.93')), []);
  });

  it('reports a conversion that does not fit', () => {
    assert.deepEqual(figureFindings(area('11.93')), ['number-conflict 86.2平方公里，折合11.93万亩']);
  });
});

describe('the staff on the establishment (post45b)', () => {
  const staff = (admin: string): string => `乡党政班子成员现有9人，行政人员${admin}人，在编31人；事业人员88人，在编70人。`;

  it('are some of the staff', () => {
    assert.deepEqual(figureFindings(staff('47')), []);
  });

  it('reports more on the establishment than the staff', () => {
    assert.deepEqual(figureFindings(staff('27')), ['number-sum 27人']);
  });

  it('are no part of a quota', () => {
    assert.deepEqual(figureFindings('核定行政编制30人，在编33人。'), []);
  });
});

describe('a bracket of parts named with the nouns of the counts before it (post45b)', () => {
  const party = (branches: string, members: string): string => `全镇有${branches}个党支部，${members}名党员（其中：农村党支部11个、农村党员601名）。`;

  it('holds a part of each count', () => {
    assert.deepEqual(figureFindings(party('23', '850')), []);
  });

  it('reports a part over its count', () => {
    assert.deepEqual(figureFindings(party('23', '540')), ['number-sum 540名']);
    assert.deepEqual(figureFindings(party('9', '850')), ['number-sum 9个']);
  });
});
