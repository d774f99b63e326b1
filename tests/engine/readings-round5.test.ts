// Readings of round 5 of issue 12 (real reports): each case is a made-up text showing the reading, silent where the
// reading holds and reported where it does not.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';
import { reports, silent } from './figure-findings';

describe('readings of real reports (round 5)', () => {
  describe('number-conflict: two paragraphs reported alike speak of two scopes', () => {
    const months = (dec: number, decOntime: number): string =>
      [
        '1-12月，热线平台共受理工单11204件。应办理工单11303件，已办理11303件，办结率100%。按期办结11189件，按期办结率98.99%。',
        `12月工单办理情况：应办理${dec}件，已办理${dec}件，办结率100%；按期办结${decOntime}件，按期办结率100%。`,
      ].join('\n\n');

    it('does not compare a month’s figures with the year’s when the paragraphs differ in more than one measure', () => {
      silent(months(1110, 1110));
    });

    it('still reports a paragraph that restates the others and differs in one', () => {
      reports(['全年共受理工单11289件，已办理11289件，按期办结11289件。', '全年共受理工单11289件，已办理11289件，按期办结11189件。'].join('\n\n'), 'number-conflict', '11189件');
    });

    it('reads a paragraph repeated with its own two values of a measure as a restatement', () => {
      const p = '第一季度，新签约项目280个，协议签约资金583.40亿元；实施项目209个，到位资金66.11亿元；续建项目173个，到位资金23.93亿元。';
      silent([p, p].join('\n\n'));
      reports([p, p.replace('280个', '252个')].join('\n\n'), 'number-conflict', '252个');
    });
  });

  describe('after the first run on heldout7 and heldout8', () => {
    it('number-conflict: a measure its period states three times or more, for subjects no key names, is no one measure', () => {
      const period = '对民事生效裁判监督受理10件，提出再审检察建议2件；对民事审判活动监督受理5件，提出检察建议3件；对民事执行活动监督受理11件，提出检察建议6件。';
      silent(['全年共提出检察建议11件。', period].join('\n\n'));
      // two values in one period are still compared, unless a clause opened by 对… gives each its own object (certain7)
      silent('对民事审判活动监督受理5件，提出检察建议3件；对民事执行活动监督受理11件，提出检察建议7件。');
      reports('全年受理民事监督案件16件，提出检察建议3件；经跟踪督促，全年提出检察建议7件。', 'number-conflict', '7件');
    });

    it('number-ratio: a 增长率 after a difference is the change, not a rate of the amount', () => {
      silent('全年基金支出合计18055亿元，比上年增长3236亿元，增长率为21.8%。');
      reports('全年基金支出合计18055亿元，比上年增长3236亿元，增长率为17.9%。', 'number-ratio', '21.8');
      silent('全国人口与2010年的133972万人相比，增加7206万人，增长5.38%，年平均增长率为0.53%。');
    });

    it('number-ratio: the level after 与…相比 is the previous one', () => {
      silent('全国人口与2010年的133972万人相比，增加7206万人，增长5.38%。');
      reports('全国人口与2010年的133972万人相比，增加7206万人，增长5.68%。', 'number-ratio', '7206万人 ÷ 133972万人 = 5.379%');
    });
  });

  describe('number-conflict: a heading made of figures only', () => {
    it('points from the heading to the section’s nearest figure, named as the section’s', () => {
      const text = '一、4258.4万件，1080万件\n\n五年来，全国各级法院审结各类案件4528.4万件。其中，执行案件1080万件。';
      const found = check(text).findings.filter((f) => f.rule === 'number-conflict');
      assert.equal(found.length, 1);
      assert.equal(text.slice(found[0]!.offset, found[0]!.endOffset), '4258.4万件');
      assert.match(found[0]!.related?.[0]?.message ?? '', /^本节正文/);
      silent(text.replace('4528.4', '4258.4'));
    });
  });
});
