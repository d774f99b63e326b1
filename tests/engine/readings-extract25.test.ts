// Readings of round 23 (issue 12, real errors): days counted as a measure (优良天数269天), and ratios written against
// one (生师比13.3:1) checked against the two counts they come from.

import assert from 'node:assert/strict';
import { findingAt, noFindingAt, reports, silent } from './figure-findings';
import { readFigure } from '../../server/src/engine/figures/extract';

describe('readings of round 23: days counted, ratios against one (issue 12, real errors)', () => {
  describe('天 as the unit of a count of days', () => {
    it('checks a rise in good days against the days stated before it', () => {
      silent('2023年全县空气质量优良天数达到300天，同比增加20天，同比上升7.1%。');
      reports('2023年全县空气质量优良天数达到300天，同比增加20天，同比上升5.4%。', 'number-ratio', '20天 ÷ (300天 − 20天) = 7.14%');
    });

    it('adds the days of each grade up to the days monitored', () => {
      silent('全年有效监测天数365天，其中优120天，良200天，轻度污染45天。');
      reports('全年有效监测天数360天，其中优120天，良200天，轻度污染45天。', 'number-sum');
    });

    it('reads 达标 days right before the figure, in traditional characters with pinyin too', () => {
      reports('全年空气达标天數（shù）310天（其中：優（yōu）80天，良235天）。', 'number-sum');
    });

    it('reads no days of a duration or a deadline, nor days without words counting them', () => {
      assert.equal(readFigure('30天'), undefined);
      silent('优良天数增加，群众反映的问题须在3天内办结，共办结120件，其中3天内办结90件，5天内办结30件。');
      silent('项目建设工期180天，比计划提前20天，提前10%。');
      noFindingAt('优良天数比例为90.5%，每天监测一次，连续30天无污染。', '30天');
    });
  });

  describe('生师比 written N:1 against the students and the teachers of its stage', () => {
    it('checks the ratio against 在校生 over 专任教师 of the paragraph', () => {
      silent('小学共有在校生12000人，比上年减少100人；专任教师800人，比上年增加5人。小学生师比为15:1。');
      findingAt('小学共有在校生12000人，比上年减少100人；专任教师800人，比上年增加5人。小学生师比为14.2:1。', '14.2:1');
      reports('小学共有在校生12000人，比上年减少100人；专任教师800人，比上年增加5人。小学生师比为14.2:1。', 'number-ratio', '生师比');
    });

    it('takes a count named by its stage when the ratio names none', () => {
      silent('初中在校生9100人，初中专任教师700人，生师比13:1。');
      reports('初中在校生9100人，初中专任教师700人，生师比12.1:1。', 'number-ratio');
    });

    it('is silent when the counts are not one of each, are of another stage, or are weighted', () => {
      silent('小学在校生12000人，初中在校生9100人，专任教师1500人，生师比14.2:1。');
      silent('初中在校生9100人，专任教师700人，小学生师比为14.2:1。');
      silent('全校折合在校生12000人，专任教师800人，生师比为19.5:1。');
      silent('学前教育专任教师3000人，生师比13.61:1。');
      silent('小学在校生12000人，专任教师800人，小学生师比为14.2:1.5。');
    });
  });
});
