// Readings of round 27 for sums (issue 12, mutants): a part named after a body with 总 in its name (慈善总会, 集团总部),
// new bonds beside bonds that refinance, and a list of columns after 其中 whose pieces name their columns again past a ；
// or a 。, up to a sibling of its totals.

import { reports, silent } from './figure-findings';

describe('readings of sums, round 27 (issue 12, mutants)', () => {
  describe('number-sum: a part named after a body with 总 in its name', () => {
    it('reads 慈善总会 as a body, a part like any other', () => {
      silent('全市累计支出善款2.86亿元，其中：市红十字会支出0.52亿元，市慈善总会支出2.34亿元。');
      reports('全市累计支出善款2.46亿元，其中：市红十字会支出0.52亿元，市慈善总会支出2.34亿元。', 'number-sum', '2.46亿元');
    });

    it('reads a single part named after a headquarters (总部), in the next sentence, against its whole', () => {
      silent('集团全年新签合同额97.2亿元。其中总部新签合同额63.7亿元。');
      reports('集团全年新签合同额57.2亿元。其中总部新签合同额63.7亿元。', 'number-sum', '57.2亿元');
    });

    it('still takes a part with a total of its own for no part', () => {
      silent('全县农作物播种面积52.3万亩，其中：粮食作物30.1万亩，蔬菜总面积12.6万亩，瓜果类9.8万亩。');
    });
  });

  describe('number-sum: new bonds beside bonds that refinance', () => {
    it('reads 新增债券 and 再融资债券 as the two kinds of the bonds issued', () => {
      silent('2024年全县共发行地方政府债券18.87亿元，其中：新增债券9.85亿元、再融资债券9.02亿元。');
      reports('2024年全县共发行地方政府债券16.87亿元，其中：新增债券9.85亿元、再融资债券9.02亿元。', 'number-sum', '16.87亿元');
    });
  });

  describe('number-sum: pieces of columns that name their columns again past a ； or a 。', () => {
    const purchase = (items: string, plan: string): string =>
      `全年共完成采购项目${items}，采购预算金额共计${plan}，实际采购金额共计6321.5万元，其中货物类采购项目120个，采购预算金额共计3210.4万元，实际采购金额共计2980.1万元；工程类采购项目45个，采购预算金额共计2511.6万元，实际采购金额共计2301.2万元。服务类采购项目67个，采购预算金额共计1102.3万元，实际采购金额共计1040.2万元。`;

    it('reads the pieces after a ； and in the next sentence as parts', () => {
      silent(purchase('232个', '6824.3万元'));
      reports(purchase('212个', '6824.3万元'), 'number-sum', '212个');
      reports(purchase('232个', '6124.3万元'), 'number-sum', '6124.3万元');
    });

    it('reads two terms of aid, each naming its money again, as parts', () => {
      const aid = (money: string): string => `全县学前教育资助幼儿4210人次，发放资金${money}，其中春季学期资助2150人次，资助金额86万元；秋季学期资助2060人次，资助金额82.4万元。`;
      silent(aid('168.4万元'));
      reports(aid('148.4万元'), 'number-sum', '148.4万元');
    });

    it('ends the pieces before a sibling of the totals named in their words, and reads its own list after it', () => {
      const aid = (grant: string, free: string): string =>
        `高中国家助学金资助${grant}，发放资金520.4万元，其中春季学期资助2120人次，资助金额260.1万元，秋季学期资助2300人次，资助金额260.3万元，高中国家免学杂费${free}，发放资金180.5万元，其中春季学期资助1150人次，资助金额90.2万元，秋季学期资助1210人次，资助金额90.3万元。`;
      silent(aid('4420人次', '2360人次'));
      reports(aid('3980人次', '2360人次'), 'number-sum', '3980人次');
      reports(aid('4420人次', '2120人次'), 'number-sum', '2120人次');
    });

    it('leaves a sibling of the total after the ； to the total', () => {
      silent('城市低保200户、保障人数300人，其中特困人员50户、保障人数60人；农村低保300户、保障人数400人。');
    });

    it('wants a name between the levels, not only a mark', () => {
      silent('城市低保200户、300人，其中特困人员50户、60人；农村低保120户、250人。');
    });
  });
});
