// Readings of round 25 (third wave) for shares, changes and restatements: a count run on after a share whose page
// lost its separators, 各占 pairing counts with shares in order, 削减 as a verb of decrease and an amount per unit
// of something else (issue 12, the second first run: heldout73–74).

import { reports, silent } from './figure-findings';

describe('readings of round 25, third wave (issue 12, second first run of heldout73–74)', () => {
  describe('number-ratio: a count run on after a finished share is a level of its own', () => {
    const text = (middle: string): string =>
      `全市共有共青团员86.40万名。大专及以上学历团员60.50万名，占团员总数的70.0%；女团员45.10万名，占52.2%；少数民族团员1.20万名，占1.4%。全市共有30岁及以下团员52.10万名，占60.3%3145岁团员25.90万名，占${middle}46岁及以上团员8.40万名，占9.7%。`;

    it('pairs each share with the count right before it', () => {
      silent(text('30.0%'));
    });

    it('still finds a share that does not fit its own count', () => {
      reports(text('35.0%'), 'number-ratio', '25.90万名 ÷ 86.40万名');
    });
  });

  describe('number-ratio: 各占 pairs the counts with the shares in order, each of its own whole', () => {
    const text = (women: string): string => `新一届社区两委成员共1250人，其中女性成员210人，女性正职25人，各占${women}和4.2%，分别比上一届提高3.1个和1.2个百分点。`;

    it('reads the first share of the members and leaves the second, of an unstated whole, unread', () => {
      silent(text('16.8%'));
    });

    it('still finds a share that does not fit the whole its count narrows', () => {
      reports(text('21.8%'), 'number-ratio', '210人 ÷ 1250人');
    });

    it('reads a single share after 各占 as any share: each of the counts before it stated with 各', () => {
      silent('共收到建议80件，其中交通类20件，占比25%；教育和医疗类各8件，各占比10%；其他44件，占比55%。');
      reports('共收到建议80件，其中交通类20件，占比25%；教育和医疗类各8件，各占比15%；其他44件，占比55%。', 'number-ratio', '8件 ÷ 80件');
    });
  });

  describe('number-ratio: 削减 is a verb of decrease', () => {
    it('reads no difference stated by 削减 as a level of the next group’s change', () => {
      silent('从年度变化看，60岁及以上人口增长了8.20万人，增加2.5%，90岁及以上人口削减了0.41万人，削减1.8%，100岁及以上人口增长了25人，增加0.9%。');
    });

    it('checks a fall stated by 削减 against its level', () => {
      silent('全年一般性支出12.5亿元，比上年削减1.5亿元，削减10.7%。');
      reports('全年一般性支出12.5亿元，比上年削减1.5亿元，削减15.7%。', 'number-ratio');
    });
  });

  describe('number-conflict: an amount per unit of something else is a rate, not a count', () => {
    const text = (rate: string): string =>
      `3.加强校园食品安全监管。新建标准化学校食堂9家。加强学校食堂监管，年度抽检不少于60批次。扩大农贸市场检测覆盖面，年度抽检不少于${rate}，城区检测批次数占比40%以上。`;

    it('does not compare 3.5批次/千人 with 60批次', () => {
      silent(text('3.5批次/千人'));
    });

    it('still compares two counts of the same words', () => {
      reports(text('35批次'), 'number-conflict', '60批次');
    });
  });
});
