// Readings of round 20 (branch sums20): the changes of a sum's levels. Where any reading finds parts that add up to
// their total (a sorting 分季节看 after the total's paragraph, a partition named in full, not only a 其中 list), the
// parts are all of the total this year and the year before, so the change stated after
// each level adds up to the total's change (a decrease counted negative). Each case is a made-up text in the manner of
// the real ones: the holding text stays silent, and the same words with a change that does not add up are reported.

import { reports, silent } from './figure-findings';

describe('number-sum: the changes of parts sorted after their total add up to its change (sums20)', () => {
  const grain = (autumn: string): string =>
    `全年全县粮食总产量52.36万吨，比上年增加1.24万吨，增长2.4%。\n\n分季节看，夏粮产量18.42万吨，增加0.31万吨，增长1.7%；秋粮产量33.94万吨，增加${autumn}，增长2.8%。`;
  it('adds the seasons’ increases to the total’s, the total in the paragraph before', () => {
    silent(grain('0.93万吨'));
    reports(grain('0.73万吨'), 'number-sum', '各分项的增减额之和应等于总数的增减额');
  });
  const kinds = (beans: string): string =>
    `全年全县粮食总产量52.36万吨，比上年增加1.24万吨。\n\n分类别看，谷物产量49.80万吨，比上年增加1.30万吨；豆类产量1.46万吨，比上年${beans}；薯类产量1.10万吨，比上年减少0.12万吨。`;
  it('counts a decrease negative', () => {
    silent(kinds('增加0.06万吨'));
    reports(kinds('减少0.06万吨'), 'number-sum', '各分项的增减额之和应等于总数的增减额');
  });
});

describe('number-sum: the changes of a partition named in full add up to the whole’s (sums20)', () => {
  const insured = (retired: string): string =>
    `截至2024年6月底，全县参加职工基本医疗保险人数12.46万人，比上年同期增加0.58万人，其中参保在职职工9.02万人，比上年同期增加0.41万人，参保退休人员3.44万人，比上年同期增加${retired}。`;
  it('adds the working and the retired members’ increases to the whole’s', () => {
    silent(insured('0.17万人'));
    reports(insured('0.27万人'), 'number-sum', '各分项的增减额之和应等于总数的增减额');
  });
});

describe('number-sum: the four sources of disposable income make all of it (sums20)', () => {
  const rural = (transfer: string): string =>
    `2024年，全县农村居民人均可支配收入18426元，比上年增长7.1%。从收入来源看，人均工资性收入7935元，增长6.8%；人均经营净收入6120元，增长7.5%；人均财产净收入386元，增长5.2%；人均转移净收入${transfer}，增长7.4%。`;
  it('adds wages, business, property and transfers per head to the income per head', () => {
    silent(rural('3985元'));
    reports(rural('3895元'), 'number-sum', '四项收入构成可支配收入');
  });
  const residents = (wages: string): string =>
    [
      '全市居民人均可支配收入52310元，同比增长5.2%。其中，城镇居民人均可支配收入61480元，增长4.8%；农村居民人均可支配收入28760元，增长6.3%。',
      `从四项收入构成看，全市居民人均工资性收入${wages}，同比增长5.6%；人均经营净收入4210元，增长3.9%；人均财产净收入4630元，增长2.1%；人均转移净收入12010元，增长5.8%。`,
    ].join('\n\n');
  it('takes all residents’ income for all residents’ sources, past the towns’ and the villages’', () => {
    silent(residents('31460元'));
    reports(residents('32460元'), 'number-sum', '52310元');
  });
  const paragraphs = (property: string, transfers = '65元'): string =>
    [
      '前三季度，全县农村居民人均可支配收入达到9865元，比上年同期增加702元，同比增长7.7%。',
      '一、工资性收入稳步增长。前三季度，农村居民人均工资性收入为4310元，比上年同期增加265元，同比增长6.6%。',
      '二、经营净收入较快增长。前三季度，农村居民人均经营净收入为4105元，比上年同期增加360元，同比增长9.6%。',
      `三、财产净收入和转移净收入平稳增长。前三季度，农村居民人均财产净收入为${property}，比上年同期增加12元；农村居民人均转移净收入为1020元，比上年同期增加${transfers}。`,
    ].join('\n\n');
  it('reads the sources in the paragraphs after the income, and their increases against its increase', () => {
    silent(paragraphs('430元'));
    reports(paragraphs('480元'), 'number-sum', '9865元');
    reports(paragraphs('430元', '85元'), 'number-sum', '各分项的增减额之和应等于总数的增减额');
  });
});

describe('number-sum: what is done and what is not, in more words (sums20)', () => {
  it('takes 需整改 as what is due, split into 已整改 and 未整改', () => {
    const text = (left: string): string => `本轮督查共检查企业86家，需整改问题342个，已整改完成315个，未整改到位${left}，新发现隐患问题3个。`;
    silent(text('27个'));
    reports(text('17个'), 'number-sum', '342个');
  });
  it('takes 在办 for what is being done beside 办结', () => {
    const text = (open: string): string => `二季度，区政务服务便民热线共受理有效事项2864宗，办结2305宗，在办${open}，办结率80.48%。`;
    silent(text('559宗'));
    reports(text('659宗'), 'number-sum', '2864宗');
  });
  it('takes 不合格 beside 合格 for all that was tested', () => {
    const text = (failed: string): string => `上半年，全市共完成食品安全监督抽检9826批次，检验项目合格的9614批次，不合格的${failed}，总体不合格率为2.16%。`;
    silent(text('212批次'));
    reports(text('312批次'), 'number-sum', '9826批次');
  });
  it('takes 交办 and 办理群众投诉 for what was taken in hand, done or being done', () => {
    const given = (open: string): string => `县政府常务会议共交办具体工作事项24项。至目前，已办理完成17项，正在办理${open}。`;
    silent(given('7项'));
    reports(given('9项'), 'number-sum', '24项');
    const handled = (open: string): string => `全年办理群众投诉件218件，已办结211件，正在办理${open}，办结率96.79%。`;
    silent(handled('7件'));
    reports(handled('4件'), 'number-sum', '218件');
  });
});
