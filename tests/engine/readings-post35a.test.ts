// Readings of post35a (issue 12, round 35, census bulletins): a second sorting paragraph cuts the whole again, not a
// part of the sorting before it; a share names its whole by its very name though that figure has a share of its own;
// 农户 counts as a measure word; shares after 分别占 in a sentence opened by 在…中 are of the whole so named earlier;
// 与…相比，十年共增加 is a difference of the two levels. Each case made up, each reported case failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

// made up: a county's census of units, cut by area and then by kind
const units = (enterprises: string): string =>
  '2023年末，全县共有法人单位5000个。\n\n' +
  '按区域分，城区拥有法人单位3000个，占60.0%；乡镇2000个，占40.0%。\n\n' +
  `按机构类型分，企业法人单位${enterprises}，占80.0%；机关、事业法人单位600个，占12.0%。`;

describe('a sorting paragraph after another (post35a)', () => {
  it('is silent when the kinds of unit are a second cut of all the units', () => {
    assert.deepEqual(findings(units('4000个'), 'number-sum'), []);
  });

  it('does not read the first area of the cut before as the kinds’ total', () => {
    // (4000 + 600 is more than the 3000 of 城区: read as its parts without the reading)
    assert.deepEqual(findings(units('2400个'), 'number-sum'), []);
  });
});

// made up: the kinds of unit, then the kinds of enterprise with one share of all the enterprises
const enterprises = (state: string): string =>
  '2023年末，全县共有从事第二产业和第三产业活动的法人单位5000个。' +
  '按机构类型分，企业法人单位4000个，占80.0%；机关、事业法人单位600个，占12.0%。' +
  `企业法人单位中，内资企业3200个，占80.0%。内资企业中，国有企业40个，占全部企业法人单位的${state}，私营企业3000个，占75.0%。`;

describe('a whole named by its very name (post35a)', () => {
  it('is silent when the share is of the enterprises, not of all the units', () => {
    assert.deepEqual(findings(enterprises('1.0%'), 'number-ratio'), []);
  });

  it('reports a share that is not of the enterprises', () => {
    assert.deepEqual(findings(enterprises('1.5%'), 'number-ratio'), ['1.5%']);
  });

  it('still takes the whole of the sentence, named with a scope of its own, beside one of the very name', () => {
    // (县本级一般公共预算收入 ends with the words; the county's 一般公共预算收入 is named exactly, yet the share is of the sentence's)
    const text = (share: string): string =>
      '调整全县一般公共预算收入为490000万元。2023年全县一般公共预算收入完成500000万元，为调整预算的102.0%，同比增长1.5%。\n\n' +
      `分区域收入执行情况。县本级一般公共预算收入完成300000万元，同比增长4.3%，其中税收收入完成150000万元，占一般公共预算收入的${share}。` +
      '新区一般公共预算收入完成200000万元，同比下降2.1%，其中税收收入完成110000万元，占一般公共预算收入的55%。';
    assert.deepEqual(findings(text('50%'), 'number-ratio'), []);
    assert.deepEqual(findings(text('40%'), 'number-ratio'), ['40%']);
  });
});

// made up: a census of farm households and where their water comes from
const water = (rain: string): string =>
  '普查对1000万农户的生活条件进行了调查。\n\n' +
  '一、住房\n\n其中，拥有1处住房的800万户，占80.0%；拥有2处住房的150万户，占15.0%；拥有3处及以上住房的50万户，占5.0%。\n\n' +
  `二、饮用水\n\n600万户的饮用水为自来水，占60.0%；300万户的饮用水为井水，占30.0%；70万户的饮用水为收集雨水，占${rain}；30万户饮用其他水源，占3.0%。`;

describe('农户 counting as a measure word (post35a)', () => {
  it('is silent when the shares are of all the farm households', () => {
    assert.deepEqual(findings(water('7.0%'), 'number-ratio'), []);
  });

  it('reports a share that is not of all the farm households', () => {
    assert.deepEqual(findings(water('9.0%'), 'number-ratio'), ['9.0%']);
  });
});

// made up: a county's industrial enterprises, then their industries in a sentence opened by 在…中
const industries = (manufacturing: string): string =>
  '2023年末，全县共有工业企业法人单位1000个，比2018年末增长4.5%。\n\n' + `在工业企业法人单位中，采矿业50个，制造业900个，电力、热力、燃气及水生产和供应业50个，分别占5.0%、${manufacturing}和5.0%。`;

describe('shares after 分别占 in a sentence opened by 在…中 (post35a)', () => {
  it('is silent when each share is its industry over the enterprises named', () => {
    assert.deepEqual(findings(industries('90.0%'), 'number-ratio'), []);
  });

  it('reports a share that is not its industry over the enterprises named', () => {
    assert.deepEqual(findings(industries('92.0%'), 'number-ratio'), ['92.0%']);
  });
});

// made up: a district's census, the population against the census before
const census = (increase: string): string => `全区常住人口为600000人，与2010年第六次全国人口普查的500000人相比，十年共增加${increase}，增长20.00%。`;

describe('与…相比，十年共增加 (post35a)', () => {
  it('is silent when the increase is the two levels’ difference', () => {
    assert.deepEqual(findings(census('100000人'), 'number-ratio'), []);
  });

  it('reports an increase that is not the two levels’ difference', () => {
    assert.ok(findings(census('110000人'), 'number-ratio').includes('110000人'));
  });
});
