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
