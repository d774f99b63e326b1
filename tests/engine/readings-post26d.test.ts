// Readings learnt from the false alarms of the first run on heldout80–81 (branch post26d): each case is a made-up
// text, silent where the reading holds and reported where the figures do disagree.

import { reports, silent } from './figure-findings';

describe('readings of the first run on heldout80–81 (post26d)', () => {
  describe("number-ratio: a budget's rate of change is worked out from the amounts as compiled", () => {
    it('weighs each budget amount written in 万元 at ±0.5万元', () => {
      const text = (rate: string): string => `2025年，本级一般公共预算安排的会议培训经费支出共计2811万元，比2024年预算数减少229万元，下降${rate}%。`;
      // 229 ÷ (2811 + 229) = 7.533%, written 7.54%: with each amount ±0.5万元 the rate lies in 7.52%–7.55%
      silent(text('7.54'));
      silent(text('7.53'));
      reports(text('7.59'), 'number-ratio', '7.59%');
      reports(text('8.53'), 'number-ratio', '8.53%');
    });
  });

  describe('number-sum: a bar the measure went past (突破N) is no total', () => {
    it('lets the parts after 其中 add up to more than the bar', () => {
      silent('前三季度全省货物贸易进出口规模首次突破1500亿元。其中，出口612.4亿元，增长21.5%；进口958.3亿元，增长8%。');
      reports('前三季度全省货物贸易进出口规模达到1500亿元。其中，出口612.4亿元，增长21.5%；进口958.3亿元，增长8%。', 'number-sum');
    });
  });

  describe('number-sum: a 其中 list ends where a sentence speaks of another year', () => {
    it("does not take next year's forecast as parts of this year's totals", () => {
      const text = (part: number): string =>
        `1月8日，2024年全省物流工作会议召开。根据会议信息，2023年全省物流行业货运量和物流行业营业收入预计分别完成860亿件和1.1万亿元，同比分别增长12.5%和10.5%。其中，快运货运量和营业收入分别完成${part}亿件和0.8万亿元，同比分别增长15.5%和11.5%。省物流局预计2024年行业仍将继续保持稳步上升态势，物流行业货运量和物流行业营业收入预计将分别完成920亿件和1.2万亿元，增速7%左右；快运货运量、营业收入分别完成660亿件和0.9万亿元，增速8%左右。`;
      silent(text(610));
      // a part of the same year larger than its total is still reported
      reports(text(910), 'number-sum', '860亿件');
    });
  });
});
