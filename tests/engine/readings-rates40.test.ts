// Readings of rates40 (issue 12, round 40: rates, points and yields that were not read): a completion rate over the
// task in brackets right after what was done; the rate of an outcome denied (不合格发现率) over what was checked; yields
// named 亩产 or 亩均单产 and a 繁體 page's sown area; points written 個（gè）百分點; points over a place's growth in the
// bracket right after them; a completion of the task the city set (完成市上任务的). Each case made up, each silent
// case failing without its reading and each reported case with its guard removed.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings, findingTexts as findings } from './figure-findings';

describe('a completion rate over the task in brackets right after what was done (rates40)', () => {
  // made up: a disabled persons' federation's year, each task in brackets after what was done
  const year = (first: string, second: string): string =>
    `今年完成50户困难残疾人家庭无障碍改造（省定民生实事任务40户），完成率${first}，满意率100%；` + `完成残疾儿童康复救助60名（省定民生实事任务48名），完成率${second}，训练时长共计300个月。`;

  it('is silent when each rate is what was done over its task', () => {
    assert.deepEqual(figureFindings(year('125%', '125%')), []);
  });

  it('reports a rate that is not', () => {
    assert.deepEqual(findings(year('120%', '125%'), 'number-ratio'), ['120%']);
    assert.deepEqual(findings(year('125%', '115%'), 'number-ratio'), ['115%']);
  });

  it('reads no task in brackets that holds more than the task', () => {
    const text = '今年完成50户困难残疾人家庭无障碍改造（省定民生实事任务40户，其中城区10户），完成率120%。';
    assert.deepEqual(findings(text, 'number-ratio'), []);
  });
});

describe('the rate of an outcome denied over what was checked (rates40)', () => {
  // made up: a market regulator's spot checks, what passed and what failed adding up to what was checked
  const checks = (total: string, fertiliser: string): string =>
    `本次共抽检农资产品100批次，合格90批次，不合格10批次，不合格发现率为${total}。` + `其中，抽查肥料40批次，合格38批次，不合格2批次，不合格发现率为${fertiliser}。`;

  it('is silent when each rate is the failed over the checked', () => {
    assert.deepEqual(figureFindings(checks('10%', '5%')), []);
  });

  it('reports a rate that is not', () => {
    assert.deepEqual(findings(checks('15%', '5%'), 'number-ratio'), ['15%']);
    assert.deepEqual(findings(checks('10%', '8%'), 'number-ratio'), ['8%']);
  });

  it('reads nothing when passed and failed do not make up what was checked', () => {
    const text = '本次共抽检农资产品100批次，合格85批次，不合格10批次，不合格发现率为15%。';
    assert.deepEqual(findings(text, 'number-ratio'), []);
  });
});

describe('yields named 亩产 or 亩均单产, and sown areas on a 繁體 page (rates40)', () => {
  // made up: a county's autumn grain, its sown area, output and yield per 亩
  const autumn = (yieldPerMu: string): string => `全县秋粮播种面积20万亩，比上年增加0.5万亩；秋粮总产量8万吨，比上年增加0.2万吨；秋粮平均亩产${yieldPerMu}，比上年增加5公斤。`;

  it('is silent when the yield is the output over the area', () => {
    assert.deepEqual(figureFindings(autumn('400公斤')), []);
  });

  it('reports a yield that is not', () => {
    assert.deepEqual(findings(autumn('360公斤'), 'number-ratio'), ['360公斤']);
  });

  // made up: the same on a page served in traditional characters
  const traditional = (yieldPerMu: string): string =>
    `2022年全省糧食產（chǎn）量為800萬噸，比上年增加10萬噸；糧食播種面積2000萬畝，比上年增加20萬畝；糧食作物單產（chǎn）${yieldPerMu}/畝，比上年增加2公斤。`;

  it('reads a 繁體 page’s 播種面積 as the sown area', () => {
    assert.deepEqual(figureFindings(traditional('400公斤')), []);
    assert.deepEqual(findings(traditional('440公斤'), 'number-ratio'), ['440公斤']);
  });

  it('is silent when an area the words do not call sown stands closer to a yield without a crop', () => {
    // (2万吨 ÷ 20万亩 = 100公斤: of the summer area, not of the 50万亩 sown in the year)
    const text = '全县粮豆播种面积50万亩，其中：完成夏收粮豆面积20万亩，实现夏收粮豆总产量2万吨，平均亩产100公斤。';
    assert.deepEqual(findings(text, 'number-ratio'), []);
  });
});

describe('points written 個（gè）百分點 (rates40)', () => {
  const profits = (points: string): string => `利潤總額5000億元，同比增長（zhǎng）11.6%，增幅比1至2月（3.6%）提高${points}。`;

  it('is silent when the points are the difference', () => {
    assert.deepEqual(figureFindings(profits('8個（gè）百分點')), []);
  });

  it('reports points that are not', () => {
    assert.deepEqual(findings(profits('9個（gè）百分點'), 'number-ratio'), ['9個（gè）百分點']);
  });
});

describe('points over a place’s growth in the bracket right after them (rates40)', () => {
  // made up: a county's months, its growth compared with the province's, given in a bracket after the points
  const investment = (points: string): string => `1-7月，全县固定资产投资完成额同比增长10.0%，增速比上半年增加1.5个百分点，高于全省固投平均增速${points}（全省增长6.0%），全省增速排名第7。`;
  const industry = (points: string): string => `1-7月，全县规模以上工业增加值同比下降2.0%，降幅较上半年收窄3.5个百分点，低于全省规模以上工业增加值${points}（全省增长8.0%），全省增速排名第15位。`;

  it('is silent when the points are the difference, a fall read negative', () => {
    assert.deepEqual(figureFindings(investment('4个百分点')), []);
    assert.deepEqual(figureFindings(industry('10个百分点')), []);
  });

  it('reports points that are not', () => {
    assert.deepEqual(findings(investment('4.5个百分点'), 'number-ratio'), ['4.5个百分点']);
    assert.deepEqual(findings(industry('6个百分点'), 'number-ratio'), ['6个百分点']);
  });

  it('reads no bracket that holds more than the place’s growth', () => {
    assert.deepEqual(findings(investment('4.5个百分点').replace('（全省增长6.0%）', '（全省增长6.0%，全国增长3.0%）'), 'number-ratio'), []);
  });
});

describe('a completion of the task the city set (rates40)', () => {
  const projects = (rate: string): string => `2012年市上下达我县新包装推出项目任务10个，现已完成17个，完成市上任务的${rate}。`;

  it('is silent when the rate is what was done over the task', () => {
    assert.deepEqual(figureFindings(projects('170%')), []);
  });

  it('reports a rate that is not', () => {
    assert.deepEqual(findings(projects('160%'), 'number-ratio'), ['160%']);
  });
});

describe('增长N倍 after the difference of a level and the level compared with (rates40)', () => {
  const seizures = (times: string): string => `共查获涉案卷烟500万支，比上年同期查获的100万支增加400万支，增长${times}。`;

  it('is silent when N is the difference over the level compared with (or the levels’ quotient)', () => {
    assert.deepEqual(figureFindings(seizures('4倍')), []);
    assert.deepEqual(figureFindings(seizures('5倍')), []);
  });

  it('reports N that is neither', () => {
    assert.deepEqual(findings(seizures('7倍'), 'number-ratio'), ['7倍']);
  });

  it('reads nothing when the difference is not the levels’ difference as written', () => {
    // (the difference itself is reported, by the change check; 7倍 is not)
    assert.deepEqual(findings(seizures('7倍').replace('增加400万支', '增加300万支'), 'number-ratio'), ['300万支']);
  });
});

describe('a completion rate after the excess over the task (rates40)', () => {
  const barriers = (rate: string): string => `2022年度无障碍改造任务数为40户，到目前为止实际完成50户，超额多完成10户，完成率为${rate}。`;

  it('is silent when the rate is what was done over the task, not the excess', () => {
    assert.deepEqual(figureFindings(barriers('125%')), []);
  });

  it('reports a rate that is not', () => {
    assert.deepEqual(findings(barriers('130%'), 'number-ratio'), ['130%']);
  });
});

describe('a 破案率 over the cases filed, the solved after a bare 破 (rates40)', () => {
  const police = (all: string, murders: string): string => `上半年全市共立刑案4000起，破1000起，破案率${all}，同比上升5.2%，抓获网上逃犯300人，其中命案立10起、破9起，破案率为${murders}。`;

  it('is silent when each rate is solved over filed', () => {
    assert.deepEqual(figureFindings(police('25%', '90%')), []);
  });

  it('reports a rate that is not', () => {
    assert.deepEqual(findings(police('20%', '90%'), 'number-ratio'), ['20%']);
    assert.deepEqual(findings(police('25%', '100%'), 'number-ratio'), ['100%']);
  });
});

describe('a stage rate of projects counted before their noun, all of which reached the stage (rates40)', () => {
  const projects = (rate: string): string => `2022年，我市共实施政府投资项目25个，计划年度完成投资9亿元。按照新建项目抓开工的工作要求，全市20个项目均已开工，开工率${rate}；已完工项目8个，完工率32%。`;

  it('is silent when the rate is the projects started over all the projects', () => {
    assert.deepEqual(figureFindings(projects('80%')), []);
  });

  it('reports a rate that is not', () => {
    assert.deepEqual(findings(projects('85%'), 'number-ratio'), ['85%']);
  });

  it('reads nothing when the clause does not say all of them reached the stage', () => {
    assert.ok(!findings(projects('85%').replace('均已开工', '已开工'), 'number-ratio').includes('85%'));
  });
});
