// Readings of round 18 for rates, shares and points (branch rates19). Each case is a made-up text: the reading finds
// the relation (so a wrong figure is reported), and the same words with the right figure, or without what it reads,
// stay silent.

import { reports, silent } from './figure-findings';

describe('number-ratio: a count then 比例为, of the whole counted with 共 (rates19)', () => {
  const text = (good: string): string =>
    `（二）全市市考河流断面（共40个断面有数据）水质状况总体为良好。Ⅰ~Ⅲ类优良水质断面36个，比例为${good}，Ⅳ类轻度污染水质断面4个，比例为10.0%，无Ⅴ类中度污染水质断面。`;
  it('reads 比例为 after a count as its share of the bracketed 共40个断面', () => {
    silent(text('90.0%'));
    reports(text('85.0%'), 'number-ratio', '36个 ÷ 40个');
  });
  it('takes the whole with the noun the count names (点位 of 断面（点位）), before or after its number', () => {
    silent('（一）全市国考地表水断面（点位）[共20个断面（点位）有数据]水质总体为优。劣Ⅴ类重度污染水质点位1个，比例为5.0%。');
    reports('（一）全市国考地表水断面（点位）[共20个断面（点位）有数据]水质总体为优。劣Ⅴ类重度污染水质点位1个，比例为10.0%。', 'number-ratio', '1个 ÷ 20个');
    reports('全县共监测25个水源地，水质总体为优。达标水源地24个，占92.0%。', 'number-ratio', '24个 ÷ 25个');
  });
  it('leaves a count of another noun, or one larger than the whole', () => {
    silent('全县共监测25个水源地，水质总体为优。达标断面24个，占92.0%。');
    reports('全县共监测25个断面，水质总体为优。达标断面24个，占92.0%。', 'number-ratio', '24个 ÷ 25个');
  });
});

describe('number-ratio: a group counted before its noun and the count of it the rate names (rates19)', () => {
  it('reads 60个计划新开工项目开工建设54个，开工率 as 54 ÷ 60, not a count of places whose projects are counted', () => {
    silent('今年以来，60个计划新开工项目开工建设54个，开工率90%，累计完成投资120亿元。');
    silent('今年以来，60个受灾县开工建设54个，开工率95%，累计完成投资120亿元。');
    reports('今年以来，60个计划新开工项目开工建设54个，开工率95%，累计完成投资120亿元。', 'number-ratio', '54个 ÷ 60个');
  });
  it('reads …中已开工 and a page in 繁體 with pinyin readings', () => {
    silent('40個（gè）新開（kāi）工項（xiàng）目中已開（kāi）工30個（gè），開（kāi）工率為75%。');
    reports('40個（gè）新開（kāi）工項（xiàng）目中已開（kāi）工30個（gè），開（kāi）工率為70%。', 'number-ratio', '30個');
    reports('120件代表建议中，已落实或逐步落实的90件，落实率为80%。', 'number-ratio', '90件 ÷ 120件');
  });
});

describe('number-ratio: an industry’s pull, its contribution times the economy’s growth (rates19)', () => {
  it('finds the growth after a clause without figures (GDP实现…亿元，居全省第三位，同比增长5.3%)', () => {
    const text = (pull: string): string =>
      `一季度，全市GDP实现800.0亿元，居全省第二位，同比增长6.0%。全市第一产业增加值实现40.0亿元，同比增长3.0%，对经济增长的贡献率达5.0%，拉动经济增长${pull}个百分点。`;
    silent(text('0.3'));
    reports(text('0.5'), 'number-ratio', '5.0% × 6.0%');
  });
  it('reads 0.5个、2.6个、3.1个百分点 as three pulls, and 对GDP的贡献率 without 增长', () => {
    const text = (third: string): string => `上半年，全县GDP实现120.0亿元，同比增长8.0%。三次产业对经济增长的贡献率分别为6%、40%、54%，分别拉动GDP增长0.5个、3.2个、${third}个百分点。`;
    silent(text('4.3'));
    reports(text('4.8'), 'number-ratio', '54% × 8.0%');
    silent('上半年，全县GDP实现120.0亿元，同比增长8.0%。实现工业增加值30.0亿元，对GDP的贡献率为30.0%，拉动GDP增长2.4个百分点。');
    reports('上半年，全县GDP实现120.0亿元，同比增长8.0%。实现工业增加值30.0亿元，对GDP的贡献率为30.0%，拉动GDP增长2.9个百分点。', 'number-ratio', '30.0% × 8.0%');
  });
});
