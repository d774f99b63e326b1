// Readings of round 25 (second wave) after the first run of heldout70–72: a fall compared as a growth, a share of one
// level beside a count of the levels joined, shares of cuts that cross, and a count of an earlier moment.

import { reports, silent } from './figure-findings';

describe('readings of round 25, second wave (issue 12, first run of heldout70–72)', () => {
  describe('number-ratio: a growth stated as a fall is negative when growths are compared', () => {
    const growth = (verb: string, city: string, province: string): string =>
      `前三季度，全县规模以上工业增加值同比${verb}1.5%，增速比全市平均增速（6.2%）低${city}个百分点，比全省平均增速（5.9%）低${province}个百分点。`;

    it('reads 下降1.5% as −1.5% against the city’s and the province’s growth', () => {
      silent(growth('下降', '7.7', '7.4'));
      reports(growth('下降', '4.7', '7.4'), 'number-ratio', '低4.7个百分点');
      reports(growth('下降', '7.7', '9.4'), 'number-ratio', '低9.4个百分点');
    });

    it('keeps a growth stated as a rise unsigned', () => {
      silent(growth('增长', '4.7', '4.4'));
      reports(growth('增长', '7.7', '4.4'), 'number-ratio', '低7.7个百分点');
    });

    it('reads both falls negative when the whole fell too', () => {
      silent('全县工业增加值同比下降3.5%，增速比全市（下降2.3%）低1.2个百分点。');
      reports('全县工业增加值同比下降3.5%，增速比全市（下降2.3%）低5.8个百分点。', 'number-ratio', '低5.8个百分点');
    });

    it('compares the sizes of falls unsigned when the words name 降幅', () => {
      silent('全县单位GDP能耗同比下降3.5%，降幅比全市（下降2.3%）高1.2个百分点。');
      reports('全县单位GDP能耗同比下降3.5%，降幅比全市（下降2.3%）高5.8个百分点。', 'number-ratio', '高5.8个百分点');
    });
  });

  describe('number-ratio: a share of one level is not of the levels joined under one noun', () => {
    it('takes no count of 中小学生 for the whole of 占小学生总数的', () => {
      silent('全县共有中小学生52300人，留守儿童8600人，占学生总数的16.4%；其中小学留守儿童6020人，占留守儿童总数的70%，占小学生总数的18.3%。');
    });

    it('still checks a share of the levels joined against their count', () => {
      reports('全县共有中小学生52300人，留守儿童8600人，占中小学生总数的26.4%。', 'number-ratio', '8600人 ÷ 52300人');
      reports('全县共有小学生35300人，其中留守儿童6020人，占小学生总数的25.1%。', 'number-ratio', '6020人 ÷ 35300人');
    });
  });

  describe('number-ratio: shares of cuts that cross are not parts of one whole', () => {
    it('adds no share of 普惠性 kindergartens to the share of 公办 ones', () => {
      silent('全县共有幼儿园120所，在园幼儿15200人；公办幼儿园占比58.3%，普惠性幼儿园占比91.7%，普惠覆盖率88.6%。');
    });

    it('still adds the shares of one cut', () => {
      reports('全县共有幼儿园120所；公办幼儿园占比58.3%，民办幼儿园占比51.7%。', 'number-ratio', '58.3% + 51.7%');
    });
  });

  describe('number-conflict: a count at the moment of an event is no restatement of the count now', () => {
    const text = (now: string): string => `机构改革移交时，全镇有公办卫生院2所，民营诊所30余所。\n\n移交后，经过几年建设，全镇现有公办卫生院${now}所，床位数320张。`;

    it('reads the count after …时 as of that moment', () => {
      silent(text('6'));
    });

    it('still pairs two counts of one time', () => {
      reports('全镇现有公办卫生院2所，民营诊所30余所。\n\n经过统计，全镇现有公办卫生院6所，床位数320张。', 'number-conflict');
    });
  });
});
