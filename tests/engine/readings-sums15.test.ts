// Readings of round 15 (branch sums15): number-sum recall. Each case is a made-up text: the reading catches a broken
// total, stays silent where the figures hold, and does not read what it must not.

import assert from 'node:assert/strict';
import { figureFindings, reports, silent } from './figure-findings';

const noSum = (text: string): void =>
  assert.deepEqual(
    figureFindings(text)
      .filter((f) => f.rule === 'number-sum')
      .map((f) => f.message),
    [],
  );

describe('number-sum: two parts of a known partition split by ； after 其中 (sums15)', () => {
  it('reads exports and imports as all of the trade', () => {
    const text = (total: string): string => `上半年，全市货物贸易进出口总值${total}亿元，同比增长3.1%，其中出口62.4亿元，同比增长5.2%；进口38.6亿元，同比下降1.4%。`;
    silent(text('101.0'));
    reports(text('91.0'), 'number-sum', '101亿元');
  });
  it('reads the coastal and inland ports, and the insured at work and retired', () => {
    const ports = (total: string): string => `5月份，全省港口完成货物吞吐量${total}万吨，同比增长6%。其中沿海港口完成2418万吨，同比增长7%；内河港口完成832万吨，同比增长2%。`;
    silent(ports('3250'));
    reports(ports('3150'), 'number-sum', '3250万吨');
    const insured = (total: string): string => `年末全市职工基本医疗保险参保人数${total}万人，其中在职职工20.4万人，占56.2%；退休人员15.9万人，占43.8%。`;
    silent(insured('36.3'));
    reports(insured('33.3'), 'number-sum', '36.3万人');
  });
  it('takes no two groups for all of the total when their names are no partition', () => {
    noSum('全年新登记企业1200户，其中产值增长的企业960户，同比增长5%；高新技术企业480户，同比增长8%。');
  });
});

describe('number-sum: containers in 标箱 and TEU are one unit (sums15)', () => {
  it('adds parts in TEU up to a total in 标箱', () => {
    const text = (total: string): string => `1-7月，全省港口完成集装箱吞吐量${total}万标箱（TEU），同比增长12.9%。其中，沿海港口完成825.4万TEU，同比增长12.2%；内河港口完成96.4万TEU，同比增长19.4%。`;
    silent(text('921.8'));
    reports(text('821.8'), 'number-sum', '921.8万');
  });
});

describe('number-ratio: the three industries’ contributions to growth make 100% (sums15)', () => {
  it('reads them without 分别 and further on in the sentence', () => {
    silent('全县地区生产总值80.5亿元，比上年增长4.1%。三次产业对GDP增长的贡献率为8.8%、56.5%和34.7%。');
    reports('全县地区生产总值80.5亿元，比上年增长4.1%。三次产业对GDP增长的贡献率为8.8%、56.5%和38.7%。', 'number-ratio', '应为100');
    silent('第一、二、三产业增加值占地区生产总值的比重分别为21.3%、20.2%和58.5%，对经济增长的贡献率分别为27.8%、30.3%和41.9%。');
    reports('第一、二、三产业增加值占地区生产总值的比重分别为21.3%、20.2%和58.5%，对经济增长的贡献率分别为27.8%、30.3%和45.9%。', 'number-ratio', '应为100');
  });
  it('reads them in traditional characters', () => {
    silent('第一、二、三產業對生產總值增長的貢獻率分別為6.8%、73.7%和19.5%。');
    reports('第一、二、三產業對生產總值增長的貢獻率分別為6.8%、73.7%和29.5%。', 'number-ratio', '应为100');
  });
  it('reads one contribution in each industry’s clause, 负 negative', () => {
    const text = (third: string): string =>
      `全年地区生产总值100亿元，增长8.1%。第一产业贡献率为4.3%，拉动GDP增长0.3个百分点；第二产业贡献率为负8.6%，拉低GDP0.7个百分点；第三产业贡献率为${third}，拉动GDP增长8.5个百分点。`;
    silent(text('104.3%'));
    reports(text('105.3%'), 'number-ratio', '应为100');
  });
  it('reads no single industry’s contribution, nor clauses out of order or over sentences', () => {
    silent('第二产业对经济增长的贡献率为60.5%、拉动经济增长3.1个百分点。');
    silent('第一产业贡献率为4.3%。第二产业贡献率为38.6%。第三产业贡献率为50.3%。');
    silent('第二产业贡献率为38.6%，第一产业贡献率为4.3%，第三产业贡献率为50.3%。');
  });
});

describe('number-sum: a sorted list whose part exceeds its total by a slip (sums15)', () => {
  const text = (total: string): string =>
    `1-11月，全县社会消费品零售总额383967万元，同比下降3.0%。其中62家限上法人企业完成消费品零售额${total}万元，同比增长6.1%。按消费形态分，餐饮收入3591万元，同比增长2.0%；商品零售收入112613万元，同比增长6.3%。`;
  it('checks the list against the total right before it when a part exceeds it by less than a quarter', () => {
    silent(text('116204'));
    reports(text('104583'), 'number-sum', '104583万元');
  });
  it('still gives a list whose part is many times the total right before it to no total', () => {
    noSum('全市共发生生产安全事故17起，死亡20人。发生1起较大事故，形势总体平稳。分行业来看，工矿商贸事故13起；道路运输事故2起；铁路事故2起。');
  });
});

describe('number-sum: sortings of a total stated before them (sums15)', () => {
  const byIndustry =
    '从行业来看，产业发展项目完成投资752.49亿元，为年计划的71.85%；基础设施项目完成投资544.57亿元，为年计划的67.01%；民生和社会事业项目完成投资415.28亿元，为年计划的63.05%；生态环保项目完成投资37.73亿元，为年计划的67.62%。';
  const byStage = '从建设阶段来看，新开工项目完成投资760.37亿元，为年计划的62.28%；续建项目完成投资836.12亿元，为年计划的74.8%；投产项目完成投资153.58亿元，为年计划的65.24%。';
  const lead = (total: string): string => `全省重点建设项目共计196个，1-8月共完成投资${total}亿元，为年计划的67.99%。`;
  it('reads a sorting that opens a paragraph against the last sentence of the paragraph before', () => {
    silent(`${lead('1750.07')}\n\n${byIndustry}`);
    reports(`${lead('1650.07')}\n\n${byIndustry}`, 'number-sum', '1650.07亿元');
  });
  it('reads no total across a heading', () => {
    noSum(`${lead('1650.07')}\n\n二、分行业完成情况\n\n${byIndustry}`);
  });
  it('reads a second sorting against the total of the first, and ends the first list before it', () => {
    silent(`${lead('1750.07')}${byIndustry}${byStage}`);
    const found = figureFindings(`${lead('1650.07')}${byIndustry}${byStage}`).filter((f) => f.rule === 'number-sum');
    assert.equal(found.length, 2, found.map((f) => f.message).join('\n'));
    assert.ok(found.some((f) => f.message.includes('从建设阶段来看')));
  });
});
