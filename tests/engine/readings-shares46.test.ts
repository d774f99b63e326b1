// Readings of shares46 (issue 12, round 46): a share whose words name its whole, found by name but refused before: a
// per-head part of the per-head whole of the same people; a whole whose subject is only the start of its own name
// (其中汽车 of 汽车, 地方 of 地方公共预算支出); a subject before 占 restating a figure earlier in the share's own period. Each
// case made up, each reported case silent without its reading and each silent case reported without its guard.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings } from './figure-findings';

describe('a per-head part of the per-head whole (shares46)', () => {
  const income = (people: string, wage: string): string =>
    `前三季度，某县农村居民收入稳步增长，${people}居民人均可支配收入达到8200元，比上年同期增加567元，同比增长7.4%。\n\n一、工资性收入是主要来源。前三季度，农村居民人均工资性收入为${wage}元，占可支配收入的比重为45.1%，比上年同期增加160元。`;

  it('is read over the per-head whole the words name without 人均', () => {
    assert.deepEqual(figureFindings(income('农村', '3698')), []);
  });

  it('reports a share the per-head whole does not give', () => {
    assert.deepEqual(figureFindings(income('农村', '3298')), ['number-ratio 45.1%']);
  });

  it('takes no per-head figure of other people for the whole (职工 for 居民)', () => {
    const text =
      '前三季度，某县居民收入稳步增长，职工人均可支配收入达到8200元，比上年同期增加567元，同比增长7.4%。\n\n一、工资性收入是主要来源。前三季度，居民人均工资性收入为3298元，占可支配收入的比重为45.1%，比上年同期增加160元。';
    assert.deepEqual(figureFindings(text), []);
  });
});

describe('a whole whose subject is only the start of its name (shares46)', () => {
  const vehicles = (nev: string): string => `2023年全国机动车保有量达4.35亿辆，其中汽车3.36亿辆。2023年新领证驾驶人2429万人。\n\n截至2023年底，全国新能源汽车保有量达${nev}万辆，占汽车总量的6.07%。`;

  it('其中汽车 is the level of 汽车 the words name', () => {
    assert.deepEqual(figureFindings(vehicles('2041')), []);
  });

  it('reports a share of it that does not hold', () => {
    assert.deepEqual(figureFindings(vehicles('2241')), ['number-ratio 6.07%']);
  });

  const spending = (level: string, named: string, livelihood: string): string =>
    `财政收入 全县地方公共财政预算收入完成79.3亿元，同比增长4.4%。${level}公共预算支出完成140.3亿元，同比下降1.5%。民生方面，教育、卫生、社会保障、城乡社区事务共支出${livelihood}亿元，同比增长0.7%，占${named}公共预算支出比重为65.7%。`;

  it('地方 of 地方公共预算支出 is part of the name the words give', () => {
    assert.deepEqual(figureFindings(spending('地方', '地方', '92.2')), []);
  });

  it('reports a share of it that does not hold', () => {
    assert.deepEqual(figureFindings(spending('地方', '地方', '82.2')), ['number-ratio 65.7%']);
  });

  it('still reports a share of the whole before, beside parts after 其中 named otherwise', () => {
    const text =
      '2021年上半年，湖北全省共认定登记技术合同21198项，同比增长18.83%，合同成交额981.77亿元，同比增长57.53%。其中，技术服务合同成交额661.21亿元、技术开发合同成交额190.57亿元、技术咨询合同成交额117.14亿元、技术转让合同成交额12.85亿元。\n\n1.企业在技术输出中占主体地位。上半年湖北省企业技术输出合同成交额784.19亿元，占湖北全省技术合同成交额的84.87%。';
    assert.deepEqual(figureFindings(text), ['number-ratio 84.87%']);
  });

  it('leaves a level the words do not name (县级 for 占一般公共预算支出)', () => {
    assert.deepEqual(figureFindings(spending('县级一般', '一般', '82.2')), []);
  });
});

describe('a subject restating a figure of its period (shares46)', () => {
  const revenue = (tax: string, other: string): string =>
    `1-11月份，全区一般公共预算总收入完成75750万元，其中：税收收入完成${tax}万元、非税收入完成${other}万元；税收收入占一般公共预算总收入的比重为81%。\n\n地方一般公共预算收入累计完成56000万元，其中税收收入完成40000万元，非税收入完成16000万元。`;

  it('税收收入 names the tax stated before in its period', () => {
    assert.deepEqual(figureFindings(revenue('61347', '14403')), []);
  });

  it('reports a share that does not hold', () => {
    assert.deepEqual(figureFindings(revenue('51347', '24403')), ['number-ratio 81%']);
  });

  const investment = (industry: string): string =>
    `工业投资实现倍增目标，全年完成工业投资${industry}亿元，同比增长102.8%，工业投资总量占固定资产投资比重37.6%，创下历史新高。全年固定资产投资总额358.6亿元。`;

  it('工业投资总量 restates 完成工业投资', () => {
    assert.deepEqual(figureFindings(investment('134.8')), []);
  });

  it('reports a share of it that does not hold', () => {
    assert.deepEqual(figureFindings(investment('154.8')), ['number-ratio 37.6%']);
  });

  it('names nothing when the period states two values so named', () => {
    const text =
      '1-11月份，全区一般公共预算总收入完成75750万元，税收收入完成61347万元，上年同期税收收入完成51347万元；税收收入占一般公共预算总收入的比重为70%。\n\n地方一般公共预算收入累计完成56000万元，其中税收收入完成40000万元，非税收入完成16000万元。';
    assert.deepEqual(figureFindings(text), []);
  });
});

describe('a rate of the count of the sentence before (shares46)', () => {
  const visits = (done: string): string =>
    `此次整治行动中，各县市区对两年以上未入户安检用户进行全面普查，全市共普查出两年以上未入户安检用户共18.9万户。目前，已完成入户${done}万户，完成率38.6%，剩余户数的入户安检工作正在有序推进。`;

  it('is what the verb did of that count', () => {
    assert.deepEqual(figureFindings(visits('7.3')), []);
  });

  it('reports a rate that does not hold', () => {
    assert.deepEqual(figureFindings(visits('8.3')), ['number-ratio 38.6%']);
  });

  it('reads nothing when the sentence before states two counts of the unit', () => {
    const text = '此次整治行动中，全市共普查出未入户安检用户18.9万户，其中老旧小区用户6.2万户。目前，已完成入户8.3万户，完成率38.6%。';
    assert.deepEqual(figureFindings(text), []);
  });

  it('reads nothing over a count done itself, followed by its own rate (均已开工，开工率)', () => {
    const text = '2022年，我市共实施政府投资项目22个。全市18个项目均已开工，开工率82%；已完工项目7个，完工率32%。';
    assert.deepEqual(figureFindings(text), []);
  });

  it('reads nothing when the verb before the count is not the rate’s (已入户 for 完成率)', () => {
    assert.deepEqual(figureFindings('全市共普查出未入户安检用户18.9万户。目前，已入户8.3万户，完成率38.6%。'), []);
  });
});
