// Ratios and lists read at first contact on heldout95 and heldout98 (issue 12), round 30 (post30c): the terms of a
// ratio paired with the parts they divide, in the order named or by their short names (一产, 二产, 三产); parts after 其中
// each followed by its own growth rate, read as one list; and the total's growth those rates imply when the parts are
// all of it. Each case made up, each failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const flagged = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

// made up: a forestry bulletin served in 繁體 with pinyin readings: the total, three parts listed in order after 其中,
// then their ratio
const listed = (terms = '52.5∶17.5∶30.0', last = '2400.00'): string => `某省林業統計

2023年全省林（lín）業（yè）經（jīng）濟（jì）總產（chǎn）值8000.00億元，其中林（lín）業（yè）產（chǎn）值4200.00億元，林（lín）業（yè）工業（yè）產（chǎn）值1400.00億元，林（lín）業（yè）服務（wù）業（yè）產（chǎn）值${last}億元，3個（gè）產（chǎn）業（yè）產（chǎn）值的比例為${terms}。林（lín）業（yè）服務（wù）業（yè）產（chǎn）值中，森林康養產（chǎn）值210.50億元。
`;

// made up: a province's three industries named short, the ratio changed from one year to another before them
const short = (later = '26:46:28', earlier = '35:45:20'): string => `某省茶产业发展综述

茶产业一二三产比例由2016年的${earlier}到2020年的${later}，产业结构持续优化。全省一产总产值达520亿元，比2016年420亿元增长24%，全省二产产值达920亿元，比2016年540亿元增长70%，全省三产总产值达560亿元，比2016年240亿元增长133%。
`;

// made up: a district's new market entities after 其中, each part with its own growth rate
const market = (individual = '2.86', total = '2.87'): string => `某区2024年国民经济和社会发展统计公报

年末全区市场主体31.5万户，比上年增长2.8%，其中，企业12.40万户，增长3.9%；个体工商户19.10万户，增长2.1%。全年新登记市场主体${total}万户，下降12.4%，其中，新登记个体工商户${individual}万户，下降13.0%，新登记外商投资企业186户，增长10.3%。
`;

// made up: grain output with its growth, summer and autumn grain each with their own
const grain = (growth = '4.8'): string => `某县2024年国民经济和社会发展统计公报

农业生产稳中有升。全年粮食总产量5.20万吨，比上年增长${growth}%，其中夏粮产量1.20万吨，增长20.0% ；秋粮产量 4.00万吨，增长1.0% 。年末生猪存栏4.12万头。
`;

describe('readings (post30c): ratios and lists at first contact', () => {
  it('pairs each term of a ratio after a listed whole with its own part, in order (52.5 is no share of the last part, 2400 ÷ 8000)', () => {
    assert.deepEqual(flagged(listed(), 'number-ratio'), []);
  });

  it('flags terms their own parts do not give, in the order the parts are named (1400 ÷ 8000 = 17.5%, printed 30.0)', () => {
    assert.deepEqual(flagged(listed('52.5∶30.0∶17.5'), 'number-ratio'), ['30.0', '17.5']);
  });

  it('stays silent when the parts do not add up to the whole before them (the pairing unsure)', () => {
    const text = listed(undefined, '2600.00');
    assert.deepEqual(flagged(text, 'number-ratio'), []);
  });

  it('reads a ratio of the industries named short against their amounts, each over the three together', () => {
    assert.deepEqual(flagged(short(), 'number-ratio'), []);
  });

  it('flags the later ratio whose terms the amounts stated do not give (920 ÷ 2000 = 46%, printed 49; 560 ÷ 2000 = 28%, printed 25)', () => {
    assert.deepEqual(flagged(short('26:49:25'), 'number-ratio'), ['49', '25']);
  });

  it('reads the earlier ratio against the amounts each clause compares with for its year (420 ÷ 1200 = 35%)', () => {
    assert.deepEqual(flagged(short(undefined, '31:45:24'), 'number-ratio'), ['31', '24']);
  });

  it('reads a ratio term of whole numbers at its printed precision (23.6 is 24)', () => {
    // 472 ÷ 2000 = 23.6%: rounded to a whole number, 24
    assert.deepEqual(
      flagged(
        short('24:46:30')
          .replace('一产总产值达520亿元，比2016年420亿元增长24%', '一产总产值达472亿元，比2016年420亿元增长12%')
          .replace('三产总产值达560亿元，比2016年240亿元增长133%', '三产总产值达608亿元，比2016年240亿元增长153%'),
        'number-ratio',
      ),
      [],
    );
  });

  it('reads parts each followed by their growth rate as one list: parts over the total flagged', () => {
    assert.deepEqual(flagged(market('2.87'), 'number-sum'), ['2.87万户']);
  });

  it('holds when the parts leave room within the total', () => {
    assert.deepEqual(flagged(market(), 'number-sum'), []);
  });

  it('stays silent on a list that goes on after 分号, where the total’s siblings may follow its parts', () => {
    const text = `某县2024年国民经济和社会发展统计公报

全年粮食总产量16.00万吨，增长0.5%，其中，稻谷产量14.00万吨，增长0.3%；烤烟产量0.70万吨，增长6.5%；油料产量1.90万吨，增长2.6%。
`;
    assert.deepEqual(flagged(text, 'number-sum'), []);
  });

  it('reads the total’s growth its parts’ rates imply when the parts are all of it', () => {
    // last year: 1.20 ÷ 1.2 + 4.00 ÷ 1.01 = 4.96; 5.20 ÷ 4.96 − 1 = 4.8%, not 6.8% at any rounding
    assert.deepEqual(flagged(grain('4.8'), 'number-ratio'), []);
    assert.deepEqual(flagged(grain('6.8'), 'number-ratio'), ['6.8%']);
  });

  it('stays silent on growth at comparable prices (产值)', () => {
    const text = grain('6.8')
      .replace(/粮食总产量/, '粮食总产值')
      .replace(/夏粮产量/, '夏粮产值')
      .replace(/秋粮产量/, '秋粮产值');
    assert.deepEqual(flagged(text, 'number-ratio'), []);
  });
});
