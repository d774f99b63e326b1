// Readings the lead added in round 34 (issue 12), each found by checking made-up drafts of the kind writers send with
// `gongwen check`: a township's half-year summary, a civil-affairs bureau's report. 化解率 of disputes in a paragraph
// that speaks of no cases; a rate of the total stated with 共计 after its parts; a share of 总人数 (低保总人数);
// the hover of a sum after 其中 that holds by staying within its total. Each case made up; each reported case fails
// without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';
import { explainAt } from '../../server/src/engine/explain';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

describe('a dispute-resolution rate beside counts of another kind closed (lead34)', () => {
  // made up: a township's stability work, disputes and petitions in one sentence
  const stability = (rate: string): string => `上半年共排查矛盾纠纷136件，化解131件，化解率${rate}；受理信访事项23件，办结21件，办结率91.3%。`;

  it('reports a 化解率 that is not 化解 ÷ 排查', () => {
    assert.deepEqual(findings(stability('94.3%'), 'number-ratio'), ['94.3%']);
  });

  it('is silent when it holds', () => {
    assert.deepEqual(findings(stability('96.3%'), 'number-ratio'), []);
  });

  it('still leaves a 行政复议 outcome rate to the cases closed elsewhere', () => {
    // made up: a review office's year; 纠错率 is of the 审结 cases of the next paragraph (200 ÷ 800 = 25%)
    const review = '全年共收到行政复议申请900件，受理850件，直接纠错200件，纠错率25%。\n\n全年审结行政复议案件800件。';
    assert.deepEqual(findings(review, 'number-ratio'), []);
  });
});

describe('a rate of the total stated after its parts with 共计 (lead34)', () => {
  // made up: a township's rural-revitalisation projects
  const projects = (rate: string): string => `实施产业项目11个、基础设施项目7个，共计18个项目，已完工12个，完工率${rate}。`;

  it('reports a 完工率 that is not 完工 ÷ 共计', () => {
    assert.deepEqual(findings(projects('68.7%'), 'number-ratio'), ['68.7%']);
  });

  it('is silent when it holds', () => {
    assert.deepEqual(findings(projects('66.7%'), 'number-ratio'), []);
  });

  it('stays silent when no one total is stated among the counts before', () => {
    // 11 and 7 and no total: which the 12 were counted from, the words do not say
    assert.deepEqual(findings('实施产业项目11个、基础设施项目7个，已完工12个，完工率68.7%。', 'number-ratio'), []);
  });
});

describe('a share of 总人数 (lead34)', () => {
  // made up: a civil-affairs bureau's minimum-living-allowance figures
  const allowance = (words: string, share: string): string => `截至12月底，全县共有城乡低保对象1.52万人，其中城市低保对象3200人，农村低保对象1.2万人，城市低保对象占${words}${share}。`;

  it('reports a share of 总人数 and of X总人数 that does not hold', () => {
    assert.deepEqual(findings(allowance('总人数的', '23.1%'), 'number-ratio'), ['23.1%']);
    assert.deepEqual(findings(allowance('低保对象总人数的', '23.1%'), 'number-ratio'), ['23.1%']);
  });

  it('is silent when it holds', () => {
    assert.deepEqual(findings(allowance('总人数的', '21.1%'), 'number-ratio'), []);
    assert.deepEqual(findings(allowance('低保对象总人数的', '21.1%'), 'number-ratio'), []);
  });
});

describe('the hover of a sum after 其中 that stays within its total (lead34)', () => {
  it('says the parts do not exceed the total, not only what they add to', () => {
    // made up: signed investment, the parts after 其中 adding to less than the total
    const text = '新签约招商引资项目8个，协议总投资15.6亿元，其中工业项目协议投资12.1亿元，服务业项目协议投资3.2亿元。';
    const result = check(text);
    const total = explainAt(result, text.indexOf('15.6亿元')).figure!;
    const sums = total.relations.filter((r) => r.kind === 'sum');
    assert.equal(sums.length, 1);
    assert.equal(sums[0]!.holds, true);
    assert.match(sums[0]!.arithmetic, /= 15\.3亿元，不超过15\.6亿元$/);
  });
});

describe('a name after 二是 is not keyed by the figure of the item before (lead34)', () => {
  it('names the restated measure by its own words in the finding', () => {
    // made up: a township summary restating its signed projects under 存在的问题
    const text = '上半年，新签约招商引资项目8个，协议总投资15.6亿元。\n\n存在的问题：一是项目推进不够快，18个衔接资金项目中仍有6个未完工；二是招商引资质量有待提高，9个签约项目中工业项目仅5个。';
    const conflicts = check(text).findings.filter((f) => f.rule === 'number-conflict');
    assert.deepEqual(
      conflicts.map((f) => text.slice(f.offset, f.endOffset)),
      ['9个'],
    );
    assert.match(conflicts[0]!.message, /^同一指标前后不一致：“签约项目”此处为9个/);
  });
});
