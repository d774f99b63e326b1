// Readings of round 31 (shares31): a share whose paragraph states no whole for it is of the whole stated in the nearest
// paragraph before it that states a figure of the part's unit, when that paragraph states exactly one, named as a whole.
// Each case is a made-up text modelled on a real one: the reading keeps it silent and reports a slip in the share; the
// guards keep silent where the whole above is not the share's.

import { findingAt, reports, silent } from './figure-findings';

describe('number-ratio: a share of the whole stated in the paragraph before (shares31)', () => {
  const hotline = '全年共受理群众诉求12500件，同比增长8.2%。\n\n其中咨询类4200件，占33.6%，主要涉及社保、医保政策。';
  const contracts = '2022年全省技术合同成交额3050亿元，同比增长30.3%。\n\n其中，技术服务合同成交额为2300亿元，占总成交额的75.41%；技术开发合同成交额为680亿元，占总成交额的22.30%。';
  it('reads a share that names no whole against the total above', () => {
    silent(hotline);
    reports(hotline.replace('占33.6%', '占38.6%'), 'number-ratio', '4200件 ÷ 12500件');
    findingAt(hotline.replace('占33.6%', '占38.6%'), '38.6%');
  });
  it('reads shares naming their whole by the words of the total above', () => {
    silent(contracts);
    reports(contracts.replace('75.41%', '80.41%'), 'number-ratio', '2300亿元 ÷ 3050亿元');
    findingAt(contracts.replace('22.30%', '27.30%'), '27.30%');
  });
  it('reads past a paragraph that states only parts of shares', () => {
    const items = '全年共受理群众诉求12500件。\n\n1、投诉类6100件，占48.8%。\n\n2、咨询类4200件，占38.6%。';
    findingAt(items, '38.6%');
  });
});

describe('number-ratio: where the whole above is not the share’s (shares31)', () => {
  it('does not read across a heading', () => {
    silent('全年共受理群众诉求12500件。\n\n二、咨询情况\n\n咨询类4200件，占38.6%。');
  });
  it('does not read a paragraph stating two figures of the unit (the writer may divide by what is left)', () => {
    silent('人大代表共提出建议692件（经沟通，有4件作为参阅件，不需答复）。\n\n目前，已经解决或基本解决的A类建议458件，占66.57%。');
  });
  it('does not read a round bar the total went past', () => {
    silent('2023年两地投诉举报总量突破84万件。\n\n其中，通过互联网渠道登记的投诉举报47.84万件，占两地投诉举报总量的56.55%。');
  });
  it('does not read exports against the trade both ways', () => {
    silent('前11个月全市外贸进出口总值3149.9亿元。\n\n机电产品出口恢复增长。前11个月，全市机电产品出口1019.8亿元，增长1.6%，占全市出口总值的48%。');
  });
  it('does not read a share against a whole other than the one its words name', () => {
    silent('全年实现一般公共预算收入316.64亿元，增长2.56%。\n\n九大民生类支出累计完成241.05亿元，占一般公共预算支出的73.88%。');
  });
  it('does not read past a paragraph that opens items of its own with a colon', () => {
    silent('新一届村级党组织班子成员共1748人。\n\n新一届班子队伍呈现以下4个特点：\n\n一是来源渠道拓宽，一批优秀干部当选村党组织书记，其中选派到村有11人，占2.6%。');
  });
  it('does not read a planned part against a whole that is no plan', () => {
    silent('全年共安排省重点项目120项，总投资834.3亿元。\n\n工业项目当年计划投资181亿元，占比60.5%。');
  });
  it('does not take a figure the share follows with 中 for its part', () => {
    silent('全区共有党员581名。\n\n202名村党组织书记中，大专及以上学历的占48.2%。');
  });
  it('does not look above when the share’s own paragraph states a whole for it', () => {
    silent('1—8月，全区一般公共预算收入完成40.5亿元。\n\n税收收入完成36.9亿元，占一般公共预算收入91.1%。其中：工商各税完成26.2亿元，占税收收入71.0%。');
  });
});
