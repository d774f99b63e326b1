// Readings of round 27 (shares27): shares listed right after amounts stated with 分别, figures in cubic metres written
// as symbols (亿m3, 亿m³), and water resources whose parts overlap. Each case is a made-up text modelled on a real one:
// the reading keeps it silent, and a slip in the same words is reported.

import { findingAt, noFindingAt, reports, silent } from './figure-findings';

describe('number-ratio: shares after a list stated with 分别 (shares27)', () => {
  const total = '  2022年全省工程采购规模为5,000亿元，较上年增加120亿元。\n\n';
  it('pairs the shares of the clause after the list with its amounts by order, 比例为 without 分别', () => {
    const text = `${total}  从品目来看，设备、材料、服务采购规模分别为1,250亿元、2,000亿元和1,750亿元，占全省工程采购规模比例为25%、40%和35%。\n`;
    silent(text);
    reports(text.replace('25%、40%', '30%、40%'), 'number-ratio', '1,250亿元 ÷ 5,000亿元');
  });
  it('reads 占…的 after the list too, past another list whose first amount is named like the whole', () => {
    const text = `${total}  从品目来看，设备、材料、服务采购规模分别为1,250亿元、2,000亿元和1,750亿元，占全省工程采购规模比例为25%、40%和35%。从组织形式来看，集中采购、分散采购规模分别为1,500亿元和3,500亿元，占全省工程采购规模的30%和70%。\n`;
    silent(text);
    findingAt(text.replace('的30%和70%', '的32%和70%'), '32%');
    findingAt(text.replace('25%、40%', '25%、45%'), '45%');
  });
  it('leaves shares after a list stated without 分别 to the readings of single shares', () => {
    const text = `${total}  设备采购规模1,250亿元，材料采购规模2,000亿元，占全省工程采购规模比例为25%、40%。\n`;
    noFindingAt(text, '25%');
  });
});

describe('figures in cubic metres written m3 or m³ (shares27)', () => {
  it('reads 亿m3 as a volume, so shares of a total in m3 are checked', () => {
    const text = '全市年总用水量50.00亿m3，较上年增加1.20亿m3。其中由地表水源供给40.00亿m3，占80.0%；由地下水源供给10.00亿m3，占20.0%。';
    silent(text);
    reports(text.replace('占80.0%', '占85.0%'), 'number-ratio', '40.00亿m3 ÷ 50.00亿m3');
  });
  it('reads 亿m³ as the same unit', () => {
    const text = '全市年总用水量50.00亿m³，其中农业用水量30.00亿m³，工业用水量12.00亿m³，生活用水量8.00亿m³。';
    silent(text);
    reports(text.replace('50.00亿m³', '45.00亿m³'), 'number-sum');
  });
});

describe('number-sum: water resources counted twice (shares27)', () => {
  it('takes the amount counted under both parts (重复计算) off their sum', () => {
    const text = '全市水资源总量为30.00亿m³，其中地表水资源量26.00亿m³，地下水资源量9.00亿m³，重复计算水资源量5.00亿m³。';
    silent(text);
    reports(text.replace('30.00亿m³', '27.00亿m³'), 'number-sum');
  });
  it('leaves the ground water out of the resources, which count it with the surface water (不重复量)', () => {
    const text = '全省水资源总量 300.0 亿 m3，比多年平均值偏多 4.0%。\n其中，地表水资源量 280.0 亿 m3，地下水资源量 90.0 亿 m3,\n地下水与地表水资源不重复量为 20.0 亿 m3。';
    silent(text);
    reports(text.replace('300.0 亿 m3', '270.0 亿 m3'), 'number-sum');
  });
});

describe('number-ratio: shares of a list opened by 其中, of a total paragraphs before (shares27)', () => {
  const text = [
    '一季度全市完成各类交易项目500个，比上季度增长2.0%；实现交易总额80.0亿元。其中，3月份完成交易项目180个，实现交易总额30.0亿元。',
    '',
    '从一季度项目交易个数看，依次为采购类、工程类、资源类和产权类项目。其中采购类250个，占总交易个数的50%；工程类150个，占总交易个数的30%；资源类75个，占总交易个数的15%；产权类25个，占总交易个数的5%。',
    '',
  ].join('\n');
  it('reads the shares against the total the first part’s 其中 follows', () => {
    silent(text);
    findingAt(text.replace('的50%', '的55%'), '55%');
    findingAt(text.replace('的15%', '的20%'), '20%');
  });
});
