// Readings of round 20 (issue 12, post20): parts after 其中 that belong to an earlier whole. Each case made up, in the
// way published reports write; each silent case has a reported twin.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

describe('parts after 其中 that add up to an earlier figure of their measure, not to the one before them', () => {
  // made up: a holiday report, the county's visitors first, a village's after, then 其中 the county's overnight and
  // day visitors
  const text = (overnight: string): string =>
    [
      '国庆假期，全县共接待游客12.46万人次，实现旅游收入3860万元，同比分别增长9.2%、8.7%。',
      '',
      `各乡镇乡村旅游持续升温，其中石门村共接待游客9600人次，实现营业收入86.4万元。其中，过夜游共接待游客${overnight}万人次，同比增长10.1%，一日游共接待游客8.93万人次，同比增长8.9%。`,
      '',
    ].join('\n');

  it('reads them as the earlier figure’s parts when they add up to it exactly: silent', () => {
    assert.deepEqual(findings(text('3.53'), 'number-sum'), []);
  });

  it('reports them against the figure before them when they add up to no earlier figure', () => {
    assert.deepEqual(findings(text('3.35'), 'number-sum'), ['9600人次']);
  });
});

describe('a minus sign after a space in a row of figures pasted as text', () => {
  const formats = (text: string): string[] => findings(text, 'number-format');

  it('is the sign of the next figure, not the dash of a range', () => {
    assert.deepEqual(formats('其他支出 167780.84 38814.09 -128966.75 -76.87%\n'), []);
  });

  it('still reports a range whose first number lost its percent sign', () => {
    assert.deepEqual(formats('降幅在5-10%之间的有3家。\n'), ['5-10%']);
  });
});

describe('the items of an enumeration opening their paragraphs (一是…, 二是…)', () => {
  // made up: a bureau's year, its investment by field, each field an item of its own
  const text = (first: string, second: string): string =>
    [
      '全年完成水利建设投资18.6亿元，比上年增长12.4%。投向主要在两个领域：',
      '',
      `${first}河湖生态环境复苏。完成投资9.2亿元，包括重要河湖水生态修复治理工程等方面。`,
      '',
      `${second}水文基础设施等其他项目，完成投资3.3亿元，包括雨水情监测预报体系建设等方面。`,
      '',
    ].join('\n');

  it('reads each item’s figures under its own item: two items’ investments are not one measure', () => {
    assert.deepEqual(findings(text('一是', '二是'), 'number-conflict'), []);
  });

  it('still takes 完成投资 in two paragraphs with no item of their own for one measure stated twice', () => {
    assert.deepEqual(findings(text('', ''), 'number-conflict'), ['3.3亿元']);
  });
});
