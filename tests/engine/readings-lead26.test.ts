// A reading of round 26 (the lead, after the first run of heldout80–81) for table-restatement: a budget's outturn
// (决算数) restates no column of its plan (预算数) of the same year (issue 12).

import { reports, silent } from './figure-findings';

describe('readings of round 26, the lead (issue 12, first run of heldout80–81)', () => {
  describe('table-restatement: a 决算数 in the text against a 预算数 column of the same year', () => {
    const table = `2024年某镇“三公”经费预算财政拨款情况统计表 | ||||
单位：万元 | ||||
项目 | 2023年预算数 | 2024年预算数 | 比上年增、减情况 | |
增、减金额 | 增、减幅度 | |||
合计 | 18.15 | 22.15 | 4 | 22% |
1.因公出国（境）费 | ||||
2.公务接待费 | 3 | 7 | 4 | 133% |
3.公务用车购置及运行费 | 15.15 | 15.15 | ||

`;

    it('does not read the 2023 outturn as a restatement of the 2023 budget column', () => {
      silent(`${table}2023年公务接待费决算数5万元，比2023年预算数增加2万元，主要是接待上级检查增加。`);
    });

    it('still compares the text’s 2023 budget with the 2023 budget column', () => {
      reports(`${table}2023年公务接待费预算数4万元，2024年预算数7万元，增加3万元。`, 'table-restatement', '表中数字与正文不一致');
    });
  });
});
