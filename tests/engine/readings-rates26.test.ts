// Readings of round 26 for changes and rates (issue 12, mutants): a growth compared by points with the rate of an
// earlier period written in brackets (比1—2月（55.4%）回落, 较一季度（-10.8%）回升), and an average per head right after
// the count and the amount it divides (人均补偿, 月人均救助水平).

import { reports, silent } from './figure-findings';

describe('readings of rates and changes, round 26 (issue 12, mutants)', () => {
  describe('number-ratio: a growth over last year compared by points with an earlier period in brackets', () => {
    it('takes the growth stated against last year as the subject of the comparison after it', () => {
      silent('上半年全县地区生产总值为52.6亿元，比上年同期增长6.4%，较一季度（4.1%）回升2.3个百分点。');
      reports('上半年全县地区生产总值为52.6亿元，比上年同期增长6.4%，较一季度（4.1%）回升3.3个百分点。', 'number-ratio', '6.4% − 4.1%');
    });

    it('reads a negative rate written with a minus sign in the brackets', () => {
      silent('1-5月，全县固定资产投资同比增长9.2%，增幅较1-4月（-2.6%）提高11.8个百分点。');
      reports('1-5月，全县固定资产投资同比增长9.2%，增幅较1-4月（-2.6%）提高6.6个百分点。', 'number-ratio', '11.8个百分点');
    });

    it('passes over an earlier comparison whose percentage is not written', () => {
      silent('1-10月，全县规模以上工业增加值同比增长8.3%，比1-9月提高0.4个百分点，比全市增速（6.1%）高2.2个百分点。');
      reports('1-10月，全县规模以上工业增加值同比增长8.3%，比1-9月提高0.4个百分点，比全市增速（6.1%）高3.2个百分点。', 'number-ratio', '8.3% − 6.1%');
    });

    it('takes the growth of the sentence before when the sentence opens on 增速比', () => {
      const text = (a: string, b: string): string =>
        `1—9月，全市社会消费品零售总额48.21亿元，同比增长12.5%。相比2019年1—9月增长16.8%，两年平均增长8.1%。增速比1—3月（30.2%）回落${a}个百分点，比1—6月（19.4%）回落${b}个百分点。`;
      silent(text('17.7', '6.9'));
      reports(text('12.7', '6.9'), 'number-ratio', '30.2% − 12.5%');
      reports(text('17.7', '8.9'), 'number-ratio', '19.4% − 12.5%');
    });

    it('stays silent when two growths over last year stand before the sentence', () => {
      silent('1—9月，全市社会消费品零售总额48.21亿元，同比增长12.5%，其中餐饮收入同比增长20.1%。增速比1—3月（30.2%）回落12.7个百分点。');
    });
  });
});
