// Readings of round 29 (shares29): the terms of a structure of the three industries that no statement of each
// industry by its own name gives: a structure of investment (each term over the three industries' sum), a structure
// after the industries listed with 分别, and a structure introduced by 分别为 or 占比为. Each case is a made-up text
// modelled on a real one: the reading keeps it silent, and a slip in the same words is reported.

import { findingAt, noFindingAt, reports, silent } from './figure-findings';

describe('number-ratio: a structure of the three industries’ investment (shares29)', () => {
  const text = '一季度，全市第一产业投资完成12.6亿元，同比增长8.2%；第二产业投资完成47.3亿元，同比增长4.1%；第三产业投资完成60.1亿元，同比增长10.5%。三次产业投资占比为10.5∶39.4∶50.1。';
  it('reads each term against the three industries’ investment added up', () => {
    silent(text);
    reports(text.replace('10.5∶39.4', '10.5∶36.4'), 'number-ratio', '47.3亿元 ÷ (12.6亿元 + 47.3亿元 + 60.1亿元)');
    findingAt(text.replace('10.5∶39.4', '9.5∶39.4'), '9.5∶');
  });
  it('reads the amounts stated after the structure, and the structure changed to, not last year’s', () => {
    const after = '上半年，某县三次产业投资的比重由上年同期的2.0∶40.0∶58.0调整为1.8∶41.2∶57.0。第一产业0.45亿元，同比下降20.1%；第二产业10.30亿元，同比增长30.2%；第三产业14.25亿元，同比增长5.0%。';
    silent(after);
    findingAt(after.replace('调整为1.8∶41.2', '调整为1.8∶44.2'), '44.2');
  });
  it('stays silent when two terms do not fit the amounts: a list of another measure', () => {
    const other = text.replace('10.5∶39.4∶50.1', '15.5∶35.4∶49.1');
    noFindingAt(other, '15.5∶');
    noFindingAt(other, '35.4∶');
  });
  it('does not read a structure of investment against the product’s industries', () => {
    const product = '全年地区生产总值300.0亿元。第一产业增加值30.0亿元，第二产业增加值120.0亿元，第三产业增加值150.0亿元。三次产业结构为10.0:40.0:50.0。\n\n全年三次产业投资结构为5.0:45.0:50.0。';
    silent(product);
  });
});

describe('number-ratio: a structure after the three industries listed with 分别 (shares29)', () => {
  const text =
    '初步核算，全年实现地区生产总值254.3亿元，同比增长4.5%。其中一、二、三产业分别实现49.3亿元、70.8亿元、134.2亿元，分别增长3.2%、3.7%、5.3%。三次产业结构比由上年19.3:28.1:52.6调整为19.4:27.8:52.8。';
  it('reads each term against the product, its industry taken by its place in the list', () => {
    silent(text);
    reports(text.replace('调整为19.4:27.8', '调整为19.4:25.8'), 'number-ratio', '70.8亿元 ÷ 254.3亿元');
    findingAt(text.replace('调整为19.4:27.8', '调整为17.4:27.8'), '17.4:');
  });
  it('reads 三次产业增加值分别为 too', () => {
    const listed = '全年实现生产总值131.2亿元，比上年增长13.4%。分产业看，三次产业增加值分别为1.54亿元、54亿元和75.7亿元，三次产业增速分别为6.5%、21.3%和8.6%，三次产业结构优化为1.2:41.1:57.7。';
    silent(listed);
    findingAt(listed.replace('优化为1.2:41.1', '优化为1.2:37.1'), '37.1');
  });
  it('stays silent when the listed amounts do not add up to the product', () => {
    const short = text.replace('134.2亿元，分别', '104.2亿元，分别').replace('调整为19.4:27.8', '调整为17.4:27.8');
    noFindingAt(short, '17.4:');
  });
});

describe('number-ratio: a structure introduced by 分别为 or 占比为 (shares29)', () => {
  const text =
    '2020年全区生产总值703.1亿元，比上年增长2.4%。分产业看，第一产业增加值1.53亿元，增长10.7%；第二产业增加值473.8亿元，增长0.7%；第三产业增加值227.7亿元，增长6.9%。全区三次产业比重分别为0.2:67.4:32.4。';
  it('reads the terms after 比重分别为 as the structure', () => {
    silent(text);
    findingAt(text.replace('分别为0.2:67.4', '分别为0.1:67.4'), '0.1:');
  });
  it('reads the terms after 结构占比为 as the structure', () => {
    const share = text.replace('比重分别为0.2:67.4:32.4', '结构占比为0.2:67.4:32.4');
    silent(share);
    findingAt(share.replace('占比为0.2:67.4', '占比为0.2:60.4'), '60.4');
  });
});

describe('number-ratio: shares listed after the labels of the parts they are of (shares29)', () => {
  const text =
    '全年同城快递业务量完成120.0亿件，同比增长6.6%；异地快递业务量完成850.0亿件，同比增长20.5%；国际/港澳台快递业务量完成30.0亿件，同比增长52.0%。同城、异地、国际/港澳台快递业务量占全部比例分别为12.0%、85.0%和3.0%。';
  it('reads each share against the labelled parts added up', () => {
    silent(text);
    reports(text.replace('分别为12.0%', '分别为17.0%'), 'number-ratio', '120.0亿件 ÷ (120.0亿件 + 850.0亿件 + 30.0亿件)');
  });
  it('takes the rest of the last label for a label of one character', () => {
    const regions =
      '东、中、西部地区快递业务量比重分别为75.0%、15.0%和10.0%。东部地区完成快递业务量750.0亿件，同比增长16.9%。中部地区完成快递业务量150.0亿件，同比增长27.5%。西部地区完成快递业务量100.0亿件，同比增长28.8%。';
    silent(regions);
    findingAt(regions.replace('15.0%和', '20.0%和'), '20.0%');
  });
  it('stays silent when the labels leave part of the whole out', () => {
    const part = text.replace('分别为12.0%、85.0%和3.0%', '分别为6.0%、42.5%和1.5%').replace('分别为6.0%', '分别为9.0%');
    noFindingAt(part, '9.0%');
  });
});
