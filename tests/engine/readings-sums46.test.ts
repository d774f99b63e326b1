// Readings of sums46 (issue 12, round 46: sum mutants missed): one count of a group's members right after the group's own
// “…中” is a part of it; census bulletins' bands (超过…的有, 在…至…之间的有, 在…以下的有) after “N个乡（镇）中，” are one list
// across ； and ，. Each case made up, each reported case failing without its reading and each silent case with its guard.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings } from './figure-findings';

describe('one count of a group right after its “…中” (sums46)', () => {
  const indicators = (done: string): string => `对全年重点指标完成情况进行监测。在纳入监测的17项指标中，目前已有${done}项指标达到序时进度。`;

  it('is a part of the group', () => {
    assert.deepEqual(figureFindings(indicators('7')), []);
  });

  it('reports more members than the group has', () => {
    assert.deepEqual(figureFindings(indicators('18')), ['number-sum 17项']);
  });

  const sections = (good: string): string => `支流137个省控断面中，${good}个省控断面水质达到或优于Ⅲ类标准。`;

  it('reads the group named again after the count', () => {
    assert.deepEqual(figureFindings(sections('126')), []);
    assert.deepEqual(figureFindings(sections('146')), ['number-sum 137个']);
  });

  const coops = (declared: string): string => `全镇培育养殖大户23户，在16个农民专业合作社中，成功申报县级农民专业合作社${declared}个。`;

  it('reads a clause that names the group last before its count', () => {
    assert.deepEqual(figureFindings(coops('2')), []);
    assert.deepEqual(figureFindings(coops('20')), ['number-sum 16个']);
  });

  it('leaves a count whose rate of the group follows to the rates, no total for a 其中 after it', () => {
    assert.deepEqual(figureFindings('近六成行业实现增长。37个大类行业中21个行业生产实现增长，增长面为56.8%。其中，7月份有23个行业实现增长，增长面为62.2%。'), []);
  });

  it('leaves a count of another noun after the count alone', () => {
    assert.deepEqual(figureFindings('全县5个乡镇中，20个村完成人居环境整治。'), []);
  });
});

describe('bands of a census bulletin (sums46)', () => {
  const towns = (all: string, last: string): string => `${all}个乡（镇）中，常住人口超过1万人的乡（镇）有1个，在1千人至1万人之间的乡（镇）有12个；${last}的乡（镇）有2个。`;

  it('are one list across ； and ，', () => {
    assert.deepEqual(figureFindings(towns('15', '在1千人以下')), []);
  });

  it('reports bands that exceed the towns', () => {
    assert.deepEqual(figureFindings(towns('14', '在1千人以下')), ['number-sum 14个']);
  });

  it('stops at ； when the group after it names no band', () => {
    assert.deepEqual(figureFindings(towns('14', '常住人口增加')), []);
  });
});

describe('persons counted as 名 in the total and as 人 in its parts (sums46)', () => {
  const cadres = (all: string): string => `全县共有党外干部${all}名，其中：四级警长4人，四级主管1人，二级警长2人。`;

  it('are the same persons', () => {
    assert.deepEqual(figureFindings(cadres('7')), []);
  });

  it('reports parts in 人 over a total in 名', () => {
    assert.deepEqual(figureFindings(cadres('6')), ['number-sum 6名']);
  });

  it('leaves a total in 名 alone past a count in 人 that a bracket of its own took', () => {
    assert.deepEqual(figureFindings('我县学校教职工编制总量为2918名，现有专任教师2799人（含特岗教师229人），其中：高中326人，职校91人，初中683人，小学1228人，幼儿园442人，特校29人。'), []);
  });

  it('leaves the total in 名 alone when a total in 人 stands before the parts', () => {
    assert.deepEqual(figureFindings('全校有教职工20名，今年招收新生50人，其中男生30人，女生20人。'), []);
  });
});
