// Readings of shares47 (issue 12, round 47): 分别占 after a count and the amount stated with it, whose words name the
// count, of the pair stated together earlier; shares of each measure's own total after a period and a scope (前三季度
// 全国总数) or of each kind's own (同类); 分别占 naming two wholes joined by 及; 税收 for 税收收入 before 占. Each case made
// up, each silent case failing without its guard and each reported case without its reading.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings } from './figure-findings';

describe('a count and its amount of the pair stated together before them (shares47)', () => {
  const signed = (amount: string): string =>
    `本次集中签约重大项目80个，正式合同投资额2000亿元。\n\n据介绍，签约项目以工业为主体，工业项目达到60个，正式合同投资额1500亿元，分别占到本次集中签约项目的75%和${amount}%。`;

  it('reads the count over the count and the amount over the amount', () => {
    assert.deepEqual(figureFindings(signed('75')), []);
  });

  it('reports an amount’s share that is not the amount over the amount stated with the count', () => {
    assert.deepEqual(figureFindings(signed('78')), ['number-ratio 78%']);
  });

  const projects = (count: string, amount: string): string =>
    `一季度，我市在建内资项目100个，同比增加10个，投资总额500亿元，其中，投资亿元以上在建项目90个，同比增加12个，投资总额480亿元。` +
    `100个在建项目中，新兴产业项目30个，投资总额150亿元，分别占在建项目总数的${count}%和${amount}%；机械制造业项目20个，投资总额120亿元，分别占在建项目总数的20%和24%。`;

  it('takes the pair of the count the list’s sentence restates, past a change between count and amount', () => {
    assert.deepEqual(figureFindings(projects('30', '30')), []);
    assert.deepEqual(figureFindings(projects('30', '30').replace('分别占在建项目总数的20%和24%', '分别占在建项目总数的20%和26%')), ['number-ratio 26%']);
  });

  it('leaves the pairs alone when the list’s sentence restates no count: two pairs the words name', () => {
    const text = projects('30', '30').replace('100个在建项目中，', '').replace('分别占在建项目总数的20%和24%', '分别占在建项目总数的20%和26%');
    assert.deepEqual(figureFindings(text), []);
  });

  const fires = (deaths: string): string => `接报居住场所火灾10万起、亡500人，同比上升3%。自建住宅火灾共6万起、亡300人，分别占居住场所火灾的60%和${deaths}%。`;

  it('pairs a death count named by one character only with the same', () => {
    assert.deepEqual(figureFindings(fires('60')), []);
    assert.deepEqual(figureFindings(fires('65')), ['number-ratio 65%']);
  });
});

describe('shares of each measure’s own total after a period and a scope (shares47)', () => {
  const disasters = (loss: string): string =>
    `前三季度，我国自然灾害共造成死亡失踪800人，直接经济损失2000亿元。\n\n从时间分布看，7月至8月期间灾害损失最重，因灾死亡失踪400人、直接经济损失1000亿元，分别占前三季度总数的50%、${loss}%。`;

  it('reads each part over the first statement of its own measure in the period named', () => {
    assert.deepEqual(figureFindings(disasters('50')), []);
  });

  it('reports a share that is not its part over its own measure’s total', () => {
    assert.deepEqual(figureFindings(disasters('55')), ['number-ratio 55%']);
  });

  it('leaves a period the totals’ scope does not name', () => {
    assert.deepEqual(figureFindings(disasters('55').replace('分别占前三季度总数', '分别占上半年总数')), []);
  });

  const kinds = (aid: string): string =>
    `全年共接报警情200万起。其中，抢险救援40万起、占总数的20%；参与社会救助80万起。\n\n夏季三个月，抢险救援12万起、社会救助20万起，分别占全年同类警情的30%和${aid}%。`;

  it('reads 同类 as each kind’s own total', () => {
    assert.deepEqual(figureFindings(kinds('25')), []);
    assert.deepEqual(figureFindings(kinds('28')), ['number-ratio 28%']);
  });
});

describe('分别占 naming two wholes joined by 及 (shares47)', () => {
  const poor = (people: string): string => `项目区有农户800户，农业人口3000人。\n\n项目区内现有贫困户160户，贫困人口600人，分别占项目区农户及农业人口的20%和${people}%。`;

  it('reads each part over the whole its own name finds', () => {
    assert.deepEqual(figureFindings(poor('20')), []);
  });

  it('reports a share that is not its part over the whole so named', () => {
    assert.deepEqual(figureFindings(poor('22')), ['number-ratio 22%']);
  });
});

describe('税收 for 税收收入 before 占 (shares47)', () => {
  const tax = (share: string): string => `2023年，全县地方一般公共预算收入完成100000万元，增长3%，其中税收收入70000万元，非税收入30000万元，税收占地方一般公共预算收入的比重为${share}%。`;

  it('reads the share of the tax revenue stated before it', () => {
    assert.deepEqual(figureFindings(tax('70')), []);
  });

  it('reports a share that is not the tax revenue over the whole', () => {
    assert.deepEqual(figureFindings(tax('75')), ['number-ratio 75%']);
  });
});

describe('an outturn over the adjusted budget of the sentence before (shares47)', () => {
  const spending = (rate: string): string =>
    `市人民代表大会批准的市本级2025年一般公共预算支出预算为75亿元，执行中进行了调整，调整后的支出预算为80亿元，比年初预算增加5亿元。一般公共预算支出实际完成60亿元，为调整预算的${rate}%，比上年减少0.4亿元。`;

  it('reads the outturn over the adjusted budget', () => {
    assert.deepEqual(figureFindings(spending('75')), []);
  });

  it('reports a percentage that is not the outturn over the adjusted budget', () => {
    assert.deepEqual(figureFindings(spending('70')), ['number-ratio 70%']);
  });

  const adjusted = (rate: string): string => `2024年，一般公共预算支出年初预算安排20000万元，预算调整为30000万元，增加10000万元。实际完成27000万元，完成调整预算的${rate}%。`;

  it('reads 预算调整为 and 完成调整预算的', () => {
    assert.deepEqual(figureFindings(adjusted('90')), []);
    assert.deepEqual(figureFindings(adjusted('95')), ['number-ratio 95%']);
  });

  it('leaves an adjusted budget of income for an outturn of spending', () => {
    const text = `2024年，一般公共预算收入年初预算安排20000万元，预算调整为30000万元。一般公共预算支出实际完成27000万元，为调整预算的95%。`;
    assert.deepEqual(figureFindings(text), []);
  });
});

describe('a part’s outturn after the first outturn of its sentence (shares47)', () => {
  it('has a budget of its own, not the adjusted budget of the sentence before', () => {
    const text =
      `县人大常委会审查批准调整全县一般公共预算收入为500000万元。2023年全县一般公共预算收入完成500500万元，为调整预算的100.1%，同比增长1.5%；` +
      `其中税收收入完成270000万元，为调整预算的95.8%，占一般公共预算收入的54%。`;
    assert.deepEqual(figureFindings(text), []);
  });
});
