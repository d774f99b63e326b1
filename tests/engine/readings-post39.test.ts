// Readings of post39 (issue 12, round 39, heldout126–128: safety, traffic, mediation, sports venues, water works): a piece's
// level of a column list under the total of its very name; sentences that each push the work on a project of their own;
// a paragraph labelled with a part it names again; a comparison right after a 其中 period; groups by ； that each break
// one total down; two shares 分别占总数的 of two measures; a change after ； compared with the level its name names. Each
// case made up, each silent case failing without its reading and each reported case with its guard removed.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const figureFindings = (text: string): string[] =>
  check(text)
    .findings.filter((f) => /^number-(?:sum|ratio|conflict)$/.test(f.rule))
    .map((f) => `${f.rule} ${text.slice(f.offset, f.endOffset)}`);

// made up: a census of sports venues, three areas of the whole, then the parts of the third by its name
const venues = (area: string): string =>
  `全市各类体育场地5000个，用地面积9000平方米、建筑面积800平方米、场地面积${area}平方米。` + `其中，室内体育场地400个，场地面积1000平方米；室外场地4600个，场地面积5000平方米。`;

describe('a column list whose piece takes the total of its very name (post39)', () => {
  it('is silent when the 场地面积 of the parts make the 场地面积 total, not the 用地面积 before it', () => {
    assert.deepEqual(figureFindings(venues('6000')), []);
  });

  it('reports the 场地面积 total the parts do not make', () => {
    assert.deepEqual(figureFindings(venues('5500')), ['number-sum 5500平方米']);
  });
});

// made up: a county's water works, each sentence pushing one project and stating what it has spent
const works = (second: string, third: string): string =>
  `今年以来，全县水利建设完成投资3000多万元。\n\n` +
  `該縣重點（diǎn）推進（jìn）病險（xiǎn）水庫加固工程，計（jì）劃實（shí）施3座，截至目前，已完成投資1200萬元。` +
  `${second}，計（jì）劃實（shí）施40處，已完成投資700萬元。${third}，已完成投資300萬元。`;

describe('sentences that each push the work on a project of their own (post39)', () => {
  it('is silent on the 已完成投资 of three projects, pinyin glosses or none', () => {
    assert.deepEqual(figureFindings(works('加快農（nóng）村飲水安全工程建設（shè）', '加快鄉（xiāng）鎮（zhèn）渠道清淤防滲等項（xiàng）目建設（shè）進（jìn）度')), []);
    assert.deepEqual(figureFindings(works('加快农村饮水安全工程建设', '加快乡镇渠道清淤防渗等项目建设进度')), []);
  });

  it('reports two values of one project pushed twice', () => {
    const text = '今年以来，全县水利建设完成投资3000多万元。\n\n加快农村饮水安全工程建设，计划实施40处，已完成投资700万元。加快农村饮水安全工程建设，计划实施40处，已完成投资750万元。';
    assert.deepEqual(figureFindings(text), ['number-conflict 750万元']);
  });
});

// made up: a city's accidents in the quarter, then one sector's under its label
const sectors = (label: string, subject: string): string =>
  `2018年1-3月份，全市共发生各类事故28宗，同比上升27.27%；直接经济损失1.431万元，同比下降99.92%。\n\n` +
  `${label}2018年1-3月份全市共发生${subject}事故23宗，同比上升43.75%；直接经济损失1.431万元，同比下降83.20%。`;

describe('a paragraph labelled with a part it names again (post39)', () => {
  it('is silent on the change of the sector beside that of the whole', () => {
    assert.deepEqual(figureFindings(sectors('（五）交通运输业：', '交通运输业')), []);
  });

  it('reports the change when no label says the second paragraph is of the sector alone', () => {
    assert.deepEqual(figureFindings(sectors('', '交通运输业')), ['number-conflict 83.20%']);
  });
});

// made up: a year's road accidents, then 其中 the grave ones, each compared with the year before
const accidents = (graveFall: string): string =>
  `1、2007年，全國共發（fā）生道路交通事故3272起，造成816人死亡、3804人受傷。與2006年相比，事故起數（shù）減少515起，下降13.6%；` +
  `死亡人數（shù）減少78人，下降8.7%。其中，發（fā）生一次死亡10人以上特大交通事故26起，造成389人死亡。與2006年相比，` +
  `事故起數（shù）減少12起，下降31.6%；死亡人數（shù）減少169人，下降${graveFall}。`;

describe('a comparison after a 其中 period, of the part it names (post39)', () => {
  it('is silent on the fall of the grave accidents beside that of all, and on the fall of their deaths over 389', () => {
    assert.deepEqual(figureFindings(accidents('30.3%')), []);
  });

  it('reports the fall of the deaths that 169 ÷ (389 + 169) does not give', () => {
    assert.deepEqual(figureFindings(accidents('30.2%')), ['number-ratio 30.2%']);
  });
});

// made up: a year's disputes handled, broken down by grade, by kind and by outcome
const disputes = (family: string): string =>
  `全年共调处矛盾纠纷53件。其中重大案件4件，一般案件49件；婚姻家庭邻里纠纷${family}件，农村土地承包、拆迁安置纠纷12件，环境污染纠纷6件，` +
  `其他纠纷18件，财产纠纷1件；调解成功49件，不成功4件，调解成功率92%。`;

describe('groups by ； that each break one total down (post39)', () => {
  it('is silent when each group makes the total on its own', () => {
    assert.deepEqual(figureFindings(disputes('16')), []);
  });

  it('reports the group that does not', () => {
    assert.deepEqual(figureFindings(disputes('26')), ['number-sum 53件']);
  });
});

// made up: the accidents of a month and those caused by unlawful driving
const unlawful = (deaths: string): string => `全县共发生道路交通事故100起，死亡40人。各类违法驾驶共造成事故60起，死亡30人，分别占总数的60%和${deaths}。`;

describe('two shares 分别占总数的 of two measures, each of its own total (post39)', () => {
  it('is silent when both come out', () => {
    assert.deepEqual(figureFindings(unlawful('75%')), []);
  });

  it('reports the share of the deaths that 30 ÷ 40 does not give', () => {
    assert.deepEqual(figureFindings(unlawful('70%')), ['number-ratio 70%']);
  });
});

// made up: a year's accidents, deaths and injuries, then each one's fall in clauses after ；
const falls = (deaths: string): string =>
  `2007年，全县共发生道路交通事故3272起，造成816人死亡、3804人受伤。与2006年相比，事故起数减少515起，下降13.6%；` + `死亡人数减少78人，下降${deaths}；受伤人数减少506人，下降11.7%。`;

describe('a change after ； compared with the level its name names (post39)', () => {
  it('is silent when 78 ÷ (816 + 78) gives the fall', () => {
    assert.deepEqual(figureFindings(falls('8.7%')), []);
  });

  it('reports the fall of the deaths, not of the injuries', () => {
    assert.deepEqual(figureFindings(falls('9.7%')), ['number-ratio 9.7%']);
  });
});

// made up: a county's rural roads, the projects listed, then how many have started
const roads = (rate: string, done = '进场施工'): string =>
  `全县今年计划新建或改建农村公路80条。\n\n80个农村公路建设项目，共计190公里，总投资达到1亿元。截至7月底，已完成投资4800万元；` +
  `其中60个农村公路建设项目已经${done}，开工率是${rate}，同时有9个项目已经全部完工。`;

describe('a rate of projects after 其中 over the projects of that name before (post39)', () => {
  it('is silent when 60 ÷ 80 gives the rate', () => {
    assert.deepEqual(figureFindings(roads('75%')), []);
  });

  it('reports the rate that 60 ÷ 80 does not give', () => {
    assert.deepEqual(figureFindings(roads('72%')), ['number-ratio 72%']);
  });

  it('does not read a rate named by another doing', () => {
    assert.deepEqual(figureFindings(roads('72%', '全部完工')), []);
  });
});

// made up: a county's farmland works, the plan set out, then what was done of it
const farmland = (share: string): string => `加大农田水利建设专项资金项目实施力度，计划实施27处，总投资600万元；目前，已完成投资540万元，占计划的${share}。`;

describe('a share of the plan of what was done, over the 总投资 of the works planned (post39)', () => {
  it('is silent when 540 ÷ 600 gives the share', () => {
    assert.deepEqual(figureFindings(farmland('90%')), []);
  });

  it('reports the share that 540 ÷ 600 does not give', () => {
    assert.deepEqual(figureFindings(farmland('95%')), ['number-ratio 95%']);
  });
});
