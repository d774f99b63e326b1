// Sums read on the layouts real pages paste (issue 12), round 28 (sums32): 其中 lists that built nothing — several
// figures of the parts' unit before a 其中 that closes the last one's clause, a running total (累计结余) beside the
// period's, kinds of a total named 各类 before its noun, a name of several words joined by 、, a bracket whose part is
// named with 节约; parts of age bands apart; overnight visitors and day-trippers in numbered items; the plans a total and
// its parts are stated as shares of. Each case made up, each reported case failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const sums = (text: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === 'number-sum')
    .map((f) => text.slice(f.offset, f.endOffset));

// made up: a hotline's month, the letters counted before the tickets the list breaks down
const tickets = (total: string, first = '2531'): string =>
  `8月份，热线接收市长信箱来信4件、县长信箱来信7件，共形成有效电子工单${total}件，其中在线办结数${first}件，转办工单412件。本月综合办结率98.2%。`;

describe('several figures of the unit before a 其中 closing the last one’s clause', () => {
  it('is silent when the parts make the figure right before 其中', () => {
    assert.deepEqual(sums(tickets('2943')), []);
  });

  it('reports that figure when the parts exceed it', () => {
    assert.deepEqual(sums(tickets('2649')), ['2649件']);
  });

  it('reads road lengths after the whole country’s', () => {
    const roads = (rural: string): string => `截至年末，全省公路总里程21.36万公里，农村公路里程达${rural}万公里，其中县道里程2.14万公里，乡道里程5.07万公里，村道里程10.93万公里。`;
    assert.deepEqual(sums(roads('18.14')), []);
    assert.deepEqual(sums(roads('16.33')), ['16.33万公里']);
  });

  it('stays silent when the parts make another of the figures exactly', () => {
    // (the 3000 the parts add up to is a reading that holds: which figure 其中 breaks down is not certain)
    assert.deepEqual(sums('全县共受理申请3000件，办结2800件，其中网上申请2100件，窗口申请900件。'), []);
  });

  it('stays silent when 其中 opens a sentence of its own', () => {
    // (立案349件，转为意见和建议51件。其中…: the list may be of the 349)
    assert.deepEqual(sums('共收到提案400件，立案349件，转为意见和建议51件。其中，经济建设类136件，社会建设类120件。'), []);
  });

  it('stays silent when a part exceeds the figure right before 其中', () => {
    assert.deepEqual(sums('全县共受理申请3000件，办结1200件，其中网上申请2100件，窗口申请600件。'), []);
  });
});

// made up: a fund's balances, the period's and the running one, the running one broken down
const balances = (cum: string): string => `全年职工医保基金当期结余8.42亿元，累计结余${cum}亿元，其中统筹基金累计结余40.17亿元，个人账户累计结余23.56亿元。`;

describe('a running balance beside the period’s', () => {
  it('is silent when the two running balances make the total', () => {
    assert.deepEqual(sums(balances('63.73')), []);
  });

  it('reports a running total the parts exceed', () => {
    assert.deepEqual(sums(balances('57.36')), ['57.36亿元']);
  });
});

// made up: a county's mediation bodies, 各类 written before the noun
const mediation = (total: string, tail = ''): string => `截至目前，全县共设立各类人民调解组织${total}个。其中乡镇（街道）12个，村（社区）调委会203个，行业性、专业性人民调解组织15个${tail}。`;

describe('kinds of a total named 各类 before its noun', () => {
  it('is silent when the kinds make the total', () => {
    assert.deepEqual(sums(mediation('230')), []);
  });

  it('reports a total the kinds exceed', () => {
    assert.deepEqual(sums(mediation('207')), ['207个']);
  });

  it('stays silent when a clause of another matter follows the kinds', () => {
    // (创建了9个个人调解室 after a clause without a figure is no kind of the bodies)
    assert.deepEqual(sums(mediation('230', '，鼓励威信高的调解员创建了9个个人调解室')), []);
  });
});

describe('a part named by several words joined by 、', () => {
  const planting = (total: string): string => `明年计划新造林${total}亩，其中油茶2100亩，毛竹1350亩，杉木420亩，马尾松、枫香、木荷等1830亩。`;

  it('is silent when the parts make the total', () => {
    assert.deepEqual(sums(planting('5700')), []);
  });

  it('reports a total the parts exceed', () => {
    assert.deepEqual(sums(planting('5130')), ['5130亩']);
  });
});

describe('a bracket whose part is named with 节约', () => {
  const spent = (total: string): string => `离休干部医疗保障基金总收入15.20万元，总支出${total}万元（其中：待遇支出8.45万元，医药费节约奖励支出3.12万元）。`;

  it('is silent when the bracket’s parts make the total', () => {
    assert.deepEqual(sums(spent('11.57')), []);
  });

  it('reports a total the bracket’s parts exceed', () => {
    assert.deepEqual(sums(spent('10.41')), ['10.41万元']);
  });

  it('still takes 约 alone for an approximation', () => {
    assert.deepEqual(sums('总支出10.41万元（其中：待遇支出约8.45万元，奖励支出3.12万元）。'), []);
  });
});

// made up: a province's rehabilitation services, counted by age band
const rehabilitation = (total: string, last = '60岁以上残疾人7.4万人'): string =>
  `2025年，全省得到基本康复服务的儿童及持证残疾人共${total}万人。其中0-6岁残疾儿童2.3万人；7-17岁残疾儿童1.8万人；18-59岁残疾人14.6万人；${last}。`;

describe('parts each of one age band', () => {
  it('is silent when the bands make the total', () => {
    assert.deepEqual(sums(rehabilitation('26.1')), []);
  });

  it('reports a total the bands exceed', () => {
    assert.deepEqual(sums(rehabilitation('23.5')), ['23.5万人']);
  });

  it('reads party members by age band under all the members', () => {
    const members = (total: string): string => `全市共有党员${total}万名，其中35岁及以下党员3.12万名，36至60岁党员6.45万名，61岁及以上党员4.07万名。`;
    assert.deepEqual(sums(members('13.64')), []);
    assert.deepEqual(sums(members('12.28')), ['12.28万名']);
  });

  it('stays silent when two bands share years', () => {
    // (60岁以上 holds the 65岁以上: the bands overlap, so their sum may exceed the total)
    assert.deepEqual(sums(rehabilitation('23.5', '60岁以上残疾人4.2万人；65岁以上残疾人3.2万人')), []);
  });
});

// made up: a bulletin of tourism, each flow an item of its own
const bulletin = (domestic: string, income = '118.40'): string =>
  [
    '2026年1-6月全省旅游接待情况',
    `1.接待国内旅游者${domestic}万人次，比去年同期增长12.3%;\n国内旅游收入${income}亿元，比去年同期增长15.1%;`,
    '2.接待国内过夜游客842.16万人次，比去年同期增长10.2%;\n国内过夜游客收入86.25亿元，比去年同期增长13.4%;',
    '3.接待国内一日游游客915.30万人次，比去年同期增长14.6%;\n国内一日游收入32.15亿元，比去年同期增长19.8%;',
  ].join('\n\n');

describe('overnight visitors and day-trippers in items of their own', () => {
  it('is silent when the overnight stays and the day trips make every visitor and all they spent', () => {
    assert.deepEqual(sums(bulletin('1757.46')), []);
  });

  it('reports visitors or spending the two do not make', () => {
    assert.deepEqual(sums(bulletin('1581.71')), ['1581.71万人次']);
    assert.deepEqual(sums(bulletin('1757.46', '106.56')), ['106.56亿元']);
  });

  it('stays silent on a list after 其中 in one paragraph', () => {
    // (the 7800 before 其中 is one village's; the overnight and day visitors are the county's, stated a paragraph before)
    const text = '端午节期间，全县共接待游客8.31万人次，同比增长14.2%。\n\n大沟村共接待游客7800人次，实现营业收入72.5万元。其中，过夜游共接待游客2.49万人次，一日游共接待游客5.82万人次。';
    assert.deepEqual(sums(text), []);
  });
});

// made up: a county's revenue to May, each figure stated as a share of its plan for the year
const revenue = (plan: string): string =>
  `1-5月，全县完成财政总收入5126万元，占年初预算${plan}万元的41.8%，同比下降3.2%。其中：税收收入3904万元，占年初预算9150万元的42.7%，同比下降2.6%；非税收入1222万元，占年初预算3120万元的39.2%，同比下降5.1%。`;

describe('the plans a total and its parts are stated as shares of', () => {
  it('is silent when the parts’ plans make the total’s', () => {
    assert.deepEqual(sums(revenue('12270')), []);
  });

  it('reports a plan of the total the parts’ plans exceed', () => {
    assert.deepEqual(sums(revenue('11043')), ['11043万元']);
  });

  it('stays silent when a part states no plan of its own', () => {
    const text = '全县完成财政总收入5126万元，占年初预算11043万元的46.4%。其中：税收收入3904万元，占年初预算9150万元的42.7%；非税收入1222万元，同比下降5.1%。';
    assert.deepEqual(sums(text), []);
  });
});
