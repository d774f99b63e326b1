// Readings of restatements learnt from the false alarms of the first run on heldout9 and heldout10 (branch post-a):
// each case is a made-up text, silent where the reading holds and reported where the figures do disagree.

import { reports, silent } from './figure-findings';

describe('readings of restatements (post-a)', () => {
  describe('number-conflict: two statements that add up to the one they differ from are its parts', () => {
    it('reads the two kinds of projects as parts of the whole plan', () => {
      const text = (a: number, b: number): string =>
        `今年全市计划实施重点项目300个，年度计划完成投资900亿元。\n\n从投资类型看，产业项目120个，年度计划完成投资${a}亿元，较去年增长30亿元。民生项目180个，年度计划完成投资${b}亿元，较去年增长20亿元。`;
      silent(text(600, 300));
      // a kind counted at the head of its period (产业项目120个，…) is a subgroup (certain7): never the whole's measure
      // stated again, whether or not the kinds add up; stated with no such head, the measure is the whole's
      silent(text(600, 280));
      reports(text(600, 280).replace('民生项目180个，', ''), 'number-conflict');
    });
  });

  describe('number-conflict: a clause opened by 对…犯罪 names a kind of case', () => {
    it('reads the cases of that kind as a sub-scope of all cases', () => {
      silent('今年共受理审查起诉案件655人，同比增加5%。\n\n对未成年人犯罪，受理审查起诉案件13人，同比增加160%。');
      reports('今年共受理审查起诉案件655人，同比增加5%。\n\n今年受理审查起诉案件613人。', 'number-conflict', '613人');
    });
  });
});
