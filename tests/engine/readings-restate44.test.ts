// Readings of restate44 (issue 12, round 44: the missed restatements classified by script): a part after 其中 whose
// subject is left unread (其中，受理刑事案件…) named by its own measure. Each case made up, each reported case failing
// without its reading and each silent case with its guard.

import assert from 'node:assert/strict';
import { findingTexts as findings } from './figure-findings';

describe('其中, a comma, then the figure’s own measure (restate44)', () => {
  const court = (second: string, part = '受理刑事案件'): string =>
    `某省高级人民法院通报了今年第一季度审判工作主要数据，其中，受理刑事案件3.86万件，同比上升1.2%。\n\n一季度，全省法院共受理各类案件58.2万件，同比下降2.77%。其中，${part}${second}，审结刑事案件3.1万件。`;

  it('is the measure stated elsewhere, in no narrower scope', () => {
    assert.deepEqual(findings(court('3.86万件'), 'number-conflict'), []);
  });

  it('reports the measure restated with another value', () => {
    assert.deepEqual(findings(court('3.47万件'), 'number-conflict'), ['3.47万件']);
  });

  it('still leaves a figure after a part named after 其中 to that part', () => {
    assert.deepEqual(findings('全县签约项目29个，协议总金额105.2亿元。其中，亿元以上项目17个，协议总金额100.4亿元。', 'number-conflict'), []);
  });
});
