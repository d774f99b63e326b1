// Readings of round 24, post24c (issue 12, first run of heldout68–69): a kind opened by a numbered heading, a measure
// glossed in pinyin, and a statement of account added from an item named again.

import { reports, silent } from './figure-findings';

describe('readings of round 24, post24c (issue 12, first-run false alarms)', () => {
  it('reads the figures after a numbered heading naming a kind as that kind’s, not the whole’s', () => {
    const text = (second: string): string =>
      `一、总体情况 3月，全县发生各类火灾8起，同比持平。 二、分类情况 （一）住宅火灾。3月发生火灾5起，同比持平。 （二）车辆火灾。3月发生火灾${second}起，同比持平。`;
    silent(text('3'));
    // the same kind stated twice under its heading still says one figure
    reports('一、总体情况 3月，全县发生各类火灾8起。 二、分类情况 （一）住宅火灾。3月发生火灾5起，同比持平。3月发生火灾4起，同比减少1起。', 'number-conflict', '发生火灾');
  });

  it('reads a measure glossed in pinyin as the same words written plain', () => {
    const text = (road: string): string =>
      `1-6月份，全區（qū）發（fā）生生產（chǎn）安全事故5起。\n\n建築業（yè）發（fā）生生產（chǎn）安全事故2起。\n\n交通運（yùn）輸業（yè）發（fā）生生產（chǎn）安全事故${road}起。`;
    silent(text('3'));
    // the same sector's figure stated twice still conflicts
    reports(`${text('3')}\n\n交通運（yùn）輸業（yè）發（fā）生生產（chǎn）安全事故4起。`, 'number-conflict', '安全事故');
  });

  it('reads the items added by 加 after the first item named again as the statement of account of the total', () => {
    const text = (total: string): string =>
      `2023年全县财政总收入完成9000万元，其中：上划收入完成4000万元，完成地方财政收入5000万元，较上年增长5%。根据上述地方财政收入，加返还性收入1200万元；均衡性转移支付补助收入3300万元；上年结余结转500万元；2023年财政总收入为${total}万元。`;
    silent(text('10000'));
    // the sum of the account, the first item with the items added, must reach its total
    reports(text('10500'), 'number-sum', '10500万元');
  });
});
