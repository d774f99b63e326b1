// Readings of round 9 after the first run on heldout15 and heldout16 (post-l): restatements that are not one measure.

import { reports, silent } from './figure-findings';

describe('readings of restatements, round 9 post-run (post-l)', () => {
  describe('number-conflict: paragraphs that open with their own labels give a measure for two subjects', () => {
    it('keeps the losses of two labelled kinds apart, and compares a labelled one with the unlabelled total', () => {
      silent('（一）道路运输：事故6起，死亡1人，直接经济损失3.2万元。\n\n（二）建筑施工：事故2起，无死亡，直接经济损失1.5万元。');
      reports('全县发生事故8起，直接经济损失3.2万元。\n\n（一）道路运输：事故6起，死亡1人，直接经济损失1.5万元。', 'number-conflict', '直接经济损失');
    });
  });

  describe('number-conflict: a side of the work named at a clause head (X方面，) is the subject of its figures', () => {
    it('keeps two sides apart and compares one side stated twice', () => {
      silent('公路方面，完成投资120.5亿元，同比增长5%。民航方面，完成投资30.2亿元，同比增长8%。');
      reports('铁路方面，完成投资303.1亿元，同比增长58.2%。\n\n铁路方面，完成投资310.1亿元，高铁项目全面推进。', 'number-conflict', '完成投资');
    });
  });

  describe('number-conflict: a region counting its own units (X地区N个县（区）中) opens a scope of its own', () => {
    it('keeps two regions apart and compares one region stated twice', () => {
      silent('东部地区20个县（区）中15个县（区）空气质量改善，5个变差。西部地区18个县（区）中10个县（区）空气质量改善，8个变差。');
      reports('东部地区20个县（区）中15个县（区）空气质量改善，5个变差。\n\n东部地区22个县（区）中15个县（区）空气质量改善。', 'number-conflict', '县（区）');
    });
  });

  describe('number-conflict: a count that reaches a bar (…均已完成…的40%以上) is a subset, not the total restated', () => {
    it('reads the projects over the bar as a part, and a count pointing back with 这 still as the total', () => {
      silent('全年实施重点项目20个，完成投资10亿元。12个重点项目均已完成年度计划投资的40%以上。');
      reports('全年实施重点项目20个，完成投资10亿元。这18个重点项目均已完成年度计划投资的40%以上。', 'number-conflict', '重点项目');
    });
  });

  describe('number-conflict: 中 that opens a word (中国…) is no “of them” after a count', () => {
    it('takes 入选中国法院… for no pointer back, and 116件提案中 still for one', () => {
      silent('审结知识产权案件300件，1起案件入选中国法院十大案件，2起入选中国法院50件典型案例。');
      reports('收到提案120件，116件提案中，已办结110件。', 'number-conflict', '116件');
    });
  });

  describe('number-conflict: counts selected into two named lists are two measures', () => {
    it('keeps two lists apart and compares one list stated twice', () => {
      silent('审结涉企案件500件，1起案件入选全省法院民营经济典型案例。审结劳动争议案件600件，2起案件入选全省法院劳动争议十大典型案例。');
      reports('审结涉企案件500件，1起案件入选全省法院民营经济典型案例。\n\n审结涉企案件500件，2起案件入选全省法院民营经济典型案例。', 'number-conflict', '案件入选');
    });
  });
});
