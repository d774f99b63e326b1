// Readings of post52a (issue 12, round 52): a chronicle’s entries, each opened by its date, and a local history’s
// places described one by one, each paragraph opened by its name, as time frames and scopes of their own; a census
// written as a table across two periods (the whole’s bracket by sex, then its 其中 parts’); 千 as the prefix of a unit
// (千卡) in a range. Each case made up, each silent case failing without its guard and each reported case without its
// reading.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings } from './figure-findings';

describe('the entries of a chronicle, each opened by its date (post52a)', () => {
  const meetings = (later: string): string =>
    [
      '1961年1月4日 某市戏剧学校成立。',
      '2月1～5日 某市建设积极分子代表大会在城区召开。会议表彰了1960年度60个先进集体和500名先进个人。',
      '3月11～13日某市扫盲积极分子代表大会召开。会议表彰了30个先进集体和400名积极分子。',
      '5月1日某市广播电台建成开播。',
      '10月5～7日某市工交先进生产者代表会议召开。',
      `市委书记作报告。会议奖励了${later}个先进集体和570个先进个人。`,
      '11月14日某市代表获奖。',
    ].join('\n\n');

  it('reads two meetings’ counts in two dated entries as two times', () => {
    assert.deepEqual(figureFindings(meetings('70')), []);
  });

  const years = (output: string): string =>
    [
      '是年某县完成土地登记。',
      '▲总人口41.83万人，其中农业人口24.6万人。工农业总产值1.84亿元，其中农业产值1.36亿元，工业产值0.48亿元。粮食总产量24.2万吨，棉花产量56吨。',
      '1950年1月6日某县成立公债推销委员会。',
      '5月26日某县委员会撤销。',
      '10月15日某县作出土地改革计划。',
      '12月12日某县恢复建制。',
      `▲年度统计：总人口43.98万人，其中农业人口24.69万人。工农业总产值1.8亿元，其中农业产值${output}亿元，工业产值0.47亿元。粮食总产量22.54万吨，棉花产量134吨。`,
    ].join('\n\n');

  it('reads two years’ statistics written in the same words under two entries as two years', () => {
    assert.deepEqual(figureFindings(years('1.33')), []);
  });
});

describe('places described one by one, each paragraph opened by its name (post52a)', () => {
  const islands = (second: string): string =>
    [
      '北礁岛一称北丫岛，包括东峰、西峰。东峰海拔40.2米，西峰海拔52.6米，面积0.1平方公里。',
      `南礁岛此岛由一个岛屿和两个岩礁组成，面积0.2平方公里，有东峰、西峰两座山头。西峰海拔${second}米，山石险峻。`,
    ].join('\n\n');

  it('reads a part named alike in two places’ paragraphs as two places’ parts', () => {
    assert.deepEqual(figureFindings(islands('31.4')), []);
  });
});

describe('a census written as a table across two periods (post52a)', () => {
  const census = (men: string): string => `全县共有20130户，70000人（男${men}人，女34000人）。其中城镇人口8100户，30000人（男15500人，女14500人）；乡村人口12030户，40000人（男20500人，女19500人）。`;

  it('adds the sexes of the 其中 parts up to the whole’s', () => {
    assert.deepEqual(figureFindings(census('36000')), []);
  });

  it('reports a sex of the whole that its parts’ do not make', () => {
    assert.deepEqual(figureFindings(census('36003').replace('34000人', '33997人')), ['number-sum 36003人', 'number-sum 33997人']);
  });
});

describe('千 as the prefix of a unit in a range (post52a)', () => {
  it('leaves 千 off the former number of a range of 千卡', () => {
    assert.deepEqual(figureFindings('全岛年太阳总辐射为110～118千卡/平方厘米。', ['number-format']), []);
  });

  it('still asks for 千 on both ends when it is a numeral word', () => {
    assert.deepEqual(figureFindings('每年捕获量3～5千吨。', ['number-format']), ['number-format 3～5千']);
  });
});

describe('the parts of a share of a whole that was done (post52a)', () => {
  const tidal = (ponds: string): string => `某县沿海为滩涂地，面积60万亩，潮间带20万亩。1990年60%的滩涂已开发利用，其中盐田${ponds}万亩，海水养殖面积10万亩。`;

  it('leaves parts within the share of the whole', () => {
    assert.deepEqual(figureFindings(tidal('20.5')), []);
  });

  it('reports parts past the share of the whole named before it', () => {
    assert.deepEqual(figureFindings(tidal('30.5')), ['number-sum 30.5万亩']);
  });
});
