// Readings of restatements (issue 12, round 25, lead): the scope of a figure keeps its span of months alone (1至3月 and
// 2024年一季度 of one report are one period), so the year written right before the span is kept beside it: two years'
// same months are two periods, not one measure stated twice. Each case is a made-up text.

import { reports, silent } from './figure-findings';

describe('number-conflict: two years’ same months are two periods (lead25)', () => {
  const twoYears = (first: string, second: string): string => '青山县经济运行情况\n\n' + `${first}，全县地区生产总值95亿元，同比增长5%。\n\n` + `${second}，全县地区生产总值100亿元，同比增长5.3%。`;

  it('keeps 2023年1-3月 and 2024年一季度 apart', () => {
    silent(twoYears('2023年1-3月', '2024年一季度'));
  });

  it('keeps 2023年1至3月 and 2024年1至3月 apart', () => {
    silent(twoYears('2023年1至3月', '2024年1至3月'));
  });

  it('still reads one year’s 1-6月 and 上半年 as one period', () => {
    reports(twoYears('2024年1-6月', '2024年上半年'), 'number-conflict', '100亿元');
  });

  it('still reads a span with its year and the same span without one as one period', () => {
    reports(twoYears('2024年1-6月', '1-6月'), 'number-conflict', '100亿元');
  });

  const opening = (second: string): string =>
    '绿水县财政收支情况\n\n' +
    '2023年1-6月，全县一般公共预算收入8.2亿元，同比增长4.1%。全县税收收入6.1亿元，税收占比74.4%。\n\n' +
    `${second}，全县财政运行稳中有进，完成一般公共预算收入8.9亿元。收入结构有所优化，全县税收收入达到6.5亿元。`;

  it('reads the year of a paragraph’s opening period for the figures after it', () => {
    silent(opening('2024年1-6月'));
    reports(opening('2023年上半年'), 'number-conflict', '6.5亿元');
  });
});

describe('messages: a negative operand is written as a writer would (lead25)', () => {
  it('writes a fall subtracted in brackets: 8.1% − (−0.3%)', () => {
    reports('青山区工业经济运行情况\n\n前三季度，全区规模以上工业增加值同比下降0.3%，增速比全市平均增速（8.1%）低9.4个百分点。', 'number-ratio', '8.1% − (−0.3%) = 8.4个百分点');
  });

  it('writes a negative part of a sum with a minus: 2.4 + 10.2 − 2.8', () => {
    reports(
      '青山县投资运行情况\n\n全县固定资产投资同比增长8.5%。分产业看，第一产业投资增长12%，拉动投资增长2.4个百分点；第二产业投资增长35%，拉动投资增长10.2个百分点；第三产业投资下降5%，下拉投资增长2.8个百分点。',
      'number-sum',
      '2.4个百分点 + 10.2个百分点 − 2.8个百分点 = 9.8个百分点',
    );
  });
});

describe('messages: the last item of a list after 和 is named without the conjunction (lead25)', () => {
  it('writes 76.7亿元, not 和76.7亿元', () => {
    const text = '青山街道统计情况\n\n全年实现生产总值131.2亿元，比上年增长13.4%。分产业看，三次产业增加值分别为1.54亿元、54亿元和76.7亿元。';
    reports(text, 'number-sum', '1.54亿元 + 54亿元 + 76.7亿元 = 132.24亿元');
  });
});
