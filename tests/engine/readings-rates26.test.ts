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

  describe('number-ratio: an average per head right after the count and the amount it divides', () => {
    it('checks 人均 and 人均次 against the amount over the count before them', () => {
      // 6230万元 ÷ 21450人次 = 2904.43元
      silent('其中住院报销21450人次，报销金额6230万元，人均报销2904.43元，比上年提高5个百分点。');
      reports('其中住院报销21450人次，报销金额6230万元，人均报销3104.43元，比上年提高5个百分点。', 'number-ratio', '6230万元 ÷ 21450人次');
      silent('门诊报销402116人次，报销总金额为915万元，人均次报销22.75元。');
      reports('门诊报销402116人次，报销总金额为915万元，人均次报销24.75元。', 'number-ratio', '人均');
    });

    it('reads 月人均 over a count of 人次, in traditional characters too', () => {
      // 1018.2245万元 ÷ 26740人次 = 380.78元
      silent('城市低保：截至12月，累计发放26740人次，累计发放救助金额1018.2245万元，月人均救助水平380.79元；');
      reports('城市特困：截至12月，累計發放1320人次，累計發放救助金額98.4560萬元，月人均救助水平820元；', 'number-ratio', '98.4560萬元 ÷ 1320人次');
    });

    it('stays silent when the amount names something else, the count is of people for a monthly average, or the average is no quotient', () => {
      silent('全镇种烟农户702户，烟叶产值5120.35万元，户均收入9.3万元。');
      silent('全年救助困难群众2150人，发放救助资金310.5万元，月人均救助水平520元。');
      silent('城镇医疗救助21380人次，累计支出医疗救助金610.25万元，年人均救助水平达到341.20元。');
      silent('全县常住人口31.2万人，实现地区生产总值240.6亿元，人均生产总值90110元。');
      silent('住院和门诊分别报销21450人次、402116人次，报销金额6230万元，人均报销3104.43元。');
    });
  });

  describe('number-ratio: rates listed by name against two lists of counts by the same names', () => {
    const lists = (rate: string): string =>
      [
        '上半年全市新签约项目96个，分别为：东城区30个、西城区24个、南湖区20个、北山县14个、高新区8个。',
        '上半年全市签约项目中已开工项目61个，分别为：东城区24个、西城区15个、南湖区11个、北山县7个、高新区4个。',
        `各县区新签约项目开工率分别为：东城区80%、西城区62.5%、南湖区${rate}%、北山县50%、高新区50%。`,
      ].join('\n\n');

    it('checks each rate against the one pair of lists under which the rates hold', () => {
      silent(lists('55'));
      reports(lists('57.5'), 'number-ratio', '11个 ÷ 20个');
    });

    it('stays silent when the lists do not name every place the rates do', () => {
      silent(lists('57.5').replace('高新区50%', '经开区50%'));
    });
  });
});
