// Readings of round 25 (branch real70): real errors of the batches heldout70–72 that the first run missed, each read
// by a rule about how the figures are written. Each case is a made-up text in the manner of the real ones: the holding
// text stays silent, and the same words with a figure that does not fit are reported.

import { findingAt, reports, silent } from './figure-findings';

describe('number-sum: the three industries’ pulls on investment add up to its growth (real70)', () => {
  const pulls = (third: string): string =>
    [
      '上半年全县固定资产投资同比增长7.6%，增速高于全市2.1个百分点。',
      `分产业看，上半年第一产业投资同比增长35.2%，上拉投资增速1.8个百分点；第二产业投资同比增长12.4%，上拉投资增速6.9个百分点；第三产业投资同比下降3.5%，下拉投资增速${third}。`,
    ].join('\n\n');
  it('adds the pulls, 下拉 counted negative, to the growth stated in the paragraph before', () => {
    silent(pulls('1.1个百分点'));
    reports(pulls('2.1个百分点'), 'number-sum', '三次产业拉动');
  });
  const short = (second: string): string =>
    `一季度，全市固定资产投资完成86.4亿元，同比增长9.2%。其中，第一产业投资完成6.2亿元，同比增长10.5%，上拉全市投资增速0.6个百分点；第二产业投资完成31.5亿元，同比增长7.1%，增速比1-2月提升3.2个百分点，上拉${second}；第三产业投资完成48.7亿元，同比增长10.6%，上拉6.0个百分点。`;
  it('takes a bare 上拉 in an industry’s investment clause, past a change of its growth between', () => {
    silent(short('2.6个百分点'));
    reports(short('3.6个百分点'), 'number-sum', '9.2%');
  });
  const named = (third: string): string =>
    [
      '上半年全县固定资产投资同比增长21.5%。',
      `一产对总投资的贡献率为-1.20%，拉低总投资增速0.26个百分点；二产对总投资的贡献率为8.80%，拉动总投资增长1.89个百分点；三产对总投资的贡献率为92.40%，拉动总投资增长${third}。`,
    ].join('\n\n');
  it('reads 一产, 二产, 三产 alone when the pull names investment (拉低总投资增速)', () => {
    silent(named('19.87个百分点'));
    reports(named('21.87个百分点'), 'number-sum');
  });
  it('leaves pulls on something else than investment alone (拉动经济增长 without a GDP level)', () => {
    silent(
      '上半年全县固定资产投资同比增长7.6%。\n\n第一产业增加值增长3.1%，拉动经济增长0.4个百分点；第二产业增加值增长6.2%，拉动经济增长2.5个百分点；第三产业增加值增长5.0%，拉动经济增长2.6个百分点。',
    );
  });
  it('does not take a part of investment for all of it (民间固定资产投资)', () => {
    silent(
      '上半年全县民间固定资产投资同比增长7.6%。\n\n上半年第一产业投资同比增长35.2%，上拉投资增速1.8个百分点；第二产业投资同比增长12.4%，上拉投资增速6.9个百分点；第三产业投资同比下降3.5%，下拉投资增速2.1个百分点。',
    );
  });
});

describe('number-ratio: 产销率 is output sold over gross industrial output (real70)', () => {
  const ratio = (rate: string): string =>
    ['1.工业生产平稳。前三季度，全县规上工业企业实现工业产值25.60亿元，同比增长8.1%。', `2.产品销售良好。前三季度，规上工业销售产值24.93亿元，增长7.7%；产销率为${rate}，产销衔接良好。`].join('\n\n');
  it('divides the output sold by the gross output, stated in an earlier paragraph', () => {
    silent(ratio('97.4%'));
    reports(ratio('79.4%'), 'number-ratio', '产销率');
  });
  it('reads 工业总产值 and 销售总产值 in one sentence too', () => {
    const one = (rate: string): string => `全年完成工业总产值58.40亿元，增长11.2%；实现销售总产值56.12亿元，产销率达到${rate}。`;
    silent(one('96.1%'));
    reports(one('91.6%'), 'number-ratio', '产销率');
  });
  it('stays silent with two gross outputs to choose from', () => {
    silent('上半年完成工业总产值28.10亿元，全年完成工业总产值58.40亿元。\n\n全年实现销售总产值56.12亿元，产销率达到91.6%。');
  });
});

describe('number-ratio: a share of 全区投资 is of all fixed-asset investment (real70)', () => {
  const services = (share: string): string =>
    `1-10月，全区固定资产投资856420万元，同比增长6.2%；其中，工业投资102318万元，同比增长4.1%。服务业投资增长较快，累计完成投资731560万元，同比增长9.4%，总量占全区投资比重为${share}。`;
  it('takes 总量 for the level just stated and 全区投资 for 固定资产投资', () => {
    silent(services('85.4%'));
    reports(services('87.4%'), 'number-ratio', '856420万元');
  });
  it('reports a figure rounded the wrong way (85.42% written 85.5%)', () => {
    reports(services('85.5%'), 'number-ratio');
  });
});

describe('number-ratio: a share of a place named alone is of the same measure of the place (real70)', () => {
  const park = (share: string): string =>
    ['2024年1-12月，园区累计完成工业总产值128.6亿元，同比增长7.2%。', `园区围绕三大主导产业加快集聚发展。2024年度，三大主导产业累计完成工业总产值103.5亿元，占园区比重${share}。`].join('\n\n');
  it('divides by the park’s own 累计完成工业总产值', () => {
    silent(park('80.48%'));
    reports(park('84.08%'), 'number-ratio', '128.6亿元');
  });
});

describe('number-ratio: growths listed for a series of years are each over the year before (real70)', () => {
  const series = (third: string): string => `财政预算内教育经费拨款三年分别为6240万元、6552万元、7207万元，占教育经费支出的比例分别为58%、61%、60%，分别比上年增长4%、5%、${third}。`;
  it('checks the second and third years against the levels they stand between', () => {
    silent(series('10%'));
    findingAt(series('7%'), '7%。');
  });
  it('stays silent with no series of as many levels in the sentence', () => {
    silent('财政预算内教育经费拨款为7207万元，人均教育经费分别比上年增长4%、5%、7%。');
  });
});
