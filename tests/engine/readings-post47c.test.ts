// Readings of post47c (issue 12, round 47, heldout167–168: 连云港市志's chapters, the 审计工作报告): a year counted in an era
// (民国37年) is no abbreviated year; bare shares each after a part a year opens are that year's; parts after a 分号 that
// add up to the part before it are its kinds; two paragraphs of two censuses; a 分号 after an account's totals closes it;
// 超标率 of the things tested; an insurer's 赔付率; a share of 全县人口 over the population written as 户 then 人. Each case
// made up, each silent case failing without its reading and each reported case with its guard.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings, findingMessages, findingTexts } from './figure-findings';

describe('a year counted in an era (post47c)', () => {
  it('is not an abbreviated year', () => {
    assert.deepEqual(findingTexts('民国37年11月，县城解放。光绪28年9月设学堂。', 'number-format'), []);
  });

  it('still reports a two-digit year with no era before it', () => {
    assert.deepEqual(findingTexts('37年11月，县城解放。', 'number-format'), ['37年']);
    assert.ok(findingMessages('该县于98年底通电。', 'number-format')[0]!.includes('1998年'));
  });
});

describe('bare shares each after a part a year opens (post47c)', () => {
  const series = (last: string): string => `人员经费占整个教育经费的比重大，1986年达2952.19万元，占68.72%；1988年达4433.8万元，占74.03%，${last}年达5810.7万元，占72.8%。`;

  it('are each of its own year, not parts of one whole', () => {
    assert.deepEqual(figureFindings(series('1990')), []);
  });

  it('still add up when no year opens the parts', () => {
    assert.deepEqual(figureFindings('人员经费占整个教育经费的比重大，工资达4433.8万元，占74.03%，福利费达5810.7万元，占72.8%。'), ['number-ratio 72.8%']);
  });
});

describe('parts after a 分号 that add up to the part before it (post47c)', () => {
  const stages = (third: string, share: string): string => `全市接触粉尘的工人19437人，其中矽肺病人364人；一期病人310人，占85.16%；二期病人41人，占11.26%；三期病人${third}人，占${share}%。`;

  it('are its kinds, their shares of it', () => {
    assert.deepEqual(figureFindings(stages('13', '3.57')), []);
  });

  it('reports a share of one kind that is not its count over the part', () => {
    assert.deepEqual(figureFindings(stages('13', '3.58')), ['number-ratio 3.58%']);
  });

  it('reads the shares against the total when the kinds do not add up to the part', () => {
    assert.deepEqual(figureFindings(stages('14', '3.85')), ['number-ratio 11.26%', 'number-ratio 3.85%']);
  });
});

describe('two paragraphs of two censuses (post47c)', () => {
  const censuses = (second: string): string =>
    `按第三次人口普查资料，1982年全市总人口287.31万。其中0～14岁人口占总人口的33.1%。百岁老人有2位，最高年龄102岁。\n\n${second}人口普查，全市343.97万总人口中，0～14岁人口占总人口的30.8%。百岁老人有14位，最高年龄为109岁。`;

  it('give each census its own count', () => {
    assert.deepEqual(figureFindings(censuses('1990年第四次')), []);
  });

  it('still compare a count restated under one census', () => {
    assert.deepEqual(figureFindings(censuses('1990年第三次')), ['number-conflict 14位']);
  });
});

describe('a 分号 after an account’s totals (post47c)', () => {
  const accounts = (mark: string): string =>
    `2024年，中央一般公共预算收入总量108844.06亿元、支出总量142244.06亿元，赤字33400亿元，与预算持平${mark}中央政府性基金预算收入总量15126.64亿元、支出总量14711.77亿元。`;

  it('closes that account: the next total adds up nothing before it', () => {
    assert.deepEqual(figureFindings(accounts('；')), []);
  });

  it('still adds up the items of one account', () => {
    assert.deepEqual(figureFindings('全市一般公共预算收入53.68亿元，上级补助收入128亿元，上年结余127.3亿元，总收入310.98亿元。'), ['number-sum 310.98亿元']);
  });
});

describe('超标率 of the things tested (post47c)', () => {
  const tested = (rate: string): string => `1986年，对全市101家工厂的613个噪声作业点测试，其中352个作业点的噪声超过国家卫生标准，超标率为${rate}%。`;

  it('is the count that passed the standard over the things tested', () => {
    assert.deepEqual(figureFindings(tested('57.42')), []);
  });

  it('reports a rate that is not', () => {
    assert.deepEqual(figureFindings(tested('57.10')), ['number-ratio 57.10%']);
  });
});

describe('an insurer’s 赔付率 (post47c)', () => {
  const insurer = (rate: string): string => `各银行存款人民币5.35亿元；保险费收入431.21万元，赔款123.7万元，赔付率${rate}%。`;

  it('is the claims over the premiums', () => {
    assert.deepEqual(figureFindings(insurer('28.69')), []);
  });

  it('reports a rate that is not', () => {
    assert.deepEqual(figureFindings(insurer('40')), ['number-ratio 40%']);
  });
});

describe('a share of 全县人口 over the population written as 户 then 人 (post47c)', () => {
  const county = (share: string): string => `1990年全县247730户，951016人，其中农业人口889024人，少数民族21个，360人，占全县人口的${share}%，人口密度为679.3人/平方公里。`;

  it('is the people counted before it over the population', () => {
    assert.deepEqual(figureFindings(county('0.04')), []);
  });

  it('reports a share that is not', () => {
    assert.deepEqual(figureFindings(county('0.4')), ['number-ratio 0.4%']);
  });
});

describe('a population density (post47c)', () => {
  const county = (density: string): string => `总面积1400平方公里。1990年全县247730户，951016人，其中农业人口889024人，非农业人口61992人，人口密度为${density}人/平方公里。`;

  it('is the population over the area', () => {
    assert.deepEqual(figureFindings(county('679.3')), []);
  });

  it('reports a density that is not', () => {
    assert.deepEqual(figureFindings(county('611.4')), ['number-ratio 611.4人']);
  });

  it('reads 每平方公里 before the figure and 总人口', () => {
    assert.deepEqual(figureFindings('全县总面积1849平方公里。1990年末全县总人口928359人，其中非农业人口117916人，人口密度每平方公里451.88人。'), ['number-ratio 451.88人']);
  });

  it('leaves a density with no population stated', () => {
    assert.deepEqual(figureFindings('全县总面积1849平方公里，其中非农业人口117916人，人口密度每平方公里451.88人。'), []);
  });
});
