// Readings of round 25 (third wave) for sums: an age partition after parts stated with their shares, the whole a
// “…中” opener names, and an enumeration's last item after 和 (issue 12, first run of heldout73–74).

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';
import { reports, silent } from './figure-findings';

const sumMessages = (text: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === 'number-sum')
    .map((f) => f.message);

describe('readings of round 25, third wave (issue 12, first run of heldout73–74)', () => {
  describe('number-sum: a partition after parts each stated with its share cuts their whole, not the last part', () => {
    const text = (old: string): string =>
      `截至年底，全市共有会员86.40万名。\n\n会员结构持续优化。全市共有女会员30.12万名，占会员总数的34.9%；本科及以上学历会员41.05万名，占47.5%；外籍会员1.72万名，占2.0%。全市共有30岁及以下会员20.31万名，占23.5%；31至55岁会员40.66万名，占47.1%；56岁及以上会员${old}，占29.4%。`;

    it('does not add the age groups up against the last share-stated part', () => {
      silent(text('25.43万名'));
    });

    it('still checks an age partition against a whole stated without a share', () => {
      reports(
        '会员结构持续优化。全市共有会员86.40万名。全市共有30岁及以下会员20.31万名，占23.5%；31至55岁会员40.66万名，占47.1%；56岁及以上会员35.43万名，占29.4%。',
        'number-sum',
        '与总数86.40万名相差',
      );
    });
  });

  describe('number-sum: a “…中” opener names a whole stated as such, not a part of another opener’s list', () => {
    const text = (fresh: string): string =>
      `各社区理事会共选出理事长40人，副理事长120人。副理事长中，来自企业的45人，教师30人，社区理事长15人，退休干部30人。理事长中，新任的${fresh}，占75%；女性22人，占55%。`;

    it('does not take a part of the deputies’ list for the whole of the next opener', () => {
      silent(text('30人'));
    });

    it('checks the part against the whole the opener names', () => {
      reports(text('46人'), 'number-sum', '比总数40人还多6人');
    });

    it('takes no deputy (副理事长) for the post the opener names', () => {
      const messages = sumMessages(text('46人'));
      assert.ok(
        messages.every((m) => !m.includes('120人')),
        messages.join('\n'),
      );
    });
  });

  describe('number-sum: an enumeration links its last item by 和', () => {
    const text = (third: string): string => `全镇实现生产总值86.4亿元，比上年增长6.1%。分产业看，三次产业增加值分别为3.12亿元、40.5亿元和${third}，三次产业结构为3.6:46.9:49.5。`;

    it('reads the item after 和 as the third part', () => {
      silent(text('42.8亿元'));
    });

    it('still finds three parts that do not add up', () => {
      reports(text('52.8亿元'), 'number-sum', '与总数86.4亿元相差10.02亿元');
    });
  });
});
