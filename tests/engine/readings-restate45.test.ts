// Readings of restate45 (issue 12, round 45: the missed restatements whose two statements the engine keyed apart by
// their names or their periods): a month written with 份 (1月份 / 1月); a name's two words in the other order
// (新注册登记汽车 / 汽车新注册登记), also after 其中; a stock of a year and at the year's end (2022年 / 截至2022年底
// 机动车保有量); a year a record is counted from (为1951年以来历史最高) is no period. Each case made up, each reported case failing without its reading
// and each silent case with its guard.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';
import { explainAt } from '../../server/src/engine/explain';
import { findingTexts as findings } from './figure-findings';

describe('a month written with 份 (restate45)', () => {
  const month = (body: string, headMonth = '1月份'): string =>
    `首页>今日要闻\n\n${headMonth}全国共查处享乐主义、奢靡之风问题5209起\n\n2月25日，中央纪委国家监委公布了2021年1月全国查处违反中央八项规定精神问题汇总情况。当月，全国各级纪检监察机关共查处违反中央八项规定精神问题9756起，批评教育帮助和处理13895人。\n\n数据显示，1月全国共查处享乐主义、奢靡之风问题${body}，批评教育帮助和处理7136人。`;

  it('is the month without it', () => {
    assert.deepEqual(findings(month('5209起'), 'number-conflict'), []);
  });

  it('reports the month’s count restated with another value', () => {
    assert.deepEqual(findings(month('4688起'), 'number-conflict'), ['4688起']);
  });

  it('still keeps another month apart', () => {
    assert.deepEqual(findings(month('4688起', '2月份'), 'number-conflict'), []);
  });
});

describe('a name’s two words in the other order (restate45)', () => {
  const cars = (second: string): string => `上半年新注册登记机动车1680万辆，新注册登记汽车1242万辆。\n\n2024年上半年，全国新注册登记机动车1680万辆。其中，汽车新注册登记${second}，同比增长5.70%。`;

  it('is one measure', () => {
    assert.deepEqual(findings(cars('1242万辆'), 'number-conflict'), []);
  });

  it('reports it restated with another value', () => {
    assert.deepEqual(findings(cars('1118万辆'), 'number-conflict'), ['1118万辆']);
  });

  it('leaves a name read after a list to the list', () => {
    const pay = '全市基本养老金、工伤保险、失业保险待遇支出58.69亿元，同比增长6.1%。\n\n（一）支出基本养老金55.3亿元。\n\n（二）支出失业保险待遇0.12亿元。';
    assert.deepEqual(findings(pay, 'number-conflict'), []);
  });
});

describe('a stock of a year and at the year’s end (restate45)', () => {
  const vehicles = (second: string): string =>
    `公安部发布最新统计，2022年全国机动车保有量达4.17亿辆，其中汽车3.19亿辆。\n\n截至2022年底，全国机动车保有量达${second}，2022年全国新注册登记机动车3478万辆。`;

  it('is one figure', () => {
    assert.deepEqual(findings(vehicles('4.17亿辆'), 'number-conflict'), []);
  });

  it('reports the stock restated with another value', () => {
    assert.deepEqual(findings(vehicles('3.75亿辆'), 'number-conflict'), ['3.75亿辆']);
  });

  it('still keeps a year’s flow apart from its total to the year’s end', () => {
    const drivers = '2022年全国新领证驾驶人2923万人，同比增长5.2%。\n\n截至2022年底，全国新领证驾驶人累计达5.02亿人，其中汽车驾驶人4.64亿人。';
    assert.deepEqual(findings(drivers, 'number-conflict'), []);
  });
});

describe('a year a record is counted from (restate45)', () => {
  const climate = (rain: string): string =>
    `2024年，在全球气候变暖背景下，全国平均气温10.9摄氏度，为1951年以来历史最高，全国平均降水量为${rain}，比常年偏多9.0%。\n\n2024年，全国平均降水量697.7毫米，比常年偏多9.0%，为1961年以来第二多。`;

  it('is no period of the figure after it', () => {
    assert.deepEqual(findings(climate('697.7毫米'), 'number-conflict'), []);
  });

  it('reports the year’s figure restated with another value', () => {
    assert.deepEqual(findings(climate('627.9毫米'), 'number-conflict'), ['697.7毫米']);
  });

  it('still reads a year before 以来 with no record as the figure’s period', () => {
    const text = '全省地震活动情况通报\n\n2023年以来，全省共发生5级以上地震11次，最大为5.6级。';
    assert.equal(explainAt(check(text), text.indexOf('11次')).figure?.scope, '2023年');
  });
});
