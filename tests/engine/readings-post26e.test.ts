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
