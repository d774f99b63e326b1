// Readings of round 19 (branch sums19): totals and parts in prose tied by no 其中 or 分别, only by what the names
// mean: net assets are assets less liabilities, and a complete partition's whole may be named otherwise than its
// parts (GDP总量, 黑龙江省人口 for 全省人口中, 民营经济增加值 by industry). Each case is a made-up text in the manner of
// the real ones: the reading keeps the holding text silent, and the same words with a figure that does not hold are
// reported.

import { reports, silent } from './figure-findings';

describe('number-sum: net assets are assets less liabilities (sums19)', () => {
  const firms = (net: string): string => `截至2024年末，全县国有企业共有58户，资产总额846.32亿元，较年初增长6.1%；负债总额512.47亿元，较年初增长5.2%；所有者权益${net}，较年初增长7.5%。`;
  it('reads 所有者权益 as 资产总额 less 负债总额', () => {
    silent(firms('333.85亿元'));
    reports(firms('300.85亿元'), 'number-sum', '净资产应等于资产总额减去负债总额');
  });
  const units = (net: string): string => `从单位性质看：行政单位资产总额412.6亿元，负债总额88.2亿元，净资产总额${net}；事业单位资产总额903.5亿元，负债总额176.4亿元，净资产总额727.1亿元。`;
  it('reads each unit’s triple in its own clauses', () => {
    silent(units('324.4亿元'));
    reports(units('342.4亿元'), 'number-sum', '342.4亿元');
  });
  it('takes the state’s share (国有资本权益) for no net assets, and 净资产 for them', () => {
    silent('全市国有企业资产总额1250.6亿元，负债总额810.3亿元，国有资本权益总额360.2亿元。');
    reports('全市国有企业资产总额1250.6亿元，负债总额810.3亿元，净资产360.2亿元。', 'number-sum', '360.2亿元');
  });
});

describe('number-sum: complete partitions whose whole is named otherwise (sums19)', () => {
  it('takes GDP总量 for the whole of the three industries', () => {
    const text = (third: string): string =>
      `上半年，全县实现GDP总量215.36亿元，按可比价计算同比增长5.8%。分产业看，第一产业增加值12.40亿元，增长2.1%，第二产业增加值120.55亿元，增长6.2%；第三产业增加值${third}，增长5.9%。`;
    silent(text('82.41亿元'));
    reports(text('72.41亿元'), 'number-sum', '215.36亿元');
  });
  it('takes the province named in full (某某省人口) for the whole of 全省人口中', () => {
    const text = (female: string): string => `据第七次全国人口普查公报，吉林省人口为24073453人，与2010年相比减少3379338人。全省人口中，男性11972318人，占49.73%；女性${female}，占50.27%。`;
    silent(text('12101135人'));
    reports(text('12001135人'), 'number-sum', '男、女构成完整分类');
  });
  it('reads 税收总收入 and 非税收入 as the two kinds of one revenue', () => {
    const text = (nontax: string): string =>
      `全年财政总收入31.52亿元，比上年增长6.3%；其中一般公共预算收入18.06亿元，比上年增长4.1%。税收总收入9.87亿元，比上年下降2.4%；非税收入${nontax}，比上年增长12.8%。`;
    silent(text('8.19亿元'));
    reports(text('7.19亿元'), 'number-sum', '税收、非税构成完整分类');
  });
});

describe('number-sum: the secondary industry is industry and construction (sums19)', () => {
  const text = (construction: string): string =>
    `全年实现地区生产总值318.20亿元，比上年增长4.1%。第一产业增加值52.30亿元，增长3.6%。第二产业增加值121.45亿元，增长3.2%，其中工业增加值80.13亿元，增长2.7%；建筑业增加值${construction}，增长4.4%。第三产业增加值144.45亿元，增长4.9%。`;
  it('reads 工业 after 其中 and 建筑业 after the ； as the two parts of 第二产业', () => {
    silent(text('41.32亿元'));
    reports(text('31.32亿元'), 'number-sum', '第二产业所列各项应正好加总为总数');
  });
});

describe('number-sum: a flow word the total shares names every part (sums19)', () => {
  const text = (total: string): string => `2024年全年发行新增政府债券${total}（新增一般债券3.18亿元，新增专项债券9.62亿元），均已拨付到项目单位。`;
  it('adds up the new general and special bonds to the new bonds', () => {
    silent(text('12.80亿元'));
    reports(text('11.80亿元'), 'number-sum', '11.80亿元');
  });
});

describe('number-sum: people by household are all the resident population of their scope (sums19)', () => {
  const text = (collective: string): string =>
    `一、常住人口\n\n全县常住人口[2]为186420人。\n\n二、人口增长\n\n全县常住人口同2010年第六次全国人口普查的179305人相比，十年共增加7115人，增长3.97%。\n\n三、户别人口\n\n全县共有家庭户[3]61250户，集体户1870户，家庭户人口为176983人，集体户人口为${collective}。平均每个家庭户的人口为2.89人。`;
  it('takes 全县常住人口 stated sections before as the whole of 家庭户人口 and 集体户人口', () => {
    silent(text('9437人'));
    reports(text('8437人'), 'number-sum', '家庭户、集体户构成完整分类');
  });
});
