// Readings of round 22 (branch sums23): a 其中 list whose parts are counted by different measure words of matters, and
// the amounts listed beside those counts. A total that names the matters it counts (交易项目, 交易事项, 公共资源交易) may
// have its parts counted by another measure word of matters (宗, the word of a land deal, beside 个 or 项); the engine
// took a part of another measure word for a figure of another unit, so the list lost that part and no sum was read.
// The amounts beside the counts, one measure named by different verbs (交易额, 成交额: names ending in 额), are a list
// of their own, and a last group that states its count alone (其他交易5983宗) lists no amount and does not end it. A
// total of another measure after the part in its group (…成交额3.24亿元，共计溢价31.5万元) ends the list after that part,
// not before it; groups may open with their counts (18个项目…；9个项目…).
// Each case is a made-up text in the manner of the real ones: the holding text stays silent, and the same words with
// parts that add up to more than the total are reported.

import { reports, silent } from './figure-findings';

describe('number-sum: parts counted by another measure word of matters (sums23)', () => {
  const deals = (total: string): string =>
    `全年累计完成各类交易项目${total}，总交易额9.36亿元，其中：工程建设类和政府采购类87个，交易额6.12亿元，节约资金2140万元；国有土地出让和产权交易9宗，成交额3.24亿元，共计溢价31.5万元。`;
  it('adds a part counted in 宗 into a total of projects counted in 个', () => {
    silent(deals('96个'));
    reports(deals('90个'), 'number-sum', '90个');
  });
  const named = (total: string): string => `1-6月共受理进场交易事项${total}。其中，政府采购项目45项；土地使用权出让12宗；其他交易事项7项。`;
  it('reads a list of 项 and 宗 under a total of 交易事项 counted in 项', () => {
    silent(named('64项'));
    reports(named('60项'), 'number-sum', '60项');
  });
  const checked = (slow: string): string => `督查组对今年32项重点督查项目的进度进行了分类：其中，18个项目全面达到序时进度要求；9个项目总体进展顺利，个别指标尚有差距；${slow}核心指标进度缓慢。`;
  it('reads counts that open their groups (18个项目…；9个项目…) under a count of projects in 项', () => {
    silent(checked('5个项目'));
    reports(checked('8个项目'), 'number-sum', '32项');
  });
  const people = (second: string): string => `全年共审结案件152件，其中：民事案件120件；涉案人员${second}。`;
  it('does not add people into a count of cases', () => {
    silent(people('240人'));
  });
});

describe('number-sum: the amounts beside counts of matters, named by different verbs (sums23)', () => {
  const amounts = (land: string): string =>
    `全年累计完成各类交易项目96个，总交易额9.36亿元，其中：工程建设类和政府采购类87个，交易额6.12亿元，节约资金2140万元；国有土地出让和产权交易9宗，成交额${land}，共计溢价31.5万元。`;
  it('reads 交易额 and 成交额 as parts of the 总交易额', () => {
    silent(amounts('3.24亿元'));
    reports(amounts('3.94亿元'), 'number-sum', '9.36亿元');
  });
  const counted = (third: string): string =>
    `上半年，全市各类公共资源交易2860宗，同比增长6.2%；累计成交金额412.58亿元，同比增长9.1%。其中：工程建设领域交易640宗，交易额186.24亿元；政府采购领域交易1520宗，交易额41.30亿元；土地矿业领域交易310宗，交易额${third}；其他交易390宗。`;
  it('reads the amounts though the last group states its count alone', () => {
    silent(counted('185.04亿元'));
    reports(counted('195.04亿元'), 'number-sum', '412.58亿元');
  });
});
