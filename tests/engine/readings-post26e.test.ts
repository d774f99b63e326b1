// Restatements read on how officials write (issue 12), round 26 (post26e): a count of the projects that reached a stage
// (新签约开工项目, the signed projects already started) is a part of the count it narrows (新签约项目), never the same
// measure written again under a longer name. Each case made up, each reported case failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): Array<{ at: string; message: string }> =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => ({ at: text.slice(f.offset, f.endOffset), message: f.message }));

// made up: a city's notice of the projects signed in three quarters, and then of those of them already started
const notice = (started = '开工'): string =>
  [
    '2023年1-9月份全县招商引资工作成效',
    '',
    '一、亿元以上新签约项目情况',
    '',
    '1-9月份全县固投亿元以上新签约项目120个，分别为：东城镇40个、西城镇45个、南山乡35个。',
    '',
    '二、亿元以上新签约开工项目情况',
    '',
    `1-9月份全县固投亿元以上新签约${started}项目98个，分别为：东城镇33个、西城镇37个、南山乡28个。`,
  ].join('\n');

describe('a count of the projects that reached a stage, beside the count it narrows', () => {
  it('is silent: the signed projects started are a part of those signed', () => {
    assert.deepEqual(findings(notice(), 'number-conflict'), []);
  });

  it('is silent for the projects put into production too', () => {
    assert.deepEqual(findings(notice('投产'), 'number-conflict'), []);
  });

  it('still reads a neutral word inside the name as the same measure, and finds the two counts at odds', () => {
    const found = findings(notice('招商引资'), 'number-conflict');
    assert.ok(
      found.some((f) => f.at === '98个' && /120个/.test(f.message)),
      JSON.stringify(found),
    );
  });
});

// made up: a county's budget report, last year's outturn and this year's budget, each year's lines opened by the year
const budget = (year = '2025'): string =>
  [
    '2024年全县一般公共预算总收入96.5亿元',
    '',
    '2024年，全县一般公共预算总收入96.5亿元，其中：当年收入40.2亿元，完成预算的101.2%；转移支付收入56.3亿元。',
    '',
    '全县一般公共预算总支出90.1亿元，其中：当年支出80.4亿元，完成预算的100.8%；上解支出等9.7亿元。收支相抵，结转下年6.4亿元。',
    '',
    `${year}年全县一般公共预算收入安排42.2亿元`,
    '',
    `${year}年，全县一般公共预算收入安排42.2亿元，增长5%；加转移支付补助等50.8亿元，总收入93亿元。全县一般公共预算支出安排81.5亿元，加上解支出等6.8亿元，总支出88.3亿元。结转下年4.7亿元。`,
  ].join('\n');

describe('a measure under two years opened line by line', () => {
  it('is silent: the balance carried over in the outturn and in the budget are two years\u2019', () => {
    assert.deepEqual(findings(budget(), 'number-conflict'), []);
  });

  it('still finds the two balances at odds when both lines open with one year', () => {
    const found = findings(budget('2024'), 'number-conflict');
    assert.ok(
      found.some((f) => f.at === '4.7亿元' && /6\.4亿元/.test(f.message)),
      JSON.stringify(found),
    );
  });
});
