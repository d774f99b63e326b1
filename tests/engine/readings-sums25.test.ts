// Readings of round 25 for sums (issue 12, mutants): the total before 其中 among several candidates, 其中 opening the
// sentence after a total and its changes, a narrower scope stating the same measures again after ；其中, and done
// and being done on a page in 繁體.

import { reports, silent } from './figure-findings';

describe('readings of sums, round 25 (issue 12, mutants)', () => {
  describe('number-sum: of two candidate totals before 其中, the one the part is named after', () => {
    it('checks the part against the nearest total when its name ends like that one alone', () => {
      silent('2020年全市共销售体育彩票96.2亿元，全年共筹集体育彩票公益金25.6亿元，其中上缴中央公益金12.1亿元。');
      reports('2020年全市共销售体育彩票96.2亿元，全年共筹集体育彩票公益金10.6亿元，其中上缴中央公益金12.1亿元。', 'number-sum', '比总数10.6亿元还多');
      silent('该镇辖7个社区，86个行政村，其中脱贫村31个。');
      reports('该镇辖7个社区，26个行政村，其中脱贫村31个。', 'number-sum', '比总数26个还多5个');
    });

    it('stays silent when the part is named after neither candidate, or after both alike', () => {
      silent('2020年全市共销售体育彩票96.2亿元，全年共筹集体育彩票公益金10.6亿元，其中上缴中央12.1亿元。');
      silent('全市有户籍人口数52.3万人，常住人口数48.1万人，其中城镇人口数50.2万人。');
    });
  });

  describe('number-sum: 其中 opening the sentence after a total and its changes', () => {
    it('reads the kinds after a total whose sentence ends with its growth stated by a noun (增幅为)', () => {
      silent('全省现有基层党组织43.6万个，比上年增加0.5万个，增幅为1.2%。其中基层党委2.1万个，总支部2.7万个，支部38.8万个。');
      reports('全省现有基层党组织39.2万个，比上年增加0.5万个，增幅为1.3%。其中基层党委2.1万个，总支部2.7万个，支部38.8万个。', 'number-sum', '比总数39.2万个还多');
    });

    it('takes a total spent (总支出) after the list for no part of the revenue, though it starts like a party branch (总支部)', () => {
      silent('2024年，县本级政府性基金预算总收入65.20亿元，其中：当年政府性基金预算收入21.40亿元，转移性收入43.80亿元；县本级政府性基金预算总支出61.90亿元，其中：当年基金预算支出22.10亿元。');
    });

    it('takes no total standing alone in its sentence for the kinds of a 其中 opening the next', () => {
      // (kinds that define no total: 党委, 总支部 and 支部 are all of the basic organisations, read since round 30 by
      // definedKinds.ts whatever the marker, readings-sums34)
      silent('全省现有基层党组织39.2万个。其中机关2.1万个，学校2.7万个，农村38.8万个。');
    });
  });

  describe('number-sum: a narrower scope after ；其中 stating the same measures again', () => {
    it('checks each measure stated again against the same measure of the whole', () => {
      silent('截至6月底，全市缴存职工31.20万人，累计归集265.40亿元，归集余额118.70亿元；其中市本级缴存职工14.10万人，累计归集120.30亿元，归集余额44.60亿元。');
      reports('截至6月底，全市缴存职工31.20万人，累计归集265.40亿元，归集余额38.70亿元；其中市本级缴存职工14.10万人，累计归集120.30亿元，归集余额44.60亿元。', 'number-sum', '比总数38.70亿元还多');
    });

    it('stays silent on one measure stated again (too little to tell an echo), and on an echo opening a new sentence', () => {
      silent('截至6月底，全市累计归集265.40亿元，归集余额38.70亿元；其中市本级归集余额44.60亿元，同比增长5.1%。');
      silent('截至6月底，全市缴存职工31.20万人，累计归集265.40亿元，归集余额38.70亿元。其中市本级缴存职工14.10万人，累计归集120.30亿元，归集余额44.60亿元。');
    });
  });

  describe('number-sum: done and being done, on a page in 繁體', () => {
    it('adds 辦結 and 在辦 up to the matters received', () => {
      silent('全縣第三季度共受理有效熱線事項4210宗，辦結3650宗，在辦560宗。');
      reports('全縣第三季度共受理有效熱線事項3789宗，辦結3650宗，在辦560宗。', 'number-sum', '已办与未办');
    });
  });
});
