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
