// Readings of post49b (issue 12, round 49): the false alarms of the first run on heldout174–178 (two meetings’
// delegates, places listed one by one, the counts that say whose rate it is, a column of percentages under a heading
// read as amounts) and the rates, shares, changes and 倍 of gazetteer prose (a year’s account and its rate, a whole
// named by its verb and measure word, 固定资产交付使用率, 人均耕地 and 人均产值, a change against a year named in full, a decimal point slipped
// in a 倍). Each case made up, each silent case failing without its guard and each reported case without its reading.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings } from './figure-findings';

describe('two meetings, each counting its own delegates (post49b)', () => {
  const meetings = (second: string): string =>
    `一、甲县妇女联合会\n\n1958年3月2～5日，甲县妇女代表大会召开，出席大会代表300人。会后各乡建立妇女组织。\n\n二、乙县妇女联合会\n\n1958年3月8～10日，召开乙县第一次妇女代表大会，出席代表${second}人。会议选举产生执行委员会。`;

  it('leaves two meetings’ delegates alone', () => {
    assert.deepEqual(figureFindings(meetings('250')), []);
  });
});

describe('places listed one by one, each opening its sentence (post49b)', () => {
  const islands = '县境东部海中有三岛。东山岛又称东岛，距海州港30公里，面积0.2平方公里；西山岛（又称西礁、西山礁），距海州港25公里，面积0.1平方公里；南山岛距海州港20公里，面积0.05平方公里。';

  it('leaves each place’s distance and area alone', () => {
    assert.deepEqual(figureFindings(islands), []);
  });
});

describe('counts before their noun that say whose rate it is (post49b)', () => {
  it('reads no count of the units the rate is of as its numerator or base', () => {
    assert.deepEqual(figureFindings('1986年，全县2个铁矿、4个煤矿湿式作业率达70%；另有2个厂完成改造。'), []);
  });

  it('still reads a rate of the units counted and those that did it', () => {
    assert.deepEqual(figureFindings('2003年，全县共有污水处理厂40个，其中达标排放30个，达标排放率达85%。'), ['number-ratio 85%']);
  });
});

describe('a column of percentages is no amounts for the shares beside it (post49b)', () => {
  const table = (share: string): string =>
    [
      '| 行业 | 年度计划投资（亿元） | 完成投资（万元） | 完成 | 投资比重 |',
      '| --- | --- | --- | --- | --- |',
      `| 农业 | 10 | 120000 | 120.00% | ${share} |`,
      '| 工业 | 40 | 360000 | 90.00% | 45.0% |',
      '| 交通 | 25 | 320000 | 128.00% | 40.0% |',
      '| 总计 | 75 | 800000 | 106.67% | 100% |',
    ].join('\n');

  it('reads the shares against the amounts further left', () => {
    assert.deepEqual(figureFindings(table('15.0%'), ['table-share']), []);
  });

  it('reports a share that is not of those amounts', () => {
    assert.ok(figureFindings(table('18.0%'), ['table-share']).includes('table-share 18.0%'));
  });
});

describe('a year’s account and the rate at its end (post49b)', () => {
  const year = (rate: string): string => `2001年，全县扶持困难户500户，其中新扶户200户，续扶户300户。共投入资金20万元，建立互助组12个。当年脱困200户，脱困率${rate}%。`;

  it('reads the rate over the group the year’s account opens with', () => {
    assert.deepEqual(figureFindings(year('40')), []);
  });

  it('reports a rate that is not what came of that group', () => {
    assert.deepEqual(figureFindings(year('45')), ['number-ratio 45%']);
  });
});

describe('a whole named by its verb and measure word (post49b)', () => {
  const share = (p: string): string => `当年脱困200户。30户困难户成为养殖户，占脱困户的${p}%。`;

  it('reads the count of those that did it as the whole', () => {
    assert.deepEqual(figureFindings(share('15')), []);
  });

  it('reports a share that is not of that count', () => {
    assert.deepEqual(figureFindings(share('12')), ['number-ratio 12%']);
  });
});

describe('固定资产交付使用率 (post49b)', () => {
  const rate = (p: string): string => `“八五”时期，全县基建投资20000万元，比“七五”时期增长一倍，新增固定资产16000万元，固定资产交付使用率${p}%。`;

  it('reads new fixed assets over the investment', () => {
    assert.deepEqual(figureFindings(rate('80')), []);
  });

  it('reports a rate that is not new fixed assets over the investment', () => {
    assert.deepEqual(figureFindings(rate('85')), ['number-ratio 85%']);
  });
});

describe('a change against a year named in full (post49b)', () => {
  const wages = (p: string): string => `2000年全县职工工资总额500万元，人均年工资4000元。此后两次调资，到2005年职工工资总额为900万元，人均年工资6000元，比2000年提高${p}%。`;

  it('reads the level over the level that year had', () => {
    assert.deepEqual(figureFindings(wages('50')), []);
  });

  it('reports a change that is not of that year’s level', () => {
    assert.deepEqual(figureFindings(wages('55')), ['number-ratio 55%']);
  });

  const invested = (x: string): string => `2001年，全县兴办工业，2001年当年投资3000万元，2008年投资6000万元，是2001年的${x}倍。`;

  it('reads a 倍 of a year named in a clause of its own sentence', () => {
    assert.deepEqual(figureFindings(invested('2')), []);
    assert.deepEqual(figureFindings(invested('2.2')), ['number-ratio 2.2倍']);
  });
});

describe('a 倍 whose decimal point slipped (post49b)', () => {
  const grown = (x: string): string => `2010年至2015年，全县财政收入从200万元增加到4.1亿元，增长${x}倍。`;

  it('reads 从…增加到… as the pair', () => {
    assert.deepEqual(figureFindings(grown('204')), []);
  });

  it('reports a 倍 a tenth of the pair’s growth', () => {
    assert.deepEqual(figureFindings(grown('20.4')), ['number-ratio 20.4倍']);
  });
});

describe('an average per head of what the period states (post49b)', () => {
  const land = (r: string): string => `1960年，全县耕地面积300万亩，人口100万人，人均耕地${r}亩。`;

  it('reads the farmland over the population', () => {
    assert.deepEqual(figureFindings(land('3')), []);
  });

  it('reports an average that is not the farmland over the population', () => {
    assert.deepEqual(figureFindings(land('3.3')), ['number-ratio 3.3亩']);
  });

  const output = (r: string): string => `1985年，全县印刷企业6家，职工400人，固定资产120万元，实现产值320万元，年利润30万元，年人均产值${r}元。`;

  it('reads the output over the workers', () => {
    assert.deepEqual(figureFindings(output('8000')), []);
  });

  it('reports an output per head that is not the output over the workers', () => {
    assert.deepEqual(figureFindings(output('7200')), ['number-ratio 7200元']);
  });
});
