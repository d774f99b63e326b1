// Readings of round 23 for the sums the blind batches heldout59–61 missed (issue 12): books counted in 册, the changes of
// parts broken down in dash paragraphs, brackets whose pieces run across 分号, and dash pieces run on in one paragraph.

import { reports, silent } from './figure-findings';

describe('readings of sums, round 23 (real59: heldout59–61)', () => {
  describe('number-sum: books counted in 册 add up like any count', () => {
    it('adds the books of each level of school up against the lead’s', () => {
      const text = (total: string): string => `全区义务教育学校20所。图书${total}万册。\n\n——小学。校数12所；图书60.30万册。\n\n——初中。校数8所；图书40.20万册。`;
      silent(text('100.50'));
      reports(text('90.45'), 'number-sum', '比总数90.45万册还多');
    });
  });

  describe('number-sum: the changes of parts that make all of the lead’s level', () => {
    const text = (change: string, middle = '40.20'): string =>
      `全区义务教育学校20所。图书100.50万册，较上年增加${change}万册。\n\n——小学。校数12所；图书60.30万册，比上年增加1.20万册。\n\n——初中。校数8所；图书${middle}万册，比上年增加0.80万册。`;

    it('adds the rises of the parts up to the rise of the lead when their levels add up to it', () => {
      silent(text('2.00'));
      reports(text('2.10'), 'number-sum', '与总数的增减额2.10万册相差0.1万册');
    });

    it('stays silent when the parts’ levels leave a remainder, so their changes need not add up', () => {
      silent(text('2.10', '38.20'));
    });

    it('stays silent when a part moves the other way', () => {
      silent('全区义务教育学校20所。图书100.50万册，较上年增加2.10万册。\n\n——小学。校数12所；图书60.30万册，比上年增加3.20万册。\n\n——初中。校数8所；图书40.20万册，比上年减少1.10万册。');
    });
  });

  describe('number-sum: a bracket after a total whose pieces run across 分号', () => {
    it('adds the pieces up, as with 、 between them', () => {
      const text = (total: string): string => `1、基金收入${total}万元（其中：缴费收入4000万元；利息收入60万元；其他收入130万元）；比上年同期减少50万元。`;
      silent(text('4190'));
      reports(text('3771'), 'number-sum', '比总数3771万元还多');
    });
  });

  describe('number-sum: dash pieces run on in one paragraph', () => {
    const text = (schools: string): string =>
      `全市义务教育中小学${schools}所，比上年减少2所。校舍总面积200.00万平方米。 ——小学。校数70所，与上年持平；校舍总面积110.00万平方米。 ——初中。校数40所，比上年减少2所；校舍总面积80.00万平方米。`;

    it('reads the pieces after each dash as the parts of the figures before the first', () => {
      silent(text('120'));
      reports(text('100'), 'number-sum', '比总数100所还多10所');
    });

    it('needs two dashes at least', () => {
      silent('全市义务教育中小学100所。 ——小学。校数70所。初中校数40所。');
    });
  });

  describe('number-sum: the changes of the insured in work and retired add up to the change of all the insured workers', () => {
    const text = (retired: string): string =>
      `全市参加职工基本医疗保险520000人，比上年增加12000人，同比增长2.36%。参加职工基本医疗保险人员中，在职职工比去年同期增加7000人，同比增长1.9%。退休人员比去年同期${retired}，同比增长3.5%。`;

    it('adds the two changes up against the whole’s, a fall counted negative', () => {
      silent(text('增加5000人'));
      reports(text('增加4990人'), 'number-sum', '与总数的增减额12000人相差10人');
      reports(text('减少5000人'), 'number-sum', '总数的增减额');
    });

    it('stays silent when the parts named are no partition of the whole', () => {
      silent('全市参加职工基本医疗保险520000人，比上年增加12000人。参加职工基本医疗保险人员中，女职工比去年同期增加7000人，灵活就业人员比去年同期增加4000人。');
    });
  });
});
