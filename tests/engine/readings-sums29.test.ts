// Readings of round 29 for sums (issue 12, mutants): a structure of shares written with colons after 占比, 比重分别为,
// 产业比调整为 or 结构从…; the three industries' pulls on growth listed as bare numbers before the last one's 个百分点.

import { reports, silent } from './figure-findings';

describe('readings of sums, round 29 (issue 12, mutants)', () => {
  describe('number-ratio: a structure written with colons after 占比 or 比重分别为', () => {
    const shares = (structure: string): string => `全年实现地区生产总值128.6亿元，比上年增长6.1%。三次产业占比为${structure}，三次产业对经济增长的贡献率分别为5.2%、47.3%、47.5%。`;

    it('adds the terms after 占比为 up to 100', () => {
      silent(shares('6.0:55.1:38.9'));
      reports(shares('6.0:55.1:34.9'), 'number-ratio', '34.9');
    });

    it('adds the terms after 比重分别为 up to 100', () => {
      const weights = (last: string): string => `上半年，全区实现地区生产总值452.3亿元，同比增长6.9%。全区三次产业比重分别为0.2:67.4:${last}。`;
      silent(weights('32.4'));
      reports(weights('29.2'), 'number-ratio', '29.2');
    });

    it('reads a structure after 产业比…调整为 and a year after the verb', () => {
      silent('全县三次产业比由上年的12.1:48.6:39.3调整为11.8︰48.3︰39.9。');
      reports('全县三次产业比由上年的12.1:48.6:39.3调整为11.8︰48.3︰35.9。', 'number-ratio', '35.9');
      reports('五年来，三大产业结构比由2016年的42.5∶2.8∶54.7调整为2020年的32.4:8:53.6。', 'number-ratio', '53.6');
    });

    it('reads the structure it changed from after 结构从…', () => {
      silent('全县三次产业结构从2010年9.0:55.9:35.1调整为8.5:55.2:36.3。');
      reports('全县三次产业结构从2010年14.0:55.9:35.1调整为8.5:55.2:36.3。', 'number-ratio', '14.0');
    });

    it('reads the structure it changed to after a comma and 进一步', () => {
      const changed = (last: string): string => `全县三次产业占比由2018年的5.7:49.3:45.0，进一步优化为6.6:45.8:${last}，第三产业占比提高了2.6个百分点。`;
      silent(changed('47.6'));
      reports(changed('43.6'), 'number-ratio', '43.6');
    });

    it('still reads a structure of investment as shares of investment only', () => {
      silent('1-9月，全县固定资产投资同比增长12.4%。三次产业投资占比为13.5:11:75.5，一产、二产占比较上月分别上升0.2、2.5个百分点，三产占比下降2.7个百分点。');
    });
  });

  describe('number-sum: the three industries’ pulls listed as bare numbers', () => {
    it('reads the numbers before the last one’s 个百分点 as pulls', () => {
      const pulls = (list: string): string =>
        `初步核算，全年全县实现生产总值（GDP）90.39亿元，按可比价计算，同比增长9.8%。第一、二、三产业分别拉动GDP增长${list}个百分点，对GDP的贡献率分别为28%、20%、52%。`;
      silent(pulls('2.74、1.96、5.1'));
      reports(pulls('2.74、1.96、4.1'), 'number-sum', '9.8%');
    });

    it('reads a negative pull in the list, and a list linked by 和', () => {
      const fell = (list: string): string => `初步核算，全县生产总值（GDP）完成900820万元，按可比价格计算，同比下降4.9%。三次产业比重为27.3:26.6:46.1，分别拉动经济增长${list}个百分点。`;
      silent(fell('1.3、-7.6、1.4'));
      reports(fell('1.3、-7.6、1.0'), 'number-sum', '4.9%');
      const rose = (last: string): string => `全区实现地区生产总值（GDP）165.77亿元，比上年增长6.2%。三次产业分别拉动地区生产总值增长0.8、2.0和${last}个百分点。`;
      silent(rose('3.4'));
      reports(rose('3.0'), 'number-sum', '6.2%');
    });

    it('reads a list by colons whose first pull is negative', () => {
      const colons = (last: string): string => `地区生产总值全年完成116.5亿元，按可比价格计算，比上年同期增长4.6%。三次产业可比价贡献率分别是-1.6:8.0:93.6，分别拉动GDP增长-0.1:0.4:${last}个百分点。`;
      silent(colons('4.3'));
      reports(colons('4.0'), 'number-sum', '4.6%');
    });

    it('reads a page in traditional characters', () => {
      const pulls = (last: string): string => `全旗地區生產總值161.8億元，按不變價格計算，比上年增長7.1%。從拉動經濟增長情況看，三次產業分別拉動經濟增長1.3、2.9和${last}個百分點。`;
      silent(pulls('2.9'));
      reports(pulls('2.0'), 'number-sum', '7.1%');
    });

    it('reads no bare number as points after words that are not a pull', () => {
      silent('全年地区生产总值比上年增长9.8%。三次产业增加值增速分别比上年提高1.3、2.9和2.0个百分点。');
      silent('全年地区生产总值比上年增长9.8%。三次产业分别拉动经济增长1.3、2.9和2.0%。');
    });
  });
});
