// Readings of changes and rates that real reports write (issue 12, branch post24d): each case is a made-up sentence
// showing the reading, silent where it holds and reported where it does not.

import { reports, silent } from './figure-findings';

describe('readings of changes and rates (post24d)', () => {
  describe('number-ratio: a rank (前50家) names the group whose figures change; it is no level', () => {
    const text = (p: string): string => `上半年，全市规上工业企业前50家累计实现营业收入8800万元，比去年同期前50家企业营业收入增加800万元，增长${p}。`;
    it('reads the change of the group’s figures, not of its rank', () => {
      silent(text('10.0%'));
      reports(text('15.0%'), 'number-ratio', '8800万元');
    });

    it('still reads a count of entities that is a level (企业50家, 比上年增加)', () => {
      reports('全市共有规上工业企业55家，比上年的50家增加5家，增长15%。', 'number-ratio', '55家');
    });
  });

  describe('number-ratio: a rate after 其中 naming a narrower subject is that subject’s, not the whole’s counts’', () => {
    const text = (p: string): string => `全县镇级河长本季度应巡河400次，实际巡河420次，巡河率${p}；其中，东山镇村级河长巡河率为82.5%。`;
    it('checks the whole’s rate and leaves the sub-scope’s alone', () => {
      silent(text('105%'));
      reports(text('110%'), 'number-ratio', '420次 ÷ 400次');
    });
  });

  describe('number-ratio: an on-time rate with cases carried over has a base the text does not state', () => {
    it('stays silent when cases carried into the next month are stated', () => {
      silent('3月份，热线共受理群众诉求8600件，按期办结8120件，结转至4月份1350件，按期办结率98.2%。');
    });

    it('still checks an on-time rate over what was received when nothing was carried over', () => {
      const text = (p: string): string => `3月份，热线共受理群众诉求8600件，按期办结8120件，按期办结率${p}。`;
      silent(text('94.42%'));
      reports(text('99.42%'), 'number-ratio', '8120件 ÷ 8600件');
    });
  });
});
